import { Problem, _dnsLabelProblems } from './validation';
import { ServiceVersion } from './versioned-workload';

/** One traffic step between the dark launch and the promotion. */
export interface RolloutStep {
  /** Percentage of requests the candidate receives, from 1 to 99. */
  readonly candidateWeight: number;
  /**
   * Name of the phase.
   * @default - `canary-<candidateWeight>`
   */
  readonly name?: string;
}

/** The share of requests one version receives. */
export interface VersionWeight {
  /** The version. */
  readonly version: ServiceVersion;
  /** Percentage of requests, 0 to 100. */
  readonly weight: number;
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
  /** How requests are split between subsets; empty when the service has no VirtualService yet. */
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
   * Traffic steps between the dark launch and the promotion, in order.
   * @default - 10%, then 50%
   */
  readonly steps?: RolloutStep[];
}

/** Names of the phases every plan has, around the traffic steps. */
export enum RolloutPhaseName {
  /** Only the stable version runs; no subsets, no routes. */
  STABLE = 'stable',
  /** Subsets for both versions; all traffic routed to stable before the candidate exists. */
  SUBSETS = 'subsets',
  /** The candidate runs beside stable at weight 0. */
  DARK = 'dark',
  /** All traffic on the candidate; stable still runs, for an instant rollback. */
  PROMOTED = 'promoted',
  /** The stable Deployment and subset are gone. */
  RETIRED = 'retired',
}

/**
 * The ordered, make-before-break phases of releasing a candidate version of one service:
 * stable only, subsets, dark launch, each traffic step, promotion, retirement of the stable version.
 *
 * A subset is defined before a route uses it, a version is deployed before it gets traffic, and a
 * version is removed only after its weight has been 0 for a whole phase.
 */
export class RolloutPlan {
  /** The released version. */
  public readonly stable: ServiceVersion;
  /** The version being released. */
  public readonly candidate: ServiceVersion;
  /** The phases, in the order they are applied. */
  public readonly phases: RolloutPhase[];
  private readonly steps: RolloutStep[];

  constructor(props: RolloutPlanProps) {
    this.stable = props.stable;
    this.candidate = props.candidate;
    this.steps = props.steps ?? [{ candidateWeight: 10 }, { candidateWeight: 50 }];
    this.phases = this.buildPhases();
  }

  /** Names of the phases, in order. */
  public get phaseNames(): string[] {
    return this.phases.map((phase) => phase.name);
  }

  /** The phase called `name`; throws, listing the phase names, when there is none. */
  public phase(name: string): RolloutPhase {
    const phase = this.phases.find((candidate) => candidate.name === name);
    if (!phase) throw new Error(`phase: no phase "${name}" in the rollout plan. Fix: use one of ${this.phaseNames.join(', ')}`);
    return phase;
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
    const names = this.phaseNames;
    for (const name of new Set(names.filter((phaseName, index) => names.indexOf(phaseName) !== index))) {
      problems.push({ field: 'steps', value: name, message: 'two phases have this name', fix: 'give every step a distinct name' });
    }
    return problems;
  }

  private buildPhases(): RolloutPhase[] {
    const both = [this.stable, this.candidate];
    const split = (candidateWeight: number): VersionWeight[] => [
      { version: this.stable, weight: 100 - candidateWeight },
      { version: this.candidate, weight: candidateWeight },
    ];
    return [
      { name: RolloutPhaseName.STABLE, deployed: [this.stable], subsets: [], weights: [] },
      { name: RolloutPhaseName.SUBSETS, deployed: [this.stable], subsets: both, weights: split(0) },
      { name: RolloutPhaseName.DARK, deployed: both, subsets: both, weights: split(0) },
      ...this.steps.map((step) => ({
        name: step.name ?? `canary-${step.candidateWeight}`,
        deployed: both,
        subsets: both,
        weights: split(step.candidateWeight),
      })),
      { name: RolloutPhaseName.PROMOTED, deployed: both, subsets: both, weights: split(100) },
      {
        name: RolloutPhaseName.RETIRED,
        deployed: [this.candidate],
        subsets: [this.candidate],
        weights: [{ version: this.candidate, weight: 100 }],
      },
    ];
  }
}

function stepProblems(step: RolloutStep, field: string): Problem[] {
  const problems = step.name === undefined ? [] : _dnsLabelProblems(`${field}.name`, step.name);
  const weight = step.candidateWeight;
  if (!Number.isInteger(weight) || weight < 1 || weight > 99) {
    problems.push({
      field: `${field}.candidateWeight`,
      value: weight,
      message: 'a traffic step gives the candidate part of the traffic',
      fix: 'use a whole percentage from 1 to 99 (the dark phase has 0 and the promotion 100)',
    });
  }
  return problems;
}
