import { Duration } from 'cdk8s';
import * as istio from '../../imports/networking.istio.io.cjs';
import { formatDuration } from './durations';

/** TLS mode of the connections the sidecars open to the destination. */
export enum TlsMode {
  /** Plain text. */
  DISABLE = 'DISABLE',
  /** TLS to the destination, verifying its certificate. */
  SIMPLE = 'SIMPLE',
  /** Mutual TLS with client certificates given in the rule. */
  MUTUAL = 'MUTUAL',
  /** Mutual TLS with the certificates Istio issues to every workload. */
  ISTIO_MUTUAL = 'ISTIO_MUTUAL',
}

const TLS_MODES: Record<TlsMode, istio.DestinationRuleSpecTrafficPolicyTlsMode> = {
  [TlsMode.DISABLE]: istio.DestinationRuleSpecTrafficPolicyTlsMode.DISABLE,
  [TlsMode.SIMPLE]: istio.DestinationRuleSpecTrafficPolicyTlsMode.SIMPLE,
  [TlsMode.MUTUAL]: istio.DestinationRuleSpecTrafficPolicyTlsMode.MUTUAL,
  [TlsMode.ISTIO_MUTUAL]: istio.DestinationRuleSpecTrafficPolicyTlsMode.ISTIO_UNDERSCORE_MUTUAL,
};

/** How the sidecar picks an endpoint of the destination for each request or connection. */
export enum SimpleLoadBalancer {
  /** The endpoint with the fewest active requests of two picked at random (Envoy's default). */
  LEAST_REQUEST = 'LEAST_REQUEST',
  /** Each endpoint in turn. */
  ROUND_ROBIN = 'ROUND_ROBIN',
  /** An endpoint at random. */
  RANDOM = 'RANDOM',
  /** The address the caller asked for, without load balancing. */
  PASSTHROUGH = 'PASSTHROUGH',
}

const SIMPLE_LOAD_BALANCERS: Record<SimpleLoadBalancer, istio.DestinationRuleSpecTrafficPolicyLoadBalancerSimple> = {
  [SimpleLoadBalancer.LEAST_REQUEST]: istio.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.LEAST_UNDERSCORE_REQUEST,
  [SimpleLoadBalancer.ROUND_ROBIN]: istio.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.ROUND_UNDERSCORE_ROBIN,
  [SimpleLoadBalancer.RANDOM]: istio.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.RANDOM,
  [SimpleLoadBalancer.PASSTHROUGH]: istio.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.PASSTHROUGH,
};

/** A cookie that sessions stick by; the proxy sets it when `ttl` is given and the request has none. */
export interface HashCookie {
  /** Name of the cookie. */
  readonly name: string;
  /**
   * Path of the cookie.
   * @default - none
   */
  readonly path?: string;
  /**
   * Lifetime of the cookie the proxy generates.
   * @default - the proxy generates no cookie
   */
  readonly ttl?: Duration;
}

/**
 * What requests of one session share, so that they reach the same endpoint (soft affinity): exactly one of a header,
 * a cookie, the source IP and a query parameter.
 */
export type ConsistentHash =
  | { readonly httpHeaderName: string; readonly httpCookie?: never; readonly useSourceIp?: never; readonly httpQueryParameterName?: never }
  | { readonly httpCookie: HashCookie; readonly httpHeaderName?: never; readonly useSourceIp?: never; readonly httpQueryParameterName?: never }
  | { readonly useSourceIp: true; readonly httpHeaderName?: never; readonly httpCookie?: never; readonly httpQueryParameterName?: never }
  | { readonly httpQueryParameterName: string; readonly httpHeaderName?: never; readonly httpCookie?: never; readonly useSourceIp?: never };

/** Share of the requests from one locality that each locality gets, e.g. `{ from: 'us-west/zone1/*', to: { 'us-west/zone1/*': 80, 'us-west/zone2/*': 20 } }`. */
export interface LocalityDistribution {
  /** The locality the requests come from: `region/zone/subzone`, `*` allowed at the end. */
  readonly from: string;
  /** Localities and their weights, adding up to 100. */
  readonly to: Record<string, number>;
}

/** Where requests go when the endpoints of a region are unhealthy. */
export interface RegionFailover {
  /** The region whose endpoints fail. */
  readonly from: string;
  /** The region that takes over. */
  readonly to: string;
}

/**
 * Locality-aware load balancing: weights per locality (`distribute`) or an order to fail over in (`failover`,
 * `failoverPriority`), never both. Failover acts only with outlier detection in the same policy.
 */
export type LocalityLoadBalancing =
  | { readonly distribute: LocalityDistribution[]; readonly failover?: never; readonly failoverPriority?: never; readonly enabled?: boolean }
  | { readonly failover?: RegionFailover[]; readonly failoverPriority?: string[]; readonly distribute?: never; readonly enabled?: boolean };

/**
 * How endpoints are picked: a simple algorithm or a consistent hash (never both), optionally locality-aware.
 */
export type LoadBalancer =
  | { readonly simple: SimpleLoadBalancer; readonly consistentHash?: never; readonly locality?: LocalityLoadBalancing }
  | { readonly consistentHash: ConsistentHash; readonly simple?: never; readonly locality?: LocalityLoadBalancing }
  | { readonly locality: LocalityLoadBalancing; readonly simple?: never; readonly consistentHash?: never };

/** Limits of the connections to each endpoint: beyond them requests fail fast (circuit breaking). */
export interface ConnectionPool {
  /**
   * Most TCP connections to an endpoint.
   * @default - 2^32-1
   */
  readonly maxConnections?: number;
  /**
   * Timeout of a TCP connect.
   * @default - 10s
   */
  readonly connectTimeout?: Duration;
  /**
   * Most requests waiting for a connection (HTTP/1.1).
   * @default - 2^32-1
   */
  readonly http1MaxPendingRequests?: number;
  /**
   * Most active requests to an endpoint (HTTP/2, and HTTP/1.1 as well).
   * @default - 2^32-1
   */
  readonly http2MaxRequests?: number;
  /**
   * Most requests per connection; 1 turns keep-alive off.
   * @default - unlimited
   */
  readonly maxRequestsPerConnection?: number;
  /**
   * Most retries outstanding to all endpoints.
   * @default - 2^32-1
   */
  readonly maxRetries?: number;
  /**
   * How long an idle connection stays open.
   * @default - 1h
   */
  readonly idleTimeout?: Duration;
}

/** Ejection of endpoints that keep failing from the load-balancing pool. */
export interface OutlierDetection {
  /**
   * 5xx responses (or local failures) in a row that eject an endpoint.
   * @default - 5
   */
  readonly consecutive5xxErrors?: number;
  /**
   * 502, 503 and 504 responses in a row that eject an endpoint.
   * @default - off
   */
  readonly consecutiveGatewayErrors?: number;
  /**
   * Time between two sweeps of the analysis.
   * @default - 10s
   */
  readonly interval?: Duration;
  /**
   * Shortest ejection; each ejection lasts this times the number of ejections so far.
   * @default - 30s
   */
  readonly baseEjectionTime?: Duration;
  /**
   * Most endpoints ejected, as a percentage of the pool.
   * @default - 10
   */
  readonly maxEjectionPercent?: number;
  /**
   * Ejection stops below this share of healthy endpoints.
   * @default - 0
   */
  readonly minHealthPercent?: number;
}

interface VerifyingTls {
  /**
   * Server name sent in the TLS handshake.
   * @default - the host of the request
   */
  readonly sni?: string;
  /**
   * Names the server certificate must carry, e.g. `spiffe://cluster.local/ns/default/sa/reviews`.
   * @default - any name the CA signed
   */
  readonly subjectAltNames?: string[];
}

/**
 * TLS of the connections the proxy opens to the destination, by mode: `SIMPLE` verifies the server with the CA of
 * `credentialName` (or the proxy's trusted CAs), `MUTUAL` presents the client certificate of `credentialName`,
 * `ISTIO_MUTUAL` uses the mesh's certificates, `DISABLE` is plain text.
 */
export type ClientTls =
  | { readonly mode: TlsMode.DISABLE }
  | (VerifyingTls & { readonly mode: TlsMode.ISTIO_MUTUAL })
  | (VerifyingTls & {
    readonly mode: TlsMode.SIMPLE;
    /** Secret (in the proxy's namespace) holding the CA certificate that verifies the server (`ca.crt` or `cacert`). */
    readonly credentialName?: string;
  })
  | (VerifyingTls & {
    readonly mode: TlsMode.MUTUAL;
    /** Secret (in the proxy's namespace) holding the client certificate, its key and the CA certificate. */
    readonly credentialName: string;
  });

/** The parts of a traffic policy that also apply to one port. */
export interface PortPolicyOptions {
  /**
   * How endpoints are picked.
   * @default - least request
   */
  readonly loadBalancer?: LoadBalancer;
  /**
   * Connection limits.
   * @default - Envoy's, practically unlimited
   */
  readonly connectionPool?: ConnectionPool;
  /**
   * Ejection of failing endpoints.
   * @default - none
   */
  readonly outlierDetection?: OutlierDetection;
  /**
   * TLS to the destination.
   * @default - automatic mutual TLS to workloads with a sidecar, plain text otherwise
   */
  readonly tls?: ClientTls;
}

/** The policy of one port of the destination, overriding the rule's policy for it. */
export interface PortTrafficPolicy extends PortPolicyOptions {
  /** The port of the destination. */
  readonly port: number;
}

/** How the proxy connects to a destination once a route has picked it. */
export interface TrafficPolicy extends PortPolicyOptions {
  /**
   * Policies of single ports.
   * @default - none
   */
  readonly portLevelSettings?: PortTrafficPolicy[];
}

function consistentHashToIstio(hash: ConsistentHash): istio.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash {
  return {
    httpHeaderName: hash.httpHeaderName,
    httpCookie: hash.httpCookie && {
      name: hash.httpCookie.name,
      path: hash.httpCookie.path,
      ttl: hash.httpCookie.ttl && formatDuration(hash.httpCookie.ttl),
    },
    useSourceIp: hash.useSourceIp,
    httpQueryParameterName: hash.httpQueryParameterName,
  };
}

function localityToIstio(locality: LocalityLoadBalancing): istio.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting {
  return {
    enabled: locality.enabled,
    distribute: locality.distribute?.map((entry) => ({ from: entry.from, to: { ...entry.to } })),
    failover: locality.failover?.map((entry) => ({ from: entry.from, to: entry.to })),
    failoverPriority: locality.failoverPriority && [...locality.failoverPriority],
  };
}

function loadBalancerToIstio(lb: LoadBalancer): istio.DestinationRuleSpecTrafficPolicyLoadBalancer {
  return {
    simple: lb.simple && SIMPLE_LOAD_BALANCERS[lb.simple],
    consistentHash: lb.consistentHash && consistentHashToIstio(lb.consistentHash),
    localityLbSetting: lb.locality && localityToIstio(lb.locality),
  };
}

function connectionPoolToIstio(pool: ConnectionPool): istio.DestinationRuleSpecTrafficPolicyConnectionPool {
  const tcp: istio.DestinationRuleSpecTrafficPolicyConnectionPoolTcp = {
    maxConnections: pool.maxConnections,
    connectTimeout: pool.connectTimeout && formatDuration(pool.connectTimeout),
  };
  const http: istio.DestinationRuleSpecTrafficPolicyConnectionPoolHttp = {
    http1MaxPendingRequests: pool.http1MaxPendingRequests,
    http2MaxRequests: pool.http2MaxRequests,
    maxRequestsPerConnection: pool.maxRequestsPerConnection,
    maxRetries: pool.maxRetries,
    idleTimeout: pool.idleTimeout && formatDuration(pool.idleTimeout),
  };
  return { tcp: definedOnly(tcp), http: definedOnly(http) };
}

function outlierDetectionToIstio(outlier: OutlierDetection): istio.DestinationRuleSpecTrafficPolicyOutlierDetection {
  return {
    consecutive5XxErrors: outlier.consecutive5xxErrors,
    consecutiveGatewayErrors: outlier.consecutiveGatewayErrors,
    interval: outlier.interval && formatDuration(outlier.interval),
    baseEjectionTime: outlier.baseEjectionTime && formatDuration(outlier.baseEjectionTime),
    maxEjectionPercent: outlier.maxEjectionPercent,
    minHealthPercent: outlier.minHealthPercent,
  };
}

/**
 * The Istio enum member of a TLS mode.
 * @internal
 */
export function _tlsModeToIstio(mode: TlsMode): istio.DestinationRuleSpecTrafficPolicyTlsMode {
  return TLS_MODES[mode];
}

function clientTlsToIstio(tls: ClientTls): istio.DestinationRuleSpecTrafficPolicyTls {
  if (tls.mode === TlsMode.DISABLE) return { mode: TLS_MODES[tls.mode] };
  return {
    mode: TLS_MODES[tls.mode],
    credentialName: tls.mode === TlsMode.SIMPLE || tls.mode === TlsMode.MUTUAL ? tls.credentialName : undefined,
    sni: tls.sni,
    subjectAltNames: tls.subjectAltNames && [...tls.subjectAltNames],
  };
}

function partsToIstio(policy: PortPolicyOptions): istio.DestinationRuleSpecTrafficPolicy {
  return {
    loadBalancer: policy.loadBalancer && loadBalancerToIstio(policy.loadBalancer),
    connectionPool: policy.connectionPool && connectionPoolToIstio(policy.connectionPool),
    outlierDetection: policy.outlierDetection && outlierDetectionToIstio(policy.outlierDetection),
    tls: policy.tls && clientTlsToIstio(policy.tls),
  };
}

/**
 * The generated classes repeat the traffic policy for ports and subsets, each with enums of its own; the JSON
 * is the same, so the top-level types stand for all of them.
 */
function asPortPolicy(port: number, policy: istio.DestinationRuleSpecTrafficPolicy): istio.DestinationRuleSpecTrafficPolicyPortLevelSettings {
  return { port: { number: port }, ...policy } as istio.DestinationRuleSpecTrafficPolicyPortLevelSettings;
}

/**
 * The Istio traffic policy; none when the policy sets nothing, since Istio rejects an empty one.
 * @internal
 */
export function _trafficPolicyToIstio(policy: TrafficPolicy | undefined): istio.DestinationRuleSpecTrafficPolicy | undefined {
  if (policy === undefined) return undefined;
  const rendered: istio.DestinationRuleSpecTrafficPolicy = {
    ...partsToIstio(policy),
    portLevelSettings: policy.portLevelSettings?.map((port) => asPortPolicy(port.port, partsToIstio(port))),
  };
  return Object.values(rendered).some((value) => value !== undefined) ? rendered : undefined;
}

/**
 * The policy of a subset, in the generated type of subsets (the same JSON, with enums of its own).
 * @internal
 */
export function _subsetPolicyToIstio(policy: TrafficPolicy | undefined): istio.DestinationRuleSpecSubsetsTrafficPolicy | undefined {
  return _trafficPolicyToIstio(policy) as istio.DestinationRuleSpecSubsetsTrafficPolicy | undefined;
}

/**
 * The prop of a traffic policy behind a field of the rendered one, anywhere in a path: `connectionPool.tcp.maxConnections`
 * is `connectionPool.maxConnections`, `loadBalancer.localityLbSetting` is `loadBalancer.locality` and
 * `portLevelSettings[0].port.number` is `portLevelSettings[0].port`.
 * @internal
 */
export function _trafficPolicyProp(field: string): string {
  return field
    .replace(/(^|\.)loadBalancer\.localityLbSetting(?=\.|$)/, '$1loadBalancer.locality')
    .replace(/(^|\.)connectionPool\.(?:tcp|http)(?=\.|$)/, '$1connectionPool')
    .replace(/(^|\.)portLevelSettings\[(\d+)\]\.port\.number$/, '$1portLevelSettings[$2].port');
}

/** The object without its undefined fields, or undefined when nothing is left. */
function definedOnly<T extends object>(value: T): T | undefined {
  return Object.values(value).some((field) => field !== undefined) ? value : undefined;
}
