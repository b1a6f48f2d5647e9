import { Finding, FindingLevel } from '../analysis/finding';

/** A Kubernetes object as written in YAML or synthesized by cdk8s. */
export interface Manifest {
  /** API group and version, e.g. `networking.istio.io/v1`. */
  readonly apiVersion: string;
  /** Kind, e.g. `VirtualService`. */
  readonly kind: string;
  /** Name, namespace, labels and annotations. */
  readonly metadata: {
    readonly name?: string;
    readonly namespace?: string;
    readonly labels?: Record<string, string>;
    readonly annotations?: Record<string, string>;
  };
  /**
   * The desired state.
   * @default - none (objects such as Namespaces have no spec)
   */
  readonly spec?: any;
  readonly [field: string]: unknown;
}

/** A manifest with where it comes from. */
export interface SourcedManifest {
  /** The object. */
  readonly manifest: Manifest;
  /** A construct path, or `file:line`. */
  readonly source: string;
  /**
   * Whether a construct of this library made it and has already checked its values (weights, durations, regexes,
   * route actions...), so that the analysis does not report the same defect twice.
   * @default false
   */
  readonly checkedByConstruct?: boolean;
}

/**
 * Annotation listing the codes of warnings and infos that are intended for an object, comma-separated; such
 * findings are not reported. Errors cannot be waived.
 */
export const INTENDED_FINDINGS_ANNOTATION = 'istio-traffic.cdk8s.io/intended-findings';

/** The namespace objects without one are applied to. */
export const DEFAULT_NAMESPACE = 'default';

/** The namespace of an object, `default` when it names none. */
export function namespaceOf(manifest: Manifest): string {
  return manifest.metadata.namespace ?? DEFAULT_NAMESPACE;
}

/** The API group of an apiVersion: `networking.istio.io` of `networking.istio.io/v1`, '' for `v1`. */
export function groupOf(manifest: Manifest): string {
  return manifest.apiVersion.includes('/') ? manifest.apiVersion.split('/')[0] : '';
}

/** Whether the object is a `networking.istio.io` object of the kind. */
export function isIstio(manifest: Manifest, kind: string): boolean {
  return groupOf(manifest) === 'networking.istio.io' && manifest.kind === kind;
}

/**
 * The fully qualified name of a host as Istio reads it in `namespace`: a short name (`reviews`) or
 * `name.namespace` is completed with the namespace and `svc.cluster.local`.
 */
export function qualifyHost(host: string, namespace: string): string {
  if (host.includes('*') || host.endsWith('.svc.cluster.local')) return host;
  const labels = host.split('.');
  if (labels.length === 1) return `${host}.${namespace}.svc.cluster.local`;
  if (labels.length === 2) return `${host}.svc.cluster.local`;
  return host;
}

/** Whether `host` is one of `pattern`, where a pattern may be `*` or start with `*.`. */
export function hostMatches(pattern: string, host: string): boolean {
  if (pattern === '*' || pattern === host) return true;
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1)) || host === pattern;
  return false;
}

/** Whether the labels contain every key and value of the selector. */
export function selects(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  return Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
}

/** A builder of findings about one object. */
export class FindingsOf {
  public readonly findings: Finding[] = [];

  constructor(public readonly sourced: SourcedManifest) {}

  public get manifest(): Manifest {
    return this.sourced.manifest;
  }

  public error(code: string, field: string, message: string, fix: string): void {
    this.add(FindingLevel.ERROR, code, field, message, fix);
  }

  public warning(code: string, field: string, message: string, fix: string): void {
    this.add(FindingLevel.WARNING, code, field, message, fix);
  }

  public info(code: string, field: string, message: string, fix: string): void {
    this.add(FindingLevel.INFO, code, field, message, fix);
  }

  private add(level: FindingLevel, code: string, field: string, message: string, fix: string): void {
    if (level !== FindingLevel.ERROR && this.isIntended(code)) return;
    this.findings.push({
      level,
      code,
      source: this.sourced.source,
      kind: this.manifest.kind,
      namespace: namespaceOf(this.manifest),
      name: this.manifest.metadata.name ?? '(unnamed)',
      field,
      message,
      fix,
    });
  }

  /** Whether the object's annotation lists the code as intended. */
  private isIntended(code: string): boolean {
    const annotation = this.manifest.metadata.annotations?.[INTENDED_FINDINGS_ANNOTATION] ?? '';
    return annotation.split(',').some((intended) => intended.trim() === code);
  }
}
