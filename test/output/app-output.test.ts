import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ApiObject, ApiObjectProps, App, Chart, JsonPatch, YamlOutputType } from 'cdk8s';
import { Construct } from 'constructs';
import { DestinationRule, MeshAnalysis, MeshService, VersionedWorkload, VirtualService, istio, renderApp, synthApp, writeApp } from '../../lib';
import { YAML_THREADS_VARIABLE, YAML_WORKER_MIN_DOCUMENTS } from '../../lib/output/yaml-worker';
import { listFiles, treeDifferences } from '../support/files';

const HOST = 'reviews.default.svc.cluster.local';
/** The copy of `yaml` cdk8s writes with. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cdk8sYaml = require(require.resolve('yaml', { paths: [path.dirname(require.resolve('cdk8s'))] }));

/** An ApiObject that counts how often it is rendered. */
class CountedObject extends ApiObject {
  public renders = 0;

  constructor(scope: Construct, id: string, props: ApiObjectProps) {
    super(scope, id, props);
  }

  public toJson(): any {
    this.renders++;
    return super.toJson();
  }
}

/** Two apps built alike, one to write with `app.synth()`, the other with `synthApp`, each into its own folder. */
function twinApps(build: (app: App) => void, yamlOutputType?: YamlOutputType): { viaSynth: App; viaSynthApp: App } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'app-output-'));
  const make = (name: string) => {
    const app = new App({ outdir: path.join(root, name), yamlOutputType });
    new MeshAnalysis(app, { print: () => undefined });
    build(app);
    return app;
  };
  return { viaSynth: make('synth'), viaSynthApp: make('synth-app') };
}

/** The reviews app in `chart`: Service, two versions, their subsets and routes; and a raw Service with a patch. */
function reviews(chart: Chart): void {
  const service = new MeshService(chart, 'Service', { app: 'reviews' });
  const versions = ['v1', 'v2'].map((name) => ({ name, image: `reviews:${name}` }));
  for (const version of versions) new VersionedWorkload(chart, `Workload-${version.name}`, { app: 'reviews', version });
  const rule = new DestinationRule(chart, 'Rule', { service, versions });
  new VirtualService(chart, 'Routes', { name: 'reviews', hosts: [HOST], http: [{ route: rule.split({ v1: 100 }) }] });
  const raw = new ApiObject(chart, 'Metrics', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'metrics' },
    spec: { selector: { app: 'reviews' }, ports: [{ name: 'http-metrics', port: 9100 }] },
  });
  raw.addJsonPatch(JsonPatch.add('/metadata/labels', { team: 'reviews' }));
}

/** A chart that depends on another, and a chart nested in a chart: cdk8s numbers such files. */
function dependentCharts(app: App): void {
  const base = new Chart(app, 'base', { namespace: 'default' });
  reviews(base);
  const extra = new Chart(app, 'extra', { namespace: 'default' });
  new ApiObject(extra, 'Config', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'reviews-config' }, data: { mode: 'canary' } });
  extra.addDependency(base);
  new Chart(extra, 'nested', { namespace: 'default' });
}

/** `count` ConfigMaps, each of its own. */
function configMaps(chart: Chart, count: number): void {
  for (let at = 0; at < count; at++) {
    new ApiObject(chart, `Config${at}`, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `config-${at}` }, data: { at: String(at), on: 'yes' } });
  }
}

function errorOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('synthApp', () => {
  test.each([
    ['FILE_PER_CHART', YamlOutputType.FILE_PER_CHART],
    ['FILE_PER_APP', YamlOutputType.FILE_PER_APP],
    ['FILE_PER_RESOURCE', YamlOutputType.FILE_PER_RESOURCE],
    ['FOLDER_PER_CHART_FILE_PER_RESOURCE', YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE],
  ])('writes the same files, byte for byte, as app.synth() with output type %s', (_name, yamlOutputType) => {
    // GIVEN
    const { viaSynth, viaSynthApp } = twinApps((app) => reviews(new Chart(app, 'reviews', { namespace: 'default' })), yamlOutputType);

    // WHEN
    viaSynth.synth();
    synthApp(viaSynthApp);

    // THEN
    expect(listFiles(viaSynthApp.outdir).length).toBeGreaterThan(0);
    expect(treeDifferences(viaSynth.outdir, viaSynthApp.outdir)).toEqual([]);
  });

  test('numbers the files of charts that depend on each other in the order app.synth() writes them', () => {
    // GIVEN
    const { viaSynth, viaSynthApp } = twinApps(dependentCharts);

    // WHEN
    viaSynth.synth();
    synthApp(viaSynthApp);

    // THEN
    expect(listFiles(viaSynthApp.outdir)).toEqual([
      '0000-base.k8s.yaml',
      expect.stringMatching(/^0001-extra-nested-[0-9a-f]{8}\.k8s\.yaml$/),
      '0002-extra.k8s.yaml',
    ]);
    expect(treeDifferences(viaSynth.outdir, viaSynthApp.outdir)).toEqual([]);
  });

  test('renders each object once, where app.synth() renders it for the analysis and again for the file', () => {
    // GIVEN
    const counted: CountedObject[] = [];
    const { viaSynth, viaSynthApp } = twinApps((app) => {
      const chart = new Chart(app, 'reviews', { namespace: 'default' });
      reviews(chart);
      counted.push(new CountedObject(chart, 'Counted', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'counted' } }));
    });
    const [inSynth, inSynthApp] = counted;

    // WHEN
    viaSynth.synth();
    synthApp(viaSynthApp);

    // THEN
    expect(inSynth.renders).toBe(2);
    expect(inSynthApp.renders).toBe(1);
  });

  test('validates the app once however many charts it has, where app.synth() validates it again for every chart', () => {
    // GIVEN five charts, and a construct that counts the validation passes of its app
    const passes = new Map<App, number>();
    const { viaSynth, viaSynthApp } = twinApps((app) => {
      reviews(new Chart(app, 'reviews', { namespace: 'default' }));
      for (const name of ['a', 'b', 'c', 'd']) {
        new ApiObject(new Chart(app, name, { namespace: name }), 'Config', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'config' } });
      }
      new Construct(app, 'Counter').node.addValidation({ validate: () => (passes.set(app, (passes.get(app) ?? 0) + 1), []) });
    });

    // WHEN
    viaSynth.synth();
    synthApp(viaSynthApp);

    // THEN
    expect([passes.get(viaSynth), passes.get(viaSynthApp)]).toEqual([6, 1]);
    expect(treeDifferences(viaSynth.outdir, viaSynthApp.outdir)).toEqual([]);
  });

  test('fails with the very message of app.synth(): the construct checks and the findings of the analysis, at once', () => {
    // GIVEN an unknown subset (a finding of the analysis) and a Service port out of range (a construct check)
    const { viaSynth, viaSynthApp } = twinApps((app) => {
      const chart = new Chart(app, 'broken', { namespace: 'default' });
      new MeshService(chart, 'Bad', { app: 'bad', port: 70000 });
      new istio.VirtualService(chart, 'Raw', { metadata: { name: 'raw' }, spec: { hosts: [HOST], http: [{ route: [{ destination: { host: HOST, subset: 'v9' } }] }] } });
    });

    // WHEN
    const fromSynth = errorOf(() => viaSynth.synth());
    const fromSynthApp = errorOf(() => synthApp(viaSynthApp));

    // THEN
    expect(fromSynthApp).toEqual(fromSynth);
    expect(fromSynthApp).toContain('[broken/Bad] error');
    expect(fromSynthApp).toContain('subset v9');
    expect(fs.existsSync(viaSynthApp.outdir)).toBe(false);
  });

  test('fails on a finding of the analysis alone as app.synth() does, and writes nothing', () => {
    // GIVEN
    const { viaSynth, viaSynthApp } = twinApps((app) => {
      const chart = new Chart(app, 'broken', { namespace: 'default' });
      new istio.VirtualService(chart, 'Raw', { metadata: { name: 'raw' }, spec: { hosts: [HOST], http: [{ route: [{ destination: { host: HOST, subset: 'v9' } }] }] } });
    });

    // WHEN
    const fromSynthApp = errorOf(() => synthApp(viaSynthApp));

    // THEN
    expect(fromSynthApp).toEqual(errorOf(() => viaSynth.synth()));
    expect(fromSynthApp).toMatch(/^Validation failed with the following errors:\n {2}\[MeshAnalysis\] error destination-subset-undefined /);
    expect(fs.existsSync(viaSynthApp.outdir)).toBe(false);
  });

  test('writes a large app byte for byte as app.synth() does, with a worker thread writing half of its YAML', () => {
    // GIVEN more objects than it takes for a second thread to pay
    const { viaSynth, viaSynthApp } = twinApps((app) => {
      const chart = new Chart(app, 'large', { namespace: 'default' });
      reviews(chart);
      configMaps(chart, YAML_WORKER_MIN_DOCUMENTS);
    });
    viaSynth.synth();
    const stringify = jest.spyOn(cdk8sYaml, 'stringify');

    // WHEN
    synthApp(viaSynthApp);

    // THEN this thread wrote about half of the documents, on a machine with a core to spare
    const documents = fs.readFileSync(path.join(viaSynthApp.outdir, 'large.k8s.yaml'), 'utf8').split(/^---$/m).length;
    const twoThreads = os.availableParallelism() > 1 && process.env[YAML_THREADS_VARIABLE] !== '1';
    expect(stringify.mock.calls.length).toBeLessThan(twoThreads ? documents / 2 + 2 : documents + 1);
    stringify.mockRestore();
    expect(treeDifferences(viaSynth.outdir, viaSynthApp.outdir)).toEqual([]);
  });

  test('fails on a finding of the analysis of a large app, whose YAML was under way, and writes nothing', () => {
    // GIVEN
    const { viaSynth, viaSynthApp } = twinApps((app) => {
      const chart = new Chart(app, 'broken', { namespace: 'default' });
      configMaps(chart, YAML_WORKER_MIN_DOCUMENTS);
      new istio.VirtualService(chart, 'Raw', { metadata: { name: 'raw' }, spec: { hosts: [HOST], http: [{ route: [{ destination: { host: HOST, subset: 'v9' } }] }] } });
    });

    // WHEN
    const fromSynthApp = errorOf(() => synthApp(viaSynthApp));

    // THEN
    expect(fromSynthApp).toEqual(errorOf(() => viaSynth.synth()));
    expect(fromSynthApp).toContain('subset v9');
    expect(fs.existsSync(viaSynthApp.outdir)).toBe(false);
  });

  test('pairs each rendered object with its construct path, also when a patch renames an object', () => {
    // GIVEN a ConfigMap whose patch gives it another name than its construct knows
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'app-output-')) });
    new MeshAnalysis(app, { print: () => undefined });
    const chart = new Chart(app, 'renamed');
    new ApiObject(chart, 'First', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'first' }, data: { n: '1' } })
      .addJsonPatch(JsonPatch.replace('/metadata/name', 'patched'));
    new ApiObject(chart, 'Second', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'second' }, data: { n: '2' } });

    // WHEN
    const rendered = renderApp(app);

    // THEN
    expect(rendered.objects.map((object) => [object.source, object.manifest.metadata?.name, object.manifest.data])).toEqual([
      ['renamed/First', 'patched', { n: '1' }],
      ['renamed/Second', 'second', { n: '2' }],
    ]);
  });
});

describe('renderApp and writeApp', () => {
  test('give the objects in tree order for the analysis and by chart in file order for the pages, and write them afterwards', () => {
    // GIVEN
    const { viaSynthApp: app } = twinApps(dependentCharts);

    // WHEN
    const rendered = renderApp(app);

    // THEN nothing is written yet; the charts come in file order, the objects by construct path
    expect(fs.existsSync(app.outdir)).toBe(false);
    expect(rendered.charts.map(({ chart }) => chart.node.path)).toEqual(['base', 'extra/nested', 'extra']);
    expect(rendered.objects.map((object) => object.source)).toEqual([
      'base/Service/Resource/Resource', 'base/Workload-v1/Resource/Resource', 'base/Workload-v2/Resource/Resource', 'base/Rule/Resource',
      'base/Routes/Resource', 'base/Metrics', 'extra/Config',
    ]);
    expect(rendered.objects.find((object) => object.source === 'base/Metrics')?.manifest.metadata?.labels).toEqual({ team: 'reviews' });

    // WHEN
    writeApp(rendered);

    // THEN
    expect(listFiles(app.outdir)).toEqual(['0000-base.k8s.yaml', expect.stringMatching(/^0001-extra-nested-/), '0002-extra.k8s.yaml']);
  });
});
