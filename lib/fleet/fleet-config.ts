import * as fs from 'node:fs';
import type { Document, Scalar } from 'yaml';
import { YAML } from '../manifest/yaml';
import { ConfigError, ConfigProblem, ConfigReader, Field, KeyedField } from './config-reader';
import { RolloutPlan, RolloutStep } from '../values/rollout-plan';
import { ServiceVersion } from '../values/service-version';
import { StringMatch } from '../values/string-match';
import { _isDnsLabel, _isObjectName } from '../values/names';

/** The default name of the fleet configuration file. */
export const FLEET_CONFIG = 'rollouts.yaml';

/** One environment of the fleet: a namespace on a cluster, and the environment it may not be ahead of. */
export interface FleetEnvironment {
  /** Name of the environment: its folder below the output, e.g. `prod`. */
  readonly name: string;
  /** Namespace of every service of the environment. */
  readonly namespace: string;
  /** Name of the cluster in Argo CD. */
  readonly cluster: string;
  /**
   * The environment whose step no service may pass here, e.g. `staging` for `prod`.
   * @default - no gate
   */
  readonly notAheadOf?: string;
}

/** One service of the fleet: its plan, and the step it is at in each environment. */
export interface FleetService {
  /** The `app` label and Service name. */
  readonly name: string;
  /** Port of the Service and its containers. */
  readonly port: number;
  /** The rollout plan: stable, candidate and steps, as `RolloutPlan` takes them. */
  readonly plan: RolloutPlan;
  /** The step (a phase of the plan) that is live in each environment, by environment name. */
  readonly live: Readonly<Record<string, string>>;
  /** Line of the service in the configuration, for messages. */
  readonly line: number;
  /** Line of each environment's step, by environment name. */
  readonly liveLines: Readonly<Record<string, number>>;
}

/** Where Argo CD finds the synthesized fleet. */
export interface FleetArgoCd {
  /** URL of the Git repository. */
  readonly repoURL: string;
  /** Branch, tag or commit to sync. */
  readonly revision: string;
  /** Path of the synthesized output in the repository, e.g. `examples/fleet/dist`. */
  readonly path: string;
  /** Namespace of Argo CD. */
  readonly namespace: string;
}

/** A validated fleet configuration, with its document so that a step can be changed in place. */
export interface FleetConfig {
  /** The file it was read from. */
  readonly file: string;
  /** Name of the fleet: the Argo CD project and the `app.kubernetes.io/part-of` label. */
  readonly name: string;
  /** Where Argo CD finds the output. */
  readonly argocd: FleetArgoCd;
  /** The environments, in the order written. */
  readonly environments: readonly FleetEnvironment[];
  /** The services, in the order written. */
  readonly services: readonly FleetService[];
  /** The text as read. */
  readonly text: string;
  /** The parsed document, its nodes with their source ranges. */
  readonly document: Document;
}

const TOP_FIELDS = ['name', 'argocd', 'environments', 'services'];
const ARGOCD_FIELDS = ['repoURL', 'revision', 'path', 'namespace'];
const ENVIRONMENT_FIELDS = ['namespace', 'cluster', 'notAheadOf'];
const SERVICE_FIELDS = ['port', 'stable', 'candidate', 'steps', 'live'];
const VERSION_FIELDS = ['name', 'image', 'replicas'];
const STEP_FIELDS = ['name', 'candidateWeight', 'mirrorPercentage', 'headerOptIn', 'pathRewrite', 'pathRedirect'];
const MATCH_KINDS = ['exact', 'prefix', 'regex'] as const;
const DNS_LABEL_FIX = 'use at most 63 lower-case letters, digits and \'-\', starting and ending with a letter or digit';

/** Reads and validates a fleet configuration; throws a `ConfigError` listing every problem with its line. */
export function readFleetConfig(file: string): FleetConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : (error as Error).message;
    throw new ConfigError([{ file, line: 1, field: '(file)', value: undefined, message: reason, fix: `give the fleet configuration, e.g. --config ${FLEET_CONFIG}` }]);
  }
  return parseFleetConfig(text, file);
}

/** Validates the text of a fleet configuration; throws a `ConfigError` listing every problem with its line. */
export function parseFleetConfig(text: string, file: string): FleetConfig {
  const lines = new YAML.LineCounter();
  const document = YAML.parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new ConfigError(document.errors.map((error): ConfigProblem => ({
      file, line: error.linePos?.[0].line ?? 1, field: '(yaml)', value: undefined, message: error.message.split('\n')[0], fix: 'write valid YAML',
    })));
  }
  const reader = new ConfigReader(file, lines);
  const root: Field = { path: '', node: document.contents ?? undefined };
  if (root.node === undefined) reader.problem(root, 'the file is empty', 'write name, argocd, environments and services', undefined);
  reader.entries(root, TOP_FIELDS);
  const name = dnsLabel(reader, reader.child(root, 'name'), 'name the fleet, e.g. name: shop');
  const argocd = readArgoCd(reader, reader.child(root, 'argocd'));
  const environments = readEnvironments(reader, reader.child(root, 'environments'));
  const services = readServices(reader, reader.child(root, 'services'), environments);
  if (reader.problems.length > 0) throw new ConfigError(reader.problems);
  return { file, name: name!, argocd: argocd!, environments, services, text, document };
}

function dnsLabel(reader: ConfigReader, field: Field, required: string | false): string | undefined {
  const value = reader.string(field, required);
  if (value !== undefined && !_isDnsLabel(value)) reader.problem(field, 'must be a DNS-1123 label', DNS_LABEL_FIX);
  return value;
}

function readArgoCd(reader: ConfigReader, field: Field): FleetArgoCd | undefined {
  if (field.node === undefined) {
    reader.problem(field, 'is missing', 'say where Argo CD finds the output: argocd: { repoURL: <git URL>, path: <path of the output> }', undefined);
    return undefined;
  }
  reader.entries(field, ARGOCD_FIELDS);
  const repoURL = reader.string(reader.child(field, 'repoURL'), 'give the URL of the Git repository, e.g. https://github.com/example/platform.git');
  const path = reader.string(reader.child(field, 'path'), 'give the path of the synthesized output in the repository, e.g. dist');
  const revision = reader.string(reader.child(field, 'revision'), false) ?? 'HEAD';
  const namespace = dnsLabel(reader, reader.child(field, 'namespace'), false) ?? 'argocd';
  return repoURL === undefined || path === undefined ? undefined : { repoURL, path, revision, namespace };
}

function readEnvironments(reader: ConfigReader, field: Field): FleetEnvironment[] {
  if (field.node === undefined) reader.problem(field, 'is missing', 'list the environments, e.g. environments: { dev: { namespace: shop } }', undefined);
  const entries = reader.entries(field);
  const names = entries.map((entry) => entry.key);
  const environments = entries.map((entry): FleetEnvironment & { field: KeyedField } => {
    if (!_isDnsLabel(entry.key)) reader.problem({ ...entry, node: entry.keyNode }, 'the name of an environment must be a DNS-1123 label', DNS_LABEL_FIX, entry.key);
    reader.entries(entry, ENVIRONMENT_FIELDS);
    const namespace = dnsLabel(reader, reader.child(entry, 'namespace'), 'give the namespace of the environment\'s services, e.g. namespace: shop') ?? '';
    const cluster = reader.string(reader.child(entry, 'cluster'), false) ?? 'in-cluster';
    const gate = reader.child(entry, 'notAheadOf');
    const notAheadOf = reader.string(gate, false);
    if (notAheadOf !== undefined && (!names.includes(notAheadOf) || notAheadOf === entry.key)) {
      reader.problem(gate, 'is not another environment', `use one of ${names.filter((other) => other !== entry.key).join(', ')}`);
    }
    return { name: entry.key, namespace, cluster, notAheadOf, field: entry };
  });
  for (const environment of environments) {
    if (gateCycle(environments, environment.name)) {
      reader.problem(reader.child(environment.field, 'notAheadOf'), 'the gates go round in a circle', 'let one environment, the first to get a step, have no notAheadOf');
    }
  }
  return environments.map(({ field: _, ...environment }) => environment);
}

/** Whether following the gates from `name` comes back to it. */
function gateCycle(environments: FleetEnvironment[], name: string): boolean {
  const seen = new Set<string>();
  for (let at = environments.find((environment) => environment.name === name)?.notAheadOf; at !== undefined; at = environments.find((environment) => environment.name === at)?.notAheadOf) {
    if (at === name) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}

function readServices(reader: ConfigReader, field: Field, environments: FleetEnvironment[]): FleetService[] {
  if (field.node === undefined) reader.problem(field, 'is missing', 'list the services, e.g. services: { orders: { stable: ..., candidate: ..., live: ... } }', undefined);
  return reader.entries(field).flatMap((entry) => {
    const problemsBefore = reader.problems.length;
    if (!_isObjectName(entry.key, true)) {
      reader.problem({ ...entry, node: entry.keyNode }, 'the name of a service must be a DNS-1035 label, as Service names are', 'use at most 63 lower-case letters, digits and \'-\', starting with a letter', entry.key);
    }
    reader.entries(entry, SERVICE_FIELDS);
    const portField = reader.child(entry, 'port');
    const port = reader.number(portField, false) ?? 3000;
    if (!Number.isInteger(port) || port < 1 || port > 65535) reader.problem(portField, 'is not a port', 'use a whole number from 1 to 65535');
    const stable = readVersion(reader, reader.child(entry, 'stable'));
    const candidate = readVersion(reader, reader.child(entry, 'candidate'));
    const steps = readSteps(reader, reader.child(entry, 'steps'));
    if (stable === undefined || candidate === undefined || steps === null || reader.problems.length > problemsBefore) return [];
    const plan = new RolloutPlan({ stable, candidate, steps });
    for (const problem of plan._problems()) {
      reader.problem(fieldAt(reader, entry, problem.field), problem.message, problem.fix, problem.value);
    }
    const live = readLive(reader, reader.child(entry, 'live'), plan, environments);
    return [{ name: entry.key, port, plan, live: live.steps, liveLines: live.lines, line: reader.lineOf(entry.parent) }];
  });
}

function readVersion(reader: ConfigReader, field: Field): ServiceVersion | undefined {
  if (field.node === undefined) {
    reader.problem(field, 'is missing', 'give the version: { name: v1, image: <image>, replicas: 2 }', undefined);
    return undefined;
  }
  reader.entries(field, VERSION_FIELDS);
  const name = reader.string(reader.child(field, 'name'), 'name the version, e.g. name: v1');
  const image = reader.string(reader.child(field, 'image'), 'give the container image, e.g. image: registry.example.com/orders:1.4.0');
  const replicasField = reader.child(field, 'replicas');
  const replicas = reader.number(replicasField, false);
  if (replicas !== undefined && (!Number.isInteger(replicas) || replicas < 0)) reader.problem(replicasField, 'is not a number of pods', 'use a whole number, 0 or more');
  return name === undefined || image === undefined ? undefined : { name, image, ...(replicas === undefined ? {} : { replicas }) };
}

/** The steps; undefined for the plan's default steps, null when a step has problems. */
function readSteps(reader: ConfigReader, field: Field): RolloutStep[] | undefined | null {
  if (field.node === undefined) return undefined;
  const steps = reader.items(field).map((item) => readStep(reader, item));
  return steps.every((step) => step !== undefined) ? steps as RolloutStep[] : null;
}

function readStep(reader: ConfigReader, field: Field): RolloutStep | undefined {
  const before = reader.problems.length;
  const entries = reader.entries(field, STEP_FIELDS);
  if (!field.node || reader.problems.length > before) return undefined;
  const step: Record<string, unknown> = {};
  for (const entry of entries) {
    if (entry.key === 'name') step.name = reader.string(entry, 'name the step, e.g. name: beta-testers');
    else if (entry.key === 'candidateWeight' || entry.key === 'mirrorPercentage') step[entry.key] = reader.number(entry, 'give a percentage, e.g. 10');
    else if (entry.key === 'headerOptIn') step.headerOptIn = readHeaderOptIn(reader, entry);
    else if (entry.key === 'pathRewrite') step.pathRewrite = readPath(reader, entry, 'uri');
    else step.pathRedirect = readPath(reader, entry, 'redirect');
  }
  return reader.problems.length > before ? undefined : step as unknown as RolloutStep;
}

function readHeaderOptIn(reader: ConfigReader, field: Field): Record<string, StringMatch> {
  return Object.fromEntries(reader.entries(field).map((header) => {
    const kinds = reader.entries(header, MATCH_KINDS);
    if (kinds.length !== 1) {
      reader.problem(header, 'a header condition is exactly one of exact, prefix, regex', `write one, e.g. ${header.key}: { exact: 'true' }`);
      return [header.key, StringMatch.exact('')];
    }
    const value = reader.string(kinds[0], 'give the value to match') ?? '';
    return [header.key, StringMatch[kinds[0].key as typeof MATCH_KINDS[number]](value)];
  }));
}

function readPath(reader: ConfigReader, field: Field, target: 'uri' | 'redirect'): unknown {
  reader.entries(field, ['prefix', target]);
  const prefix = reader.string(reader.child(field, 'prefix'), 'give the path prefix, e.g. prefix: /greeting') ?? '';
  const targetField = reader.child(field, target);
  if (target === 'uri') return { prefix, uri: reader.string(targetField, 'give the new path, e.g. uri: /hello') };
  reader.entries(targetField, ['uri', 'authority']);
  if (targetField.node === undefined) reader.problem(targetField, 'is missing', 'say where to: redirect: { uri: /hello }', undefined);
  const uri = reader.string(reader.child(targetField, 'uri'), false);
  const authority = reader.string(reader.child(targetField, 'authority'), false);
  return { prefix, redirect: { ...(uri === undefined ? {} : { uri }), ...(authority === undefined ? {} : { authority }) } };
}

function readLive(reader: ConfigReader, field: Field, plan: RolloutPlan, environments: FleetEnvironment[]) {
  const steps: Record<string, string> = {};
  const lines: Record<string, number> = {};
  const names = environments.map((environment) => environment.name);
  const phases = [...plan.phaseNames, ...plan.abortPhaseNames];
  if (field.node === undefined) {
    reader.problem(field, 'is missing', `give the step of each environment, e.g. live: { ${names.map((name) => `${name}: stable`).join(', ')} }`, undefined);
    return { steps, lines };
  }
  for (const entry of reader.entries(field, names)) {
    const step = stepName(entry);
    if (step === undefined) {
      reader.problem(entry, 'is not a step name', `use one of ${phases.join(', ')}`);
    } else if (plan.tryPhase(step) === undefined) {
      reader.problem(entry, 'is no step of the service\'s plan', `use one of ${phases.join(', ')}`);
    } else {
      steps[entry.key] = step;
      lines[entry.key] = reader.lineOf(entry.node);
    }
  }
  for (const name of names.filter((environment) => !(environment in steps) && reader.child(field, environment).node === undefined)) {
    reader.problem(reader.child(field, name), 'no step for this environment', `add ${name}: stable (or the step it is at)`, undefined);
  }
  return { steps, lines };
}

/** A step as written: its source, so that a name that YAML would read as a number stays a name. */
function stepName(field: Field): string | undefined {
  if (!YAML.isScalar(field.node) || field.node.value === null || typeof field.node.value === 'object') return undefined;
  return (field.node as Scalar).source ?? String(field.node.value);
}

/** The field of a plan problem (`steps[1].candidateWeight`, `candidate.name`) in the service's node, or the service. */
function fieldAt(reader: ConfigReader, service: Field, path: string): Field {
  let field = service;
  for (const part of path.split(/\.|(?=\[)/)) {
    const index = /^\[(\d+)\]$/.exec(part);
    const next = index ? reader.items(field)[Number(index[1])] : reader.child(field, part);
    if (next?.node === undefined) return { ...field, path: `${service.path}.${path}` };
    field = next;
  }
  return field;
}

/**
 * The annotation of a service folder's `kustomization.yaml` that records the step the folder was synthesized at: the
 * state Argo CD applies, against which the next change is checked.
 */
export const STEP_ANNOTATION = 'istio-traffic.cdk8s.io/step';

/** The step recorded in `<outdir>/<environment>/<service>/kustomization.yaml`, or undefined when there is none. */
export function synthesizedStep(outdir: string, environment: string, service: string): string | undefined {
  const file = `${outdir}/${environment}/${service}/kustomization.yaml`;
  if (!fs.existsSync(file)) return undefined;
  const step = YAML.parseDocument(fs.readFileSync(file, 'utf8')).getIn(['metadata', 'annotations', STEP_ANNOTATION]);
  return typeof step === 'string' ? step : undefined;
}
