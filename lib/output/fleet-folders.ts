import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiObject, App, Chart, YamlOutputType } from 'cdk8s';
import { RenderedApp, _checkRenderedApp, _renderUnchecked, _writeApp } from './app-output';
import { ManifestYaml } from './manifest-yaml';
import { YAML } from '../manifest/yaml';
import { _describeFolder } from './phase-folders';
import { _TrafficModels } from '../review/traffic-model';
import { FleetChart } from '../constructs/fleet-chart';
import { FleetConfig, FleetEnvironment, FleetService, STEP_ANNOTATION, synthesizedStep } from '../fleet/fleet-config';
import { describeChange, safeSequence, stepBefore, stepRank } from '../fleet/fleet-rollout';
import { FindingLevel, formatFinding } from '../analysis/finding';
import { analyzeTransitions } from '../analysis/transitions';
import { Manifest, SourcedManifest } from '../manifest/manifest';

/** Name of the folder, beside the environments' folders, that holds the Argo CD ApplicationSet and AppProject. */
export const ARGOCD_FOLDER = 'argocd';

/** Options for `synthFleet`. */
export interface FleetFoldersOptions {
  /**
   * The output of the last synth (the folder that is committed, such as `dist`): every service's move from the step
   * it was synthesized at there to its step now must be make-before-break.
   * @default - no previous output: nothing to compare with
   */
  readonly previous?: string;
}

/** Why a change of the configuration cannot be applied in one sync. */
export class FleetTransitionError extends Error {
  constructor(public readonly problems: string[]) {
    super(`the fleet's changes are not make-before-break:\n${problems.join('\n')}`);
    this.name = 'FleetTransitionError';
  }
}

/**
 * Synthesizes every environment of the fleet into `<outdir>/<environment>/`, one folder per service
 * (`<outdir>/<environment>/<service>/`, so that a pull request touches only the services that moved), each with its
 * YAML, a `kustomization.yaml` that records its step and a `TRAFFIC.md`; a `kustomization.yaml` per environment that
 * lists its services; and in `<outdir>/argocd/` an ApplicationSet with an Application per environment and their
 * AppProject. With `previous`, each service's move from the output there is checked before its environment is
 * written; the problems of every service are reported at once, and no environment with a problem, nor any after it,
 * is written (write to a fresh folder, as `synthToFolder` does, to keep the last good output).
 */
export function synthFleet(outdir: string, config: FleetConfig, options: FleetFoldersOptions = {}): void {
  const problems: string[] = [];
  // Environments at the same step in the same namespace hold the same objects: each distinct one becomes YAML once.
  const yaml = new ManifestYaml({ reuse: true });
  // One environment at a time, so that only one is held in memory; after a problem, the others are checked, not written.
  for (const environment of config.environments) {
    const { rendered, services } = renderEnvironment(outdir, config, environment);
    problems.push(...services.flatMap((service) => transitionProblems(config, environment, service, options.previous)));
    if (problems.length > 0) continue;
    _checkRenderedApp(rendered);
    writeEnvironment(rendered, environment, services, yaml);
  }
  if (problems.length > 0) throw new FleetTransitionError(problems);
  synthArgoCd(path.join(outdir, ARGOCD_FOLDER), config);
}

/** The YAML of an environment, and per service its kustomization and traffic page, and the environment's kustomization. */
function writeEnvironment(rendered: RenderedApp, environment: FleetEnvironment, services: DefinedService[], yaml: ManifestYaml): void {
  const written = _writeApp(rendered, yaml);
  for (const service of services) {
    const folder = path.join(rendered.app.outdir, service.chart.node.id);
    const manifests = service.objects.map((object) => object.manifest);
    // The page compares the service with the step before in its plan, not with the previous output, so that a second
    // synth writes the same.
    _describeFolder(folder, `${service.chart.node.id} in ${environment.name}: ${service.chart.step}`, manifests, undefined, {
      annotations: { [STEP_ANNOTATION]: service.chart.step },
      models: new _TrafficModels(),
      yamlFiles: written.get(folder) ?? [],
      sections: sinceStepBefore(service.service, service.chart.step),
    });
  }
  writeKustomization(rendered.app.outdir, services.map((service) => service.chart.node.id));
}

/**
 * What changed since the step before on the plan's path, as `promote` prints it; none for the first step, and for
 * `rolled-back`, which any step with the candidate running leads to.
 */
function sinceStepBefore(service: FleetService, step: string): string[] {
  const before = stepBefore(service.plan, step);
  if (before === undefined) return [];
  const lines = describeChange(service, before, step).map((line) => `- ${line}`);
  return [`## Since ${before}\n\nWhat moving to ${step} from ${before}, the step before it, changed:\n\n${lines.join('\n')}`];
}

/** One service of an environment, rendered. */
interface DefinedService {
  readonly service: FleetService;
  readonly chart: FleetChart;
  /** Its objects, in the order of its folder's files. */
  readonly objects: SourcedManifest[];
}

/** An environment's app, every object rendered once, for the transition check, the analysis, the YAML and the pages. */
function renderEnvironment(outdir: string, config: FleetConfig, environment: FleetEnvironment) {
  const app = new App({ outdir: path.join(outdir, environment.name), yamlOutputType: YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE });
  const charts = config.services.map((service) => new FleetChart(app, service.name, { fleet: config, service, environment }));
  const rendered = _renderUnchecked(app);
  const objectsOf = new Map(rendered.charts.map((chart) => [chart.chart, chart.objects]));
  const services = config.services.map((service, at): DefinedService => ({ service, chart: charts[at], objects: objectsOf.get(charts[at]) ?? [] }));
  return { rendered, services };
}

/** Problems of a service's move from the previous output to its step now, each naming both steps. */
function transitionProblems(config: FleetConfig, environment: FleetEnvironment, defined: DefinedService, previousDir: string | undefined): string[] {
  if (previousDir === undefined) return firstStepGateProblems(config, environment, defined.service);
  const folder = path.join(previousDir, environment.name, defined.service.name);
  const previous = readFolder(folder);
  if (previous.length === 0) return firstStepGateProblems(config, environment, defined.service);
  const previousStep = synthesizedStep(previousDir, environment.name, defined.service.name);
  const from = previousStep ?? folder;
  const to = defined.chart.step;
  const errors = analyzeTransitions([{ name: from, objects: previous }, { name: to, objects: defined.objects }])
    .filter((finding) => finding.level === FindingLevel.ERROR);
  if (errors.length === 0) return gateProblems(config, environment, defined.service, previousStep);
  const sequence = previousStep && defined.service.plan.tryPhase(previousStep)
    ? safeSequence(defined.service, environment, previousStep, to)
    : undefined;
  const line = defined.service.liveLines[environment.name];
  const fix = sequence
    ? `go through ${sequence.join(' → ')}, one step per synth and sync`
    : `set it back to ${from} and move it one step per synth and sync`;
  return [
    `${config.file}:${line}: services.${defined.service.name}.live.${environment.name}: ${from} → ${to} is not make-before-break. Fix: ${fix}`,
    ...errors.map((finding) => `  ${formatFinding(finding)}`),
  ];
}

/**
 * A move ahead of the environment's gate, as `promote` refuses it; a service that stays where it was, or moves back,
 * is never held back by its gate (its gate environment may have rolled back).
 */
function gateProblems(config: FleetConfig, environment: FleetEnvironment, service: FleetService, previousStep: string | undefined): string[] {
  const gate = environment.notAheadOf;
  const step = service.live[environment.name];
  if (gate === undefined || previousStep === undefined || service.plan.tryPhase(previousStep) === undefined) return [];
  const rank = (name: string) => stepRank(service.plan, name);
  if (rank(step) <= rank(previousStep) || rank(step) <= rank(service.live[gate])) return [];
  return [`${config.file}:${service.liveLines[environment.name]}: services.${service.name}.live.${environment.name}: ${previousStep} → ${step} takes ${environment.name} ahead of ${gate}, `
    + `where ${service.name} is at ${service.live[gate]}. Fix: move ${service.name} on in ${gate} first, or leave ${environment.name} at ${previousStep}`];
}

/**
 * A service's first step in an environment (a first synth, or a service new to it) ahead of the environment's gate:
 * with no earlier output, nothing shows that the gate's environment was there before and rolled back since.
 */
function firstStepGateProblems(config: FleetConfig, environment: FleetEnvironment, service: FleetService): string[] {
  const gate = environment.notAheadOf;
  const step = service.live[environment.name];
  if (gate === undefined || stepRank(service.plan, step) <= stepRank(service.plan, service.live[gate])) return [];
  return [`${config.file}:${service.liveLines[environment.name]}: services.${service.name}.live.${environment.name}: ${step} puts ${environment.name} ahead of ${gate}, `
    + `where ${service.name} is at ${service.live[gate]}, and no earlier output shows ${service.name} in ${environment.name}. `
    + `Fix: start ${environment.name} at ${service.live[gate]} or before, and promote it after ${gate}`];
}

/** The objects of the YAML files of a folder, each with its file as its source; none when there is no folder. */
function readFolder(folder: string): SourcedManifest[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder).filter((file) => /\.k8s\.ya?ml$/.test(file)).sort().flatMap((file) => {
    const source = path.join(folder, file);
    return YAML.parseAllDocuments(fs.readFileSync(source, 'utf8'))
      .map((document) => document.toJS() as Manifest | null)
      .filter((manifest): manifest is Manifest => manifest !== null && typeof manifest === 'object')
      .map((manifest) => ({ manifest, source }));
  });
}

/** The kustomization of an environment: its service folders, each a kustomization of its own. */
function writeKustomization(folder: string, services: string[]): void {
  const kustomization = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: [...services].sort() };
  fs.writeFileSync(path.join(folder, 'kustomization.yaml'), YAML.stringify(kustomization));
}

/**
 * The ApplicationSet with one Git directory generator per environment (its folder, with its cluster and namespace
 * as values), so that each environment is an Application of its own; and the AppProject that lets them deploy
 * only the kinds of a fleet, only to the environments' clusters and namespaces, only from the repository.
 */
function synthArgoCd(outdir: string, config: FleetConfig): void {
  const app = new App({ outdir, yamlOutputType: YamlOutputType.FILE_PER_RESOURCE });
  const chart = new Chart(app, ARGOCD_FOLDER, { namespace: config.argocd.namespace });
  const { repoURL, revision, path: root } = config.argocd;
  new ApiObject(chart, 'Project', {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'AppProject',
    metadata: { name: config.name },
    spec: {
      description: `The ${config.name} fleet, one Application per environment`,
      sourceRepos: [repoURL],
      destinations: config.environments.map((environment) => ({ name: environment.cluster, namespace: environment.namespace })),
      clusterResourceWhitelist: [{ group: '', kind: 'Namespace' }],
      namespaceResourceWhitelist: [
        { group: '', kind: 'Service' },
        { group: 'apps', kind: 'Deployment' },
        { group: 'networking.istio.io', kind: 'DestinationRule' },
        { group: 'networking.istio.io', kind: 'VirtualService' },
      ],
    },
  });
  new ApiObject(chart, 'Environments', {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'ApplicationSet',
    metadata: { name: config.name },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: config.environments.map((environment) => ({
        git: {
          repoURL,
          revision,
          directories: [{ path: `${root}/${environment.name}` }],
          values: { cluster: environment.cluster, namespace: environment.namespace },
        },
      })),
      template: {
        metadata: { name: `${config.name}-{{.path.basename}}` },
        spec: {
          project: config.name,
          source: { repoURL, targetRevision: revision, path: '{{.path.path}}' },
          destination: { name: '{{.values.cluster}}', namespace: '{{.values.namespace}}' },
          syncPolicy: {
            automated: { prune: true, selfHeal: true },
            syncOptions: ['CreateNamespace=true', 'ApplyOutOfSyncOnly=true'],
          },
        },
      },
    },
  });
  app.synth();
}
