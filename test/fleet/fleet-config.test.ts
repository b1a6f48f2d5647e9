import { ConfigError } from '../../lib/fleet/config-reader';
import { FleetConfig, parseFleetConfig, readFleetConfig } from '../../lib/fleet/fleet-config';

/** A small valid fleet: two environments, one service with a custom plan. */
const VALID = `# the fleet
name: shop
argocd:
  repoURL: https://github.com/example/platform.git
  path: dist
environments:
  staging:
    namespace: shop
  prod:
    namespace: shop
    cluster: prod
    notAheadOf: staging
services:
  orders:
    port: 8080
    stable: { name: v1, image: orders:1, replicas: 3 }
    candidate: { name: v2, image: orders:2 }
    steps:
      - mirrorPercentage: 50
      - headerOptIn: { x-beta: { exact: 'true' } }
        name: beta
      - candidateWeight: 20
    live:
      staging: canary-20
      prod: dark
`;

/** The problems of the text, one line each. */
function problemsOf(text: string): string[] {
  try {
    parseFleetConfig(text, 'rollouts.yaml');
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('parseFleetConfig', () => {
  test('reads the environments, the plans and the step of each service in each environment', () => {
    // GIVEN / WHEN
    const config: FleetConfig = parseFleetConfig(VALID, 'rollouts.yaml');

    // THEN
    expect(config.name).toEqual('shop');
    expect(config.argocd).toEqual({ repoURL: 'https://github.com/example/platform.git', path: 'dist', revision: 'HEAD', namespace: 'argocd' });
    expect(config.environments).toEqual([
      { name: 'staging', namespace: 'shop', cluster: 'in-cluster', notAheadOf: undefined },
      { name: 'prod', namespace: 'shop', cluster: 'prod', notAheadOf: 'staging' },
    ]);
    const [orders] = config.services;
    expect(orders.name).toEqual('orders');
    expect(orders.port).toEqual(8080);
    expect(orders.plan.stable).toEqual({ name: 'v1', image: 'orders:1', replicas: 3 });
    expect(orders.plan.phaseNames).toEqual(['stable', 'subsets', 'routed', 'dark', 'mirror-50', 'beta', 'canary-20', 'promoted', 'retired']);
    expect(orders.plan.phase('beta').routes[0].match?.[0].headers?.['x-beta'].value).toEqual('true');
    expect(orders.live).toEqual({ staging: 'canary-20', prod: 'dark' });
    expect(orders.liveLines).toEqual({ staging: 24, prod: 25 });
  });

  test('gives a plan without steps the default steps, and a service without a port 3000', () => {
    // GIVEN
    const text = VALID.replace(/ {4}port: 8080\n/, '').replace(/ {4}steps:\n( {6}.*\n)+/, '').replace('canary-20', 'canary-50');

    // WHEN
    const [orders] = parseFleetConfig(text, 'rollouts.yaml').services;

    // THEN
    expect(orders.port).toEqual(3000);
    expect(orders.plan.phaseNames).toEqual(['stable', 'subsets', 'routed', 'dark', 'canary-10', 'canary-50', 'promoted', 'retired']);
  });

  test('reads a file, and names a missing one', () => {
    // WHEN / THEN
    expect(() => readFleetConfig('/nonexistent/rollouts.yaml')).toThrow(
      '/nonexistent/rollouts.yaml:1: (file): does not exist. Fix: give the fleet configuration, e.g. --config rollouts.yaml');
  });

  test.each<[string, (text: string) => string, string[]]>([
    ['YAML that does not parse', (text) => text.replace('name: shop', 'name: [shop'), [
      expect.stringMatching(/^rollouts\.yaml:\d+: \(yaml\): .*Fix: write valid YAML$/) as unknown as string,
    ]],
    ['an empty file', () => '', [
      'rollouts.yaml:1: : the file is empty. Fix: write name, argocd, environments and services',
      'rollouts.yaml:1: name: is missing. Fix: name the fleet, e.g. name: shop',
      'rollouts.yaml:1: argocd: is missing. Fix: say where Argo CD finds the output: argocd: { repoURL: <git URL>, path: <path of the output> }',
      'rollouts.yaml:1: environments: is missing. Fix: list the environments, e.g. environments: { dev: { namespace: shop } }',
      'rollouts.yaml:1: services: is missing. Fix: list the services, e.g. services: { orders: { stable: ..., candidate: ..., live: ... } }',
    ]],
    ['a misspelled top-level field', (text) => text.replace('services:', 'service:'), [
      'rollouts.yaml:13: service: is not a field here (got "service"). Fix: use one of name, argocd, environments, services',
      'rollouts.yaml:2: services: is missing. Fix: list the services, e.g. services: { orders: { stable: ..., candidate: ..., live: ... } }',
    ]],
    ['a fleet name that is no DNS label', (text) => text.replace('name: shop', 'name: Shop_Fleet'), [
      'rollouts.yaml:2: name: must be a DNS-1123 label (got "Shop_Fleet"). Fix: use at most 63 lower-case letters, digits and \'-\', starting and ending with a letter or digit',
    ]],
    ['argocd without repoURL', (text) => text.replace(/ {2}repoURL: .*\n/, ''), [
      'rollouts.yaml:4: argocd.repoURL: is missing. Fix: give the URL of the Git repository, e.g. https://github.com/example/platform.git',
    ]],
    ['an environment without namespace, and a gate to no environment', (text) => text.replace('    namespace: shop\n  prod:', '    cluster: staging\n  prod:').replace('notAheadOf: staging', 'notAheadOf: stage'), [
      'rollouts.yaml:8: environments.staging.namespace: is missing. Fix: give the namespace of the environment\'s services, e.g. namespace: shop',
      'rollouts.yaml:12: environments.prod.notAheadOf: is not another environment (got "stage"). Fix: use one of staging',
    ]],
    ['gates in a circle', (text) => text.replace('    namespace: shop\n  prod:', '    namespace: shop\n    notAheadOf: prod\n  prod:'), [
      'rollouts.yaml:9: environments.staging.notAheadOf: the gates go round in a circle (got "prod"). Fix: let one environment, the first to get a step, have no notAheadOf',
      'rollouts.yaml:13: environments.prod.notAheadOf: the gates go round in a circle (got "staging"). Fix: let one environment, the first to get a step, have no notAheadOf',
    ]],
    ['a port that is no port, and a version without image', (text) => text.replace('port: 8080', 'port: 80800').replace('{ name: v2, image: orders:2 }', '{ name: v2 }'), [
      'rollouts.yaml:15: services.orders.port: is not a port (got 80800). Fix: use a whole number from 1 to 65535',
      'rollouts.yaml:17: services.orders.candidate.image: is missing. Fix: give the container image, e.g. image: registry.example.com/orders:1.4.0',
    ]],
    ['a misspelled step kind, and a weight that is a string', (text) => text.replace('mirrorPercentage: 50', 'mirrorPercent: 50').replace('candidateWeight: 20', 'candidateWeight: "20"'), [
      'rollouts.yaml:19: services.orders.steps[0].mirrorPercent: is not a field here (got "mirrorPercent"). Fix: use one of name, candidateWeight, mirrorPercentage, headerOptIn, pathRewrite, pathRedirect',
      'rollouts.yaml:22: services.orders.steps[2].candidateWeight: is not a number (got "20"). Fix: give a percentage, e.g. 10',
    ]],
    ['a plan problem: a weight out of range, at the line of the weight', (text) => text.replace('candidateWeight: 20', 'candidateWeight: 100').replace('canary-20', 'dark'), [
      'rollouts.yaml:22: services.orders.steps[2].candidateWeight: a traffic step gives the candidate part of the traffic (got 100). Fix: use a whole percentage from 1 to 99 (the dark phase has 0 and the promotion 100)',
    ]],
    ['a header condition of two kinds', (text) => text.replace("{ exact: 'true' }", "{ exact: 'true', prefix: t }"), [
      'rollouts.yaml:20: services.orders.steps[1].headerOptIn.x-beta: a header condition is exactly one of exact, prefix, regex (got {"exact":"true","prefix":"t"}). Fix: write one, e.g. x-beta: { exact: \'true\' }',
    ]],
    ['a step that is no step of the plan, and an environment without a step', (text) => text.replace('staging: canary-20', 'staging: canary-25').replace('      prod: dark\n', ''), [
      'rollouts.yaml:24: services.orders.live.staging: is no step of the service\'s plan (got "canary-25"). Fix: use one of stable, subsets, routed, dark, mirror-50, beta, canary-20, promoted, retired, rolled-back, aborted',
      'rollouts.yaml:24: services.orders.live.prod: no step for this environment. Fix: add prod: stable (or the step it is at)',
    ]],
    ['a step for an environment that does not exist', (text) => text.replace('prod: dark', 'prod: dark\n      qa: dark'), [
      'rollouts.yaml:26: services.orders.live.qa: is not a field here (got "qa"). Fix: use one of staging, prod',
    ]],
    ['a service name that is no Service name, and a duplicate key', (text) => text.replace('  orders:', '  Orders:').replace('    port: 8080', '    port: 8080\n    port: 8081'), [
      expect.stringMatching(/^rollouts\.yaml:16: \(yaml\): Map keys must be unique.*Fix: write valid YAML$/) as unknown as string,
    ]],
    ['a service name that is no Service name', (text) => text.replace('  orders:', '  1orders:'), [
      'rollouts.yaml:14: services.1orders: the name of a service must be a DNS-1035 label, as Service names are (got "1orders"). Fix: use at most 63 lower-case letters, digits and \'-\', starting with a letter',
    ]],
  ])('reports %s, each problem with its line, field, value and fix', (_, change, expected) => {
    // WHEN
    const problems = problemsOf(change(VALID));

    // THEN
    expect(problems).toEqual(expected);
  });
});
