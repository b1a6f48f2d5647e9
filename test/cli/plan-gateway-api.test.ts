import * as path from 'node:path';
import { phaseFolders, planOf } from '../../lib/cli/plan-command';

const DIST = path.resolve(__dirname, '..', '..', 'dist');

describe('istio-traffic plan with the walkthrough in the Gateway API', () => {
  test('the phases of dist/ leave out dist/gateway-api/, which holds a rollout of its own', () => {
    // WHEN
    const folders = phaseFolders(DIST);

    // THEN
    expect(folders).not.toContain('gateway-api');
    expect(folders).toContain('11-canary-10');
  });

  test('the plan of dist/gateway-api/ reads the weights, matches and mirrors of its HTTPRoutes', () => {
    // WHEN
    const plan = planOf(path.join(DIST, 'gateway-api'));

    // THEN
    expect(plan.map((phase) => phase.phase)).toEqual([
      '01-ingress', '02-subsets', '03-routed', '04-dark', '05-mirror-100', '06-opt-in-firefox', '07-rewrite-greeting',
      '08-redirect-greeting', '09-canary-10', '10-canary-50', '11-promoted', '12-retired', '13-tls-ingress',
    ]);
    const byPhase = Object.fromEntries(plan.map((phase) => [phase.phase, phase]));
    expect(byPhase['09-canary-10'].weights).toContain('greeter-service: greeter-service v1 90%, greeter-service v2 10%');
    expect(byPhase['05-mirror-100'].mirrors).toEqual(['greeter-service: greeter-service v2 100%']);
    expect(byPhase['06-opt-in-firefox'].matches).toEqual(['greeter-service: user-agent ~ .*Firefox.* → greeter-service v2 100%']);
    expect(byPhase['12-retired'].removed).toEqual(['Deployment.apps default/greeter-service-v1', 'Service default/greeter-service-v1']);
    expect(byPhase['02-subsets'].added).toEqual(['Service default/greeter-service-v1', 'Service default/greeter-service-v2']);
  });
});
