import * as fs from 'node:fs';
import * as path from 'node:path';
import { App } from 'cdk8s';
import { Manifest } from '../manifest/manifest';
import { YAML } from '../manifest/yaml';
import { MeshAnalysis } from '../constructs/mesh-analysis';
import { _writeApp, renderApp } from './app-output';
import { ManifestYaml } from './manifest-yaml';
import { _planPage } from '../review/plan-page';
import { PreviousPhase, _trafficPage } from '../review/traffic-diagram';
import { _TrafficModels } from '../review/traffic-model';

/** One phase of a rollout: its folder, and the charts that make its complete desired state. */
export interface PhaseDefinition {
  /** Folder of the phase, e.g. `05-routed`. */
  readonly folder: string;
  /** Adds the phase's charts to its app. */
  readonly define: (app: App) => void;
}

/** A phase as a cdk8s app that writes to its folder. */
export interface PhaseApp {
  /** Folder of the phase. */
  readonly folder: string;
  /** The app. */
  readonly app: App;
}

/** An app per phase, each writing to `<outdir>/<folder>/`. */
export function definePhaseApps(outdir: string, phases: PhaseDefinition[]): PhaseApp[] {
  return phases.map((phase) => {
    const app = new App({ outdir: path.join(outdir, phase.folder) });
    phase.define(app);
    return { folder: phase.folder, app };
  });
}

/** Props for `synthPhaseFolders`. */
export interface PhaseFoldersOptions {
  /**
   * Folder of the phase to copy to `live/`, the stable path an Argo CD Application syncs.
   * @default - no live folder
   */
  readonly livePhase?: string;

  /**
   * Whether to write `PLAN.md` beside the phase folders: a rollout of one phase has no plan to show.
   * @default true
   */
  readonly planPage?: boolean;
}

/** Name of the folder that holds a copy of the live phase. */
export const LIVE_FOLDER = 'live';

/** Name of the page beside the phase folders with the plan of the whole rollout. */
export const PLAN_PAGE = 'PLAN.md';

/**
 * The `livePhase` of a YAML file such as `livePhase: 05-canary-10`, so that moving a rollout on is a one-line
 * change in a committed file.
 */
export function readLivePhase(configFile: string): string {
  const phase = YAML.parse(fs.readFileSync(configFile, 'utf8'))?.livePhase;
  if (typeof phase !== 'string') throw new Error(`${configFile}: livePhase is missing. Fix: add a line such as livePhase: 01-stable`);
  return phase;
}

/**
 * Synthesizes each phase into `<outdir>/<folder>/` after checking make-before-break between consecutive
 * phases, and gives every folder a `kustomization.yaml` (for `kubectl apply -k`) and a `TRAFFIC.md` with a
 * diagram of where requests go and what changed since the phase before. `<outdir>/PLAN.md` (unless `planPage` is
 * false) holds the plan of every phase and a chart of each version's share of requests. With `livePhase`,
 * `<outdir>/live/` is a copy of that phase.
 */
export function synthPhaseFolders(outdir: string, definitions: PhaseDefinition[], options: PhaseFoldersOptions = {}): void {
  const folders = definitions.map((phase) => phase.folder);
  if (options.livePhase !== undefined && !folders.includes(options.livePhase)) {
    throw new Error(`livePhase: no phase "${options.livePhase}". Fix: use one of ${folders.join(', ')}`);
  }
  const phases = definePhaseApps(outdir, definitions);
  // Each phase is rendered once, for its analysis, the transitions, its YAML and its folder pages.
  const rendered = phases.map((phase) => renderApp(phase.app));
  MeshAnalysis.checkRenderedTransitions(rendered.map(({ objects }, index) => ({ name: phases[index].folder, objects })));
  const described: PreviousPhase[] = [];
  // Phases repeat most of their objects: each distinct one is turned into YAML once.
  const yaml = new ManifestYaml({ reuse: true });
  // Each phase's traffic model serves its page, the next phase's page and the plan.
  const models = new _TrafficModels();
  rendered.forEach((app, index) => {
    _writeApp(app, yaml);
    const manifests = app.charts.flatMap((chart) => chart.objects.map((object) => object.manifest));
    described.push(_describeFolder(app.app.outdir, phases[index].folder, manifests, described[described.length - 1], { annotations: {}, models }));
  });
  if (options.planPage ?? true) fs.writeFileSync(path.join(outdir, PLAN_PAGE), _planPage(described.map(({ title, manifests }) => ({ phase: title, manifests })), models));
  if (options.livePhase !== undefined) {
    fs.cpSync(path.join(outdir, options.livePhase), path.join(outdir, LIVE_FOLDER), { recursive: true });
  }
}

/**
 * Adds the kustomization and the traffic page of a phase's folder, after its app wrote its YAML there; gives the
 * phase, to compare the next one with. `annotations` go to the kustomization's own metadata, which kustomize does
 * not apply to the resources.
 */
export function describeFolder(folder: string, title: string, manifests: Manifest[], previous: PreviousPhase | undefined, annotations: Record<string, string> = {}): PreviousPhase {
  return _describeFolder(folder, title, manifests, previous, { annotations, models: new _TrafficModels() });
}

/**
 * How `_describeFolder` describes a folder.
 * @internal
 */
export interface _DescribeOptions {
  /** Annotations of the kustomization's own metadata. */
  readonly annotations: Record<string, string>;
  /** The traffic models of the other folders of the same synth. */
  readonly models: _TrafficModels;
  /** The YAML files of the folder, when the writer knows them. @default - the folder is read */
  readonly yamlFiles?: readonly string[];
  /** Markdown sections that end the traffic page. @default - none */
  readonly sections?: readonly string[];
}

/**
 * `describeFolder`, with what the writer knows of the synth.
 * @internal
 */
export function _describeFolder(folder: string, title: string, manifests: Manifest[], previous: PreviousPhase | undefined, options: _DescribeOptions): PreviousPhase {
  const files = [...options.yamlFiles ?? fs.readdirSync(folder)].filter((file) => /\.ya?ml$/.test(file)).sort();
  const metadata = Object.keys(options.annotations).length > 0 ? { metadata: { annotations: options.annotations } } : {};
  const kustomization = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', ...metadata, resources: files };
  fs.writeFileSync(path.join(folder, 'kustomization.yaml'), YAML.stringify(kustomization));
  fs.writeFileSync(path.join(folder, 'TRAFFIC.md'), _trafficPage(title, manifests, previous, options.models, options.sections));
  return { title, manifests };
}
