import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiObject, App, Chart, DependencyGraph, Names, YamlOutputType } from 'cdk8s';
import { MeshAnalysis } from '../constructs/mesh-analysis';
import { Manifest, SourcedManifest } from '../manifest/manifest';
import { getOrCreate } from '../analysis/mesh-index';
import { ManifestYaml } from './manifest-yaml';

/** One chart rendered for writing: its objects in the order of its file. */
export interface RenderedChart {
  /** The chart. */
  readonly chart: Chart;
  /** Its objects, in dependency order, each with its construct path. */
  readonly objects: SourcedManifest[];
}

/** An app whose charts were rendered once and analysed, ready to be written by `writeApp`. */
export interface RenderedApp {
  /** The app. */
  readonly app: App;
  /** Its charts, in the order cdk8s writes them. */
  readonly charts: RenderedChart[];
  /** Every object of the app, in construct-tree order. */
  readonly objects: SourcedManifest[];
}

/**
 * Renders every chart of `app` once, as `app.synth()` would, and runs the mesh analysis over those very objects:
 * `app.synth()` analyses a render of its own before it renders again to write. Errors are thrown and warnings
 * reported as in `app.synth()`.
 */
export function renderApp(app: App): RenderedApp {
  const rendered = _renderUnchecked(app);
  _checkRenderedApp(rendered);
  return rendered;
}

/**
 * `renderApp` without the mesh analysis, for a writer that checks something else first; `_checkRenderedApp` runs it.
 * @internal
 */
export function _renderUnchecked(app: App): RenderedApp {
  const analysis = MeshAnalysis.of(app);
  const tree = objectsOfTree(app);
  let charts: RenderedChart[];
  try {
    charts = analysis._renderOnce(() => [...tree.byChart].map(([chart, objects], index) => (index === 0 ? renderFirstChart(chart, objects) : renderChart(chart, objects))));
  } catch (error) {
    // A construct's own check failed before the analysis ran: a whole validation pass lists every problem at once.
    app.charts[0]?.toJson();
    throw error;
  }
  return { app, charts: writtenOrder(app, charts), objects: inTreeOrder(tree.objects, charts) };
}

/**
 * The mesh analysis of an app rendered by `_renderUnchecked`, reported as `renderApp` reports it.
 * @internal
 */
export function _checkRenderedApp(rendered: RenderedApp): void {
  MeshAnalysis.of(rendered.app)._checkRendered(rendered.objects);
}

/** Writes a rendered app to its `outdir`: the files, names and contents `app.synth()` writes for its output type. */
export function writeApp(rendered: RenderedApp): void {
  _writeApp(rendered, new ManifestYaml({ reuse: false }));
}

/**
 * `writeApp`, with the YAML of documents that other apps of the same synth wrote already; gives the files it wrote,
 * by folder.
 * @internal
 */
export function _writeApp(rendered: RenderedApp, yaml: ManifestYaml): Map<string, string[]> {
  return _startWriting(rendered, yaml).finish();
}

/**
 * An app being written: its YAML is under way, its files are written by `finish`.
 * @internal
 */
export interface _AppWriting {
  /** Writes the files; gives them by folder, so that a writer that lists them need not read the folders back. */
  finish(): Map<string, string[]>;
  /** Writes nothing, and stops the YAML under way. */
  cancel(): void;
}

/**
 * Starts writing a rendered app: its YAML, part of it on another thread for a large app, while the caller may still
 * decide (after an analysis) not to write it.
 * @internal
 */
export function _startWriting(rendered: RenderedApp, yaml: ManifestYaml): _AppWriting {
  const { app } = rendered;
  const { folders, files } = layoutOf(rendered);
  const batch = yaml.start(files.map((file) => file.manifests));
  return {
    finish: () => {
      const written = new Map<string, string[]>();
      const contents = batch.texts();
      [app.outdir, ...folders].forEach((folder) => fs.mkdirSync(folder, { recursive: true }));
      files.forEach(({ folder, name }, at) => {
        const file = `${name}${app.outputFileExtension}`;
        fs.writeFileSync(path.join(folder, file), contents[at]);
        getOrCreate(written, folder, () => []).push(file);
      });
      return written;
    },
    cancel: () => batch.cancel(),
  };
}

/**
 * Synthesizes `app` into its `outdir` like `app.synth()`, rendering each object once for both the analysis and the
 * YAML. An app that records construct metadata is left to `app.synth()`, which writes it.
 */
export function synthApp(app: App): void {
  if (process.env.CDK8S_RECORD_CONSTRUCT_METADATA === 'true') {
    app.synth();
    return;
  }
  const rendered = _renderUnchecked(app);
  // The YAML is started before the analysis, and written only once it passed.
  const writing = _startWriting(rendered, new ManifestYaml({ reuse: false }));
  try {
    _checkRenderedApp(rendered);
  } catch (error) {
    writing.cancel();
    throw error;
  }
  writing.finish();
}

function manifestsOf(chart: RenderedChart): Manifest[] {
  return chart.objects.map((object) => object.manifest);
}

/** A file `app.synth()` writes: its folder, its name without the extension, and its objects. */
interface AppFile {
  readonly folder: string;
  readonly name: string;
  readonly manifests: Manifest[];
}

/**
 * The folders below `outdir` and the files `app.synth()` writes for the app's output type, in the order it writes
 * them: a folder per chart, even one with no objects.
 */
function layoutOf({ app, charts }: RenderedApp): { readonly folders: string[]; readonly files: AppFile[] } {
  const chartName = chartNamer(charts);
  const inOutdir = (name: string, manifests: Manifest[]): AppFile => ({ folder: app.outdir, name, manifests });
  switch (app.yamlOutputType) {
    case YamlOutputType.FILE_PER_APP:
      return { folders: [], files: charts.length > 0 ? [inOutdir('app', charts.flatMap(manifestsOf))] : [] };
    case YamlOutputType.FILE_PER_CHART:
      return { folders: [], files: charts.map((chart, index) => inOutdir(chartName(chart, index), manifestsOf(chart))) };
    case YamlOutputType.FILE_PER_RESOURCE:
      return { folders: [], files: charts.flatMap((chart) => manifestsOf(chart).map((manifest) => inOutdir(resourceFileName(manifest), [manifest]))) };
    case YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE: {
      const folders = charts.map((chart, index) => path.join(app.outdir, chartName(chart, index)));
      const files = charts.flatMap((chart, index) => manifestsOf(chart).map((manifest) => ({ folder: folders[index], name: resourceFileName(manifest), manifests: [manifest] })));
      return { folders, files };
    }
  }
}

/** Names charts as cdk8s does: by their DNS label, numbered in writing order when charts depend on each other. */
function chartNamer(charts: RenderedChart[]): (chart: RenderedChart, index: number) => string {
  const numbered = dependOnEachOther(charts);
  return ({ chart }, index) => (numbered ? `${String(index).padStart(4, '0')}-${Names.toDnsLabel(chart)}` : Names.toDnsLabel(chart));
}

/** The file name cdk8s gives an object of its own: `<kind>.<name>` without the characters a file name should not hold. */
function resourceFileName(manifest: Manifest): string {
  return `${manifest.kind}.${manifest.metadata?.name}`.replace(/[^0-9a-zA-Z-_.]/g, '');
}

function dependOnEachOther(charts: RenderedChart[]): boolean {
  return charts.some(({ chart }) => chart.node.dependencies.some(Chart.isChart));
}

/**
 * The first chart, rendered by `chart.toJson()`, which also resolves the dependencies of the whole app and validates
 * it, once: the objects are paired with their constructs by identity, which costs less than ordering them again.
 */
function renderFirstChart(chart: Chart, objects: ApiObject[]): RenderedChart {
  const manifests = chart.toJson() as Manifest[];
  const paths = pathsByIdentity(objects);
  const sourced = paths && manifests.map((manifest) => ({ manifest, source: paths.get(identityOfManifest(manifest)) }));
  if (sourced && sourced.every((object): object is SourcedManifest => object.source !== undefined)) return { chart, objects: sourced };
  // Objects that share an identity, or whose patches rename them: the chart's dependency order pairs them instead.
  const ordered = inDependencyOrder(chart, objects);
  return { chart, objects: manifests.map((manifest, index) => ({ manifest, source: ordered[index].node.path })) };
}

/**
 * Any other chart, rendered in the order `chart.toJson()` gives, without its validation of the whole app again: the
 * first chart's did it, and nothing changed since. Rendering each chart with `chart.toJson()` would grow with the
 * square of the number of charts.
 */
function renderChart(chart: Chart, objects: ApiObject[]): RenderedChart {
  return { chart, objects: inDependencyOrder(chart, objects).map((object) => ({ manifest: object.toJson() as Manifest, source: object.node.path })) };
}

/** The chart's own objects in the order of its file, the dependency order cdk8s writes them in. */
function inDependencyOrder(chart: Chart, objects: ApiObject[]): ApiObject[] {
  const own = new Set<unknown>(objects);
  return new DependencyGraph(chart.node).topology().filter((construct): construct is ApiObject => own.has(construct));
}

/**
 * The app's objects in construct-tree order, and every chart, in tree order, with the objects its file holds (those
 * whose closest chart it is): one walk of the tree for all of them.
 */
function objectsOfTree(app: App): { readonly objects: ApiObject[]; readonly byChart: Map<Chart, ApiObject[]> } {
  const objects: ApiObject[] = [];
  const byChart = new Map<Chart, ApiObject[]>();
  for (const construct of app.node.findAll()) {
    if (Chart.isChart(construct) && !byChart.has(construct)) byChart.set(construct, []);
    if (ApiObject.isApiObject(construct)) {
      objects.push(construct);
      getOrCreate(byChart, Chart.of(construct), () => []).push(construct);
    }
  }
  return { objects, byChart };
}

/** Construct path by object identity, or undefined when two objects share one. */
function pathsByIdentity(objects: ApiObject[]): Map<string, string> | undefined {
  const paths = new Map(objects.map((object) => [identityOf(object), object.node.path]));
  return paths.size === objects.length ? paths : undefined;
}

function identityOf(object: ApiObject): string {
  return [object.apiVersion, object.kind, object.metadata.namespace ?? '', object.name].join('|');
}

function identityOfManifest(manifest: Manifest): string {
  return [manifest.apiVersion, manifest.kind, manifest.metadata?.namespace ?? '', manifest.metadata?.name].join('|');
}

/** Every object in construct-tree order, the order the analysis of a validation pass sees them in. */
function inTreeOrder(objects: ApiObject[], charts: RenderedChart[]): SourcedManifest[] {
  const bySource = new Map(charts.flatMap((chart) => chart.objects.map((object) => [object.source, object] as const)));
  return objects
    .map((object) => bySource.get(object.node.path))
    .filter((object): object is SourcedManifest => object !== undefined);
}

/** The charts in the order `app.synth()` writes them, which numbers the files when charts depend on each other. */
function writtenOrder(app: App, charts: RenderedChart[]): RenderedChart[] {
  if (!dependOnEachOther(charts)) return charts;
  const byChart = new Map(charts.map((rendered) => [rendered.chart, rendered]));
  return app.charts.map((chart) => byChart.get(chart)).filter((rendered): rendered is RenderedChart => rendered !== undefined);
}
