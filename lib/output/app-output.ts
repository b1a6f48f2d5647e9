import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiObject, App, Chart, DependencyGraph, Names, Yaml, YamlOutputType } from 'cdk8s';
import { MeshAnalysis } from '../constructs/mesh-analysis';
import { Manifest, SourcedManifest } from '../manifest/manifest';

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
 * reported as in `app.synth()`. Only the default output, a file per chart, can be rendered this way.
 */
export function renderApp(app: App): RenderedApp {
  if (app.yamlOutputType !== YamlOutputType.FILE_PER_CHART) {
    throw new Error(`renderApp: the app writes ${app.yamlOutputType}. Fix: call app.synth(), which writes every output type`);
  }
  const analysis = MeshAnalysis.of(app);
  let charts: RenderedChart[];
  try {
    charts = analysis._renderOnce(() => app.node.findAll().filter(Chart.isChart).map(renderChart));
  } catch (error) {
    // A construct's own check failed before the analysis ran: a whole validation pass lists every problem at once.
    app.charts[0]?.toJson();
    throw error;
  }
  const objects = inTreeOrder(app, charts);
  analysis._checkRendered(objects);
  return { app, charts: writtenOrder(app, charts), objects };
}

/** Writes a rendered app to its `outdir` with the file names and contents `app.synth()` gives. */
export function writeApp(rendered: RenderedApp): void {
  const { app, charts } = rendered;
  fs.mkdirSync(app.outdir, { recursive: true });
  const indexed = charts.some(({ chart }) => chart.node.dependencies.some(Chart.isChart));
  charts.forEach(({ chart, objects }, index) => {
    const name = indexed ? `${String(index).padStart(4, '0')}-${Names.toDnsLabel(chart)}` : Names.toDnsLabel(chart);
    Yaml.save(path.join(app.outdir, `${name}${app.outputFileExtension}`), objects.map((object) => object.manifest));
  });
}

/**
 * Synthesizes `app` into its `outdir` like `app.synth()`, rendering each object once for both the analysis and the
 * YAML; an app with another output type than a file per chart, or recording construct metadata, is left to
 * `app.synth()`.
 */
export function synthApp(app: App): void {
  if (app.yamlOutputType !== YamlOutputType.FILE_PER_CHART || process.env.CDK8S_RECORD_CONSTRUCT_METADATA === 'true') {
    app.synth();
    return;
  }
  writeApp(renderApp(app));
}

function renderChart(chart: Chart): RenderedChart {
  const manifests = chart.toJson() as Manifest[];
  const objects = ownObjects(chart);
  const paths = pathsByIdentity(objects);
  const sourced = paths && manifests.map((manifest) => ({ manifest, source: paths.get(identityOfManifest(manifest)) }));
  if (sourced && sourced.every((object): object is SourcedManifest => object.source !== undefined)) return { chart, objects: sourced };
  // Objects that share an identity, or whose patches rename them: the chart's dependency order pairs them instead.
  const own = new Set<unknown>(objects);
  const ordered = new DependencyGraph(chart.node).topology().filter((construct): construct is ApiObject => own.has(construct));
  return { chart, objects: manifests.map((manifest, index) => ({ manifest, source: ordered[index].node.path })) };
}

/** The objects a chart's file holds: those whose closest chart it is. */
function ownObjects(chart: Chart): ApiObject[] {
  return chart.node.findAll().filter((construct): construct is ApiObject => ApiObject.isApiObject(construct) && Chart.of(construct) === chart);
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
function inTreeOrder(app: App, charts: RenderedChart[]): SourcedManifest[] {
  const bySource = new Map(charts.flatMap(({ objects }) => objects.map((object) => [object.source, object] as const)));
  return app.node.findAll().filter(ApiObject.isApiObject)
    .map((object) => bySource.get(object.node.path))
    .filter((object): object is SourcedManifest => object !== undefined);
}

/** The charts in the order `app.synth()` writes them, which numbers the files when charts depend on each other. */
function writtenOrder(app: App, charts: RenderedChart[]): RenderedChart[] {
  if (!charts.some(({ chart }) => chart.node.dependencies.some(Chart.isChart))) return charts;
  const byChart = new Map(charts.map((rendered) => [rendered.chart, rendered]));
  return app.charts.map((chart) => byChart.get(chart)).filter((rendered): rendered is RenderedChart => rendered !== undefined);
}
