import { FindingsOf } from '../findings-of';
import { durationMillis, percentageOf } from '../../values/durations';

/** An Istio Percent object (`{ value: 10 }`) outside 0 to 100. */
export function checkPercentage(f: FindingsOf, percentage: unknown, field: string): void {
  const value = percentageOf(percentage);
  if (value !== undefined && (value < 0 || value > 100)) f.error('percentage-range', `${field}.value`, `${value} is not a percentage`, 'use a value from 0 to 100');
}

/** A port that is given and is not a TCP/UDP port number. */
export function checkPort(f: FindingsOf, port: unknown, field: string): void {
  if (port === undefined || (typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535)) return;
  f.error('port-invalid', field, `${JSON.stringify(port)} is not a port number`, 'use a whole number from 1 to 65535');
}

/** An HTTP status outside what Istio accepts. */
export function checkStatus(f: FindingsOf, status: unknown, field: string): void {
  if (status === undefined) return;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599) {
    f.error('status-range', field, `${JSON.stringify(status)} is not an HTTP status Istio accepts`, 'use a status code from 200 to 599');
  }
}

/** A duration that is given and is not one, or is shorter than the 1ms Istio accepts. */
export function checkDuration(f: FindingsOf, duration: unknown, field: string): void {
  if (duration === undefined) return;
  const millis = durationMillis(duration);
  if (millis === undefined) {
    f.error('duration-invalid', field, `${JSON.stringify(duration)} is not a duration`, 'write it like 1.5s or 100ms');
  } else if (millis < 1) {
    f.error('duration-too-short', field, `${duration} is shorter than the 1ms Istio accepts`, 'use at least 1ms');
  }
}

/** A count that must not be negative, where it is a number (other types are the schema's to report). */
export function checkNotNegative(f: FindingsOf, code: string, value: unknown, field: string): void {
  if (typeof value === 'number' && value < 0) f.error(code, field, `${value} is negative`, 'use 0 or more');
}
