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
  const slash = manifest.apiVersion.indexOf('/');
  return slash < 0 ? '' : manifest.apiVersion.slice(0, slash);
}

/** Whether the object's API group is `group`: its apiVersion is `<group>/<version>`, read without taking it apart. */
export function inGroup(manifest: Manifest, group: string): boolean {
  const apiVersion = manifest.apiVersion;
  return apiVersion.length > group.length && apiVersion.charCodeAt(group.length) === SLASH && apiVersion.startsWith(group);
}

const SLASH = '/'.charCodeAt(0);

/** Whether the object is a `networking.istio.io` object of the kind. */
export function isIstio(manifest: Manifest, kind: string): boolean {
  return manifest.kind === kind && inGroup(manifest, 'networking.istio.io');
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

/** Whether two host patterns have a host in common. */
export function hostsOverlap(a: string, b: string): boolean {
  return hostMatches(a, b) || hostMatches(b, a);
}

/** Kinds whose objects carry a pod template at `spec.template`. */
export const WORKLOAD_KINDS: ReadonlySet<string> = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

/** The labels of the pods an object runs: a workload's pod template, or a Pod's own; undefined for other kinds. */
export function podLabelsOf(manifest: Manifest): Record<string, string> | undefined {
  if (manifest.apiVersion === 'v1' && manifest.kind === 'Pod') return manifest.metadata.labels ?? {};
  if (WORKLOAD_KINDS.has(manifest.kind)) return manifest.spec?.template?.metadata?.labels ?? {};
  return undefined;
}

/** Whether the object is a core (`v1`) object of the kind. */
export function isCore(manifest: Manifest, kind: string): boolean {
  return manifest.apiVersion === 'v1' && manifest.kind === kind;
}

/** Whether a VirtualService applies to the mesh's sidecars: it names no gateway, or the reserved `mesh`. */
export function appliesToMesh(spec: { readonly gateways?: unknown } | undefined): boolean {
  const gateways = itemsOf<string>(spec?.gateways);
  return gateways.length === 0 || gateways.includes('mesh');
}

/** The items of a list read from YAML: none when it is not a list, and never a null item. */
export function itemsOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? value.filter((item) => item !== null && item !== undefined) : [];
}

/** Where an HTTP route sends requests, or copies of them. */
export interface RouteTraffic {
  /** The destination as written: host, subset and port. */
  readonly destination: { readonly host?: string; readonly subset?: string; readonly port?: { readonly number?: number } };
  /** Field of the destination in the object, e.g. `spec.http[0].route[1].destination`. */
  readonly field: string;
  /** Whether it receives copies (a mirror) rather than the requests themselves. */
  readonly mirror: boolean;
  /**
   * Percentage of the route's requests it receives: its weight over the sum of the route's weights (Istio
   * normalizes them), 100 for a lone destination; for a mirror, the mirrored percentage.
   */
  readonly percent: number;
}

/** Every destination of an HTTP route at `field`, mirrors included, with the share of requests each receives. */
export function routeTraffic(route: any, field: string): RouteTraffic[] {
  const entries = itemsOf<any>(route?.route);
  const weights = entries.map((entry) => (typeof entry.weight === 'number' ? Math.max(entry.weight, 0) : undefined));
  const total = weights.reduce<number>((sum, weight) => sum + (weight ?? 0), 0);
  const forwarded = entries.map((entry, at): RouteTraffic => ({
    destination: entry.destination ?? {},
    field: `${field}.route[${at}].destination`,
    mirror: false,
    percent: entries.length === 1 ? 100 : total === 0 ? 0 : ((weights[at] ?? 0) * 100) / total,
  }));
  const mirrors = [
    ...(route?.mirror ? [{ destination: route.mirror, field: `${field}.mirror`, percent: percentOr100(route.mirrorPercentage) }] : []),
    ...itemsOf<any>(route?.mirrors).map((entry, at) => ({ destination: entry.destination ?? {}, field: `${field}.mirrors[${at}].destination`, percent: percentOr100(entry.percentage) })),
  ].map((traffic): RouteTraffic => ({ ...traffic, mirror: true }));
  return [...forwarded, ...mirrors];
}

function percentOr100(percentage: unknown): number {
  const value = (percentage as { value?: unknown } | undefined)?.value;
  return typeof value === 'number' ? value : 100;
}

/** Whether the labels contain every key and value of the selector. */
export function selects(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  return Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
}
