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

/** A kind of Kubernetes name: its pattern, its length limit, and how to describe and fix a bad one. */
interface NameRule {
  readonly pattern: RegExp;
  readonly maxLength: number;
  readonly message: string;
  readonly fix: string;
}

/** DNS-1123 labels: subset names, label-like names. */
const DNS1123_LABEL: NameRule = {
  pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
  maxLength: 63,
  message: 'must be a DNS-1123 label',
  fix: 'use at most 63 lower-case letters, digits and \'-\', starting and ending with a letter or digit',
};

/** DNS-1035 labels: Service names. */
const DNS1035_LABEL: NameRule = {
  pattern: /^[a-z]([-a-z0-9]*[a-z0-9])?$/,
  maxLength: 63,
  message: 'must be a DNS-1035 label, as Service names are',
  fix: 'use at most 63 lower-case letters, digits and \'-\', starting with a letter and ending with a letter or digit',
};

/** DNS-1123 subdomains: most object names. */
const DNS1123_SUBDOMAIN: NameRule = {
  pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
  maxLength: 253,
  message: 'must be a DNS-1123 subdomain',
  fix: 'use at most 253 lower-case letters, digits, \'-\' and \'.\', starting and ending with a letter or digit',
};

function follows(rule: NameRule, value: string): boolean {
  return value.length <= rule.maxLength && rule.pattern.test(value);
}

function nameProblems(rule: NameRule, field: string, value: string): Problem[] {
  return follows(rule, value) ? [] : [{ field, value, message: rule.message, fix: rule.fix }];
}

/** A host as Istio configuration names it: `*`, `*.example.com`, or a lower-case DNS name. */
const MESH_HOST = /^(\*|(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)$/;

/**
 * Whether `value` is `namespace/host` (or just a host, when the namespace is optional), where the namespace is a
 * DNS-1123 label or one of `specialNamespaces` (such as `*` for any and `.` for the own one).
 * @internal
 */
export function _isNamespacedHost(value: string, specialNamespaces: string[], namespaceRequired: boolean): boolean {
  const parts = value.split('/');
  if (parts.length > 2 || (parts.length === 1 && namespaceRequired)) return false;
  const [namespace, host] = parts.length === 2 ? parts : [undefined, parts[0]];
  const namespaceValid = namespace === undefined || specialNamespaces.includes(namespace) || follows(DNS1123_LABEL, namespace);
  return namespaceValid && MESH_HOST.test(host);
}

/**
 * Whether a name is a DNS-1123 label.
 * @internal
 */
export function _isDnsLabel(value: string): boolean {
  return follows(DNS1123_LABEL, value);
}

/** Label values: empty, or at most 63 alphanumerics, '-', '_' and '.', starting and ending with an alphanumeric. */
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/**
 * Whether a string is a valid Kubernetes label value.
 * @internal
 */
export function _isLabelValue(value: string): boolean {
  return value.length <= 63 && LABEL_VALUE.test(value);
}

/** The name part of a label key: at most 63 alphanumerics, '-', '_' and '.', starting and ending with an alphanumeric. */
const LABEL_KEY_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/**
 * Whether a string is a valid Kubernetes label key: a name, optionally after a DNS-1123 subdomain prefix and '/'.
 * @internal
 */
export function _isLabelKey(key: string): boolean {
  const slash = key.indexOf('/');
  const name = slash < 0 ? key : key.slice(slash + 1);
  const prefixValid = slash < 0 || follows(DNS1123_SUBDOMAIN, key.slice(0, slash));
  return prefixValid && name.length <= 63 && LABEL_KEY_NAME.test(name);
}

/**
 * Whether a name is valid for an object of the kind: a DNS-1035 label for Services, else a DNS-1123 subdomain.
 * @internal
 */
export function _isObjectName(value: string, isService: boolean): boolean {
  return follows(isService ? DNS1035_LABEL : DNS1123_SUBDOMAIN, value);
}

/**
 * Renders a problem as one line; cdk8s prefixes it with the construct path.
 * @internal
 */
export function _formatProblem(problem: Problem): string {
  return `${problem.field}: ${problem.message} (got ${JSON.stringify(problem.value)}). Fix: ${problem.fix}`;
}

/**
 * A problem when `value` is not a DNS-1123 label (lower case alphanumerics and '-', at most 63 characters).
 * @internal
 */
export function _dnsLabelProblems(field: string, value: string): Problem[] {
  return nameProblems(DNS1123_LABEL, field, value);
}
