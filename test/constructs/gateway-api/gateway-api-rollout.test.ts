import { Gateway, RolloutPlan, StringMatch, TlsMode, TrafficApi, VersionedService } from '../../../lib';
import { analyzedChart, kindsAndNames, only, synth, synthErrorLines } from '../../support/manifests';

const PLAN = new RolloutPlan({
  stable: { name: 'v1', image: 'example/orders:1.0.0' },
  candidate: { name: 'v2', image: 'example/orders:2.0.0' },
  steps: [{ mirrorPercentage: 20 }, { headerOptIn: { 'x-beta': StringMatch.exact('yes') } }, { candidateWeight: 25 }],
});

/** The objects of the orders service in `phase`, rendered in the Gateway API. */
function phaseObjects(phase: string) {
  const { chart, warnings } = analyzedChart({ namespace: 'shop' });
  const service = new VersionedService(chart, 'Orders', { app: 'orders', port: 8080, plan: PLAN, phase, trafficApi: TrafficApi.GATEWAY_API });
  const manifests = synth(chart);
  expect(warnings).toEqual([]);
  return { service, manifests };
}

describe('VersionedService in the Gateway API', () => {
  test('declares a Service per version in the subsets phase, before any route uses it, and no Istio object', () => {
    // WHEN
    const { service, manifests } = phaseObjects('subsets');

    // THEN
    expect(kindsAndNames(manifests)).toEqual(['Service/orders', 'Deployment/orders-v1', 'Service/orders-v1', 'Service/orders-v2']);
    expect(only(manifests, 'Service', 'orders-v2').spec.selector).toEqual({ app: 'orders', version: 'v2' });
    expect(service.versionServices.map((versionService) => versionService.name)).toEqual(['orders-v1', 'orders-v2']);
    expect(service.httpRoute).toBeUndefined();
    expect(service.destinationRule).toBeUndefined();
    expect(service.virtualService).toBeUndefined();
  });

  test('splits the Service\'s requests by weight in a route whose parent is the Service', () => {
    // WHEN
    const { manifests } = phaseObjects('canary-25');

    // THEN
    expect(only(manifests, 'HTTPRoute').spec).toEqual({
      parentRefs: [{ group: '', kind: 'Service', name: 'orders', port: 8080 }],
      rules: [{
        backendRefs: [
          { group: '', kind: 'Service', name: 'orders-v1', port: 8080, weight: 75 },
          { group: '', kind: 'Service', name: 'orders-v2', port: 8080, weight: 25 },
        ],
      }],
    });
  });

  test('mirrors with percent and opts in by exact header match', () => {
    // WHEN
    const mirror = phaseObjects('mirror-20').manifests;
    const optIn = phaseObjects('opt-in-x-beta').manifests;

    // THEN
    expect(only(mirror, 'HTTPRoute').spec.rules[0].filters).toEqual([
      { type: 'RequestMirror', requestMirror: { backendRef: { group: '', kind: 'Service', name: 'orders-v2', port: 8080 }, percent: 20 } },
    ]);
    expect(only(optIn, 'HTTPRoute').spec.rules[0].matches).toEqual([{ headers: [{ name: 'x-beta', type: 'Exact', value: 'yes' }] }]);
  });

  test('the retired phase removes the stable version\'s Service and Deployment', () => {
    // WHEN
    const { manifests } = phaseObjects('retired');

    // THEN
    expect(kindsAndNames(manifests)).toEqual(['Service/orders', 'Deployment/orders-v2', 'Service/orders-v2', 'HTTPRoute/orders']);
  });

  test.each([
    {
      input: 'a header prefix opt-in',
      props: { plan: new RolloutPlan({ stable: { name: 'v1', image: 'a:1' }, candidate: { name: 'v2', image: 'a:2' }, steps: [{ headerOptIn: { 'user-agent': StringMatch.prefix('Mozilla') }, name: 'mozilla' }] }) },
      lines: ['[test/Orders] plan.steps[0].headerOptIn.user-agent: not portable to Gateway API: the Gateway API has no header prefix match (step mozilla) (got "Mozilla"). Fix: use StringMatch.regex(\'Mozilla.*\') or StringMatch.exact, or trafficApi: TrafficApi.ISTIO'],
    },
    {
      input: 'a subset traffic policy',
      props: { tlsMode: TlsMode.DISABLE },
      lines: ['[test/Orders] tlsMode: not portable to Gateway API: a subset traffic policy (the Gateway API has no DestinationRule) (got "DISABLE"). Fix: leave tlsMode out: sidecars and ztunnels use mTLS among themselves; require it with a PeerAuthentication, or use trafficApi: TrafficApi.ISTIO'],
    },
    {
      input: 'an Istio Gateway',
      withGateway: true,
      props: {},
      lines: ['[test/Orders] gateways: not portable to Gateway API: Istio Gateways take VirtualServices only (got ["public"]). Fix: expose the service with a GatewayApiHttpRoute whose parent is a GatewayApiGateway, or use trafficApi: TrafficApi.ISTIO'],
    },
  ])('reports $input as not portable to Gateway API, naming the alternative', ({ props, lines, withGateway }) => {
    // GIVEN
    const { chart, warnings } = analyzedChart({ namespace: 'shop' });
    const gateways = withGateway ? [new Gateway(chart, 'Public', { name: 'public', servers: [{ port: 80, hosts: ['orders.example.com'] }] })] : undefined;

    // WHEN
    new VersionedService(chart, 'Orders', { app: 'orders', port: 8080, plan: PLAN, phase: 'dark', trafficApi: TrafficApi.GATEWAY_API, gateways, ...props });

    // THEN
    expect(synthErrorLines(chart)).toEqual(lines);
    expect(warnings).toEqual([]);
  });
});
