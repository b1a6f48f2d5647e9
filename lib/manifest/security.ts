import { Manifest, inGroup, itemsOf, namespaceOf, qualifyHost } from './manifest';

/** The API group of PeerAuthentication, AuthorizationPolicy and RequestAuthentication. */
export const SECURITY_GROUP = 'security.istio.io';

/** The trust domain of a mesh whose mesh config does not set one. */
export const DEFAULT_TRUST_DOMAIN = 'cluster.local';

/** The namespace whose policies without a selector apply to the whole mesh (Istio's default root namespace). */
export const ROOT_NAMESPACE = 'istio-system';

/** The service account pods run as when their template names none. */
export const DEFAULT_SERVICE_ACCOUNT = 'default';

/**
 * Annotation of a workload listing the calls it makes that its environment does not show, as JSON: an array of
 * `{ "host", "port"?, "methods"?, "paths"? }`.
 */
export const CALLS_ANNOTATION = 'istio-traffic.cdk8s.io/calls';

/** Whether the object is a `security.istio.io` object of the kind. */
export function isSecurity(manifest: Manifest, kind: string): boolean {
  return manifest.kind === kind && inGroup(manifest, SECURITY_GROUP);
}

/** The SPIFFE identity of a service account as Istio's policies name it: `<trust domain>/ns/<ns>/sa/<sa>`. */
export function principalOf(namespace: string, serviceAccount: string, trustDomain: string = DEFAULT_TRUST_DOMAIN): string {
  return `${trustDomain}/ns/${namespace}/sa/${serviceAccount}`;
}

/** The namespace and service account a principal names; undefined when it is no `<td>/ns/<ns>/sa/<sa>`. */
export function parsePrincipal(principal: string): { readonly namespace: string; readonly serviceAccount: string } | undefined {
  const match = /^[^/]+\/ns\/([^/]+)\/sa\/([^/]+)$/.exec(principal);
  return match ? { namespace: match[1], serviceAccount: match[2] } : undefined;
}

/** The pod spec of a workload or Pod; undefined for other kinds. */
function podSpecOf(manifest: Manifest): any {
  return manifest.kind === 'Pod' ? manifest.spec : manifest.spec?.template?.spec;
}

/** The service account the pods of a workload run as. */
export function serviceAccountOf(manifest: Manifest): string {
  const spec = podSpecOf(manifest);
  const name = spec?.serviceAccountName ?? spec?.serviceAccount;
  return typeof name === 'string' && name !== '' ? name : DEFAULT_SERVICE_ACCOUNT;
}

/** A call that a workload makes, as its manifest declares it. */
export interface DeclaredCall {
  /** The host called, fully qualified for a Service. */
  readonly host: string;
  /**
   * The port called.
   * @default - the Service's only port, or every port
   */
  readonly port?: number;
  /**
   * HTTP methods it uses.
   * @default - any
   */
  readonly methods?: string[];
  /**
   * Paths it requests.
   * @default - any
   */
  readonly paths?: string[];
  /** What declares it: the environment variable, or the calls annotation. */
  readonly via: string;
  /** Field of the declaration in the workload. */
  readonly field: string;
}

/** The host and port a value names: the host of a URL, or a `host[:port]`. */
export function hostInValue(value: string): { readonly host: string; readonly port?: number } | undefined {
  const url = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?([^/:?#]+)(?::(\d+))?/i.exec(value.trim());
  if (url) return { host: url[2].toLowerCase(), port: url[3] ? Number(url[3]) : schemePort(url[1]) };
  const hostPort = /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)(?::(\d+))?$/i.exec(value.trim());
  return hostPort ? { host: hostPort[1].toLowerCase(), port: hostPort[2] ? Number(hostPort[2]) : undefined } : undefined;
}

function schemePort(scheme: string): number | undefined {
  return ({ http: 80, https: 443 } as Record<string, number>)[scheme.toLowerCase()];
}

/**
 * The calls a workload declares: the hosts its environment values name (a URL, or `host[:port]`), and the calls
 * annotation. Hosts are qualified in the workload's namespace; readers keep the hosts that the mesh knows (a value
 * such as `info` names no Service).
 */
export function callsOf(manifest: Manifest): DeclaredCall[] {
  const namespace = namespaceOf(manifest);
  const containers = itemsOf<any>(podSpecOf(manifest)?.containers);
  const fromEnv = containers.flatMap((container, at) => itemsOf<any>(container.env).flatMap((variable, envAt): DeclaredCall[] => {
    if (typeof variable.name !== 'string' || typeof variable.value !== 'string') return [];
    const named = hostInValue(variable.value);
    if (!named) return [];
    return [{ host: qualifyHost(named.host, namespace), port: named.port, via: variable.name, field: `spec.template.spec.containers[${at}].env[${envAt}].value` }];
  }));
  const annotated = annotatedCalls(manifest, namespace);
  // The annotation says more (methods, paths) than a URL: it replaces an environment value naming the same host and port.
  const same = (a: DeclaredCall, b: DeclaredCall) => a.host === b.host && (a.port === undefined || b.port === undefined || a.port === b.port);
  return [...fromEnv.filter((call) => !annotated.some((other) => same(call, other))), ...annotated];
}

function annotatedCalls(manifest: Manifest, namespace: string): DeclaredCall[] {
  const text = manifest.metadata.annotations?.[CALLS_ANNOTATION];
  if (text === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  return itemsOf<any>(parsed).filter((call) => typeof call.host === 'string').map((call) => ({
    host: qualifyHost(call.host, namespace),
    port: typeof call.port === 'number' ? call.port : undefined,
    methods: Array.isArray(call.methods) ? call.methods : undefined,
    paths: Array.isArray(call.paths) ? call.paths : undefined,
    via: 'calls',
    field: `metadata.annotations.${CALLS_ANNOTATION}`,
  }));
}

/** Whether the calls annotation of a workload is not a JSON array of calls with a host each. */
export function callsAnnotationProblem(manifest: Manifest): string | undefined {
  const text = manifest.metadata.annotations?.[CALLS_ANNOTATION];
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `is not JSON (${(error as Error).message})`;
  }
  if (!Array.isArray(parsed)) return 'is not a JSON array';
  const bad = parsed.findIndex((call) => typeof call?.host !== 'string' || (call.port !== undefined && typeof call.port !== 'number'));
  return bad < 0 ? undefined : `item ${bad} has no string host, or a port that is no number`;
}
