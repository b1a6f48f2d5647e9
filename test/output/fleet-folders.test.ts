import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { analyzeManifests } from '../../lib/analysis/analyze';
import { main } from '../../lib/cli/main';
import { readYaml, yamlFiles } from '../../lib/cli/yaml-input';
import { FleetConfig, STEP_ANNOTATION, parseFleetConfig, readFleetConfig } from '../../lib/fleet/fleet-config';
import { withLiveStep } from '../../lib/fleet/fleet-rollout';
import { ARGOCD_FOLDER, FleetTransitionError, synthFleet } from '../../lib/output/fleet-folders';
import { listFiles, treeDifferences } from '../support/files';

const EXAMPLE = path.resolve(__dirname, '..', '..', 'examples', 'fleet');
const EXAMPLE_CONFIG = path.join(EXAMPLE, 'rollouts.yaml');
const EXAMPLE_DIST = path.join(EXAMPLE, 'dist');

/** The example's configuration, read as its app reads it: relative to its folder. */
function exampleConfig(): FleetConfig {
  const config = readFleetConfig(EXAMPLE_CONFIG);
  return { ...config, file: 'rollouts.yaml' };
}

/** The configuration with one service's step in one environment changed, as an edit of the file would. */
function moved(config: FleetConfig, service: string, environment: string, step: string): FleetConfig {
  return parseFleetConfig(withLiveStep(config, service, environment, step), config.file);
}

/** Every object of a folder, parsed. */
function objectsOf(folder: string): any[] {
  return readYaml(yamlFiles([folder])).objects.map(({ manifest }) => manifest);
}

describe('synthFleet', () => {
  let tmp: string;
  beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-traffic-fleet-')); });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('examples/fleet/dist is what a fresh synth of examples/fleet/rollouts.yaml writes', () => {
    // WHEN
    synthFleet(tmp, exampleConfig(), { previous: EXAMPLE_DIST });

    // THEN
    expect(treeDifferences(EXAMPLE_DIST, tmp)).toEqual([]);
    expect(listFiles(tmp).length).toBeGreaterThan(24 * 3 * 5);
  });

  test('writes one folder per service in each environment, its kustomization recording the step', () => {
    // GIVEN
    const config = exampleConfig();

    // WHEN
    synthFleet(tmp, config);

    // THEN
    expect(fs.readdirSync(tmp).sort()).toEqual([ARGOCD_FOLDER, 'dev', 'prod', 'staging']);
    for (const environment of config.environments) {
      const folders = fs.readdirSync(path.join(tmp, environment.name)).filter((entry) => entry !== 'kustomization.yaml').sort();
      expect(folders).toEqual(config.services.map((service) => service.name).sort());
      expect(parseDocument(fs.readFileSync(path.join(tmp, environment.name, 'kustomization.yaml'), 'utf8')).toJS().resources).toEqual(folders);
      for (const service of config.services) {
        const folder = path.join(tmp, environment.name, service.name);
        const kustomization = parseDocument(fs.readFileSync(path.join(folder, 'kustomization.yaml'), 'utf8')).toJS();
        expect(kustomization.metadata.annotations[STEP_ANNOTATION]).toEqual(service.live[environment.name]);
        expect(kustomization.resources).toEqual(fs.readdirSync(folder).filter((file) => file.endsWith('.k8s.yaml')).sort());
        expect(fs.readFileSync(path.join(folder, 'TRAFFIC.md'), 'utf8')).toContain(`# ${service.name} in ${environment.name}: ${service.live[environment.name]}`);
      }
    }
  });

  test('ends a service\'s traffic page with what changed since the step before it in its plan', () => {
    // GIVEN catalog at canary-50 in staging, inventory rolled back there, coupons at its first step in prod
    const config = exampleConfig();
    const page = (environment: string, service: string) => fs.readFileSync(path.join(tmp, environment, service, 'TRAFFIC.md'), 'utf8');

    // WHEN
    synthFleet(tmp, config);

    // THEN
    expect(page('staging', 'catalog')).toContain([
      '## Since canary-10', '', 'What moving to canary-50 from canary-10, the step before it, changed:', '',
      '- weights: v2 90% → 50%, v3 10% → 50%', '- added: nothing', '- removed: nothing', '',
    ].join('\n'));
    expect(page('staging', 'inventory')).not.toContain('## Since');
    expect(page('prod', 'coupons')).not.toContain('## Since');
  });

  test('renders each service at its step in the environment\'s namespace, with the weights of the step', () => {
    // GIVEN
    const config = exampleConfig();

    // WHEN
    synthFleet(tmp, config);

    // THEN
    const orders = objectsOf(path.join(tmp, 'staging', 'orders'));
    expect(config.services.find((service) => service.name === 'orders')?.live.staging).toEqual('canary-75');
    expect(orders.map((object) => `${object.kind} ${object.metadata.namespace}/${object.metadata.name}`).sort()).toEqual([
      'Deployment shop/orders-v1', 'Deployment shop/orders-v2', 'DestinationRule shop/orders', 'Service shop/orders', 'VirtualService shop/orders',
    ]);
    const routes = orders.find((object) => object.kind === 'VirtualService');
    expect(routes.spec.http[0].route.map((route: any) => [route.destination.subset, route.weight])).toEqual([['v1', 25], ['v2', 75]]);
    expect(orders.every((object) => object.metadata.labels['app.kubernetes.io/part-of'] === 'shop')).toBe(true);
    const shipping = objectsOf(path.join(tmp, 'prod', 'shipping'));
    expect(shipping.map((object) => object.kind).sort()).toEqual(['Deployment', 'Service']);
  });

  test.each(['dev', 'staging', 'prod'])('leaves the %s folder of the example clean under istio-traffic analyze', async (environment) => {
    // GIVEN
    const folder = path.join(EXAMPLE_DIST, environment);
    const out: string[] = [];
    const err: string[] = [];

    // WHEN
    const status = await main(['analyze', folder], { out: (line) => out.push(line), err: (line) => err.push(line) });

    // THEN
    const objects = readYaml(yamlFiles([folder])).objects;
    expect(objects.length).toBeGreaterThan(24 * 3);
    expect(analyzeManifests(objects)).toEqual([]);
    expect({ status, out, err }).toEqual({ status: 0, out: [`${objects.length} objects: 0 errors, 0 warnings, 0 infos`], err: [] });
  });

  test('writes an ApplicationSet with an Application per environment, and their AppProject', () => {
    // WHEN
    synthFleet(tmp, exampleConfig());

    // THEN
    const [project, set] = ['AppProject.shop.k8s.yaml', 'ApplicationSet.shop.k8s.yaml']
      .map((file) => parseDocument(fs.readFileSync(path.join(tmp, ARGOCD_FOLDER, file), 'utf8')).toJS());
    expect(set.metadata).toEqual({ name: 'shop', namespace: 'argocd' });
    expect(set.spec.generators.map((generator: any) => [generator.git.directories, generator.git.values])).toEqual([
      [[{ path: 'examples/fleet/dist/dev' }], { cluster: 'dev', namespace: 'shop-dev' }],
      [[{ path: 'examples/fleet/dist/staging' }], { cluster: 'staging', namespace: 'shop' }],
      [[{ path: 'examples/fleet/dist/prod' }], { cluster: 'prod', namespace: 'shop' }],
    ]);
    expect(set.spec.template.spec.source).toEqual({ repoURL: 'https://github.com/example/cdk8s-istio-traffic.git', targetRevision: 'main', path: '{{.path.path}}' });
    expect(set.spec.template.spec.destination).toEqual({ name: '{{.values.cluster}}', namespace: '{{.values.namespace}}' });
    expect(set.spec.template.spec.project).toEqual('shop');
    expect(project.spec.destinations).toEqual([
      { name: 'dev', namespace: 'shop-dev' }, { name: 'staging', namespace: 'shop' }, { name: 'prod', namespace: 'shop' },
    ]);
    expect(project.spec.sourceRepos).toEqual(['https://github.com/example/cdk8s-istio-traffic.git']);
  });

  test('a promotion changes only the folder of the service that moved', () => {
    // GIVEN
    const before = path.join(tmp, 'before');
    const after = path.join(tmp, 'after');
    const config = exampleConfig();
    synthFleet(before, config);

    // WHEN
    synthFleet(after, moved(config, 'cart', 'dev', 'canary-10'), { previous: before });

    // THEN
    expect(treeDifferences(before, after)).toEqual([
      'dev/cart/TRAFFIC.md: differs', 'dev/cart/VirtualService.cart.k8s.yaml: differs', 'dev/cart/kustomization.yaml: differs',
    ]);
  });

  test.each([
    ['orders', 'dev', 'routed', 'promoted → routed', 'promoted → dark → routed', 'transition-pods-removed'],
    ['cart', 'dev', 'canary-50', null, null, null],
    ['cart', 'staging', 'canary-10', 'routed → canary-10', 'routed → dark → canary-10', 'transition-not-deployed'],
    ['shipping', 'prod', 'dark', 'stable → dark', 'stable → subsets → dark', 'transition-subset-undefined'],
  ])('checks a hand edit of %s in %s to %s against the previous output', (service, environment, step, jump, sequence, code) => {
    // GIVEN
    const config = moved(exampleConfig(), service, environment, step);

    // WHEN
    const synth = () => synthFleet(path.join(tmp, 'out'), config, { previous: EXAMPLE_DIST });

    // THEN
    if (jump === null) {
      expect(synth).not.toThrow();
      return;
    }
    expect(synth).toThrow(FleetTransitionError);
    expect(synth).toThrow(new RegExp(`rollouts\\.yaml:\\d+: services\\.${service}\\.live\\.${environment}: ${jump} is not make-before-break\\. Fix: go through ${sequence}, one step per synth and sync`));
    expect(synth).toThrow(new RegExp(`\n  error ${code} \\S+ VirtualService \\S+/${service} `));
    expect(fs.existsSync(path.join(tmp, 'out', environment))).toBe(false);
    expect(fs.existsSync(path.join(tmp, 'out', ARGOCD_FOLDER))).toBe(false);
  });

  test('refuses a hand edit that takes an environment ahead of its gate, not one that stays or moves back', () => {
    // GIVEN
    const ahead = moved(exampleConfig(), 'orders', 'prod', 'promoted');
    const back = moved(moved(exampleConfig(), 'orders', 'staging', 'rolled-back'), 'orders', 'dev', 'promoted');

    // WHEN
    const synth = (config: FleetConfig) => () => synthFleet(path.join(tmp, 'out'), config, { previous: EXAMPLE_DIST });

    // THEN
    expect(synth(ahead)).toThrow('rollouts.yaml:64: services.orders.live.prod: canary-25 → promoted takes prod ahead of staging, where orders is at canary-75. '
      + 'Fix: move orders on in staging first, or leave prod at canary-25');
    expect(synth(back)).not.toThrow();
  });

  test('refuses a first synth, without earlier output, that starts an environment ahead of its gate', () => {
    // GIVEN
    const ahead = moved(exampleConfig(), 'orders', 'prod', 'promoted');

    // WHEN
    const synth = () => synthFleet(path.join(tmp, 'out'), ahead);

    // THEN
    expect(synth).toThrow(FleetTransitionError);
    expect(synth).toThrow('rollouts.yaml:64: services.orders.live.prod: promoted puts prod ahead of staging, where orders is at canary-75, '
      + 'and no earlier output shows orders in prod. Fix: start prod at canary-75 or before, and promote it after staging');
    expect(fs.existsSync(path.join(tmp, 'out', 'prod'))).toBe(false);
  });

  test('reports the unsafe moves of every service at once', () => {
    // GIVEN
    const config = moved(moved(exampleConfig(), 'orders', 'dev', 'routed'), 'shipping', 'prod', 'dark');

    // WHEN
    let problems: string[] = [];
    try {
      synthFleet(path.join(tmp, 'out'), config, { previous: EXAMPLE_DIST });
    } catch (error) {
      problems = (error as FleetTransitionError).problems.filter((line) => !line.startsWith(' '));
    }

    // THEN
    expect(problems).toEqual([
      expect.stringContaining('services.orders.live.dev: promoted → routed'),
      expect.stringContaining('services.shipping.live.prod: stable → dark'),
    ]);
  });
});
