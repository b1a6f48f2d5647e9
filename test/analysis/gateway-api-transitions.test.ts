import { AnalyzedPhase, analyzeTransitions } from '../../lib';
import { GatewayApiPhaseOptions, gatewayApiPhaseObjects } from './support/gateway-api-phases';
import { summarize } from './support/fixtures';

/** A Gateway API phase of reviews: a Service per listed version, Deployments of `deployed`, and the route's weights. */
function phase(name: string, options: GatewayApiPhaseOptions): AnalyzedPhase {
  return { name, objects: gatewayApiPhaseObjects(name, options) };
}

describe('analyzeTransitions of Gateway API phases', () => {
  test('finds nothing in a make-before-break release: Service, then pods, then weight; weight 0 before removal', () => {
    // GIVEN
    const phases = [
      phase('01-stable', { services: ['v1'], deployed: ['v1'], weights: { v1: 100 } }),
      phase('02-subsets', { services: ['v1', 'v2'], deployed: ['v1'], weights: { v1: 100 } }),
      phase('03-dark', { services: ['v1', 'v2'], deployed: ['v1', 'v2'], weights: { v1: 100, v2: 0 } }),
      phase('04-mirror', { services: ['v1', 'v2'], deployed: ['v1', 'v2'], weights: { v1: 100 }, mirror: 'v2' }),
      phase('05-canary', { services: ['v1', 'v2'], deployed: ['v1', 'v2'], weights: { v1: 90, v2: 10 } }),
      phase('06-promoted', { services: ['v1', 'v2'], deployed: ['v1', 'v2'], weights: { v1: 0, v2: 100 } }),
      phase('07-retired', { services: ['v2'], deployed: ['v2'], weights: { v2: 100 } }),
    ];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(findings).toEqual([]);
  });

  test('reports requests to a version Service the previous phase did not have', () => {
    // GIVEN
    const phases = [
      phase('01-stable', { services: ['v1'], deployed: ['v1', 'v2'], weights: { v1: 100 } }),
      phase('02-canary', { services: ['v1', 'v2'], deployed: ['v1', 'v2'], weights: { v1: 90, v2: 10 } }),
    ];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(summarize(findings)).toEqual(['error transition-backend-undefined spec.rules[0].backendRefs[1].name']);
    expect(findings[0].message).toEqual('Service reviews-v2.default.svc.cluster.local gets requests, but phase 01-stable did not have it');
    expect(findings[0].source).toEqual('02-canary.yaml:2');
  });

  test('reports mirrored copies to a version whose pods the previous phase did not run', () => {
    // GIVEN
    const phases = [
      phase('01-subsets', { services: ['v1', 'v2'], deployed: ['v1'], weights: { v1: 100 } }),
      phase('02-mirror', { services: ['v1', 'v2'], deployed: ['v1', 'v2'], weights: { v1: 100 }, mirror: 'v2' }),
    ];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(summarize(findings)).toEqual(['error transition-not-deployed spec.rules[0].filters[0].requestMirror.backendRef.name']);
  });

  test('reports a version Service removed while it still gets requests, and pods removed while their Service does', () => {
    // GIVEN
    const canary = phase('01-canary', { services: ['v1', 'v2'], deployed: ['v1', 'v2'], weights: { v1: 50, v2: 50 } });

    // WHEN
    const serviceGone = analyzeTransitions([canary, phase('02-retired', { services: ['v2'], deployed: ['v1', 'v2'], weights: { v2: 100 } })]);
    const podsGone = analyzeTransitions([canary, phase('02-scaled-down', { services: ['v1', 'v2'], deployed: ['v2'], weights: { v2: 100 } })]);

    // THEN
    expect(summarize(serviceGone)).toEqual(['error transition-backend-removed spec.rules[0].backendRefs[0].name']);
    expect(serviceGone[0].message).toEqual('phase 02-retired removes Service reviews-v1.default.svc.cluster.local, which still gets requests here');
    expect(summarize(podsGone)).toEqual(['error transition-pods-removed spec.rules[0].backendRefs[0].name']);
  });

  test('removing the whole app, its Service and route included, is not reported', () => {
    // GIVEN
    const canary = phase('01-canary', { services: ['v1', 'v2'], deployed: ['v1', 'v2'], weights: { v1: 50, v2: 50 } });

    // WHEN
    const findings = analyzeTransitions([canary, { name: '02-gone', objects: [] }]);

    // THEN
    expect(findings).toEqual([]);
  });
});
