import {
  Manifest, SourcedManifest, appliesToMesh, hostMatches, isCore, isIstio, itemsOf, namespaceOf, podLabelsOf, qualifyHost, routeTraffic,
  selects,
} from '../manifest/manifest';
import {
  DEFAULT_TRUST_DOMAIN, ROOT_NAMESPACE, callsOf, isSecurity, parsePrincipal, principalOf, serviceAccountOf,
} from '../manifest/security';
import { MeshIndex, PodTemplate, getOrCreate } from './mesh-index';

/** Whether a caller may call a workload. */
export enum Access {
  /** Every request of the call is allowed. */
  ALLOWED = 'allowed',
  /** Some requests are: the policies look at what the manifests cannot tell (JWTs, headers, IPs, other paths). */
  PARTLY = 'partly',
  /** No request is allowed. */
  DENIED = 'denied',
}

/** The mTLS mode a workload's port accepts. */
export enum MtlsMode {
  /** Mutual TLS only: plaintext callers are refused. */
  STRICT = 'STRICT',
  /** Mutual TLS and plaintext: callers without a sidecar have no principal. */
  PERMISSIVE = 'PERMISSIVE',
  /** Plaintext only. */
  DISABLE = 'DISABLE',
}

/** Who makes a request. */
export interface Caller {
  /** Name shown: the workload, the gateway's service account, or `outside the mesh`. */
  readonly name: string;
  /**
   * Namespace of its identity.
   * @default - none: a caller outside the mesh
   */
  readonly namespace?: string;
  /**
   * Its service account.
   * @default - none: a caller outside the mesh
   */
  readonly serviceAccount?: string;
  /**
   * Its principal, `<trust domain>/ns/<ns>/sa/<sa>`.
   * @default - none: a plaintext caller
   */
  readonly principal?: string;
  /**
   * The workload it runs as.
   * @default - none: a gateway, or a caller outside the mesh
   */
  readonly workload?: SourcedManifest;
}

/** A request as far as the manifests tell: the workload port, and the methods and paths when declared. */
export interface AccessRequest {
  /** The port of the workload (a Service's targetPort). */
  readonly port: number;
  /**
   * HTTP methods.
   * @default - any
   */
  readonly methods?: string[];
  /**
   * Paths.
   * @default - any
   */
  readonly paths?: string[];
}

/** The decision about a request, with the policy that decided it. */
export interface AccessDecision {
  /** Whether it is allowed. */
  readonly access: Access;
  /** Why, in words: `no ALLOW policy of greeter-service-v2 matches`, `DENY policy x`. */
  readonly reason: string;
}

/** The identities that a Gateway's selector picks, for Istio's default gateway installations. */
const GATEWAY_IDENTITIES: ReadonlyArray<{ readonly selector: Record<string, string>; readonly serviceAccount: string }> = [
  { selector: { istio: 'ingressgateway' }, serviceAccount: 'istio-ingressgateway-service-account' },
  { selector: { istio: 'egressgateway' }, serviceAccount: 'istio-egressgateway-service-account' },
];

/** The principal of the ingress gateway of a default Istio installation. */
export const INGRESS_GATEWAY_PRINCIPAL = principalOf(ROOT_NAMESPACE, 'istio-ingressgateway-service-account');

/** The caller a Gateway runs as, for the selectors of Istio's default installations; undefined for any other. */
export function gatewayCaller(gateway: Manifest): Caller | undefined {
  const selector: Record<string, string> = gateway.spec?.selector ?? {};
  const known = GATEWAY_IDENTITIES.find((identity) => Object.keys(selector).length > 0 && selects(selector, identity.selector));
  if (!known) return undefined;
  return { name: known.serviceAccount, namespace: ROOT_NAMESPACE, serviceAccount: known.serviceAccount, principal: principalOf(ROOT_NAMESPACE, known.serviceAccount) };
}

/** The caller a workload runs as. */
export function workloadCaller(workload: SourcedManifest): Caller {
  const namespace = namespaceOf(workload.manifest);
  const serviceAccount = serviceAccountOf(workload.manifest);
  return { name: workload.manifest.metadata.name ?? '', namespace, serviceAccount, principal: principalOf(namespace, serviceAccount), workload };
}

/** A plaintext caller without a sidecar: it has no principal. */
export const OUTSIDE_CALLER: Caller = { name: 'outside the mesh' };

// ---------------------------------------------------------------------------------------------------------------
// Three-valued matching: a condition holds, does not, or depends on what the manifests do not tell.

const enum Truth { TRUE, FALSE, UNKNOWN }

function all(values: Truth[]): Truth {
  if (values.includes(Truth.FALSE)) return Truth.FALSE;
  return values.includes(Truth.UNKNOWN) ? Truth.UNKNOWN : Truth.TRUE;
}

function any(values: Truth[]): Truth {
  if (values.includes(Truth.TRUE)) return Truth.TRUE;
  return values.includes(Truth.UNKNOWN) ? Truth.UNKNOWN : Truth.FALSE;
}

/** Istio's string match of policies: exact, `*`, a prefix `abc*` or a suffix `*abc`. */
export function policyValueMatches(pattern: string, value: string): boolean {
  if (pattern === '*' || pattern === value) return true;
  if (pattern.endsWith('*')) return value.startsWith(pattern.slice(0, -1));
  if (pattern.startsWith('*')) return value.endsWith(pattern.slice(1));
  return false;
}

/** A principal pattern against a caller's; exact principals compare namespace and service account, whatever the trust domain. */
function principalMatches(pattern: string, principal: string): boolean {
  const named = parsePrincipal(pattern);
  const own = parsePrincipal(principal);
  if (named && own) return named.namespace === own.namespace && named.serviceAccount === own.serviceAccount;
  return policyValueMatches(pattern, principal);
}

/** A field whose value the caller has (or has not, as undefined); `not` fields hold when no pattern matches. */
function field(patterns: unknown, value: string | undefined, match: (pattern: string, value: string) => boolean, negated: boolean): Truth | undefined {
  if (!Array.isArray(patterns)) return undefined;
  const hit = value !== undefined && patterns.some((pattern) => typeof pattern === 'string' && match(pattern, value));
  return hit !== negated ? Truth.TRUE : Truth.FALSE;
}

/** A field the manifests cannot tell about (IP blocks, request principals): it may or may not hold. */
function unknownField(patterns: unknown): Truth | undefined {
  return Array.isArray(patterns) ? Truth.UNKNOWN : undefined;
}

function sourceMatches(source: any, caller: Caller): Truth {
  const namespace = caller.principal ? caller.namespace : undefined;
  const account = caller.principal ? `${caller.namespace}/${caller.serviceAccount}` : undefined;
  const trustDomain = caller.principal ? DEFAULT_TRUST_DOMAIN : undefined;
  const exact = (pattern: string, value: string) => pattern === value;
  const checks = [
    field(source?.principals, caller.principal, principalMatches, false),
    field(source?.notPrincipals, caller.principal, principalMatches, true),
    field(source?.namespaces, namespace, policyValueMatches, false),
    field(source?.notNamespaces, namespace, policyValueMatches, true),
    field(source?.serviceAccounts, account, exact, false),
    field(source?.notServiceAccounts, account, exact, true),
    field(source?.trustDomains, trustDomain, policyValueMatches, false),
    field(source?.notTrustDomains, trustDomain, policyValueMatches, true),
    ...['ipBlocks', 'notIpBlocks', 'remoteIpBlocks', 'notRemoteIpBlocks', 'requestPrincipals', 'notRequestPrincipals'].map((key) => unknownField(source?.[key])),
  ];
  return all(checks.filter((check): check is Truth => check !== undefined));
}

/** A list the request may declare (methods, paths): every declared value must match; undeclared, it depends. */
function requestList(patterns: unknown, values: string[] | undefined, negated: boolean): Truth | undefined {
  if (!Array.isArray(patterns)) return undefined;
  if (values === undefined || values.length === 0) return Truth.UNKNOWN;
  const hits = values.map((value) => patterns.some((pattern) => typeof pattern === 'string' && policyValueMatches(pattern, value)) !== negated);
  return hits.every(Boolean) ? Truth.TRUE : hits.some(Boolean) ? Truth.UNKNOWN : Truth.FALSE;
}

function operationMatches(operation: any, request: AccessRequest): Truth {
  const port = String(request.port);
  const checks = [
    field(operation?.ports, port, (pattern, value) => pattern === value, false),
    field(operation?.notPorts, port, (pattern, value) => pattern === value, true),
    requestList(operation?.methods, request.methods, false),
    requestList(operation?.notMethods, request.methods, true),
    requestList(operation?.paths, request.paths, false),
    requestList(operation?.notPaths, request.paths, true),
    unknownField(operation?.hosts),
    unknownField(operation?.notHosts),
  ];
  return all(checks.filter((check): check is Truth => check !== undefined));
}

function conditionMatches(condition: any, caller: Caller, request: AccessRequest): Truth {
  const values: Record<string, string | undefined> = {
    'source.principal': caller.principal,
    'source.namespace': caller.principal ? caller.namespace : undefined,
    'destination.port': String(request.port),
  };
  if (!(condition?.key in values)) return Truth.UNKNOWN;
  const value = values[condition.key];
  const checks = [
    field(condition.values, value, policyValueMatches, false),
    field(condition.notValues, value, policyValueMatches, true),
  ];
  return all(checks.filter((check): check is Truth => check !== undefined));
}

function ruleMatches(rule: any, caller: Caller, request: AccessRequest): Truth {
  const from = itemsOf<any>(rule?.from);
  const to = itemsOf<any>(rule?.to);
  return all([
    from.length === 0 ? Truth.TRUE : any(from.map((entry) => sourceMatches(entry.source, caller))),
    to.length === 0 ? Truth.TRUE : any(to.map((entry) => operationMatches(entry.operation, request))),
    ...itemsOf<any>(rule?.when).map((condition) => conditionMatches(condition, caller, request)),
  ]);
}

/** Whether a policy matches a request: any of its rules; a policy without rules matches nothing. */
function policyMatches(policy: Manifest, caller: Caller, request: AccessRequest): Truth {
  return any(itemsOf<any>(policy.spec?.rules).map((rule) => ruleMatches(rule, caller, request)));
}

// ---------------------------------------------------------------------------------------------------------------

/** The action of an AuthorizationPolicy: ALLOW unless it says otherwise. */
export function actionOf(policy: Manifest): string {
  return typeof policy.spec?.action === 'string' ? policy.spec.action : 'ALLOW';
}

/**
 * The security objects of a mesh, looked up by namespace, deciding what a caller may call as Istio's sidecars do:
 * mTLS from the PeerAuthentications (workload, then namespace, then mesh), then CUSTOM, DENY and ALLOW policies.
 */
export class SecurityIndex {
  /** Whether the mesh has any AuthorizationPolicy or PeerAuthentication. */
  public readonly enforces: boolean;
  private readonly policies = new Map<string, SourcedManifest[]>();
  private readonly peers = new Map<string, SourcedManifest[]>();

  constructor(objects: SourcedManifest[]) {
    for (const sourced of objects) {
      if (isSecurity(sourced.manifest, 'AuthorizationPolicy')) getOrCreate(this.policies, namespaceOf(sourced.manifest), () => []).push(sourced);
      else if (isSecurity(sourced.manifest, 'PeerAuthentication')) getOrCreate(this.peers, namespaceOf(sourced.manifest), () => []).push(sourced);
    }
    this.enforces = this.policies.size > 0 || this.peers.size > 0;
  }

  /**
   * The AuthorizationPolicies a sidecar enforces for the pods: the mesh-wide ones of the root namespace, the
   * namespace-wide ones and those whose selector picks the pods. Policies with `targetRefs` apply to gateways and
   * waypoints, not to sidecars.
   */
  public policiesOf(pod: PodTemplate): SourcedManifest[] {
    const applies = (sourced: SourcedManifest) => !Array.isArray(sourced.manifest.spec?.targetRefs) && sourced.manifest.spec?.targetRef === undefined
      && selects(sourced.manifest.spec?.selector?.matchLabels, pod.labels);
    const own = (this.policies.get(pod.namespace) ?? []).filter(applies);
    const mesh = pod.namespace === ROOT_NAMESPACE ? [] : (this.policies.get(ROOT_NAMESPACE) ?? []).filter((sourced) => applies(sourced) && !sourced.manifest.spec?.selector);
    return [...mesh, ...own];
  }

  /** The mTLS mode of the pods' port: the workload's PeerAuthentication (its port level first), the namespace's, the mesh's. */
  public mtlsOf(pod: PodTemplate, port: number | undefined): MtlsMode {
    const own = this.peers.get(pod.namespace) ?? [];
    const workload = own.find((sourced) => sourced.manifest.spec?.selector?.matchLabels && selects(sourced.manifest.spec.selector.matchLabels, pod.labels));
    const modes = [
      port === undefined ? undefined : workload?.manifest.spec?.portLevelMtls?.[String(port)]?.mode,
      workload?.manifest.spec?.mtls?.mode,
      own.find((sourced) => !sourced.manifest.spec?.selector)?.manifest.spec?.mtls?.mode,
      (this.peers.get(ROOT_NAMESPACE) ?? []).find((sourced) => !sourced.manifest.spec?.selector)?.manifest.spec?.mtls?.mode,
    ];
    const mode = modes.find((candidate) => candidate !== undefined && candidate !== 'UNSET');
    return mode === MtlsMode.STRICT || mode === MtlsMode.DISABLE ? mode : MtlsMode.PERMISSIVE;
  }

  /** Whether the caller may make the request to the pods. */
  public decide(caller: Caller, pod: PodTemplate, request: AccessRequest): AccessDecision {
    const workload = pod.owner.metadata.name ?? '';
    if (caller.principal === undefined && this.mtlsOf(pod, request.port) === MtlsMode.STRICT) {
      return { access: Access.DENIED, reason: `${workload} requires mTLS (STRICT)` };
    }
    const policies = this.policiesOf(pod).map(({ manifest }) => manifest);
    const byAction = (action: string) => policies.filter((policy) => actionOf(policy) === action);
    let partly: string | undefined;
    for (const policy of [...byAction('CUSTOM'), ...byAction('DENY')]) {
      const matched = policyMatches(policy, caller, request);
      const name = `${actionOf(policy)} policy ${policy.metadata.name}`;
      if (matched === Truth.TRUE && actionOf(policy) === 'DENY') return { access: Access.DENIED, reason: name };
      if (matched !== Truth.FALSE) partly ??= name;
    }
    const allows = byAction('ALLOW');
    if (allows.length > 0) {
      const matches = allows.map((policy) => policyMatches(policy, caller, request));
      if (!matches.includes(Truth.TRUE)) {
        if (!matches.includes(Truth.UNKNOWN)) return { access: Access.DENIED, reason: `no ALLOW policy of ${workload} matches` };
        partly ??= `ALLOW policy ${allows[matches.indexOf(Truth.UNKNOWN)].metadata.name}`;
      }
    }
    return partly === undefined ? { access: Access.ALLOWED, reason: allows.length > 0 ? 'allowed' : 'no ALLOW policy' } : { access: Access.PARTLY, reason: `depends on ${partly}` };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Calls: what the declarations and the gateway routes make, and the workloads that receive them.

/** A port of a Service: the port callers use and the workload port it forwards to. */
export interface ServicePort {
  /** The port callers use. */
  readonly port: number;
  /** The workload port it forwards to. */
  readonly targetPort: number;
}

/** The ports of a Service; a named targetPort is resolved to the port number when the name is no number. */
export function servicePorts(service: Manifest): ServicePort[] {
  return itemsOf<any>(service.spec?.ports).filter((port) => typeof port.port === 'number').map((port) => ({
    port: port.port,
    targetPort: typeof port.targetPort === 'number' ? port.targetPort : port.port,
  }));
}

/** Workloads receiving a call, and the route that sends them its requests. */
export interface CallDestination {
  /** The Service host the requests go to. */
  readonly host: string;
  /** The Service port the requests go to. */
  readonly port: number;
  /** The pods. */
  readonly pod: PodTemplate;
  /** The workload port. */
  readonly targetPort: number;
  /**
   * The route destination that sends requests there.
   * @default - none: the Service balances over its pods
   */
  readonly route?: { readonly sourced: SourcedManifest; readonly field: string; readonly mirror: boolean; readonly percent: number };
}

/** A call the mesh makes: who calls, which host and port, declared where, and which workloads receive it. */
export interface MeshCall {
  /** Who calls. */
  readonly caller: Caller;
  /** The Service host, fully qualified. */
  readonly host: string;
  /** The Service port. */
  readonly port: number;
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
  /** The object that declares the call: the caller's workload, or the gateway's VirtualService. */
  readonly sourced: SourcedManifest;
  /** The field of the declaration in that object. */
  readonly field: string;
  /** The environment variable, `calls`, or `gateway <name>`. */
  readonly via: string;
  /** Where its requests go. */
  readonly destinations: CallDestination[];
}

/** The calls of a mesh, and the objects needed to place them. */
export class CallIndex {
  /** Every call: the workloads' declared calls to Services, and the gateway routes to Services. */
  public readonly calls: MeshCall[];
  private readonly meshRoutes = new Map<string, SourcedManifest>();

  constructor(private readonly objects: SourcedManifest[], private readonly index: MeshIndex) {
    for (const sourced of objects) {
      if (!isIstio(sourced.manifest, 'VirtualService') || !appliesToMesh(sourced.manifest.spec)) continue;
      for (const host of itemsOf<string>(sourced.manifest.spec?.hosts)) {
        if (typeof host === 'string') this.meshRoutes.set(qualifyHost(host, namespaceOf(sourced.manifest)), sourced);
      }
    }
    this.calls = [...this.declaredCalls(), ...this.gatewayCalls()];
  }

  private declaredCalls(): MeshCall[] {
    return this.objects.filter(({ manifest }) => podLabelsOf(manifest) !== undefined).flatMap((workload) => {
      const caller = workloadCaller(workload);
      return callsOf(workload.manifest).flatMap((call): MeshCall[] => {
        const service = this.index.services.get(call.host);
        if (!service) return [];
        const ports = servicePorts(service);
        const port = call.port ?? (ports.length === 1 ? ports[0].port : undefined);
        if (port === undefined || !ports.some((candidate) => candidate.port === port)) return [];
        const routing = this.meshRoutes.get(call.host);
        const destinations = routing ? this.routeDestinations(routing, call.host, port) : this.servicePods(call.host, port);
        return [{ caller, host: call.host, port, methods: call.methods, paths: call.paths, sourced: workload, field: call.field, via: call.via, destinations }];
      });
    });
  }

  private gatewayCalls(): MeshCall[] {
    return this.objects.filter(({ manifest }) => isIstio(manifest, 'VirtualService')).flatMap((sourced) => {
      const namespace = namespaceOf(sourced.manifest);
      return itemsOf<string>(sourced.manifest.spec?.gateways).filter((name) => typeof name === 'string' && name !== 'mesh').flatMap((name) => {
        const key = name.includes('/') ? name : `${namespace}/${name}`;
        const gateway = this.index.gateways.get(key);
        const caller = gateway && gatewayCaller(gateway);
        if (!caller) return [];
        return this.gatewayRoutes(sourced).map((call) => ({ ...call, caller, sourced, via: `gateway ${key}` }));
      });
    });
  }

  /** One call per Service host and port that a gateway-bound VirtualService routes to. */
  private gatewayRoutes(sourced: SourcedManifest): Array<Omit<MeshCall, 'caller' | 'sourced' | 'via'>> {
    const byTarget = new Map<string, Omit<MeshCall, 'caller' | 'sourced' | 'via'> & { destinations: CallDestination[] }>();
    for (const destination of this.routeDestinations(sourced, undefined, undefined)) {
      const field = destination.route?.field ?? '';
      getOrCreate(byTarget, `${destination.host}:${destination.port}`, () => ({ host: destination.host, port: destination.port, field, destinations: [] }))
        .destinations.push(destination);
    }
    return [...byTarget.values()];
  }

  /** The pods that the routes of `routing` send requests or copies to; with `host`, only those for that host's call. */
  private routeDestinations(routing: SourcedManifest, host: string | undefined, port: number | undefined): CallDestination[] {
    const namespace = namespaceOf(routing.manifest);
    return routeEntries(routing).filter((entry) => entry.mirror || entry.percent > 0).flatMap((entry) => {
      const target = qualifyHost(entry.destination.host ?? '', namespace);
      const service = this.index.services.get(target);
      if (!service?.spec?.selector) return [];
      const ports = servicePorts(service);
      const wanted = entry.destination.port?.number ?? (target === host ? port : undefined) ?? (ports.length === 1 ? ports[0].port : undefined);
      const servicePort = ports.find((candidate) => candidate.port === wanted);
      if (!servicePort) return [];
      const subset = entry.destination.subset === undefined ? {} : this.subsetLabels(target, entry.destination.subset);
      if (subset === undefined) return [];
      return this.index.podsSelectedBy(namespaceOf(service), { ...service.spec.selector, ...subset }).map((pod) => ({
        host: target, port: servicePort.port, pod, targetPort: servicePort.targetPort, route: { sourced: routing, field: entry.field, mirror: entry.mirror, percent: entry.percent },
      }));
    });
  }

  private servicePods(host: string, port: number): CallDestination[] {
    const service = this.index.services.get(host);
    const targetPort = service && servicePorts(service).find((candidate) => candidate.port === port)?.targetPort;
    if (!service?.spec?.selector || targetPort === undefined) return [];
    return this.index.podsSelectedBy(namespaceOf(service), service.spec.selector).map((pod) => ({ host, port, pod, targetPort }));
  }

  private subsetLabels(host: string, subset: string): Record<string, string> | undefined {
    const found = (this.index.destinationRules.get(host) ?? []).flatMap((rule) => itemsOf<any>(rule.spec?.subsets)).find((candidate) => candidate.name === subset);
    return found ? found.labels ?? {} : undefined;
  }
}

/** Every destination of every HTTP route of a VirtualService. */
function routeEntries(sourced: SourcedManifest): ReturnType<typeof routeTraffic> {
  return itemsOf<any>(sourced.manifest.spec?.http).flatMap((route, at) => routeTraffic(route, `spec.http[${at}]`));
}

/** The external hosts a workload may reach: every host under ALLOW_ANY, only those its REGISTRY_ONLY Sidecar sees otherwise. */
export interface EgressReach {
  /** Hosts of ServiceEntries it may reach. */
  readonly hosts: string[];
  /** Whether it may reach hosts no ServiceEntry declares. */
  readonly anyHost: boolean;
}

/** What a workload may reach outside the mesh, from the Sidecars and ServiceEntries. */
export function egressReach(workload: Manifest, objects: Manifest[]): EgressReach {
  const namespace = namespaceOf(workload);
  const labels = podLabelsOf(workload) ?? {};
  const sidecars = objects.filter((manifest) => isIstio(manifest, 'Sidecar') && namespaceOf(manifest) === namespace);
  const sidecar = sidecars.find((candidate) => candidate.spec?.workloadSelector?.labels && selects(candidate.spec.workloadSelector.labels, labels))
    ?? sidecars.find((candidate) => !candidate.spec?.workloadSelector);
  const visible = itemsOf<any>(sidecar?.spec?.egress).flatMap((egress) => itemsOf<string>(egress.hosts));
  const entries = objects.filter((manifest) => isIstio(manifest, 'ServiceEntry') && manifest.spec?.location !== 'MESH_INTERNAL');
  const hosts = entries.flatMap((entry) => itemsOf<string>(entry.spec?.hosts).filter((host) => visible.length === 0 || visible.some((pattern) => {
    const [space, hostPattern] = pattern.includes('/') ? pattern.split('/', 2) : ['*', pattern];
    const inNamespace = space === '*' || (space === '.' ? namespace : space) === namespaceOf(entry);
    return inNamespace && hostMatches(hostPattern, host);
  })));
  return { hosts: [...new Set(hosts)].sort(), anyHost: sidecar?.spec?.outboundTrafficPolicy?.mode !== 'REGISTRY_ONLY' };
}

/** Whether a manifest is a Service the access matrix has columns for: a core Service that selects pods. */
export function isSelectingService(manifest: Manifest): boolean {
  return isCore(manifest, 'Service') && typeof manifest.spec?.selector === 'object' && manifest.spec.selector !== null;
}
