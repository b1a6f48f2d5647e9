import { Access, MtlsMode, SecurityIndex } from '../analysis/access';
import { callAccess } from '../analysis/access-matrix';
import { LINE_WIDTH, textWidth } from './mermaid-text';
import { callsOf, isSecurity } from '../manifest/security';
import {
  Manifest, appliesToMesh, hostMatches, isCore, isIstio, itemsOf, namespaceOf, podLabelsOf, qualifyHost, routeTraffic, selects,
} from '../manifest/manifest';
import { GATEWAY_API_ORIGIN_ANNOTATION, gatewayApiAsIstio } from '../manifest/gateway-api';

/** What a box of a traffic diagram stands for. */
export enum TrafficNodeKind {
  /** Clients outside the mesh. */
  CLIENTS = 'clients',
  /** Workloads whose calls the manifests do not show. */
  ANY_WORKLOAD = 'any-workload',
  /** An ingress Gateway with its servers. */
  GATEWAY = 'gateway',
  /** A Gateway of the egress gateway's proxies, which mesh routes send external requests through. */
  EGRESS_GATEWAY = 'egress-gateway',
  /** A VirtualService. */
  VIRTUAL_SERVICE = 'virtual-service',
  /** A Service whose pods are one workload (or none). */
  SERVICE = 'service',
  /** A version of a Service: a DestinationRule subset, or one workload of a Service of several. */
  VERSION = 'version',
  /** A workload that no Service selects. */
  WORKLOAD = 'workload',
  /** What a route does instead of forwarding: a redirect or a direct response. */
  ACTION = 'action',
  /** A host outside the mesh, known from a ServiceEntry. */
  EXTERNAL = 'external',
  /** Every external host that a REGISTRY_ONLY Sidecar keeps its workloads from. */
  BLOCKED = 'blocked',
  /** Objects of the previous phase that this one drops. */
  REMOVED = 'removed',
}

/** The part a version plays in a rollout. */
export enum VersionRole {
  /** The version that gets the most requests that match no rule. */
  STABLE = 'stable',
  /** A version newer than the stable one. */
  CANDIDATE = 'candidate',
  /** A version older than the stable one. */
  PREVIOUS = 'previous',
}

/** How a part of the diagram differs from the previous phase. */
export enum TrafficChange {
  /** It is new. */
  ADDED = 'added',
  /** It is there, with other facts (listed in `was`). */
  CHANGED = 'changed',
  /** It was there and is not any more. */
  REMOVED = 'removed',
}

/** What an arrow of a traffic diagram stands for. */
export enum TrafficEdgeKind {
  /** Requests entering: clients to a Gateway, a Gateway to a VirtualService for its hosts. */
  REQUEST = 'request',
  /** A route of a VirtualService to a destination, with its share of the route's requests. */
  ROUTE = 'route',
  /** Copies of a route's requests, whose answers are discarded. */
  MIRROR = 'mirror',
  /** A workload calling a Service it names in an environment variable. */
  CALL = 'call',
  /** A workload reaching an external host through a ServiceEntry. */
  EGRESS = 'egress',
  /** External hosts a REGISTRY_ONLY Sidecar blocks. */
  BLOCKED = 'blocked',
}

/** A box of the diagram. */
export interface TrafficNode {
  /** Identity across phases, e.g. `subset greeter-service.default.svc.cluster.local v2`. */
  readonly key: string;
  /** What it stands for. */
  readonly kind: TrafficNodeKind;
  /** First line, e.g. `VS greeter-service` or `v2`. */
  readonly title: string;
  /** Further lines: hosts, servers, images and replicas. */
  readonly details: string[];
  /**
   * Key of the group (a Service with its versions) it is drawn in.
   * @default - drawn on its own
   */
  readonly group?: string;
  /**
   * Its part in a rollout; only versions of a Service drawn with its versions have one.
   * @default - none
   */
  readonly role?: VersionRole;
  /** Whether it is a version or Service that no pod backs. */
  readonly noPods: boolean;
  /** Objects it stands for, `Kind namespace/name`, a subset as `DestinationRule namespace/name#subset`. */
  readonly objects: string[];
  /**
   * How it differs from the previous phase.
   * @default - it does not, or there is no previous phase
   */
  readonly change?: TrafficChange;
  /** Facts of the previous phase that are no more: its role, details that went away. */
  readonly was: string[];
}

/** A Service with its versions, drawn around them. */
export interface TrafficGroup {
  /** Identity across phases, e.g. `service greeter-service.default.svc.cluster.local`. */
  readonly key: string;
  /** Title: the Service, and its DestinationRule with its traffic policy. */
  readonly title: string;
  /** Objects it stands for. */
  readonly objects: string[];
  /**
   * How it differs from the previous phase.
   * @default - it does not, or there is no previous phase
   */
  readonly change?: TrafficChange;
  /** What it was when its title changed: the previous title, or `no DestinationRule` when it had none. */
  readonly was: string[];
}

/** An arrow of the diagram. */
export interface TrafficEdge {
  /** Key of the node (or group) it starts at. */
  readonly from: string;
  /** Key of the node (or group) it points to. */
  readonly to: string;
  /** What it stands for. */
  readonly kind: TrafficEdgeKind;
  /** Its label before the percentage, e.g. `rule 1: header user-agent regex .*Firefox.*`, `rewrite /hello`. */
  readonly texts: string[];
  /**
   * Share of the route's requests (or of its copies, for a mirror).
   * @default - none: the arrow carries no weight
   */
  readonly percent?: number;
  /** Whether it points to a candidate version. */
  readonly toCandidate: boolean;
  /**
   * How it differs from the previous phase.
   * @default - it does not, or there is no previous phase
   */
  readonly change?: TrafficChange;
  /**
   * Its share in the previous phase, when that differs; 0 for a new route between parts that were there.
   * @default - unchanged
   */
  readonly wasPercent?: number;
}

/** The share of requests that match no rule, per version of a Service. */
export interface VersionShares {
  /** The Service, e.g. `greeter-service` (with its namespace when it is not the only one). */
  readonly service: string;
  /** Percentage per version name, e.g. `{ v1: 90, v2: 10 }`. */
  readonly shares: Record<string, number>;
}

/** Where requests go, as boxes, groups and arrows, read from the manifests of one phase. */
export interface TrafficModel {
  /** The boxes, in the order they are reached from the clients. */
  readonly nodes: TrafficNode[];
  /** Services drawn with their versions. */
  readonly groups: TrafficGroup[];
  /** The arrows, in the order of the nodes they start at. */
  readonly edges: TrafficEdge[];
  /** The versions of every Service of several versions, with their shares. */
  readonly versions: VersionShares[];
}

const CLIENTS_KEY = 'clients';
const ANY_WORKLOAD_KEY = 'any workload';
const BLOCKED_KEY = 'blocked';
const REMOVED_KEY = 'removed';
const CLUSTER_SUFFIX = '.svc.cluster.local';
/** The Service of the egress gateway that Istio installs, and the label of its pods. */
const EGRESS_GATEWAY_HOST = 'istio-egressgateway.istio-system.svc.cluster.local';
const EGRESS_GATEWAY_LABEL = 'egressgateway';

/** The key of an object, `Kind namespace/name`. */
/**
 * Whether a VirtualService routes the requests of the mesh's workloads: a delegate has no hosts, and gets only the
 * requests of the rules that delegate to it.
 */
function routesMeshRequests(manifest: Manifest): boolean {
  return appliesToMesh(manifest.spec) && itemsOf<string>(manifest.spec?.hosts).length > 0;
}

function objectOf(manifest: Manifest): string {
  return manifest.metadata.annotations?.[GATEWAY_API_ORIGIN_ANNOTATION] ?? `${manifest.kind} ${namespaceOf(manifest)}/${manifest.metadata.name ?? ''}`;
}

/** Whether the object stands for a Gateway API object (see `gatewayApiAsIstio`). */
function fromGatewayApi(manifest: Manifest): boolean {
  return manifest.metadata.annotations?.[GATEWAY_API_ORIGIN_ANNOTATION] !== undefined;
}

/** A host as people say it in `namespace`: `greeter-service` for `greeter-service.default.svc.cluster.local`. */
function shortHost(host: string, namespace: string): string {
  if (!host.endsWith(CLUSTER_SUFFIX)) return host;
  const [name, hostNamespace] = host.slice(0, -CLUSTER_SUFFIX.length).split('.');
  return hostNamespace === namespace || hostNamespace === undefined ? name : `${name}.${hostNamespace}`;
}

/** A percentage as written on an arrow: whole, or with one decimal. */
export function formatPercent(percent: number): string {
  return `${Number.isInteger(percent) ? percent : Math.round(percent * 10) / 10}%`;
}

/** Orders version names as people read them, `v2` before `v10`; one collator, as creating one per comparison is slow. */
const VERSION_ORDER = new Intl.Collator('en', { numeric: true });

/**
 * Compares version names, `v2` before `v10`.
 * @internal
 */
export function _compareVersions(a: string, b: string): number {
  return VERSION_ORDER.compare(a, b);
}

/** A workload with what the diagram says about it. */
interface Workload {
  readonly manifest: Manifest;
  readonly object: string;
  readonly namespace: string;
  readonly name: string;
  readonly labels: Record<string, string>;
  /** `image ×replicas`. */
  readonly pods: string;
  readonly replicas: number;
}

function workloadOf(manifest: Manifest): Workload | undefined {
  const labels = podLabelsOf(manifest);
  if (labels === undefined) return undefined;
  const podSpec = manifest.kind === 'Pod' ? manifest.spec : manifest.spec?.template?.spec;
  const containers = itemsOf<any>(podSpec?.containers);
  const images = containers.map((container) => String(container.image ?? '?').split('/').pop() ?? '');
  const replicas = manifest.kind === 'Pod' ? 1 : manifest.kind === 'Job' ? manifest.spec?.parallelism ?? 1 : manifest.spec?.replicas ?? 1;
  const count = manifest.kind === 'DaemonSet' ? 'on every node' : `×${replicas}`;
  return {
    manifest,
    object: objectOf(manifest),
    namespace: namespaceOf(manifest),
    name: manifest.metadata.name ?? '',
    labels,
    pods: `${images.join(' + ') || 'no containers'} ${count}`,
    replicas: manifest.kind === 'DaemonSet' ? 1 : Number(replicas) || 0,
  };
}

/** A version of a Service: a box, the workloads behind it, and how it compares with the others. */
interface Version {
  readonly node: string;
  readonly name: string;
  readonly order: string;
  readonly workloads: Workload[];
  share: number;
}

/** A Service as the diagram draws it: one box, or a group of version boxes. */
interface Backend {
  readonly host: string;
  readonly namespace: string;
  readonly name: string;
  /** Where a destination without subset points: the box, or the group. */
  readonly entry: string;
  readonly subsets: Map<string, string>;
  readonly versions: Version[];
}

/** Words for a string match: `= x`, `prefix x`, `regex x`, or `present`. */
function describeString(match: any): string {
  if (match?.exact !== undefined) return `= ${match.exact}`;
  if (match?.prefix !== undefined) return `prefix ${match.prefix}`;
  if (match?.regex !== undefined) return `regex ${match.regex}`;
  return 'present';
}

/** One match of a route in words, its conditions joined by `and`. */
function describeMatch(match: any): string {
  const conditions = [
    ...['uri', 'scheme', 'method', 'authority'].filter((field) => match?.[field] !== undefined).map((field) => `${field} ${describeString(match[field])}`),
    ...Object.entries(match?.headers ?? {}).map(([name, value]) => `header ${name} ${describeString(value)}`),
    ...Object.entries(match?.queryParams ?? {}).map(([name, value]) => `query ${name} ${describeString(value)}`),
    ...Object.entries(match?.withoutHeaders ?? {}).map(([name, value]) => `no header ${name} ${describeString(value)}`),
    ...Object.entries(match?.sourceLabels ?? {}).map(([name, value]) => `from ${name}=${value}`),
    ...(match?.sourceNamespace !== undefined ? [`from namespace ${match.sourceNamespace}`] : []),
    ...(match?.port !== undefined ? [`port ${match.port}`] : []),
    ...itemsOf<string>(match?.gateways).map((gateway) => `via ${gateway}`),
  ];
  return conditions.join(' and ');
}

/** What a route does besides forwarding, in words. */
/** What a route does instead of forwarding, as a title and the lines of its target (scheme and host, then path). */
function describeAction(route: any, namespace: string): { title: string; target: string[] } | undefined {
  if (route.redirect) {
    const redirect = route.redirect;
    const authority = typeof redirect.authority === 'string'
      ? redirect.authority.replace(/^([^:]+)/, (host: string) => shortHost(host, namespace)) : '';
    const target = [[redirect.scheme && `${redirect.scheme}://`, authority].filter(Boolean).join(''), redirect.uri ?? ''].filter(Boolean);
    return { title: `redirect ${redirect.redirectCode ?? 301}${target.length > 0 ? ' to' : ''}`, target };
  }
  if (route.directResponse) return { title: `respond ${route.directResponse.status}`, target: [] };
  return undefined;
}

function describeRewrite(route: any): string | undefined {
  if (route.rewrite?.uri !== undefined) return `rewrite to ${route.rewrite.uri}`;
  if (route.rewrite?.uriRegexRewrite) return `rewrite ${route.rewrite.uriRegexRewrite.match} to ${route.rewrite.uriRegexRewrite.rewrite}`;
  if (route.rewrite?.authority !== undefined) return `rewrite host to ${route.rewrite.authority}`;
  return undefined;
}

/**
 * A traffic policy in a few words, on one line: TLS mode, load balancer, connection pool, outlier detection; a
 * subset's own policy (`override`) replaces each of these fields of the DestinationRule's.
 */
function describePolicy(rulePolicy: any, override?: any): string[] {
  const policy = { ...(rulePolicy ?? {}), ...(override ?? {}) };
  const parts = [
    ...(policy.tls?.mode ? [policy.tls.mode] : []),
    ...(policy.loadBalancer?.simple ? [policy.loadBalancer.simple] : policy.loadBalancer?.consistentHash ? ['consistent hash'] : []),
    ...(policy.connectionPool ? ['connection pool'] : []),
    ...(policy.outlierDetection ? ['outlier detection'] : []),
  ];
  return parts.length > 0 ? [parts.join(' · ')] : [];
}

/**
 * The policies of a DestinationRule of a host that no Service backs, each as a line: the rule's own, then those of its
 * ports (`DR :80 SIMPLE` for TLS that the caller's proxy originates on port 80), then the workloads it applies to.
 */
function describeRule(rule: Manifest): string[] {
  const policy = rule.spec?.trafficPolicy ?? {};
  const lines = [
    ...describePolicy(policy).map((line) => `DR ${line}`),
    ...itemsOf<any>(policy.portLevelSettings).flatMap((port) => describePolicy(port).map((line) => `DR :${port.port?.number ?? '?'} ${line}`)),
  ];
  const selector = Object.entries(rule.spec?.workloadSelector?.matchLabels ?? {}).map(([key, value]) => `${key}=${value}`).join(', ');
  return lines.length > 0 && selector !== '' ? [...lines, `for pods ${selector}`] : lines;
}

/** The first title that fits on one line (a group's title is never wrapped: Mermaid would draw it over the boxes). */
function oneLine(...titles: string[]): string {
  return titles.find((title) => textWidth(title) <= LINE_WIDTH) ?? titles[titles.length - 1];
}

/** The lines of a Gateway server: port, protocol, redirect or TLS mode, credential, hosts. */
function describeServer(server: any, sameHosts: boolean): string[] {
  const port = server.port ?? {};
  const tls = server.tls ?? {};
  const head = [`:${port.number ?? '?'} ${port.protocol ?? ''}`.trim()];
  if (tls.httpsRedirect) head.push('→ 301 https');
  if (tls.mode) head.push(tls.mode);
  const lines = [head.join(' ')];
  if (tls.credentialName) lines.push(`cert ${tls.credentialName}`);
  if (!sameHosts) lines.push(`hosts ${itemsOf<string>(server.hosts).join(', ')}`);
  return lines;
}

/** A Gateway as a VirtualService names it, as `namespace/name`. */
function qualifiedGateway(gateway: string, namespace: string): string {
  return gateway.includes('/') ? gateway : `${namespace}/${gateway}`;
}

/** Builds the model of one phase; `build()` gives it. */
class ModelBuilder {
  private readonly nodes = new Map<string, TrafficNode>();
  private readonly groups = new Map<string, TrafficGroup>();
  private readonly edges: TrafficEdge[] = [];
  private readonly backends = new Map<string, Backend>();
  private readonly homes = new Map<string, string>();
  private readonly workloads: Workload[];
  private readonly virtualServices: Manifest[];
  private readonly serviceEntries: Manifest[];
  private readonly namespaces: Set<string>;
  /** The box of the first egress Gateway, which routes to the egress gateway's Service reach. */
  private egressGateway?: string;

  private readonly security?: SecurityIndex;

  constructor(private readonly manifests: Manifest[]) {
    this.workloads = manifests.map(workloadOf).filter((workload): workload is Workload => workload !== undefined);
    if (manifests.some((manifest) => isSecurity(manifest, 'PeerAuthentication'))) this.security = new SecurityIndex(manifests.map((manifest, at) => ({ manifest, source: `#${at}` })));
    this.virtualServices = manifests.filter((manifest) => isIstio(manifest, 'VirtualService'));
    this.serviceEntries = manifests.filter((manifest) => isIstio(manifest, 'ServiceEntry'));
    this.namespaces = new Set(manifests.map(namespaceOf));
  }

  public build(): TrafficModel {
    for (const service of this.manifests.filter((manifest) => isCore(manifest, 'Service'))) this.addBackend(service);
    for (const workload of this.workloads) {
      if (!this.homes.has(workload.object)) {
        const key = `workload ${workload.object}`;
        this.addNode({ key, kind: TrafficNodeKind.WORKLOAD, title: workload.name, details: [workload.pods], objects: [workload.object] });
        this.homes.set(workload.object, key);
      }
    }
    this.assignRoles();
    this.addGateways();
    for (const virtualService of this.virtualServices) this.addVirtualService(virtualService);
    this.addCalls();
    this.addEgress();
    for (const virtualService of this.virtualServices.filter(routesMeshRequests)) {
      const key = this.virtualServiceKey(virtualService);
      if (!this.edges.some((edge) => edge.to === key && edge.kind === TrafficEdgeKind.CALL)) this.edge(this.anyWorkload(), key, TrafficEdgeKind.REQUEST, []);
    }
    return this.ordered();
  }

  private addNode(node: Omit<TrafficNode, 'noPods' | 'was'> & { noPods?: boolean }): string {
    if (!this.nodes.has(node.key)) this.nodes.set(node.key, { noPods: false, was: [], ...node });
    return node.key;
  }

  private edge(from: string, to: string, kind: TrafficEdgeKind, texts: string[], percent?: number): void {
    const target = this.nodes.get(to);
    const duplicate = this.edges.find((edge) => edge.from === from && edge.to === to && edge.kind === kind && edge.percent === undefined && percent === undefined);
    if (duplicate && kind !== TrafficEdgeKind.ROUTE) {
      const merged = [...new Set([...duplicate.texts, ...texts])];
      this.edges[this.edges.indexOf(duplicate)] = { ...duplicate, texts: merged.length > 0 ? [merged.join(', ')] : [] };
      return;
    }
    this.edges.push({ from, to, kind, texts, percent, toCandidate: target?.role === VersionRole.CANDIDATE });
  }

  /** What the PeerAuthentications require of the workloads' callers, when they require more than PERMISSIVE. */
  private mtlsOf(workloads: Workload[]): string[] {
    const security = this.security;
    if (!security) return [];
    const modes = new Set(workloads.map((workload) => security.mtlsOf({ namespace: workload.namespace, labels: workload.labels, owner: workload.manifest }, undefined)));
    return modes.size === 1 && !modes.has(MtlsMode.PERMISSIVE) ? [`mTLS ${[...modes][0]}`] : [];
  }

  private service(host: string): string {
    return shortHost(host, this.namespaces.size === 1 ? [...this.namespaces][0] : '');
  }

  /** A Service as one box, or as a group of its versions when a DestinationRule has subsets or several workloads back it. */
  private addBackend(manifest: Manifest): void {
    const namespace = namespaceOf(manifest);
    const host = `${manifest.metadata.name}.${namespace}${CLUSTER_SUFFIX}`;
    const name = this.service(host);
    const selector: Record<string, string> | undefined = manifest.spec?.selector;
    const workloads = selector && Object.keys(selector).length > 0
      ? this.workloads.filter((workload) => workload.namespace === namespace && selects(selector, workload.labels)) : [];
    const rules = this.manifests.filter((rule) => isIstio(rule, 'DestinationRule') && typeof rule.spec?.host === 'string'
      && qualifyHost(rule.spec.host, namespaceOf(rule)) === host);
    const subsets = rules.flatMap((rule) => itemsOf<any>(rule.spec?.subsets).map((subset) => ({ rule, subset })));
    const service = objectOf(manifest);
    const key = `service ${host}`;
    const versions: Version[] = [];
    const subsetNodes = new Map<string, string>();

    const rulePolicy = rules.map((rule) => rule.spec?.trafficPolicy).find((policy) => policy !== undefined);
    if (subsets.length === 0 && workloads.length <= 1) {
      const node = this.addNode({
        key, kind: TrafficNodeKind.SERVICE, title: name,
        details: [workloads.length === 0 ? 'no pods' : workloads[0].pods, ...describePolicy(rulePolicy).map((policy) => `DR ${policy}`), ...this.mtlsOf(workloads)],
        noPods: workloads.length === 0, objects: [service, ...rules.map(objectOf), ...workloads.map((workload) => workload.object)],
      });
      for (const workload of workloads) this.homes.set(workload.object, node);
      this.backends.set(host, { host, namespace, name, entry: node, subsets: subsetNodes, versions });
      return;
    }

    const ruleNames = rules.map((rule) => rule.metadata.name).filter((ruleName) => ruleName !== manifest.metadata.name).join(', ');
    const title = rules.length === 0 ? name : rules.some(fromGatewayApi) ? `${name} · Services` : ruleNames === '' ? `${name} · DR` : oneLine(`${name} · DR ${ruleNames}`, `DR ${ruleNames}`);
    this.groups.set(key, { key, title, objects: [service, ...rules.map(objectOf)], was: [] });
    const inSubset = new Set<string>();
    for (const { rule, subset } of subsets) {
      const subsetName = String(subset.name ?? '');
      const backing = workloads.filter((workload) => selects(subset.labels ?? {}, workload.labels));
      const node = this.addNode({
        key: `subset ${host} ${subsetName}`,
        kind: TrafficNodeKind.VERSION,
        title: subsetName,
        details: [...(backing.length === 0 ? ['no pods'] : backing.map((workload) => workload.pods)), ...describePolicy(rulePolicy, subset.trafficPolicy), ...this.mtlsOf(backing)],
        group: key,
        noPods: backing.length === 0,
        objects: [`${objectOf(rule)}#${subsetName}`, ...backing.map((workload) => workload.object)],
      });
      subsetNodes.set(subsetName, node);
      for (const workload of backing) {
        inSubset.add(workload.object);
        if (!this.homes.has(workload.object)) this.homes.set(workload.object, node);
      }
      versions.push({ node, name: subsetName, order: subset.labels?.version ?? subsetName, workloads: backing, share: 0 });
    }
    for (const workload of workloads.filter((candidate) => !inSubset.has(candidate.object))) {
      const version = workload.labels.version;
      const node = this.addNode({
        key: `workload ${workload.object}`,
        kind: TrafficNodeKind.VERSION,
        title: subsets.length === 0 && version !== undefined ? version : workload.name,
        details: [workload.pods, ...(subsets.length > 0 ? ['in no subset'] : describePolicy(rulePolicy)), ...this.mtlsOf([workload])],
        group: key,
        objects: [workload.object],
      });
      this.homes.set(workload.object, node);
      versions.push({ node, name: version ?? workload.name, order: version ?? workload.name, workloads: [workload], share: 0 });
    }
    this.backends.set(host, { host, namespace, name, entry: key, subsets: subsetNodes, versions });
  }

  /** The VirtualService that routes the mesh's requests for a host, or else any that routes it. */
  private routingOf(host: string): Manifest | undefined {
    const exact = this.virtualServices.filter((manifest) => this.hostsOf(manifest).includes(host));
    const routing = exact.length > 0 ? exact : this.virtualServices.filter((manifest) => appliesToMesh(manifest.spec)
      && this.hostsOf(manifest).some((pattern) => hostMatches(pattern, host)));
    return routing.find((manifest) => appliesToMesh(manifest.spec)) ?? routing[0];
  }

  private hostsOf(virtualService: Manifest): string[] {
    return itemsOf<string>(virtualService.spec?.hosts).map((host) => qualifyHost(host, namespaceOf(virtualService)));
  }

  /** Shares of the requests that match no rule, and from them stable, candidate and previous versions. */
  private assignRoles(): void {
    for (const backend of this.backends.values()) {
      if (backend.versions.length === 0) continue;
      const byPods = (percent: number) => {
        const replicas = backend.versions.map((version) => version.workloads.reduce((sum, workload) => sum + workload.replicas, 0));
        const total = replicas.reduce((sum, count) => sum + count, 0);
        backend.versions.forEach((version, index) => {
          version.share += total === 0 ? 0 : (percent * replicas[index]) / total;
        });
      };
      const routing = this.routingOf(backend.host);
      const http = itemsOf<any>(routing?.spec?.http);
      const catchAll = http.find((route) => itemsOf<any>(route.match).length === 0 || itemsOf<any>(route.match).some((match) => describeMatch(match) === ''));
      if (routing === undefined) byPods(100);
      else if (catchAll !== undefined) {
        for (const traffic of routeTraffic(catchAll, 'route').filter((entry) => !entry.mirror)) {
          if (qualifyHost(traffic.destination.host ?? '', namespaceOf(routing)) !== backend.host) continue;
          const subset = traffic.destination.subset;
          if (subset === undefined) byPods(traffic.percent);
          else {
            const version = backend.versions.find((candidate) => candidate.node === backend.subsets.get(subset));
            if (version) version.share += traffic.percent;
          }
        }
      }
      const stable = [...backend.versions].sort((a, b) => b.share - a.share || _compareVersions(a.order, b.order))[0];
      if (stable.share === 0) continue;
      for (const version of backend.versions) {
        const order = _compareVersions(version.order, stable.order);
        const role = version === stable ? VersionRole.STABLE : order > 0 ? VersionRole.CANDIDATE : VersionRole.PREVIOUS;
        const node = this.nodes.get(version.node);
        if (node && (version === stable || order !== 0)) this.nodes.set(node.key, { ...node, role, title: `${node.title} · ${role}` });
      }
    }
  }

  /**
   * Ingress Gateways, which clients outside the mesh reach, and egress Gateways (on the pods Istio labels
   * `istio: egressgateway`), which the mesh's routes to the gateway's Service reach, with the gateway's DestinationRules.
   */
  private addGateways(): void {
    for (const gateway of this.manifests.filter((manifest) => isIstio(manifest, 'Gateway'))) {
      const servers = itemsOf<any>(gateway.spec?.servers);
      const hostLists = servers.map((server) => itemsOf<string>(server.hosts).join(', '));
      const sameHosts = hostLists.every((hosts) => hosts === hostLists[0]);
      const details = [...servers.flatMap((server) => describeServer(server, sameHosts)), ...(sameHosts && servers.length > 0 ? [`hosts ${hostLists[0]}`] : [])];
      const name = `${namespaceOf(gateway)}/${gateway.metadata.name}`;
      if (gateway.spec?.selector?.istio !== EGRESS_GATEWAY_LABEL) {
        this.edge(this.clients(), this.gatewayNode(name, details, [objectOf(gateway)]), TrafficEdgeKind.REQUEST, []);
        continue;
      }
      const rules = this.rulesOf(EGRESS_GATEWAY_HOST);
      const key = this.addNode({
        key: `gateway ${name}`, kind: TrafficNodeKind.EGRESS_GATEWAY, title: `Egress gateway ${name}`,
        details: [...details, ...rules.flatMap(describeRule)], objects: [objectOf(gateway), ...rules.map(objectOf)],
      });
      this.egressGateway ??= key;
    }
  }

  private gatewayNode(name: string, details: string[] = ['not in these manifests'], objects: string[] = []): string {
    return this.addNode({ key: `gateway ${name}`, kind: TrafficNodeKind.GATEWAY, title: `Gateway ${name}`, details, objects });
  }

  private clients(): string {
    return this.addNode({ key: CLIENTS_KEY, kind: TrafficNodeKind.CLIENTS, title: 'clients', details: [], objects: [] });
  }

  private anyWorkload(): string {
    return this.addNode({ key: ANY_WORKLOAD_KEY, kind: TrafficNodeKind.ANY_WORKLOAD, title: 'any workload', details: [], objects: [] });
  }

  private virtualServiceKey(manifest: Manifest): string {
    return `vs ${namespaceOf(manifest)} ${manifest.metadata.name}`;
  }

  private addVirtualService(manifest: Manifest): void {
    const namespace = namespaceOf(manifest);
    const name = manifest.metadata.name ?? '';
    const hosts = itemsOf<string>(manifest.spec?.hosts).map((host) => shortHost(qualifyHost(host, namespace), namespace));
    const mesh = routesMeshRequests(manifest);
    const gateways = itemsOf<string>(manifest.spec?.gateways).filter((gateway) => gateway !== 'mesh');
    const shownHosts = hosts.filter((host) => host !== name);
    const key = this.addNode({
      key: this.virtualServiceKey(manifest),
      kind: TrafficNodeKind.VIRTUAL_SERVICE,
      title: `${fromGatewayApi(manifest) ? 'HTTPRoute' : 'VS'} ${name}`,
      details: [...(shownHosts.length > 0 ? [shownHosts.join(', ')] : []), ...(mesh ? ['(mesh)'] : [])],
      objects: [objectOf(manifest)],
    });
    for (const gateway of gateways) {
      const qualified = qualifiedGateway(gateway, namespace);
      const gatewayKey = this.nodes.has(`gateway ${qualified}`) ? `gateway ${qualified}` : this.gatewayNode(qualified);
      const isEgress = this.nodes.get(gatewayKey)?.kind === TrafficNodeKind.EGRESS_GATEWAY;
      if (!isEgress && !this.edges.some((edge) => edge.to === gatewayKey)) this.edge(this.clients(), gatewayKey, TrafficEdgeKind.REQUEST, []);
      const others = this.virtualServices.filter((other) => other !== manifest
        && itemsOf<string>(other.spec?.gateways).some((otherGateway) => qualifiedGateway(otherGateway, namespaceOf(other)) === qualified));
      const catchAll = hosts.includes('*') && others.some((other) => itemsOf<string>(other.spec?.hosts).some((host) => host !== '*'));
      this.edge(gatewayKey, key, TrafficEdgeKind.REQUEST, [`Host: ${hosts.join(', ')}${catchAll ? ' (any other)' : ''}`]);
    }
    const http = itemsOf<any>(manifest.spec?.http);
    http.forEach((route, index) => {
      const matches = itemsOf<any>(route.match).map(describeMatch);
      const condition = matches.length === 0 || matches.includes('') ? '' : matches.join(' or ');
      const numbered = http.length > 1 || condition !== '';
      const rule = numbered ? [`rule ${index + 1}: ${condition || 'everything else'}`] : [];
      const delegate = this.delegateOf(route, namespace);
      if (delegate !== undefined) {
        this.edge(key, this.virtualServiceKey(delegate), TrafficEdgeKind.ROUTE, [...rule, 'delegated']);
        return;
      }
      const action = describeAction(route, namespace);
      if (action !== undefined) {
        const target = this.addNode({
          key: `action ${namespace} ${name} ${index}`, kind: TrafficNodeKind.ACTION,
          title: action.title, details: action.target, objects: [objectOf(manifest)],
        });
        this.edge(key, target, TrafficEdgeKind.ROUTE, rule);
        return;
      }
      const rewrite = describeRewrite(route);
      for (const traffic of routeTraffic(route, `spec.http[${index}]`)) {
        const target = this.destination(qualifyHost(traffic.destination.host ?? '', namespace), traffic.destination.subset);
        if (traffic.mirror) this.edge(key, target, TrafficEdgeKind.MIRROR, [...rule, 'mirror'], traffic.percent);
        else this.edge(key, target, TrafficEdgeKind.ROUTE, [...rule, ...(rewrite ? [rewrite] : [])], traffic.percent);
      }
    });
  }

  /** The VirtualService a rule delegates to, among those of the phase. */
  private delegateOf(route: any, namespace: string): Manifest | undefined {
    const name = route?.delegate?.name;
    if (typeof name !== 'string') return undefined;
    const delegateNamespace = route.delegate.namespace ?? namespace;
    return this.virtualServices.find((manifest) => manifest.metadata.name === name && namespaceOf(manifest) === delegateNamespace);
  }

  /** The box a destination points to: a version, a Service (or its group), an external host, or a box for a host nothing backs. */
  private destination(host: string, subset: string | undefined): string {
    const backend = this.backends.get(host);
    if (backend !== undefined) {
      if (subset === undefined) return backend.entry;
      const known = backend.subsets.get(subset);
      if (known !== undefined) return known;
      return this.addNode({
        key: `subset ${host} ${subset}`, kind: TrafficNodeKind.VERSION, title: subset, details: ['no such subset'],
        group: this.groups.has(backend.entry) ? backend.entry : undefined, noPods: true, objects: [],
      });
    }
    const entry = this.serviceEntries.find((manifest) => itemsOf<string>(manifest.spec?.hosts).some((pattern) => hostMatches(pattern, host)));
    if (entry !== undefined) return this.external(host, entry);
    if (host === EGRESS_GATEWAY_HOST && this.egressGateway !== undefined) return this.egressGateway;
    const rules = this.rulesOf(host);
    return this.addNode({
      key: `service ${host}`, kind: TrafficNodeKind.SERVICE, title: this.service(host), details: ['no Service', ...rules.flatMap(describeRule)], noPods: true,
      objects: rules.map(objectOf),
    });
  }

  /** An external host: its ports (with the port a port is sent to), and the policies of its DestinationRules, such as the TLS they originate. */
  private external(host: string, entry: Manifest): string {
    const ports = itemsOf<any>(entry.spec?.ports).map((port) => {
      const target = port.targetPort !== undefined && port.targetPort !== port.number ? ` → ${port.targetPort}` : '';
      return `${port.protocol ?? ''} ${port.number}${target}`.trim();
    });
    const joined = ports.join(', ');
    const rules = this.rulesOf(host);
    return this.addNode({
      key: `external ${host}`, kind: TrafficNodeKind.EXTERNAL, title: host,
      details: [...(ports.length === 0 ? [] : textWidth(joined) <= LINE_WIDTH ? [joined] : ports), ...rules.flatMap(describeRule)],
      objects: [objectOf(entry), ...rules.map(objectOf)],
    });
  }

  /** The DestinationRules of a host that no Service backs, by the host as they write it. */
  private rulesOf(host: string): Manifest[] {
    return this.manifests.filter((rule) => isIstio(rule, 'DestinationRule') && typeof rule.spec?.host === 'string' && qualifyHost(rule.spec.host, namespaceOf(rule)) === host);
  }

  /**
   * Workloads calling the Services and external hosts that they declare (environment values, the calls annotation);
   * under policies, a call they deny is labelled so.
   */
  private addCalls(): void {
    const denied = this.deniedCalls();
    for (const workload of this.workloads) {
      for (const call of callsOf(workload.manifest)) {
        const host = call.host;
        const routing = this.routingOf(host);
        let target: string | undefined;
        if (routing !== undefined && appliesToMesh(routing.spec)) target = this.virtualServiceKey(routing);
        else if (this.backends.has(host)) target = this.backends.get(host)?.entry;
        else {
          const entry = this.serviceEntries.find((manifest) => itemsOf<string>(manifest.spec?.hosts).some((pattern) => hostMatches(pattern, host)));
          if (entry !== undefined) target = this.external(host, entry);
        }
        const home = this.homes.get(workload.object);
        const label = denied.has(`${workload.name} ${call.via} ${host}`) ? `${call.via} ✗ denied` : call.via;
        if (target !== undefined && home !== undefined) this.edge(home, target, TrafficEdgeKind.CALL, [label]);
      }
    }
  }

  /** The calls that AuthorizationPolicies deny, as `caller via host`; none without policies. */
  private deniedCalls(): Set<string> {
    if (!this.manifests.some((manifest) => isSecurity(manifest, 'AuthorizationPolicy') || isSecurity(manifest, 'PeerAuthentication'))) return new Set();
    const objects = this.manifests.map((manifest, at) => ({ manifest, source: `#${at}` }));
    return new Set(callAccess(objects).filter((call) => call.access === Access.DENIED).map((call) => `${call.caller} ${call.via} ${call.host}`));
  }

  /** What REGISTRY_ONLY Sidecars let their workloads reach, and external hosts that no drawn workload calls. */
  private addEgress(): void {
    const sidecars = this.manifests.filter((manifest) => isIstio(manifest, 'Sidecar'));
    for (const workload of this.workloads) {
      const own = sidecars.filter((sidecar) => namespaceOf(sidecar) === workload.namespace);
      const sidecar = own.find((candidate) => candidate.spec?.workloadSelector?.labels && selects(candidate.spec.workloadSelector.labels, workload.labels))
        ?? own.find((candidate) => !candidate.spec?.workloadSelector);
      if (sidecar === undefined || sidecar.spec?.outboundTrafficPolicy?.mode !== 'REGISTRY_ONLY') continue;
      const home = this.homes.get(workload.object);
      if (home === undefined) continue;
      const visible = itemsOf<any>(sidecar.spec?.egress).flatMap((egress) => itemsOf<string>(egress.hosts));
      for (const entry of this.serviceEntries) {
        for (const host of itemsOf<string>(entry.spec?.hosts)) {
          const seen = visible.length === 0 || visible.some((pattern) => {
            const [space, hostPattern] = pattern.includes('/') ? pattern.split('/', 2) : ['*', pattern];
            const inNamespace = space === '*' || (space === '.' ? namespaceOf(sidecar) : space) === namespaceOf(entry);
            return inNamespace && hostMatches(hostPattern, host);
          });
          if (seen) this.edge(home, this.external(host, entry), TrafficEdgeKind.EGRESS, [`ServiceEntry ${entry.metadata.name}`]);
        }
      }
      const blocked = this.addNode({ key: BLOCKED_KEY, kind: TrafficNodeKind.BLOCKED, title: 'any other external host', details: [], objects: [] });
      const node = this.nodes.get(blocked) as TrafficNode;
      if (!node.objects.includes(objectOf(sidecar))) this.nodes.set(blocked, { ...node, objects: [...node.objects, objectOf(sidecar)] });
      this.edge(home, blocked, TrafficEdgeKind.BLOCKED, ['blocked by REGISTRY_ONLY', `Sidecar ${sidecar.metadata.name}`]);
    }
    for (const entry of this.serviceEntries) {
      for (const host of itemsOf<string>(entry.spec?.hosts)) {
        const key = this.external(host, entry);
        if (!this.edges.some((edge) => edge.to === key)) this.edge(this.anyWorkload(), key, TrafficEdgeKind.EGRESS, [`ServiceEntry ${entry.metadata.name}`]);
      }
    }
  }

  /** Shares per version name: of each version box, or all to the one workload of a Service drawn as one box. */
  private sharesOf(backend: Backend): Record<string, number> {
    if (backend.versions.length > 0) return Object.fromEntries(backend.versions.map((version) => [version.name, Math.round(version.share * 10) / 10]));
    const workload = this.workloads.find((candidate) => this.homes.get(candidate.object) === backend.entry);
    return workload === undefined ? {} : { [workload.labels.version ?? workload.name]: 100 };
  }

  /** Nodes in the order they are reached from the clients and from any workload, then the rest; edges by their start. */
  private ordered(): TrafficModel {
    const order: string[] = [];
    const visit = (key: string) => {
      const queue = [key];
      while (queue.length > 0) {
        const next = queue.shift() as string;
        if (order.includes(next)) continue;
        order.push(next);
        // Reaching a group reaches its members.
        queue.push(...[...this.nodes.values()].filter((node) => node.group === next).map((node) => node.key));
        queue.push(...this.edges.filter((edge) => edge.from === next).map((edge) => edge.to));
      }
    };
    const roots = [...this.nodes.keys()].filter((key) => key !== ANY_WORKLOAD_KEY && !this.edges.some((edge) => edge.to === key));
    for (const root of [CLIENTS_KEY, ...roots, ANY_WORKLOAD_KEY, ...this.nodes.keys()]) visit(root);
    // The versions of a group stay in the order of their subsets, where the first of them is reached, so that a
    // version keeps its place from phase to phase whichever rule reaches it first.
    const reached = order.flatMap((key) => this.nodes.get(key) ?? []);
    const nodes: TrafficNode[] = [];
    for (const node of reached) {
      if (node.group === undefined) nodes.push(node);
      else if (!nodes.some((placed) => placed.group === node.group)) nodes.push(...[...this.nodes.values()].filter((member) => member.group === node.group));
    }
    const rank = (key: string) => nodes.findIndex((node) => node.key === key);
    const edges = this.edges.map((edge, index) => ({ edge, index })).sort((a, b) => rank(a.edge.from) - rank(b.edge.from) || a.index - b.index).map(({ edge }) => edge);
    const groupRank = (key: string) => Math.min(...nodes.map((node, index) => (node.group === key ? index : Infinity)));
    const groups = [...this.groups.values()].sort((a, b) => groupRank(a.key) - groupRank(b.key));
    const versions = [...this.backends.values()].map((backend) => ({ service: backend.name, shares: this.sharesOf(backend) }));
    return { nodes, groups, edges, versions };
  }
}

/** Where requests go in one phase, read from its manifests only. With `previous`, marks what changed since. */
export function trafficModel(manifests: Manifest[], previous?: Manifest[]): TrafficModel {
  return new _TrafficModels().model(manifests, previous);
}

/**
 * The models of the phases of one synth, each built once: a phase is drawn, compared with by the phase after it, and
 * charted in the plan. Phases are told apart by their manifests array.
 * @internal
 */
export class _TrafficModels {
  private readonly built = new Map<Manifest[], { readonly view: Manifest[]; readonly model: TrafficModel }>();

  /** `trafficModel(manifests, previous)`. */
  public model(manifests: Manifest[], previous?: Manifest[]): TrafficModel {
    const current = this.of(manifests);
    if (previous === undefined) return current.model;
    const before = this.of(previous);
    return compareModels(current.model, before.model, current.view, before.view);
  }

  private of(manifests: Manifest[]) {
    let built = this.built.get(manifests);
    if (built === undefined) {
      // Gateway API objects are drawn as the Istio objects of the same meaning, under their own kind and name.
      const view = gatewayApiAsIstio(manifests);
      built = { view, model: new ModelBuilder(view).build() };
      this.built.set(manifests, built);
    }
    return built;
  }
}

function edgeKeys(edges: TrafficEdge[]): string[] {
  const seen = new Map<string, number>();
  return edges.map((edge) => {
    const base = `${edge.from}>${edge.to}>${edge.kind}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return `${base}>${count}`;
  });
}

/** The model with what changed since the previous phase: new, changed and removed boxes, arrows and weights. */
function compareModels(current: TrafficModel, previous: TrafficModel, manifests: Manifest[], previousManifests: Manifest[]): TrafficModel {
  const before = new Map(previous.nodes.map((node) => [node.key, node]));
  const beforeGroups = new Map(previous.groups.map((group) => [group.key, group]));
  const existedBefore = (key: string) => before.has(key) || beforeGroups.has(key);
  const groupKeys = new Set(current.groups.map((group) => group.key));
  const objects = new Set(manifests.map(objectOf));

  const nodes: TrafficNode[] = current.nodes.map((node) => {
    const old = before.get(node.key);
    if (old === undefined) return { ...node, change: existedBefore(node.key) ? TrafficChange.CHANGED : TrafficChange.ADDED };
    const was = [
      ...(old.role !== node.role ? [old.role ?? 'no role'] : []),
      ...old.details.filter((line) => !node.details.includes(line)),
    ];
    return was.length > 0 ? { ...node, change: TrafficChange.CHANGED, was } : node;
  });
  const groups: TrafficGroup[] = current.groups.map((group) => {
    // A Service drawn as one box before has the same key as its group now.
    const oldTitle = beforeGroups.get(group.key)?.title ?? before.get(group.key)?.title;
    if (oldTitle === undefined) return { ...group, change: TrafficChange.ADDED };
    if (oldTitle === group.title) return group;
    return { ...group, change: TrafficChange.CHANGED, was: [oldTitle.includes(' · DR') || !group.title.includes(' · DR') ? oldTitle : 'no DestinationRule'] };
  });

  // A box that is gone is drawn greyed in its group when the group is still there; the objects of every other
  // box that is gone are listed in one box.
  const ghosts = previous.nodes.filter((node) => !nodes.some((kept) => kept.key === node.key) && node.group !== undefined && groupKeys.has(node.group));
  nodes.push(...ghosts.map((node) => ({ ...node, change: TrafficChange.REMOVED, was: [], role: undefined })));
  const shown = new Set(ghosts.flatMap((node) => node.objects.map((object) => object.split('#')[0])));
  const removedObjects = previousManifests.map(objectOf).filter((object) => !objects.has(object) && !shown.has(object));
  if (removedObjects.length > 0) {
    nodes.push({
      key: REMOVED_KEY, kind: TrafficNodeKind.REMOVED, title: 'removed', details: [...new Set(removedObjects)].map((object) => object.replace(/ [^/]+\//, ' ')),
      noPods: false, objects: [], change: TrafficChange.REMOVED, was: [],
    });
  }

  const present = new Set(nodes.map((node) => node.key).concat([...groupKeys]));
  const oldKeys = edgeKeys(previous.edges);
  const newKeys = edgeKeys(current.edges);
  const edges: TrafficEdge[] = current.edges.map((edge, index) => {
    const oldIndex = oldKeys.indexOf(newKeys[index]);
    const weighted = edge.kind === TrafficEdgeKind.ROUTE || edge.kind === TrafficEdgeKind.MIRROR;
    if (oldIndex < 0) {
      if (!existedBefore(edge.from) || !existedBefore(edge.to)) return edge;
      return weighted && edge.percent !== undefined ? { ...edge, change: TrafficChange.ADDED, wasPercent: 0 } : { ...edge, change: TrafficChange.ADDED };
    }
    const old = previous.edges[oldIndex];
    if (weighted && old.percent !== edge.percent && edge.percent !== undefined) return { ...edge, change: TrafficChange.CHANGED, wasPercent: old.percent ?? 0 };
    if (old.texts.join('\n') !== edge.texts.join('\n')) return { ...edge, change: TrafficChange.CHANGED };
    return edge;
  });
  previous.edges.forEach((edge, index) => {
    const weighted = edge.kind === TrafficEdgeKind.ROUTE || edge.kind === TrafficEdgeKind.MIRROR;
    if (!weighted || (edge.percent ?? 0) === 0 || newKeys.includes(oldKeys[index])) return;
    if (!present.has(edge.from) || !present.has(edge.to)) return;
    edges.push({ ...edge, texts: edge.kind === TrafficEdgeKind.MIRROR ? ['mirror'] : [], percent: 0, toCandidate: false, change: TrafficChange.REMOVED, wasPercent: edge.percent });
  });
  return { nodes, groups, edges, versions: current.versions };
}
