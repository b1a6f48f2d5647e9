import { IConstruct } from 'constructs';

/** One thing wrong with a construct's input, described so that it can be fixed without reading the code. */
export interface Problem {
  /** The prop or field path, e.g. `steps[1].candidateWeight`. */
  readonly field: string;
  /** The offending value. */
  readonly value: unknown;
  /** What is wrong with it. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Renders a problem as one line; cdk8s prefixes it with the construct path.
 * @internal
 */
export function _formatProblem(problem: Problem): string {
  return `${problem.field}: ${problem.message} (got ${JSON.stringify(problem.value)}). Fix: ${problem.fix}`;
}

/**
 * Registers checks that run at synth time, so that every problem of every construct is reported at once.
 * The checks read only props, which do not change, so they run once however often cdk8s validates (once per
 * synth, and again for every chart it writes).
 * @internal
 */
export function _validateWith(scope: IConstruct, check: () => Problem[]): void {
  let lines: string[] | undefined;
  scope.node.addValidation({ validate: () => (lines ??= check().map(_formatProblem)) });
}

/**
 * A problem when `value` is not a DNS-1123 label (lower case alphanumerics and '-', at most 63 characters).
 * @internal
 */
export function _dnsLabelProblems(field: string, value: string): Problem[] {
  if (value.length <= 63 && DNS1123_LABEL.test(value)) return [];
  return [{
    field,
    value,
    message: 'must be a DNS-1123 label',
    fix: 'use at most 63 lower-case letters, digits and \'-\', starting and ending with a letter or digit',
  }];
}

/**
 * A problem when `value` is not a DNS-1035 label, as Service names must be.
 * @internal
 */
export function _serviceNameProblems(field: string, value: string): Problem[] {
  if (value.length <= 63 && DNS1035_LABEL.test(value)) return [];
  return [{
    field,
    value,
    message: 'must be a DNS-1035 label, as Service names are',
    fix: 'use at most 63 lower-case letters, digits and \'-\', starting with a letter and ending with a letter or digit',
  }];
}

/**
 * A problem when `value` is not a DNS-1123 subdomain, as most object names must be.
 * @internal
 */
export function _objectNameProblems(field: string, value: string): Problem[] {
  if (value.length <= 253 && DNS1123_SUBDOMAIN.test(value)) return [];
  return [{
    field,
    value,
    message: 'must be a DNS-1123 subdomain',
    fix: 'use at most 253 lower-case letters, digits, \'-\' and \'.\', starting and ending with a letter or digit',
  }];
}

/**
 * A problem when `value` is given and is not a TCP/UDP port number.
 * @internal
 */
export function _portProblems(field: string, value: number | undefined): Problem[] {
  if (value === undefined || (Number.isInteger(value) && value >= 1 && value <= 65535)) return [];
  return [{ field, value, message: 'is not a port number', fix: 'use a whole number from 1 to 65535' }];
}
