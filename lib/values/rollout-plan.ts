import { HttpMatch } from './http-match';
import { HttpRedirect } from './http-route';
import { StringMatch } from './string-match';
import { Problem, _dnsLabelProblems } from './names';
import { ServiceVersion } from './service-version';

/** Requests whose path starts with `prefix` reach the candidate with the path rewritten to `uri`. */
export interface PathRewrite {
  /** Path prefix to match, e.g. `/greeting`. */
  readonly prefix: string;
  /** Replacement of the prefix, e.g. `/hello`. */
  readonly uri: string;
}

/** Requests whose path starts with `prefix` are redirected. */
export interface PathRedirect {
  /** Path prefix to match, e.g. `/greeting`. */
  readonly prefix: string;
  /** Where to. */
  readonly redirect: HttpRedirect;
}

/** The kinds of rollout step, by the one prop that sets each. */
interface StepKinds {
  /** Percentage of requests the candidate receives, from 1 to 99. */
  readonly candidateWeight: number;
  /** Percentage of stable's requests copied to the candidate, whose answers are discarded (0 < p <= 100). */
  readonly mirrorPercentage: number;
  /** Requests whose headers match all of these go to the candidate; everyone else stays on stable. */
  readonly headerOptIn: Record<string, StringMatch>;
  /** Requests under a path prefix go to the candidate with a rewritten path; the rest stays on stable. */
  readonly pathRewrite: PathRewrite;
  /** Requests under a path prefix are redirected; the rest stays on stable. */
  readonly pathRedirect: PathRedirect;
}

type StepOf<K extends keyof StepKinds> = { readonly [P in K]: StepKinds[P] }
& { readonly [P in Exclude<keyof StepKinds, K>]?: never }
& {
  /**
   * Name of the phase.
   * @default - derived from the step, e.g. `canary-10`, `mirror-100`, `opt-in-user-agent`, `rewrite-greeting`
   */
  readonly name?: string;
};

/**
 * One step between the dark launch and the promotion, set by exactly one of `candidateWeight`,
 * `mirrorPercentage`, `headerOptIn`, `pathRewrite` or `pathRedirect`. Steps of every kind can be mixed in any order.
 */
export type RolloutStep =
  | StepOf<'candidateWeight'>
  | StepOf<'mirrorPercentage'>
  | StepOf<'headerOptIn'>
  | StepOf<'pathRewrite'>
  | StepOf<'pathRedirect'>;

const STEP_KINDS: (keyof StepKinds)[] = ['candidateWeight', 'mirrorPercentage', 'headerOptIn', 'pathRewrite', 'pathRedirect'];

/** The share of requests one version receives. */
export interface VersionWeight {
  /** The version. */
  readonly version: ServiceVersion;
  /** Percentage of requests, 0 to 100. */
  readonly weight: number;
}

/** One route of a phase, in terms of versions; the service construct turns it into a VirtualService route. */
export interface PhaseRoute {
  /**
   * Conditions, any one of which must hold.
   * @default - every request
   */
  readonly match?: HttpMatch[];
  /**
   * How the requests are split between versions.
   * @default - none, when the route redirects
   */
  readonly weights?: VersionWeight[];
  /**
   * A version that receives copies of `percentage` percent of the requests.
   * @default - no mirroring
   */
  readonly mirror?: { readonly version: ServiceVersion; readonly percentage: number };
  /**
   * New path for requests before they are forwarded.
   * @default - unchanged
   */
  readonly rewriteUri?: string;
  /**
   * A redirect instead of forwarding.
   * @default - requests are forwarded
   */
  readonly redirect?: HttpRedirect;
}

/**
 * The complete desired state of one service in one phase of a rollout (not a change against the previous phase).
 */
export interface RolloutPhase {
  /** Name of the phase, e.g. `canary-10`. */
  readonly name: string;
  /** Versions that run as Deployments. */
  readonly deployed: ServiceVersion[];
  /** Versions that are DestinationRule subsets; empty when the service has no DestinationRule yet. */
  readonly subsets: ServiceVersion[];
  /** Routes in order, the catch-all last; empty when the service has no VirtualService yet. */
  readonly routes: PhaseRoute[];
  /** How requests that meet no condition are split between versions: the catch-all route's weights. */
  readonly weights: VersionWeight[];
}

/**
 * Props for `RolloutPlan`.
 */
export interface RolloutPlanProps {
  /** The released version that serves all traffic today. */
  readonly stable: ServiceVersion;
  /** The new version to release. */
  readonly candidate: ServiceVersion;
  /**
   * Steps between the dark launch and the promotion, in order.
   * @default - 10%, then 50% of requests to the candidate
   */
  readonly steps?: RolloutStep[];
}

/** Names of the phases every plan has, around the steps. */
export enum RolloutPhaseName {
  /** Only the stable version runs; no subsets, no routes. */
  STABLE = 'stable',
  /** Subsets for both versions; no route uses them yet, so that sidecars know them before any route does. */
  SUBSETS = 'subsets',
  /** All requests routed to the stable subset, the candidate at weight 0, before the candidate exists. */
  ROUTED = 'routed',
  /** The candidate runs beside stable at weight 0. */
  DARK = 'dark',
  /** All traffic on the candidate; stable still runs, for an instant rollback. */
  PROMOTED = 'promoted',
  /** The stable Deployment and subset are gone. */
  RETIRED = 'retired',
  /** The abort path: all traffic back on stable, the candidate still running so that nothing is cut off. */
  ROLLED_BACK = 'rolled-back',
  /** The abort path, a phase after `rolled-back`: the candidate's Deployment is gone, its subset unused. */
  ABORTED = 'aborted',
}

/**
 * The ordered, make-before-break phases of releasing a candidate version of one service:
 * stable only, subsets, routes to the subsets, dark launch, each step, promotion, retirement of the stable version.
 *
 * A subset is defined before a route uses it, a version is deployed before it gets traffic (mirrored
 * traffic included), and a version is removed only after its weight has been 0 for a whole phase.
 */
export class RolloutPlan {
  /** The released version. */
  public readonly stable: ServiceVersion;
  /** The version being released. */
  public readonly candidate: ServiceVersion;
  /** The phases, in the order they are applied. */
  public readonly phases: readonly RolloutPhase[];
  /**
   * The abort path, off the forward order: `rolled-back` (all traffic on stable, the candidate still running),
   * then `aborted` (the candidate's Deployment removed). Each is a complete desired state, as the phases are.
   */
  public readonly abortPhases: readonly RolloutPhase[];
  /** The steps between the dark launch and the promotion, in order. */
  public readonly steps: readonly RolloutStep[];

  constructor(props: RolloutPlanProps) {
    this.stable = props.stable;
    this.candidate = props.candidate;
    this.steps = props.steps ?? [{ candidateWeight: 10 }, { candidateWeight: 50 }];
    this.phases = this.buildPhases();
    const both = [this.stable, this.candidate];
    this.abortPhases = [
      completePhase(RolloutPhaseName.ROLLED_BACK, both, both, [this.split(0)]),
      completePhase(RolloutPhaseName.ABORTED, [this.stable], both, [this.split(0)]),
    ];
  }

  /** Names of the phases, in order. */
  public get phaseNames(): string[] {
    return this.phases.map((phase) => phase.name);
  }

  /** Names of the phases of the abort path, in order. */
  public get abortPhaseNames(): string[] {
    return this.abortPhases.map((phase) => phase.name);
  }

  /** The phase called `name`, on the forward or the abort path; throws, listing the phase names, when there is none. */
  public phase(name: string): RolloutPhase {
    const phase = this.tryPhase(name);
    if (!phase) throw new Error(`phase: no phase "${name}" in the rollout plan. Fix: use one of ${[...this.phaseNames, ...this.abortPhaseNames].join(', ')}`);
    return phase;
  }

  /** The phase called `name`, on the forward or the abort path, or undefined. */
  public tryPhase(name: string): RolloutPhase | undefined {
    return this.phases.find((candidate) => candidate.name === name) ?? this.abortPhases.find((candidate) => candidate.name === name);
  }

  /**
   * What is wrong with the plan's data.
   * @internal
   */
  public _problems(): Problem[] {
    const problems = [
      ..._dnsLabelProblems('stable.name', this.stable.name),
      ..._dnsLabelProblems('candidate.name', this.candidate.name),
      ...this.steps.flatMap((step, index) => stepProblems(step, `steps[${index}]`)),
    ];
    if (this.stable.name === this.candidate.name) {
      problems.push({ field: 'candidate.name', value: this.candidate.name, message: 'is the name of the stable version too', fix: 'give the candidate a version name of its own, e.g. \'v2\'' });
    }
    const names = [...this.phaseNames, ...this.abortPhaseNames];
    for (const name of new Set(names.filter((phaseName, index) => names.indexOf(phaseName) !== index))) {
      problems.push({ field: 'steps', value: name, message: 'two phases have this name', fix: 'give every step a distinct name' });
    }
    return problems;
  }

  private buildPhases(): RolloutPhase[] {
    const both = [this.stable, this.candidate];
    const phase = completePhase;
    return [
      phase(RolloutPhaseName.STABLE, [this.stable], [], []),
      phase(RolloutPhaseName.SUBSETS, [this.stable], both, []),
      phase(RolloutPhaseName.ROUTED, [this.stable], both, [this.split(0)]),
      phase(RolloutPhaseName.DARK, both, both, [this.split(0)]),
      ...this.steps.map((step) => phase(step.name ?? defaultStepName(step), both, both, this.stepRoutes(step))),
      phase(RolloutPhaseName.PROMOTED, both, both, [this.split(100)]),
      phase(RolloutPhaseName.RETIRED, [this.candidate], [this.candidate], [{ weights: [{ version: this.candidate, weight: 100 }] }]),
    ];
  }

  private split(candidateWeight: number): PhaseRoute {
    return {
      weights: [
        { version: this.stable, weight: 100 - candidateWeight },
        { version: this.candidate, weight: candidateWeight },
      ],
    };
  }

  private stepRoutes(step: RolloutStep): PhaseRoute[] {
    const toStable: PhaseRoute = { weights: [{ version: this.stable, weight: 100 }] };
    const toCandidate = [{ version: this.candidate, weight: 100 }];
    if (step.candidateWeight !== undefined) return [this.split(step.candidateWeight)];
    if (step.mirrorPercentage !== undefined) {
      return [{ ...toStable, mirror: { version: this.candidate, percentage: step.mirrorPercentage } }];
    }
    if (step.headerOptIn !== undefined) return [{ match: [{ headers: step.headerOptIn }], weights: toCandidate }, toStable];
    if (step.pathRewrite !== undefined) {
      const match = [{ uri: StringMatch.prefix(step.pathRewrite.prefix) }];
      return [{ match, rewriteUri: step.pathRewrite.uri, weights: toCandidate }, toStable];
    }
    if (step.pathRedirect !== undefined) {
      return [{ match: [{ uri: StringMatch.prefix(step.pathRedirect.prefix) }], redirect: step.pathRedirect.redirect }, toStable];
    }
    return [toStable];
  }
}

/** A phase whose catch-all weights are those of its last route. */
function completePhase(name: string, deployed: ServiceVersion[], subsets: ServiceVersion[], routes: PhaseRoute[]): RolloutPhase {
  return { name, deployed, subsets, routes, weights: routes[routes.length - 1]?.weights ?? [] };
}

function defaultStepName(step: RolloutStep): string {
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (step.candidateWeight !== undefined) return `canary-${step.candidateWeight}`;
  if (step.mirrorPercentage !== undefined) return `mirror-${slug(String(step.mirrorPercentage))}`;
  if (step.headerOptIn !== undefined) return `opt-in-${slug(Object.keys(step.headerOptIn).join('-'))}`;
  if (step.pathRewrite !== undefined) return `rewrite-${slug(step.pathRewrite.prefix)}`;
  if (step.pathRedirect !== undefined) return `redirect-${slug(step.pathRedirect.prefix)}`;
  return 'step';
}

function stepProblems(step: RolloutStep, field: string): Problem[] {
  const kinds = STEP_KINDS.filter((kind) => step[kind] !== undefined);
  if (kinds.length !== 1) {
    return [{ field, value: kinds, message: 'a step is exactly one of candidateWeight, mirrorPercentage, headerOptIn, pathRewrite, pathRedirect', fix: 'split it into one step per kind' }];
  }
  const problems = step.name === undefined ? [] : _dnsLabelProblems(`${field}.name`, step.name);
  return [...problems, ...kindProblems(step, field)];
}

function kindProblems(step: RolloutStep, field: string): Problem[] {
  if (step.candidateWeight !== undefined) {
    const weight = step.candidateWeight;
    if (Number.isInteger(weight) && weight >= 1 && weight <= 99) return [];
    return [{
      field: `${field}.candidateWeight`,
      value: weight,
      message: 'a traffic step gives the candidate part of the traffic',
      fix: 'use a whole percentage from 1 to 99 (the dark phase has 0 and the promotion 100)',
    }];
  }
  if (step.mirrorPercentage !== undefined) {
    if (step.mirrorPercentage > 0 && step.mirrorPercentage <= 100) return [];
    return [{ field: `${field}.mirrorPercentage`, value: step.mirrorPercentage, message: 'is not a share of requests to copy', fix: 'use a percentage above 0, at most 100' }];
  }
  if (step.headerOptIn !== undefined) {
    if (Object.keys(step.headerOptIn).length === 0) {
      return [{ field: `${field}.headerOptIn`, value: {}, message: 'no header to opt in with', fix: 'give a header, e.g. { \'x-beta-optin\': StringMatch.exact(\'true\') }' }];
    }
    return Object.entries(step.headerOptIn).flatMap(([header, match]) => match._problems(`${field}.headerOptIn.${header}`));
  }
  const prefix = step.pathRewrite?.prefix ?? step.pathRedirect?.prefix ?? '';
  const name = step.pathRewrite ? 'pathRewrite' : 'pathRedirect';
  if (prefix.startsWith('/')) return [];
  return [{ field: `${field}.${name}.prefix`, value: prefix, message: 'is not a path', fix: 'start the prefix with \'/\', e.g. \'/greeting\'' }];
}
