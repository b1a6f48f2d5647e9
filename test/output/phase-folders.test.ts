import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Chart } from 'cdk8s';
import {
  LIVE_FOLDER, Manifest, MeshAnalysisError, PhaseDefinition, RolloutPlan, VersionedService, definePhaseApps, readLivePhase,
  synthPhaseFolders, trafficPage,
} from '../../lib';
import { listFiles, treeDifferences } from '../support/files';
import { parseObjects } from '../support/walkthrough';

const PLAN = new RolloutPlan({
  stable: { name: 'v1', image: 'registry.example.com/orders:1.0.0', replicas: 1 },
  candidate: { name: 'v2', image: 'registry.example.com/orders:2.0.0', replicas: 1 },
});

/** A phase folder whose app holds one chart `shop` with orders in the given phase of the plan. */
function phase(folder: string, planPhase: string): PhaseDefinition {
  return {
    folder,
    define: (app: App) => {
      const chart = new Chart(app, 'shop', { namespace: 'shop' });
      new VersionedService(chart, 'Orders', { app: 'orders', port: 8080, plan: PLAN, phase: planPhase });
    },
  };
}

const THREE_PHASES = [phase('01-stable', 'stable'), phase('02-subsets', 'subsets'), phase('03-routed', 'routed')];
const FOLDER_FILES = ['TRAFFIC.md', 'kustomization.yaml', 'shop.k8s.yaml'];

describe('synthPhaseFolders', () => {
  let tmp: string;
  let outdir: string;

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'phase-folders-'));
    outdir = path.join(tmp, 'dist');
  });

  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('writes a folder per phase holding its YAML, kustomization.yaml and TRAFFIC.md, and a live/ copy of the live phase', () => {
    // WHEN
    synthPhaseFolders(outdir, THREE_PHASES, { livePhase: '02-subsets' });

    // THEN
    expect(listFiles(outdir)).toEqual([
      ...['01-stable', '02-subsets', '03-routed'].flatMap((folder) => FOLDER_FILES.map((file) => path.join(folder, file))),
      'PLAN.md',
      ...FOLDER_FILES.map((file) => path.join(LIVE_FOLDER, file)),
    ]);
  });

  test('gives each folder a kustomization of its YAML file', () => {
    // WHEN
    synthPhaseFolders(outdir, THREE_PHASES);

    // THEN
    for (const folder of ['01-stable', '02-subsets', '03-routed']) {
      expect(fs.readFileSync(path.join(outdir, folder, 'kustomization.yaml'), 'utf8')).toEqual([
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'resources:',
        '  - shop.k8s.yaml',
        '',
      ].join('\n'));
    }
  });

  test('lists every YAML file of a folder of several charts in the kustomization, sorted, but not itself', () => {
    // GIVEN
    const definition: PhaseDefinition = {
      folder: '01-two-charts',
      define: (app) => {
        new VersionedService(new Chart(app, 'web', { namespace: 'shop' }), 'Web', { app: 'web', plan: PLAN, phase: 'stable' });
        new VersionedService(new Chart(app, 'api', { namespace: 'shop' }), 'Api', { app: 'api', plan: PLAN, phase: 'stable' });
      },
    };

    // WHEN
    synthPhaseFolders(outdir, [definition]);

    // THEN
    const folder = path.join(outdir, '01-two-charts');
    expect(listFiles(folder)).toEqual(['TRAFFIC.md', 'api.k8s.yaml', 'kustomization.yaml', 'web.k8s.yaml']);
    expect(fs.readFileSync(path.join(folder, 'kustomization.yaml'), 'utf8')).toEqual([
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'resources:',
      '  - api.k8s.yaml',
      '  - web.k8s.yaml',
      '',
    ].join('\n'));
  });

  test('gives each folder the traffic page of its manifests, titled with the folder, marking changes since the folder before', () => {
    // WHEN
    synthPhaseFolders(outdir, THREE_PHASES);

    // THEN
    let previous: { title: string; manifests: Manifest[] } | undefined;
    for (const folder of ['01-stable', '02-subsets', '03-routed']) {
      const manifests = parseObjects(fs.readFileSync(path.join(outdir, folder, 'shop.k8s.yaml'), 'utf8')) as unknown as Manifest[];
      expect(fs.readFileSync(path.join(outdir, folder, 'TRAFFIC.md'), 'utf8')).toEqual(trafficPage(folder, manifests, previous));
      previous = { title: folder, manifests };
    }
    expect(fs.readFileSync(path.join(outdir, '03-routed', 'TRAFFIC.md'), 'utf8'))
      .toContain('  vs_shop_orders -->|"100%"| subset_orders_shop_svc_cluster_local_v1\n');
  });

  test('live/ is the live phase byte for byte', () => {
    // WHEN
    synthPhaseFolders(outdir, THREE_PHASES, { livePhase: '03-routed' });

    // THEN
    expect(listFiles(path.join(outdir, LIVE_FOLDER))).toEqual(FOLDER_FILES);
    expect(treeDifferences(path.join(outdir, '03-routed'), path.join(outdir, LIVE_FOLDER))).toEqual([]);
  });

  test('writes no live/ without a live phase', () => {
    // WHEN
    synthPhaseFolders(outdir, THREE_PHASES);

    // THEN
    expect(fs.readdirSync(outdir).sort()).toEqual(['01-stable', '02-subsets', '03-routed', 'PLAN.md']);
  });

  test('writes no PLAN.md with planPage false, and the phase folders as with it', () => {
    // GIVEN
    const withPlan = path.join(tmp, 'with-plan');
    synthPhaseFolders(withPlan, THREE_PHASES);

    // WHEN
    synthPhaseFolders(outdir, THREE_PHASES, { planPage: false });

    // THEN
    expect(fs.readdirSync(outdir).sort()).toEqual(['01-stable', '02-subsets', '03-routed']);
    expect(treeDifferences(path.join(withPlan, '03-routed'), path.join(outdir, '03-routed'))).toEqual([]);
  });

  test('writes no JSON file', () => {
    // WHEN
    synthPhaseFolders(outdir, THREE_PHASES, { livePhase: '01-stable' });

    // THEN
    expect(listFiles(outdir).filter((file) => file.endsWith('.json'))).toEqual([]);
    expect(listFiles(outdir).filter((file) => !/\.(yaml|md)$/.test(file))).toEqual([]);
  });

  test('throws for a live phase that is not one of the phases, naming them, and writes nothing', () => {
    // WHEN
    const synth = () => synthPhaseFolders(outdir, THREE_PHASES, { livePhase: '04-canary-10' });

    // THEN
    expect(synth).toThrow(new Error('livePhase: no phase "04-canary-10". Fix: use one of 01-stable, 02-subsets, 03-routed'));
    expect(fs.existsSync(outdir)).toBe(false);
  });

  test('throws a MeshAnalysisError for a phase that breaks before it makes, before anything is written', () => {
    // GIVEN the canary routes to subset v2, which the phase before neither defines nor deploys
    const phases = [phase('01-stable', 'stable'), phase('02-canary-10', 'canary-10')];

    // WHEN
    let error: unknown;
    try {
      synthPhaseFolders(outdir, phases, { livePhase: '01-stable' });
    } catch (caught) {
      error = caught;
    }

    // THEN
    expect(error).toBeInstanceOf(MeshAnalysisError);
    expect((error as Error).message).toEqual([
      'mesh analysis found 2 error(s):',
      ...[0, 1].map((index) => `error transition-subset-undefined shop/Orders/VirtualService/Resource VirtualService shop/orders`
        + ` spec.http[0].route[${index}].destination.subset: subset v${index + 1} of orders.shop.svc.cluster.local gets requests,`
        + ' but phase 01-stable did not define it. Fix: define the subset in a DestinationRule one phase before routing to it'),
    ].join('\n'));
    expect(fs.existsSync(outdir)).toBe(false);
  });
});

describe('definePhaseApps', () => {
  test('gives each phase an app writing to its folder, without writing anything', () => {
    // GIVEN
    const outdir = path.join(os.tmpdir(), `phase-apps-${process.pid}`);

    // WHEN
    const apps = definePhaseApps(outdir, THREE_PHASES);

    // THEN
    expect(apps.map((app) => app.folder)).toEqual(['01-stable', '02-subsets', '03-routed']);
    expect(apps.map((app) => app.app.outdir)).toEqual(['01-stable', '02-subsets', '03-routed'].map((folder) => path.join(outdir, folder)));
    expect(apps.map((app) => app.app.charts.map((chart) => chart.node.id))).toEqual([['shop'], ['shop'], ['shop']]);
    expect(fs.existsSync(outdir)).toBe(false);
  });
});

describe('readLivePhase', () => {
  let tmp: string;

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'live-phase-'));
  });

  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  function write(content: string): string {
    const file = path.join(tmp, 'rollout.yaml');
    fs.writeFileSync(file, content);
    return file;
  }

  test('reads livePhase', () => {
    // GIVEN
    const file = write('# the phase Argo CD syncs\nlivePhase: 05-canary-10\n');

    // WHEN
    const phase = readLivePhase(file);

    // THEN
    expect(phase).toEqual('05-canary-10');
  });

  test('throws naming the file and the fix when livePhase is missing', () => {
    // GIVEN
    const file = write('phase: 05-canary-10\n');

    // WHEN / THEN
    expect(() => readLivePhase(file)).toThrow(new Error(`${file}: livePhase is missing. Fix: add a line such as livePhase: 01-stable`));
  });

  test('throws the same for an empty file', () => {
    // GIVEN
    const file = write('');

    // WHEN / THEN
    expect(() => readLivePhase(file)).toThrow(new Error(`${file}: livePhase is missing. Fix: add a line such as livePhase: 01-stable`));
  });

  test('reads the live phase of the walkthrough from rollout.yaml', () => {
    // WHEN
    const phase = readLivePhase(path.resolve(__dirname, '..', '..', 'rollout.yaml'));

    // THEN
    expect(fs.existsSync(path.resolve(__dirname, '..', '..', 'dist', phase))).toBe(true);
  });
});
