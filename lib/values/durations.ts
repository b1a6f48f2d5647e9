import { Duration } from 'cdk8s';

/** Units of Istio (Go and protobuf) durations, in milliseconds. */
const UNITS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001, µs: 0.001, ns: 0.000001 };
const DURATION = /^(\d+(?:\.\d+)?)(ms|us|µs|ns|h|m|s)/;

/** Milliseconds of a duration such as `1.5s`, `100ms` or `1m30s`; undefined when it is not a duration. */
export function durationMillis(duration: unknown): number | undefined {
  if (typeof duration !== 'string' || duration.length === 0) return undefined;
  let rest = duration;
  let total = 0;
  while (rest.length > 0) {
    const part = DURATION.exec(rest);
    if (!part) return undefined;
    total += Number(part[1]) * UNITS[part[2]];
    rest = rest.slice(part[0].length);
  }
  return total;
}

/** The value of an Istio Percent object (`{ value: 10 }`), or undefined. */
export function percentageOf(percentage: unknown): number | undefined {
  const value = (percentage as { value?: unknown } | undefined)?.value;
  return typeof value === 'number' ? value : undefined;
}

/**
 * A duration as Istio fields take it, in seconds, which both its CEL rules and protobuf accept.
 * @internal
 */
export function formatDuration(duration: Duration): string {
  return `${duration.toMilliseconds() / 1000}s`;
}
