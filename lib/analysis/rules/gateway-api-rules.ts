import { Manifest, SourcedManifest, hostsOverlap, isCore, itemsOf, namespaceOf } from '../../manifest/manifest';
import { isGatewayApi } from '../../manifest/gateway-api';
import { FindingsOf } from '../findings-of';
import { getOrCreate } from '../mesh-index';
import { GATEWAY_API_GROUP } from '../../values/api-groups';

/** The flag without which Istio 1.30 ignores the alpha kinds and listener protocols of the Gateway API. */
export const ALPHA_GATEWAY_API_FLAG = 'PILOT_ENABLE_ALPHA_GATEWAY_API';

/** Route kinds, with the listener protocols each attaches to. */
const ROUTE_PROTOCOLS: Record<string, ReadonlySet<string>> = {
  HTTPRoute: new Set(['HTTP', 'HTTPS']),
  GRPCRoute: new Set(['HTTP', 'HTTPS']),
  TLSRoute: new Set(['TLS']),
  TCPRoute: new Set(['TCP']),
};

/** The versions of each kind that the v1.5.1 CRDs serve, by channel, and the one Istio 1.30 reads. */
const VERSIONS: Record<string, { readonly standard: string[]; readonly experimental: string[]; readonly istio: string }> = {
  Gateway: { standard: ['v1', 'v1beta1'], experimental: ['v1', 'v1beta1'], istio: 'v1' },
  GatewayClass: { standard: ['v1', 'v1beta1'], experimental: ['v1', 'v1beta1'], istio: 'v1' },
  HTTPRoute: { standard: ['v1', 'v1beta1'], experimental: ['v1', 'v1beta1'], istio: 'v1' },
  GRPCRoute: { standard: ['v1'], experimental: ['v1'], istio: 'v1' },
  ReferenceGrant: { standard: ['v1', 'v1beta1'], experimental: ['v1', 'v1beta1'], istio: 'v1' },
  TLSRoute: { standard: ['v1'], experimental: ['v1', 'v1alpha3', 'v1alpha2'], istio: 'v1' },
  BackendTLSPolicy: { standard: ['v1'], experimental: ['v1', 'v1alpha3'], istio: 'v1' },
  ListenerSet: { standard: ['v1'], experimental: ['v1'], istio: 'v1' },
  TCPRoute: { standard: [], experimental: ['v1alpha2'], istio: 'v1alpha2' },
  UDPRoute: { standard: [], experimental: ['v1alpha2'], istio: 'v1alpha2' },
};

/** Whether the object is a Gateway API route. */
export function isGatewayApiRoute(manifest: Manifest): boolean {
  return isGatewayApi(manifest) && manifest.kind in ROUTE_PROTOCOLS;
}

/** The Gateway API objects of one mesh, and the Services they refer to, looked up by name. */
export class GatewayApiIndex {
  /** Gateway API Gateways by `namespace/name`. */
  public readonly gateways = new Map<string, Manifest>();
  /** Services by `namespace/name`. */
  public readonly services = new Map<string, Manifest>();
  /** ReferenceGrants by namespace. */
  public readonly grants = new Map<string, Manifest[]>();
  /** Namespaces that hold at least one object of the input. */
  public readonly namespaces = new Set<string>();

  constructor(objects: SourcedManifest[]) {
    for (const { manifest } of objects) {
      const namespace = namespaceOf(manifest);
      this.namespaces.add(namespace);
      if (isGatewayApi(manifest, 'Gateway')) this.gateways.set(`${namespace}/${manifest.metadata.name}`, manifest);
      else if (isCore(manifest, 'Service')) this.services.set(`${namespace}/${manifest.metadata.name}`, manifest);
      else if (isGatewayApi(manifest, 'ReferenceGrant')) getOrCreate(this.grants, namespace, () => []).push(manifest);
    }
  }

  /** Whether a ReferenceGrant of `to.namespace` lets objects of `from` refer to the object `to`. */
  public allows(from: { group: string; kind: string; namespace: string }, to: { group: string; kind: string; namespace: string; name: string }): boolean {
    return (this.grants.get(to.namespace) ?? []).some((grant) => itemsOf<any>(grant.spec?.from)
      .some((entry) => entry.group === from.group && entry.kind === from.kind && entry.namespace === from.namespace)
      && itemsOf<any>(grant.spec?.to).some((entry) => (entry.group ?? '') === to.group && entry.kind === to.kind && (entry.name === undefined || entry.name === to.name)));
  }
}

/** Checks of one Gateway API object against the others. */
export function checkGatewayApiObject(f: FindingsOf, index: GatewayApiIndex): void {
  if (!isGatewayApi(f.manifest)) return;
  checkApiVersion(f);
  if (f.manifest.kind === 'Gateway') checkGatewayListeners(f, index);
  if (!isGatewayApiRoute(f.manifest)) return;
  if (f.manifest.kind === 'TCPRoute') {
    f.warning('gwapi-alpha-kind', 'kind', `Istio 1.30 reads TCPRoute only when istiod runs with ${ALPHA_GATEWAY_API_FLAG}=true`, `install Istio with --set values.pilot.env.${ALPHA_GATEWAY_API_FLAG}=true (and the experimental CRDs)`);
  }
  itemsOf<any>(f.manifest.spec?.parentRefs).forEach((parent, at) => checkParent(f, index, parent, `spec.parentRefs[${at}]`));
  itemsOf<any>(f.manifest.spec?.rules).forEach((rule, at) => checkRule(f, index, rule, `spec.rules[${at}]`));
}

function checkApiVersion(f: FindingsOf): void {
  const versions = VERSIONS[f.manifest.kind];
  const version = f.manifest.apiVersion.split('/')[1] ?? '';
  if (!versions) return;
  const written = `${f.manifest.kind} ${version}`;
  if (!versions.standard.includes(version) && !versions.experimental.includes(version)) {
    f.error('gwapi-version-not-served', 'apiVersion', `the Gateway API v1.5.1 CRDs do not serve ${written}, so the API server rejects it`, `write ${GATEWAY_API_GROUP}/${versions.istio}, the version Istio 1.30 reads`);
  } else if (!versions.standard.includes(version)) {
    f.warning('gwapi-version-experimental', 'apiVersion', `only the experimental channel of the Gateway API CRDs serves ${written}`, 'install the experimental CRDs of Gateway API v1.5.1, or use a kind and version of the standard channel');
  } else if (version !== versions.istio) {
    f.info('gwapi-version-deprecated', 'apiVersion', `${written} is deprecated; Istio 1.30 reads ${versions.istio} and the API server converts`, `write ${GATEWAY_API_GROUP}/${versions.istio} (CRDs v1.0 or later)`);
  }
}

function checkGatewayListeners(f: FindingsOf, index: GatewayApiIndex): void {
  const namespace = namespaceOf(f.manifest);
  itemsOf<any>(f.manifest.spec?.listeners).forEach((listener, at) => {
    const field = `spec.listeners[${at}]`;
    if (listener.protocol === 'TCP') {
      f.warning('gwapi-alpha-listener', `${field}.protocol`, `Istio 1.30 serves TCP listeners only when istiod runs with ${ALPHA_GATEWAY_API_FLAG}=true`, `install Istio with --set values.pilot.env.${ALPHA_GATEWAY_API_FLAG}=true`);
    }
    itemsOf<any>(listener.tls?.certificateRefs).forEach((ref, refAt) => {
      const refNamespace = typeof ref.namespace === 'string' ? ref.namespace : namespace;
      if (refNamespace === namespace) return;
      const to = { group: ref.group ?? '', kind: ref.kind ?? 'Secret', namespace: refNamespace, name: ref.name };
      if (!index.allows({ group: GATEWAY_API_GROUP, kind: 'Gateway', namespace }, to)) {
        f.error('gwapi-reference-grant-missing', `${field}.tls.certificateRefs[${refAt}]`, `the certificate Secret ${refNamespace}/${ref.name} is in another namespace, and no ReferenceGrant there allows Gateways of ${namespace} to use it`, `add a ReferenceGrant in ${refNamespace} from Gateway in ${namespace} to Secret ${ref.name}`);
      }
    });
  });
}

function checkParent(f: FindingsOf, index: GatewayApiIndex, parent: any, field: string): void {
  const namespace = typeof parent.namespace === 'string' ? parent.namespace : namespaceOf(f.manifest);
  const kind = parent.kind ?? 'Gateway';
  const group = parent.group ?? GATEWAY_API_GROUP;
  const key = `${namespace}/${parent.name}`;
  if (kind === 'Service' && group === '') {
    checkServiceParent(f, index, index.services.get(key), parent, field);
  } else if (kind === 'Gateway' && group === GATEWAY_API_GROUP) {
    checkGatewayParent(f, index.gateways.get(key), parent, field);
  }
}

function checkServiceParent(f: FindingsOf, index: GatewayApiIndex, service: Manifest | undefined, parent: any, field: string): void {
  const namespace = typeof parent.namespace === 'string' ? parent.namespace : namespaceOf(f.manifest);
  if (!service) {
    if (index.namespaces.has(namespace)) {
      f.error('gwapi-parent-not-found', `${field}.name`, `no Service ${namespace}/${parent.name}: the route applies to no request`, 'name a Service of the mesh, or add it');
    }
    return;
  }
  const ports = itemsOf<any>(service.spec?.ports);
  if (parent.port !== undefined && !ports.some((port) => port.port === parent.port)) {
    f.error('gwapi-parent-port-not-found', `${field}.port`, `Service ${namespace}/${parent.name} has no port ${parent.port}`, `use one of its ports: ${ports.map((port) => port.port).join(', ')}`);
  }
  if (parent.sectionName !== undefined && !ports.some((port) => port.name === parent.sectionName)) {
    f.error('gwapi-parent-section-not-found', `${field}.sectionName`, `Service ${namespace}/${parent.name} has no port named ${parent.sectionName}`, `use one of its port names: ${ports.map((port) => port.name).join(', ')}`);
  }
}

function checkGatewayParent(f: FindingsOf, gateway: Manifest | undefined, parent: any, field: string): void {
  const namespace = typeof parent.namespace === 'string' ? parent.namespace : namespaceOf(f.manifest);
  if (!gateway) {
    f.error('gwapi-parent-not-found', `${field}.name`, `no Gateway ${namespace}/${parent.name} (gateway.networking.k8s.io): the route is attached to nothing`, 'name a Gateway API Gateway, or add it');
    return;
  }
  const listeners = itemsOf<any>(gateway.spec?.listeners);
  const section = listeners.filter((listener) => parent.sectionName === undefined || listener.name === parent.sectionName);
  if (section.length === 0) {
    f.error('gwapi-parent-section-not-found', `${field}.sectionName`, `Gateway ${namespace}/${parent.name} has no listener ${parent.sectionName}`, `use one of its listeners: ${listeners.map((listener) => listener.name).join(', ')}`);
    return;
  }
  const candidates = section.filter((listener) => parent.port === undefined || listener.port === parent.port);
  if (candidates.length === 0) {
    f.error('gwapi-parent-port-not-found', `${field}.port`, `no listener of Gateway ${namespace}/${parent.name}${parent.sectionName ? ` named ${parent.sectionName}` : ''} has port ${parent.port}`, `use one of its ports: ${section.map((listener) => listener.port).join(', ')}`);
    return;
  }
  const allowing = candidates.filter((listener) => allowsRoute(listener, f.manifest, namespaceOf(gateway)));
  if (allowing.length === 0) {
    f.error('gwapi-listener-not-allowed', field, `no listener of Gateway ${namespace}/${parent.name} allows a ${f.manifest.kind} of namespace ${namespaceOf(f.manifest)} (allowedRoutes, protocol)`, `set allowedRoutes.namespaces.from: All (or a selector) on a listener of a matching protocol, or move the route to namespace ${namespaceOf(gateway)}`);
    return;
  }
  checkHostnames(f, allowing, `${namespace}/${parent.name}`);
}

/** Whether a listener takes the route: its protocol fits the kind, and allowedRoutes admits the kind and namespace. */
function allowsRoute(listener: any, route: Manifest, gatewayNamespace: string): boolean {
  if (!ROUTE_PROTOCOLS[route.kind]?.has(listener.protocol)) return false;
  const kinds = itemsOf<any>(listener.allowedRoutes?.kinds);
  if (kinds.length > 0 && !kinds.some((kind) => kind.kind === route.kind && (kind.group ?? GATEWAY_API_GROUP) === GATEWAY_API_GROUP)) return false;
  const from = listener.allowedRoutes?.namespaces?.from ?? 'Same';
  // A selector is decided by the labels of namespaces, which manifests rarely hold: it is given the benefit of the doubt.
  return from === 'All' || from === 'Selector' || (from === 'Same' && namespaceOf(route) === gatewayNamespace);
}

function checkHostnames(f: FindingsOf, listeners: any[], gateway: string): void {
  const hostnames = itemsOf<unknown>(f.manifest.spec?.hostnames).filter((host): host is string => typeof host === 'string');
  if (hostnames.length === 0) return;
  const served = listeners.map((listener) => (typeof listener.hostname === 'string' ? listener.hostname : '*'));
  if (hostnames.some((host) => served.some((listenerHost) => hostsOverlap(listenerHost, host)))) return;
  f.error('gwapi-hostname-no-intersection', 'spec.hostnames', `none of ${hostnames.join(', ')} is served by a listener of Gateway ${gateway} that takes the route (${served.join(', ')})`, 'use a host name of a listener, or add a listener for it');
}

function checkRule(f: FindingsOf, index: GatewayApiIndex, rule: any, field: string): void {
  const backends = itemsOf<any>(rule.backendRefs);
  backends.forEach((backend, at) => checkBackend(f, index, backend, `${field}.backendRefs[${at}]`));
  itemsOf<any>(rule.filters).forEach((filter, at) => {
    if (filter.requestMirror?.backendRef) checkBackend(f, index, filter.requestMirror.backendRef, `${field}.filters[${at}].requestMirror.backendRef`);
  });
  if (backends.length > 0 && backends.every((backend) => backend.weight === 0)) {
    f.error('gwapi-all-zero-weights', `${field}.backendRefs`, 'every backend has weight 0: Istio answers every request of the rule with 500', 'give at least one backend a weight above 0');
  }
}

function checkBackend(f: FindingsOf, index: GatewayApiIndex, backend: any, field: string): void {
  if ((backend.kind ?? 'Service') !== 'Service' || (backend.group ?? '') !== '') return;
  const routeNamespace = namespaceOf(f.manifest);
  const namespace = typeof backend.namespace === 'string' ? backend.namespace : routeNamespace;
  if (namespace !== routeNamespace) {
    const to = { group: '', kind: 'Service', namespace, name: backend.name };
    if (!index.allows({ group: GATEWAY_API_GROUP, kind: f.manifest.kind, namespace: routeNamespace }, to)) {
      f.error('gwapi-reference-grant-missing', `${field}.namespace`, `Service ${namespace}/${backend.name} is in another namespace, and no ReferenceGrant there allows ${f.manifest.kind}s of ${routeNamespace} to use it`, `add a ReferenceGrant in ${namespace} from ${f.manifest.kind} in ${routeNamespace} to Service ${backend.name}`);
    }
  }
  const service = index.services.get(`${namespace}/${backend.name}`);
  if (!service) {
    if (index.namespaces.has(namespace)) {
      f.error('gwapi-backend-not-found', `${field}.name`, `no Service ${namespace}/${backend.name}: its share of the requests gets 500`, 'name a Service, or add it');
    }
    return;
  }
  const ports = itemsOf<any>(service.spec?.ports);
  if (backend.port === undefined) {
    f.error('gwapi-backend-port-missing', `${field}.port`, `the backend Service ${namespace}/${backend.name} has no port given`, `give its port: ${ports.map((port) => port.port).join(', ')}`);
  } else if (!ports.some((port) => port.port === backend.port)) {
    f.error('gwapi-backend-port-not-found', `${field}.port`, `Service ${namespace}/${backend.name} has no port ${backend.port}: its share of the requests gets 500`, `use one of its ports: ${ports.map((port) => port.port).join(', ')}`);
  }
}
