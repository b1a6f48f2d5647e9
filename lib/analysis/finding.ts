/** How serious a finding is. Errors fail the synth and the `analyze` command; warnings are printed. */
export enum FindingLevel {
  /** Istio would reject the object or route requests wrongly: fails the synth and `analyze`. */
  ERROR = 'error',
  /** Probably not what was meant: printed. */
  WARNING = 'warning',
  /** Worth knowing: shown by `analyze`. */
  INFO = 'info',
}

/** One thing the mesh analysis found, with what it takes to fix it. */
export interface Finding {
  /** How serious it is. */
  readonly level: FindingLevel;
  /** A stable identifier of the rule, e.g. `destination-subset-undefined`. */
  readonly code: string;
  /** Where the object comes from: a construct path, or `file:line` for YAML input. */
  readonly source: string;
  /** Kind of the object. */
  readonly kind: string;
  /** Namespace of the object. */
  readonly namespace: string;
  /** Name of the object. */
  readonly name: string;
  /** Path of the field in the object, e.g. `spec.http[0].route[1].destination.subset`. */
  readonly field: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
  /**
   * The code of the `istioctl analyze` message that reports the same fact, e.g. `IST0101`.
   * @default - none: Istio has no message for it
   */
  readonly istioCode?: string;
}

/** Istio reports what its webhook rejects, in `istioctl analyze`, as a schema validation error. */
const WEBHOOK_REJECTS = 'IST0106';
/** Istio reports what its webhook only warns about as a schema validation warning. */
const WEBHOOK_WARNS = 'IST0133';

/**
 * The `istioctl analyze` message code of each rule code that has one. Rules that check what Istio's validating
 * webhook checks carry IST0106 (rejected) or IST0133 (accepted with a warning).
 */
export const ISTIO_MESSAGE_CODES: Readonly<Record<string, string>> = {
  // IST0101 ReferencedResourceNotFound
  'vs-gateway-not-found': 'IST0101',
  'destination-host-unknown': 'IST0101',
  'destination-subset-undefined': 'IST0101',
  'destination-port-unknown': 'IST0101',
  'gw-selector-no-workload': 'IST0101',
  'sidecar-selector-no-workload': 'IST0101',
  'gw-credential-not-found': 'IST0101',
  'vs-mesh-host-conflict': 'IST0109',
  'sidecar-selector-conflict': 'IST0110',
  'sidecar-default-conflict': 'IST0111',
  'destination-port-missing': 'IST0112',
  'service-port-protocol': 'IST0118',
  'dr-tls-no-ca': 'IST0128',
  'dr-port-tls-no-ca': 'IST0129',
  'route-unreachable': 'IST0130',
  'match-duplicate': 'IST0131',
  'vs-gateway-host-mismatch': 'IST0132',
  'se-addresses-required': 'IST0134',
  'gw-certificate-shared': 'IST0138',
  'gw-conflict': 'IST0145',
  'gw-credential-invalid': 'IST0161',
  'gw-port-not-on-service': 'IST0162',
  'dr-subset-without-pods': 'IST0173',
  'dr-host-unknown': 'IST0174',
  'crd-version-below-minimum': 'IST0176',
  'se-protocol-conflict': 'IST0177',
  'namespace-injection-disabled': 'IST0102',
};

/** Rule codes of the checks Istio's validating webhook makes too (pkg/config/validation). */
const WEBHOOK_CHECKS: ReadonlySet<string> = new Set([
  'vs-duplicate-host', 'vs-mesh-wildcard-host', 'vs-no-routes', 'vs-host-invalid', 'vs-delegate-invalid',
  'vs-gateway-name-invalid', 'route-action-conflict', 'route-no-action', 'weight-negative', 'weights-all-zero',
  'mirror-conflict', 'percentage-range', 'duration-invalid', 'duration-too-short', 'retries-without-attempts',
  'retries-attempts-invalid', 'retries-condition-unknown', 'fault-empty', 'status-range', 'redirect-code-invalid',
  'redirect-empty', 'redirect-scheme-invalid', 'rewrite-invalid', 'regex-invalid', 'header-name-invalid',
  'header-operation-invalid', 'cors-invalid', 'match-invalid', 'tcp-route-invalid', 'tls-route-invalid',
  'dr-no-host', 'dr-host-invalid', 'dr-subset-name-invalid', 'dr-subset-duplicate', 'dr-empty-policy', 'dr-tls-credential-missing',
  'dr-tls-invalid', 'dr-load-balancer-invalid', 'dr-locality-invalid', 'dr-connection-pool-invalid', 'dr-outlier-invalid',
  'dr-port-policy-invalid', 'export-to-invalid', 'selector-invalid', 'label-value-invalid', 'schema-invalid',
  'gw-no-servers', 'gw-server-no-hosts', 'gw-port-name-duplicate', 'gw-tls-missing', 'gw-credential-missing', 'gw-https-redirect-protocol',
  'gw-host-invalid', 'gw-tls-invalid', 'gw-port-invalid', 'port-invalid',
  'se-no-hosts', 'se-wildcard-host', 'se-host-invalid', 'se-dns-wildcard', 'se-selector-endpoints', 'se-port-duplicate',
  'se-address-invalid', 'se-cidr-resolution', 'se-endpoints-invalid', 'se-resolution-invalid', 'se-port-invalid', 'se-tcp-hosts',
  'sidecar-egress-no-hosts', 'sidecar-egress-host-invalid', 'sidecar-endpoint-invalid', 'sidecar-listener-invalid',
  'sidecar-outbound-invalid',
]);

/**
 * The `istioctl analyze` code of a finding of the rule `code` at `level`, if Istio reports the same fact; the
 * webhook's codes only for networking.istio.io objects, which are the ones it validates.
 */
export function istioCodeOf(code: string, level: FindingLevel, isIstioObject: boolean): string | undefined {
  if (ISTIO_MESSAGE_CODES[code] !== undefined) return ISTIO_MESSAGE_CODES[code];
  if (!isIstioObject || !WEBHOOK_CHECKS.has(code)) return undefined;
  return level === FindingLevel.ERROR ? WEBHOOK_REJECTS : WEBHOOK_WARNS;
}

/** One line: level, code, source, object, field, message and fix. */
export function formatFinding(finding: Finding): string {
  const object = `${finding.kind} ${finding.namespace}/${finding.name}`;
  return `${finding.level} ${finding.code} ${finding.source} ${object} ${finding.field}: ${finding.message}. Fix: ${finding.fix}`;
}

/** The line of `formatFinding` with the Istio message code in brackets after the code, when there is one, as `istio-traffic analyze` prints it. */
export function formatFindingWithIstioCode(finding: Finding): string {
  const line = formatFinding(finding);
  if (!finding.istioCode) return line;
  const prefix = `${finding.level} ${finding.code}`;
  return `${prefix} [${finding.istioCode}]${line.slice(prefix.length)}`;
}

/** Thrown when the analysis finds errors; the message lists every finding, errors first. */
export class MeshAnalysisError extends Error {
  constructor(public readonly findings: Finding[]) {
    super(`mesh analysis found ${countErrors(findings)} error(s):\n${sortFindings(findings).map(formatFinding).join('\n')}`);
    this.name = 'MeshAnalysisError';
  }
}

/** Number of error findings. */
export function countErrors(findings: Finding[]): number {
  return findings.filter((finding) => finding.level === FindingLevel.ERROR).length;
}

const LEVEL_ORDER = [FindingLevel.ERROR, FindingLevel.WARNING, FindingLevel.INFO];

/** Errors first, then warnings, then infos; otherwise in the order found. */
export function sortFindings(findings: Finding[]): Finding[] {
  return LEVEL_ORDER.flatMap((level) => findings.filter((finding) => finding.level === level));
}
