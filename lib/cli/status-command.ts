import { ConfigError } from '../fleet/config-reader';
import { FLEET_CONFIG, FleetConfig, readFleetConfig } from '../fleet/fleet-config';
import { stepWeights } from '../fleet/fleet-rollout';
import { HELP_OPTION, JSON_OPTION, UsageError, parse } from './usage';

/** The help of `istio-traffic status`. */
export const STATUS_USAGE = `usage: istio-traffic status [--config F] [--json]

Prints, per service and environment of the fleet configuration F (default: ${FLEET_CONFIG}), the step it is live at,
its stable and candidate versions and the share of requests each running version gets. Reads F only.

options:
  --config F     the fleet configuration (default: ${FLEET_CONFIG})
  --json         print a JSON array of {"service", "environment", "step", "stable", "candidate",
                 "weights": {"<version>": <percent>}}
  -h, --help     print this help

exit status: 0 printed, 1 the configuration has problems (each printed with its line), 2 bad usage`;

/** The `--config` option of the fleet commands. */
export const CONFIG_OPTION = { config: { type: 'string', default: FLEET_CONFIG } } as const;

/**
 * One service in one environment, as `istio-traffic status --json` prints it. The structure is stable: keys keep their
 * names and meanings, new keys may be added.
 *
 * ```json
 * [{ "service": "orders", "environment": "prod", "step": "canary-10", "stable": "v1", "candidate": "v2", "weights": { "v1": 90, "v2": 10 } }]
 * ```
 *
 * - `step`: the phase of the service's plan that is live in the environment (`rolled-back` and `aborted` on the abort path).
 * - `weights`: the percentage of requests without conditions that each running version gets; a version that does not
 *   run is left out.
 */
export interface StatusJson {
  /** The service. */
  readonly service: string;
  /** The environment. */
  readonly environment: string;
  /** The step it is at. */
  readonly step: string;
  /** Name of the stable version. */
  readonly stable: string;
  /** Name of the candidate version. */
  readonly candidate: string;
  /** Share of requests of each running version, by name. */
  readonly weights: Record<string, number>;
}

/** Every service in every environment, services in the order of the configuration. */
export function fleetStatus(config: FleetConfig): StatusJson[] {
  return config.services.flatMap((service) => config.environments.map((environment) => {
    const step = service.live[environment.name];
    return {
      service: service.name,
      environment: environment.name,
      step,
      stable: service.plan.stable.name,
      candidate: service.plan.candidate.name,
      weights: stepWeights(service.plan.phase(step)),
    };
  }));
}

/** The status as an aligned table, one row per service and environment. */
export function statusTable(rows: StatusJson[]): string {
  const cells = [
    ['SERVICE', 'ENVIRONMENT', 'STEP', 'STABLE', 'CANDIDATE', 'WEIGHTS'],
    ...rows.map((row) => [row.service, row.environment, row.step, row.stable, row.candidate,
      Object.entries(row.weights).map(([version, weight]) => `${version} ${weight}%`).join(', ')]),
  ];
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  return cells.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ')).join('\n');
}

/** `istio-traffic status`: the exit status. */
export function status(args: string[], out: (line: string) => void, err: (line: string) => void): number {
  const { values, positionals } = parse(args, { ...CONFIG_OPTION, ...JSON_OPTION, ...HELP_OPTION }, STATUS_USAGE);
  if (values.help) {
    out(STATUS_USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}' (status takes none)`, STATUS_USAGE);
  const config = readConfig(values.config, err);
  if (!config) return 1;
  const rows = fleetStatus(config);
  out(values.json ? JSON.stringify(rows, undefined, 2) : statusTable(rows));
  return 0;
}

/** The configuration, or undefined after printing each of its problems on its own line. */
export function readConfig(file: string, err: (line: string) => void): FleetConfig | undefined {
  try {
    return readFleetConfig(file);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const line of error.message.split('\n')) err(`error ${line}`);
    return undefined;
  }
}
