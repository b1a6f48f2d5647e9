import * as fs from 'node:fs';
import * as path from 'node:path';
import { FLEET_CONFIG, FleetConfig, synthesizedStep } from '../fleet/fleet-config';
import {
  FleetCommandError, StepChange, describeChange, fleetEnvironment, fleetService, promotion, rollback, withLiveStep,
} from '../fleet/fleet-rollout';
import { CONFIG_OPTION, readConfig } from './status-command';
import { HELP_OPTION, UsageError, parse } from './usage';

const MOVE_OPTIONS = { ...CONFIG_OPTION, ...HELP_OPTION, env: { type: 'string' }, dist: { type: 'string' } } as const;

const MOVE_OPTION_HELP = `options:
  --env E        the environment (required)
  --config F     the fleet configuration (default: ${FLEET_CONFIG})
  --dist D       the synthesized fleet, to check against the step it was last synthesized at (default: dist beside F)
  -h, --help     print this help`;

/** The help of `istio-traffic promote`. */
export const PROMOTE_USAGE = `usage: istio-traffic promote <service> --env <env> [--config F] [--dist D]

Moves the service one step on in the environment by changing its line in F (comments and layout kept), and prints
what changes: weights, conditions, mirrors, objects and subsets added and removed. Refuses when the environment may
not be ahead of another one where the service is not that far yet, or when the move from the step D was last synthesized at
is not make-before-break. After the abort path, the release starts again with the dark launch. Reads F and
the kustomization.yaml files of D only.

${MOVE_OPTION_HELP}

exit status: 0 promoted, 1 refused (the reason and what to do on stderr) or the configuration has problems, 2 bad usage`;

/** The help of `istio-traffic rollback`. */
export const ROLLBACK_USAGE = `usage: istio-traffic rollback <service> --env <env> [--config F] [--dist D]

Moves the service onto the abort path in the environment, changing its line in F: first to rolled-back (every
request to the stable version, the candidate still running, so nothing that gets requests is removed), then, on a
second rollback, to aborted (the candidate's Deployment removed). Prints what changes, as promote does.

${MOVE_OPTION_HELP}

exit status: 0 rolled back, 1 refused (the reason and what to do on stderr) or the configuration has problems, 2 bad usage`;

/** `istio-traffic promote`: the exit status. */
export function promote(args: string[], out: (line: string) => void, err: (line: string) => void): number {
  return move(args, PROMOTE_USAGE, promotion, out, err);
}

/** `istio-traffic rollback`: the exit status. */
export function rollBack(args: string[], out: (line: string) => void, err: (line: string) => void): number {
  return move(args, ROLLBACK_USAGE, rollback, out, err);
}

type Mover = (service: StepChange['service'], environment: StepChange['environment'], applied?: string) => StepChange;

function move(args: string[], usage: string, mover: Mover, out: (line: string) => void, err: (line: string) => void): number {
  const { values, positionals } = parse(args, MOVE_OPTIONS, usage);
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('missing argument <service>', usage);
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}' (one service at a time)`, usage);
  if (values.env === undefined) throw new UsageError('missing option --env <env>', usage);
  const config = readConfig(values.config, err);
  if (!config) return 1;
  const change = changeOf(config, positionals[0], values.env, values.dist ?? path.join(path.dirname(values.config), 'dist'), mover, usage);
  if (change.to === undefined) {
    err(`istio-traffic: refused: ${change.refusal}`);
    return 1;
  }
  writeInPlace(config.file, withLiveStep(config, change.service.name, change.environment.name, change.to));
  out(`${change.service.name} in ${change.environment.name}: ${change.from} → ${change.to}`);
  for (const line of describeChange(change.service, change.from, change.to)) out(`  ${line}`);
  out(`${config.file}: services.${change.service.name}.live.${change.environment.name} is now ${change.to}. `
    + `Next: synthesize, commit and open a pull request; Argo CD syncs ${change.environment.name}/${change.service.name} once it is merged.`);
  return 0;
}

function changeOf(config: FleetConfig, serviceName: string, environmentName: string, dist: string, mover: Mover, usage: string): StepChange {
  try {
    const service = fleetService(config, serviceName);
    const environment = fleetEnvironment(config, environmentName);
    return mover(service, environment, synthesizedStep(dist, environment.name, service.name));
  } catch (error) {
    if (error instanceof FleetCommandError) throw new UsageError(error.message, usage);
    throw error;
  }
}

/** Replaces the file so that a reader never sees half of it. */
function writeInPlace(file: string, text: string): void {
  const staging = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(staging, text);
  fs.renameSync(staging, file);
}
