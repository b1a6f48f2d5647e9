import { FleetConfig, FleetService } from '../fleet/fleet-config';
import { FleetCommandError, fleetService, stepWeights } from '../fleet/fleet-rollout';
import { readConfig } from './status-command';
import { UsageError } from './usage';

/**
 * One step of a fleet service's plan, as `istio-traffic plan --config F <service> --json` prints it: the forward
 * steps in order, then the abort path (`rolled-back`, `aborted`).
 */
export interface FleetPlanStep {
  /** The step. */
  readonly step: string;
  /** `forward`, or `abort` for the steps of a rollback. */
  readonly path: 'forward' | 'abort';
  /** Versions that run. */
  readonly deployed: string[];
  /** Versions that are subsets of the DestinationRule. */
  readonly subsets: string[];
  /** Share of requests without conditions of each running version. */
  readonly weights: Record<string, number>;
  /** The environments where the service is at this step. */
  readonly environments: string[];
}

/** Every step of the service's plan, with the environments at each. */
export function fleetPlan(config: FleetConfig, service: FleetService): FleetPlanStep[] {
  const plan = service.plan;
  const step = (path: FleetPlanStep['path']) => (phase: typeof plan.phases[number]): FleetPlanStep => ({
    step: phase.name,
    path,
    deployed: phase.deployed.map((version) => version.name),
    subsets: phase.subsets.map((version) => version.name),
    weights: stepWeights(phase),
    environments: config.environments.filter((environment) => service.live[environment.name] === phase.name).map((environment) => environment.name),
  });
  return [...plan.phases.map(step('forward')), ...plan.abortPhases.map(step('abort'))];
}

/** The steps as a Markdown table. */
export function fleetPlanTable(steps: FleetPlanStep[]): string {
  const rows = steps.map((step) => [
    step.path === 'abort' ? `${step.step} (rollback)` : step.step,
    step.deployed.join(', '),
    step.subsets.join(', ') || '—',
    Object.entries(step.weights).map(([version, weight]) => `${version} ${weight}%`).join(', '),
    step.environments.join(', '),
  ]);
  return [
    '| Step | Deployed | Subsets | Weights | Environments |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The plan of the service called `name`, as a table or JSON. */
export function fleetPlanText(config: FleetConfig, name: string, json: boolean): string {
  const steps = fleetPlan(config, fleetService(config, name));
  return json ? JSON.stringify({ steps }, undefined, 2) : fleetPlanTable(steps);
}

/** The `--config` option of `plan`: without it, `plan` reads phase folders. */
export const FLEET_PLAN_OPTION = { config: { type: 'string' } } as const;

/** `istio-traffic plan --config F <service>`: the exit status. */
export function fleetPlanCommand(file: string, positionals: string[], json: boolean, usage: string, out: (line: string) => void, err: (line: string) => void): number {
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing argument <service> (plan --config prints one service)' : `unexpected argument '${positionals[1]}' (one service at a time)`, usage);
  const config = readConfig(file, err);
  if (!config) return 1;
  try {
    out(fleetPlanText(config, positionals[0], json));
  } catch (error) {
    if (error instanceof FleetCommandError) throw new UsageError(error.message, usage);
    throw error;
  }
  return 0;
}
