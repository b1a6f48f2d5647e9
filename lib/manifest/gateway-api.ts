import { GATEWAY_API_GROUP } from '../values/api-groups';
import { Manifest, inGroup, isCore, itemsOf, namespaceOf } from './manifest';

/** Marks an object of `gatewayApiAsIstio` with the kind and name of the Gateway API object it stands for. */
export const GATEWAY_API_ORIGIN_ANNOTATION = 'istio-traffic.cdk8s.io/gateway-api-origin';

/** Whether the object is a Gateway API (`gateway.networking.k8s.io`) object, of `kind` when given. */
export function isGatewayApi(manifest: Manifest, kind?: string): boolean {
  return (kind === undefined || manifest.kind === kind) && inGroup(manifest, GATEWAY_API_GROUP);
}

/** A Service that a route refers to: a backendRef or a parentRef of kind Service. */
export interface ServiceRef {
  /** Name of the Service. */
  readonly name: string;
  /** Its namespace: as written, or the route's. */
  readonly namespace: string;
  /**
   * Its port.
   * @default - none written
   */
  readonly port?: number;
}

/** Where a rule of a Gateway API route sends requests, or copies of them. */
export interface BackendTraffic {
  /** The backend Service. */
  readonly backend: ServiceRef;
  /** Field of the backendRef, e.g. `spec.rules[0].backendRefs[1]`. */
  readonly field: string;
  /** Whether it receives copies (a RequestMirror) rather than the requests themselves. */
  readonly mirror: boolean;
  /** Percentage of the rule's requests it receives (weights are relative), or the mirrored percentage. */
  readonly percent: number;
}

/** Whether a ref names a core Service (kind and group as the Gateway API defaults them for backends). */
function isServiceRef(ref: any, defaultKind: string): boolean {
  return (ref?.kind ?? defaultKind) === 'Service' && (ref?.group ?? '') === '' && typeof ref?.name === 'string';
}

function serviceRef(ref: any, namespace: string): ServiceRef {
  return { name: ref.name, namespace: typeof ref.namespace === 'string' ? ref.namespace : namespace, port: typeof ref.port === 'number' ? ref.port : undefined };
}

/** The Services a route is attached to as their mesh route (GAMMA). */
export function serviceParents(route: Manifest): ServiceRef[] {
  return itemsOf<any>(route.spec?.parentRefs).filter((parent) => isServiceRef(parent, 'Gateway')).map((parent) => serviceRef(parent, namespaceOf(route)));
}

/** Every Service backend of the rule at `field`, mirrors included, with the share of requests each receives. */
export function ruleTraffic(rule: any, namespace: string, field: string): BackendTraffic[] {
  const refs = itemsOf<any>(rule?.backendRefs);
  const weights = refs.map((ref) => (typeof ref.weight === 'number' ? Math.max(ref.weight, 0) : 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const forwarded = refs.map((ref, at) => ({ ref, at })).filter(({ ref }) => isServiceRef(ref, 'Service')).map(({ ref, at }) => ({
    backend: serviceRef(ref, namespace), field: `${field}.backendRefs[${at}]`, mirror: false, percent: total === 0 ? 0 : (weights[at] * 100) / total,
  }));
  const mirrors = itemsOf<any>(rule?.filters).map((filter, at) => ({ mirror: filter.requestMirror, at }))
    .filter(({ mirror }) => isServiceRef(mirror?.backendRef, 'Service'))
    .map(({ mirror, at }) => ({ backend: serviceRef(mirror.backendRef, namespace), field: `${field}.filters[${at}].requestMirror.backendRef`, mirror: true, percent: mirrorPercent(mirror) }));
  return [...forwarded, ...mirrors];
}

function mirrorPercent(mirror: any): number {
  if (typeof mirror.percent === 'number') return mirror.percent;
  const fraction = mirror.fraction;
  if (typeof fraction?.numerator === 'number') return (fraction.numerator * 100) / (typeof fraction.denominator === 'number' ? fraction.denominator : 100);
  return 100;
}

/**
 * The objects with the Gateway API ones written as the Istio objects of the same meaning, for the review pages that
 * read Istio's model: a Gateway as a Gateway of its listeners; an HTTPRoute as a VirtualService (of its Gateways'
 * host names, or of its parent Services in the mesh); and the Services of one version each (selecting what the
 * parent Service selects, and more) as subsets of a DestinationRule of the parent. Each such object is annotated with
 * `GATEWAY_API_ORIGIN_ANNOTATION`.
 */
export function gatewayApiAsIstio(manifests: Manifest[]): Manifest[] {
  if (!manifests.some((manifest) => isGatewayApi(manifest))) return manifests;
  const services = new Map(manifests.filter((manifest) => isCore(manifest, 'Service')).map((service) => [`${namespaceOf(service)}/${service.metadata.name}`, service]));
  const versions = versionServices(services);
  const view: Manifest[] = [];
  for (const manifest of manifests) {
    if (isGatewayApi(manifest, 'Gateway')) view.push(...gatewayAsIstio(manifest));
    else if (isGatewayApi(manifest, 'HTTPRoute')) view.push(routeAsIstio(manifest, versions));
    else if (!(isCore(manifest, 'Service') && versions.has(`${namespaceOf(manifest)}/${manifest.metadata.name}`))) view.push(manifest);
  }
  view.push(...subsetRules(versions));
  return view;
}

/** A Service of one version of a parent Service: its subset name and the labels it adds to the parent's selector. */
interface VersionService {
  readonly parent: ServiceRef;
  readonly subset: string;
  readonly labels: Record<string, string>;
}

/** The Services that select what another Service of their namespace selects, and more: the versions of that Service. */
function versionServices(services: Map<string, Manifest>): Map<string, VersionService> {
  const versions = new Map<string, VersionService>();
  for (const parent of services.values()) {
    const selector: Record<string, string> = parent.spec?.selector ?? {};
    if (Object.keys(selector).length === 0) continue;
    const parentRef = { name: parent.metadata.name ?? '', namespace: namespaceOf(parent) };
    for (const [key, service] of services) {
      const own: Record<string, string> = service.spec?.selector ?? {};
      const extra = Object.fromEntries(Object.entries(own).filter(([label]) => !(label in selector)));
      const narrower = namespaceOf(service) === parentRef.namespace && Object.keys(extra).length > 0
        && Object.entries(selector).every(([label, value]) => own[label] === value);
      if (narrower && !versions.has(key)) versions.set(key, { parent: parentRef, subset: extra.version ?? service.metadata.name ?? '', labels: extra });
    }
  }
  return versions;
}

function origin(manifest: Manifest): Record<string, string> {
  return { [GATEWAY_API_ORIGIN_ANNOTATION]: `${manifest.kind} ${namespaceOf(manifest)}/${manifest.metadata.name ?? ''}` };
}

function gatewayAsIstio(gateway: Manifest): Manifest[] {
  // A waypoint carries the mesh's requests between its Services: it is no entry for clients.
  if (gateway.spec?.gatewayClassName === 'istio-waypoint') return [];
  const servers = itemsOf<any>(gateway.spec?.listeners).map((listener) => ({
    port: { number: listener.port, name: listener.name, protocol: listener.protocol },
    hosts: [typeof listener.hostname === 'string' ? listener.hostname : '*'],
    ...(itemsOf<any>(listener.tls?.certificateRefs).length > 0
      ? { tls: { mode: listener.tls.mode === 'Passthrough' ? 'PASSTHROUGH' : 'SIMPLE', credentialName: listener.tls.certificateRefs[0].name } }
      : {}),
  }));
  return [{
    apiVersion: 'networking.istio.io/v1', kind: 'Gateway',
    metadata: { name: gateway.metadata.name, namespace: namespaceOf(gateway), annotations: origin(gateway) },
    spec: { servers },
  }];
}

function routeAsIstio(route: Manifest, versions: Map<string, VersionService>): Manifest {
  const namespace = namespaceOf(route);
  const parents = serviceParents(route);
  const gateways = itemsOf<any>(route.spec?.parentRefs).filter((parent) => !isServiceRef(parent, 'Gateway'))
    .map((parent) => `${typeof parent.namespace === 'string' ? parent.namespace : namespace}/${parent.name}`);
  const hosts = parents.length > 0
    ? parents.map((parent) => `${parent.name}.${parent.namespace}.svc.cluster.local`)
    : itemsOf<string>(route.spec?.hostnames).length > 0 ? [...route.spec.hostnames] : ['*'];
  return {
    apiVersion: 'networking.istio.io/v1', kind: 'VirtualService',
    metadata: { name: route.metadata.name, namespace, annotations: origin(route) },
    spec: { hosts, ...(gateways.length > 0 ? { gateways } : {}), http: itemsOf<any>(route.spec?.rules).map((rule, at) => ruleAsIstio(rule, namespace, at, versions)) },
  };
}

function ruleAsIstio(rule: any, namespace: string, at: number, versions: Map<string, VersionService>): any {
  const destination = (ref: ServiceRef) => {
    const version = versions.get(`${ref.namespace}/${ref.name}`);
    const host = version ? `${version.parent.name}.${version.parent.namespace}.svc.cluster.local` : `${ref.name}.${ref.namespace}.svc.cluster.local`;
    return { host, ...(version ? { subset: version.subset } : {}), ...(ref.port === undefined ? {} : { port: { number: ref.port } }) };
  };
  const traffic = ruleTraffic(rule, namespace, `spec.rules[${at}]`);
  const forwarded = traffic.filter((entry) => !entry.mirror);
  const mirrors = traffic.filter((entry) => entry.mirror);
  const filters = itemsOf<any>(rule.filters);
  const redirect = filters.find((filter) => filter.requestRedirect)?.requestRedirect;
  const rewrite = filters.find((filter) => filter.urlRewrite)?.urlRewrite;
  const matches = itemsOf<any>(rule.matches).map(matchAsIstio);
  return {
    ...(matches.length > 0 ? { match: matches } : {}),
    ...(redirect ? { redirect: redirectAsIstio(redirect) } : {
      route: forwarded.map((entry) => ({ destination: destination(entry.backend), ...(forwarded.length > 1 ? { weight: Math.round(entry.percent) } : {}) })),
    }),
    ...(rewrite?.path ? { rewrite: { uri: rewrite.path.replacePrefixMatch ?? rewrite.path.replaceFullPath } } : {}),
    ...(mirrors.length > 0 ? { mirrors: mirrors.map((entry) => ({ destination: destination(entry.backend), percentage: { value: entry.percent } })) } : {}),
  };
}

const MATCH_KINDS: Record<string, string> = { Exact: 'exact', PathPrefix: 'prefix', RegularExpression: 'regex' };

function matchAsIstio(match: any): any {
  const condition = (value: any, fallback: string) => ({ [MATCH_KINDS[value?.type ?? fallback] ?? 'exact']: value?.value });
  const named = (entries: unknown) => Object.fromEntries(itemsOf<any>(entries).map((entry) => [String(entry.name).toLowerCase(), condition(entry, 'Exact')]));
  return {
    ...(match.path ? { uri: condition(match.path, 'PathPrefix') } : {}),
    ...(itemsOf(match.headers).length > 0 ? { headers: named(match.headers) } : {}),
    ...(itemsOf(match.queryParams).length > 0 ? { queryParams: named(match.queryParams) } : {}),
    ...(typeof match.method === 'string' ? { method: { exact: match.method } } : {}),
  };
}

function redirectAsIstio(redirect: any): any {
  const authority = typeof redirect.hostname === 'string' ? `${redirect.hostname}${typeof redirect.port === 'number' ? `:${redirect.port}` : ''}` : undefined;
  return {
    ...(redirect.path ? { uri: redirect.path.replaceFullPath ?? redirect.path.replacePrefixMatch } : {}),
    ...(authority ? { authority } : {}),
    ...(typeof redirect.scheme === 'string' ? { scheme: redirect.scheme } : {}),
    redirectCode: typeof redirect.statusCode === 'number' ? redirect.statusCode : 302,
  };
}

/** A DestinationRule per parent Service, with a subset per version Service. */
function subsetRules(versions: Map<string, VersionService>): Manifest[] {
  const byParent = new Map<string, VersionService[]>();
  for (const version of versions.values()) {
    const key = `${version.parent.namespace}/${version.parent.name}`;
    byParent.set(key, [...(byParent.get(key) ?? []), version]);
  }
  return [...byParent.values()].map((group) => {
    const { parent } = group[0];
    const subsets = group.filter((version, at) => group.findIndex((other) => other.subset === version.subset) === at)
      .map((version) => ({ name: version.subset, labels: version.labels }));
    return {
      apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule',
      metadata: { name: parent.name, namespace: parent.namespace, annotations: { [GATEWAY_API_ORIGIN_ANNOTATION]: `Services ${parent.namespace}/${parent.name}-*` } },
      spec: { host: `${parent.name}.${parent.namespace}.svc.cluster.local`, subsets },
    };
  });
}
