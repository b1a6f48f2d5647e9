import { YAML } from '../manifest/yaml';
import { FleetConfig, FleetEnvironment, FleetService } from './fleet-config';
import { Finding, FindingLevel } from '../analysis/finding';
import { analyzePlannedTransition } from '../analysis/transitions';
import { RolloutPhase, RolloutPhaseName, RolloutPlan } from '../values/rollout-plan';
import { ServiceVersion } from '../values/service-version';

/** A move of one service in one environment from a step to another, or why it is refused. */
export interface StepChange {
  /** The service. */
  readonly service: FleetService;
  /** The environment. */
  readonly environment: FleetEnvironment;
  /** The step before. */
  readonly from: string;
  /**
   * The step after.
   * @default - none: the move is refused
   */
  readonly to?: string;
  /**
   * Why the move is refused, and what to do instead.
   * @default - none: the move is allowed
   */
  readonly refusal?: string;
}

/**
 * How far a step has taken the candidate, to compare environments: the forward order; `rolled-back` counts as the
 * dark launch (the candidate runs without requests), `aborted` as `routed` (it no longer runs).
 */
export function stepRank(plan: RolloutPlan, step: string): number {
  const forward = plan.phaseNames;
  if (step === RolloutPhaseName.ROLLED_BACK) return forward.indexOf(RolloutPhaseName.DARK);
  if (step === RolloutPhaseName.ABORTED) return forward.indexOf(RolloutPhaseName.ROUTED);
  return forward.indexOf(step);
}

/**
 * The step before `step` on the plan's path: on the forward path, the one before it; for `aborted`, `rolled-back`;
 * none for the first step, and for `rolled-back`, which a rollback reaches from any step the candidate runs at.
 */
export function stepBefore(plan: RolloutPlan, step: string): string | undefined {
  if (step === RolloutPhaseName.ROLLED_BACK) return undefined;
  if (step === RolloutPhaseName.ABORTED) return RolloutPhaseName.ROLLED_BACK;
  const forward = plan.phaseNames;
  const at = forward.indexOf(step);
  return at > 0 ? forward[at - 1] : undefined;
}

/** The step after `step` on the forward path: after the abort path, the release starts again from the dark launch. */
export function nextStep(plan: RolloutPlan, step: string): string | undefined {
  const forward = plan.phaseNames;
  if (step === RolloutPhaseName.ABORTED) return RolloutPhaseName.DARK;
  if (step === RolloutPhaseName.ROLLED_BACK) return forward[forward.indexOf(RolloutPhaseName.DARK) + 1];
  return forward[forward.indexOf(step) + 1];
}

/**
 * The step a rollback moves to, or why there is none: from any step where the candidate runs, all traffic goes back
 * to stable with the candidate still running (`rolled-back`); from there, the candidate is removed (`aborted`).
 */
export function rollbackStep(plan: RolloutPlan, step: string): { readonly to?: string; readonly refusal?: string } {
  if (step === RolloutPhaseName.ROLLED_BACK) return { to: RolloutPhaseName.ABORTED };
  if (step === RolloutPhaseName.ABORTED) return { refusal: `${plan.candidate.name} no longer runs. To release again, promote it (the dark launch comes next), or give the plan a new candidate` };
  if (step === RolloutPhaseName.RETIRED) {
    return { refusal: `${plan.stable.name} is retired: there is no version to roll back to. Fix: release the previous image as a new plan (stable ${plan.candidate.name}, candidate the fixed version)` };
  }
  if (!plan.phase(step).deployed.some((version) => version.name === plan.candidate.name)) {
    return { refusal: `${plan.candidate.name} is not deployed at step ${step}: there is nothing to roll back` };
  }
  return { to: RolloutPhaseName.ROLLED_BACK };
}

/** The findings of make-before-break from one step of the service to another in the environment. */
export function transitionFindings(service: FleetService, environment: FleetEnvironment, from: string, to: string, source: string): Finding[] {
  const planned = { app: service.name, namespace: environment.namespace, source };
  return analyzePlannedTransition(planned, service.plan.phase(from), service.plan.phase(to))
    .filter((finding) => finding.level === FindingLevel.ERROR);
}

/**
 * The shortest sequence of steps from `from` to `to` in which every move is make-before-break, both included;
 * undefined when there is none. Steps are tried in the plan's order, so that the forward path is preferred.
 */
export function safeSequence(service: FleetService, environment: FleetEnvironment, from: string, to: string): string[] | undefined {
  const steps = [...service.plan.phaseNames, ...service.plan.abortPhaseNames];
  const cameFrom = new Map<string, string>([[from, from]]);
  for (let queue = [from]; queue.length > 0;) {
    const at = queue.shift()!;
    if (at === to) break;
    for (const step of steps.filter((candidate) => !cameFrom.has(candidate))) {
      if (transitionFindings(service, environment, at, step, '').length > 0) continue;
      cameFrom.set(step, at);
      queue = [...queue, step];
    }
  }
  if (!cameFrom.has(to)) return undefined;
  const path = [to];
  while (path[0] !== from) path.unshift(cameFrom.get(path[0])!);
  return path;
}

/** Why a move from one step to another is not make-before-break, with the safe sequence; undefined when it is. */
export function unsafeMoveReason(service: FleetService, environment: FleetEnvironment, from: string, to: string): string | undefined {
  const findings = transitionFindings(service, environment, from, to, '');
  if (findings.length === 0) return undefined;
  const sequence = safeSequence(service, environment, from, to);
  const reasons = findings.map((finding) => finding.message).join('; ');
  const fix = sequence ? `go through ${sequence.join(' → ')}, one step per synth and sync` : 'no sequence of steps of the plan gets there safely';
  return `${from} → ${to} is not make-before-break: ${reasons}. Fix: ${fix}`;
}

/** The service called `name`, or an error listing the services. */
export function fleetService(config: FleetConfig, name: string): FleetService {
  const service = config.services.find((candidate) => candidate.name === name);
  if (!service) throw new FleetCommandError(`no service '${name}' in ${config.file}. Fix: use one of ${config.services.map((candidate) => candidate.name).join(', ')}`);
  return service;
}

/** The environment called `name`, or an error listing the environments. */
export function fleetEnvironment(config: FleetConfig, name: string): FleetEnvironment {
  const environment = config.environments.find((candidate) => candidate.name === name);
  if (!environment) throw new FleetCommandError(`no environment '${name}' in ${config.file}. Fix: use one of ${config.environments.map((candidate) => candidate.name).join(', ')}`);
  return environment;
}

/** A service or environment that the configuration does not have. */
export class FleetCommandError extends Error {}

/**
 * The service's next step in the environment, or why it may not move: the last step reached, the gate (a step
 * ahead of the environment it may not pass), or a move that is not make-before-break from `applied`, the step of
 * the last synthesized output (by default the configuration's step).
 */
export function promotion(service: FleetService, environment: FleetEnvironment, applied?: string): StepChange {
  const from = service.live[environment.name];
  const to = nextStep(service.plan, from);
  const refuse = (refusal: string): StepChange => ({ service, environment, from, refusal });
  if (to === undefined) return refuse(`${service.name} is at ${from}, the last step of its plan. Fix: give the plan a new candidate to release another version`);
  const gate = environment.notAheadOf;
  if (gate !== undefined && stepRank(service.plan, to) > stepRank(service.plan, service.live[gate])) {
    return refuse(`${environment.name} may not be ahead of ${gate}, where ${service.name} is at ${service.live[gate]}; promoting would make it ${to}. `
      + `Fix: promote ${service.name} in ${gate} first (istio-traffic promote ${service.name} --env ${gate})`);
  }
  const unsafe = unsafeMoveReason(service, environment, knownStep(service, applied) ?? from, to);
  return unsafe ? refuse(withApplied(unsafe, from, applied)) : { service, environment, from, to };
}

/** The service's rollback step in the environment, or why there is none (`applied` as for `promotion`). */
export function rollback(service: FleetService, environment: FleetEnvironment, applied?: string): StepChange {
  const from = service.live[environment.name];
  const { to, refusal } = rollbackStep(service.plan, from);
  if (to === undefined) return { service, environment, from, refusal: `${service.name} in ${environment.name} is at ${from}: ${refusal}` };
  const unsafe = unsafeMoveReason(service, environment, knownStep(service, applied) ?? from, to);
  return unsafe ? { service, environment, from, refusal: withApplied(unsafe, from, applied) } : { service, environment, from, to };
}

/** The applied step, when the plan still has it. */
function knownStep(service: FleetService, applied: string | undefined): string | undefined {
  return applied !== undefined && service.plan.tryPhase(applied) ? applied : undefined;
}

/** The reason, saying that the output is behind the configuration when it is. */
function withApplied(reason: string, from: string, applied: string | undefined): string {
  if (applied === undefined || applied === from) return reason;
  return `the configuration says ${from}, but the synthesized output is still at ${applied} (synthesize and sync each step before the next): ${reason}`;
}

/** The configuration's text with the service's step in the environment changed, and nothing else. */
export function withLiveStep(config: FleetConfig, service: string, environment: string, step: string): string {
  const node = config.document.getIn(['services', service, 'live', environment], true);
  if (!YAML.isScalar(node) || !node.range) throw new FleetCommandError(`${config.file}: services.${service}.live.${environment} is not a step name`);
  const [start, end] = node.range;
  const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? '\'' : '';
  return `${config.text.slice(0, start)}${quote}${step}${quote}${config.text.slice(end)}`;
}

/** Weights of the versions that run, by version name: the catch-all route's, or all on the one version. */
export function stepWeights(phase: RolloutPhase): Record<string, number> {
  const weights = new Map(phase.weights.map(({ version, weight }) => [version.name, weight]));
  const running = distinct(phase.deployed);
  return Object.fromEntries(running.map((version) => [version.name, weights.get(version.name) ?? (phase.routes.length === 0 && running.length === 1 ? 100 : 0)]));
}

/** What a move changes, line by line: the weights, the mirror, the objects and subsets added and removed. */
export function describeChange(service: FleetService, from: string, to: string): string[] {
  const before = service.plan.phase(from);
  const after = service.plan.phase(to);
  const weightsBefore = stepWeights(before);
  const weightsAfter = stepWeights(after);
  const versions = [...new Set([...Object.keys(weightsBefore), ...Object.keys(weightsAfter)])];
  const percent = (weights: Record<string, number>, version: string) => (version in weights ? `${weights[version]}%` : 'not running');
  const lines = [`weights: ${versions.map((version) => `${version} ${percent(weightsBefore, version)} → ${percent(weightsAfter, version)}`).join(', ')}`];
  const routing = (phase: RolloutPhase) => phase.routes.map(describeRoute).filter(Boolean).join('; ') || 'none';
  if (routing(before) !== routing(after)) lines.push(`conditions and mirrors: ${routing(before)} → ${routing(after)}`);
  const objectsBefore = objectsOf(service, before);
  const objectsAfter = objectsOf(service, after);
  lines.push(`added: ${objectsAfter.filter((object) => !objectsBefore.includes(object)).join(', ') || 'nothing'}`);
  lines.push(`removed: ${objectsBefore.filter((object) => !objectsAfter.includes(object)).join(', ') || 'nothing'}`);
  return lines;
}

function describeRoute(route: RolloutPhase['routes'][number]): string {
  const parts: string[] = [];
  const conditions = (route.match ?? []).flatMap((match) => [
    ...Object.keys(match.headers ?? {}).map((header) => `header ${header}`),
    ...(match.uri ? ['path'] : []),
  ]);
  if (conditions.length > 0) parts.push(`${conditions.join(' and ')} → ${route.redirect ? 'redirect' : (route.weights ?? []).map((weight) => weight.version.name).join(', ')}`);
  if (route.mirror) parts.push(`mirror ${route.mirror.percentage}% to ${route.mirror.version.name}`);
  return parts.join('; ');
}

/** The objects and subsets of a phase, as a reviewer names them. */
function objectsOf(service: FleetService, phase: RolloutPhase): string[] {
  return [
    `Service ${service.name}`,
    ...distinct(phase.deployed).map((version) => `Deployment ${version.deploymentName ?? `${service.name}-${version.name}`}`),
    ...(phase.subsets.length > 0 ? [`DestinationRule ${service.name}`] : []),
    ...distinct(phase.subsets).map((version) => `subset ${version.name}`),
    ...(phase.routes.length > 0 ? [`VirtualService ${service.name}`] : []),
  ];
}

function distinct(versions: ServiceVersion[]): ServiceVersion[] {
  return versions.filter((version, index) => versions.findIndex((other) => other.name === version.name) === index);
}
