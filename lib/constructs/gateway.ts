import { Construct } from 'constructs';
import * as istio from '../../imports/networking.istio.io.cjs';
import { IstioApiVersion } from './api-version';
import { IstioObject } from './istio-object';
import { MeshAnalysis, _specProp } from './mesh-analysis';
import { SyncWave } from './sync-wave';

/** Protocol a gateway server accepts. */
export enum GatewayProtocol {
  /** Plain HTTP/1.1. */
  HTTP = 'HTTP',
  /** HTTP over TLS terminated at the gateway; needs `tls`. */
  HTTPS = 'HTTPS',
  /** HTTP/2. */
  HTTP2 = 'HTTP2',
  /** gRPC. */
  GRPC = 'GRPC',
  /** Any TCP traffic. */
  TCP = 'TCP',
  /** TLS, routed by SNI; needs `tls`. */
  TLS = 'TLS',
}

/** How a gateway server terminates TLS. */
export enum GatewayTlsMode {
  /** Forward the TLS connection as it is, by SNI, as the VirtualService's `tls` routes say. */
  PASSTHROUGH = 'PASSTHROUGH',
  /** Forward the TLS connection by SNI to the service the SNI names, without VirtualService (east-west gateways). */
  AUTO_PASSTHROUGH = 'AUTO_PASSTHROUGH',
  /** Terminate TLS with the server certificate of `credentialName`. */
  SIMPLE = 'SIMPLE',
  /** Terminate TLS and require a client certificate. */
  MUTUAL = 'MUTUAL',
  /** Mutual TLS with Istio-issued certificates. */
  ISTIO_MUTUAL = 'ISTIO_MUTUAL',
  /** Like MUTUAL, but a client certificate is optional. */
  OPTIONAL_MUTUAL = 'OPTIONAL_MUTUAL',
}

const TLS_MODES: Record<GatewayTlsMode, istio.GatewaySpecServersTlsMode> = {
  [GatewayTlsMode.PASSTHROUGH]: istio.GatewaySpecServersTlsMode.PASSTHROUGH,
  [GatewayTlsMode.AUTO_PASSTHROUGH]: istio.GatewaySpecServersTlsMode.AUTO_UNDERSCORE_PASSTHROUGH,
  [GatewayTlsMode.SIMPLE]: istio.GatewaySpecServersTlsMode.SIMPLE,
  [GatewayTlsMode.MUTUAL]: istio.GatewaySpecServersTlsMode.MUTUAL,
  [GatewayTlsMode.ISTIO_MUTUAL]: istio.GatewaySpecServersTlsMode.ISTIO_UNDERSCORE_MUTUAL,
  [GatewayTlsMode.OPTIONAL_MUTUAL]: istio.GatewaySpecServersTlsMode.OPTIONAL_UNDERSCORE_MUTUAL,
};

/** TLS protocol versions a gateway server accepts. */
export enum TlsProtocolVersion {
  /** Envoy's choice: TLS 1.2 for a server. */
  TLS_AUTO = 'TLS_AUTO',
  /** TLS 1.0. */
  TLSV1_0 = 'TLSV1_0',
  /** TLS 1.1. */
  TLSV1_1 = 'TLSV1_1',
  /** TLS 1.2. */
  TLSV1_2 = 'TLSV1_2',
  /** TLS 1.3. */
  TLSV1_3 = 'TLSV1_3',
}

const MIN_VERSIONS: Record<TlsProtocolVersion, istio.GatewaySpecServersTlsMinProtocolVersion> = {
  [TlsProtocolVersion.TLS_AUTO]: istio.GatewaySpecServersTlsMinProtocolVersion.TLS_UNDERSCORE_AUTO,
  [TlsProtocolVersion.TLSV1_0]: istio.GatewaySpecServersTlsMinProtocolVersion.TLSV1_UNDERSCORE_0,
  [TlsProtocolVersion.TLSV1_1]: istio.GatewaySpecServersTlsMinProtocolVersion.TLSV1_UNDERSCORE_1,
  [TlsProtocolVersion.TLSV1_2]: istio.GatewaySpecServersTlsMinProtocolVersion.TLSV1_UNDERSCORE_2,
  [TlsProtocolVersion.TLSV1_3]: istio.GatewaySpecServersTlsMinProtocolVersion.TLSV1_UNDERSCORE_3,
};

const MAX_VERSIONS: Record<TlsProtocolVersion, istio.GatewaySpecServersTlsMaxProtocolVersion> = {
  [TlsProtocolVersion.TLS_AUTO]: istio.GatewaySpecServersTlsMaxProtocolVersion.TLS_UNDERSCORE_AUTO,
  [TlsProtocolVersion.TLSV1_0]: istio.GatewaySpecServersTlsMaxProtocolVersion.TLSV1_UNDERSCORE_0,
  [TlsProtocolVersion.TLSV1_1]: istio.GatewaySpecServersTlsMaxProtocolVersion.TLSV1_UNDERSCORE_1,
  [TlsProtocolVersion.TLSV1_2]: istio.GatewaySpecServersTlsMaxProtocolVersion.TLSV1_UNDERSCORE_2,
  [TlsProtocolVersion.TLSV1_3]: istio.GatewaySpecServersTlsMaxProtocolVersion.TLSV1_UNDERSCORE_3,
};

/** Settings of every TLS mode that terminates TLS. */
export interface TerminatedTlsOptions {
  /**
   * Lowest TLS version accepted.
   * @default TlsProtocolVersion.TLS_AUTO
   */
  readonly minProtocolVersion?: TlsProtocolVersion;
  /**
   * Highest TLS version accepted.
   * @default TlsProtocolVersion.TLS_AUTO
   */
  readonly maxProtocolVersion?: TlsProtocolVersion;
  /**
   * Names a client certificate must carry (MUTUAL, OPTIONAL_MUTUAL, ISTIO_MUTUAL).
   * @default - any certificate the CA signed
   */
  readonly subjectAltNames?: string[];
}

/**
 * TLS settings of a gateway server, by mode: `SIMPLE`, `MUTUAL` and `OPTIONAL_MUTUAL` terminate TLS with the
 * certificate of a Kubernetes Secret (`credentialName`, in the gateway's namespace; for the mutual modes it also holds
 * the CA certificate as `ca.crt`, or a Secret `<credentialName>-cacert` does), `ISTIO_MUTUAL` with the mesh's
 * certificates; `PASSTHROUGH` and `AUTO_PASSTHROUGH` do not terminate it.
 */
export type GatewayTls =
  | (TerminatedTlsOptions & {
    readonly mode: GatewayTlsMode.SIMPLE | GatewayTlsMode.MUTUAL | GatewayTlsMode.OPTIONAL_MUTUAL;
    /** Name of the Kubernetes Secret holding the certificate and key. */
    readonly credentialName: string;
  })
  | (TerminatedTlsOptions & { readonly mode: GatewayTlsMode.ISTIO_MUTUAL; readonly credentialName?: never })
  | { readonly mode: GatewayTlsMode.PASSTHROUGH | GatewayTlsMode.AUTO_PASSTHROUGH; readonly credentialName?: never };

/** One listener of a gateway. */
export interface GatewayServer {
  /** Port the gateway listens on, e.g. 80. */
  readonly port: number;
  /**
   * Protocol of the port.
   * @default GatewayProtocol.HTTP
   */
  readonly protocol?: GatewayProtocol;
  /**
   * Name of the port.
   * @default - the protocol in lower case, followed by `-<port>` when an earlier server has the same protocol
   */
  readonly portName?: string;
  /**
   * Hosts exposed on this port, e.g. `helloweb.dev`; `*` exposes every host; `namespace/host` exposes the host to the
   * VirtualServices of that namespace only (`./host` the Gateway's own, `*\/host` any).
   */
  readonly hosts: string[];
  /**
   * TLS settings; required for HTTPS and TLS servers.
   * @default - plain text
   */
  readonly tls?: GatewayTls;
  /**
   * Answer plain HTTP requests with a redirect to HTTPS.
   * @default false
   */
  readonly httpsRedirect?: boolean;
}

/**
 * Props for `Gateway`.
 */
export interface GatewayProps {
  /**
   * Name of the Gateway.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Labels of the gateway pods that load this configuration.
   * @default { istio: 'ingressgateway' }
   */
  readonly selector?: Record<string, string>;
  /** Listeners. */
  readonly servers: GatewayServer[];
  /**
   * Whether a `*` host, which exposes every host name, is intended (for local tests); otherwise the mesh
   * analysis reports it as a warning at synth.
   * @default false
   */
  readonly wildcardHostsIntended?: boolean;
  /**
   * Istio API version of the manifest.
   * @default IstioApiVersion.V1
   */
  readonly apiVersion?: IstioApiVersion;
}

/**
 * An Istio Gateway: the ports and hosts an ingress (or egress) gateway deployment serves.
 */
export class Gateway extends IstioObject {
  private readonly _hosts: string[];

  constructor(scope: Construct, id: string, props: GatewayProps) {
    super(scope, id, {
      name: props.name,
      apiVersion: props.apiVersion,
      resource: {
        kind: 'Gateway',
        spec: { selector: { ...(props.selector ?? { istio: 'ingressgateway' }) }, servers: props.servers.map((_, index) => serverToIstio(props.servers, index)) },
      },
      syncWave: SyncWave.ROUTE_TARGETS,
      propOf: serverProp,
    });
    this._hosts = [...new Set(props.servers.flatMap((server) => server.hosts))];
    if (props.wildcardHostsIntended) MeshAnalysis._intend(this.apiObject, WILDCARD_HOST_FINDING);
  }

  /** Every host of every server. */
  public get hosts(): string[] {
    return [...this._hosts];
  }
}

function serverToIstio(servers: GatewayServer[], index: number): istio.GatewaySpecServers {
  const server = servers[index];
  return {
    port: { number: server.port, name: portName(servers, index), protocol: server.protocol ?? GatewayProtocol.HTTP },
    hosts: [...server.hosts],
    tls: (server.tls || server.httpsRedirect) ? { httpsRedirect: server.httpsRedirect, ...(server.tls && tlsToIstio(server.tls)) } : undefined,
  };
}

function tlsToIstio(tls: GatewayTls): istio.GatewaySpecServersTls {
  const terminated: TerminatedTlsOptions = 'minProtocolVersion' in tls || 'maxProtocolVersion' in tls || 'subjectAltNames' in tls ? tls : {};
  return {
    mode: TLS_MODES[tls.mode],
    credentialName: tls.credentialName,
    minProtocolVersion: terminated.minProtocolVersion && MIN_VERSIONS[terminated.minProtocolVersion],
    maxProtocolVersion: terminated.maxProtocolVersion && MAX_VERSIONS[terminated.maxProtocolVersion],
    subjectAltNames: terminated.subjectAltNames && [...terminated.subjectAltNames],
  };
}

/** The prop behind a field: a server's port is a number, and its redirect a prop of the server. */
function serverProp(field: string): string {
  return _specProp(field).replace(/\.port\.number$/, '.port').replace(/\.tls\.httpsRedirect$/, '.httpsRedirect');
}

/**
 * The port name of a server: as given, or the protocol in lower case, followed by the port number when another
 * server of the same protocol comes first, since port names must be unique.
 */
function portName(servers: GatewayServer[], index: number): string {
  const server = servers[index];
  if (server.portName) return server.portName;
  const protocol = server.protocol ?? GatewayProtocol.HTTP;
  const earlier = servers.slice(0, index).some((other) => (other.protocol ?? GatewayProtocol.HTTP) === protocol);
  return earlier ? `${protocol.toLowerCase()}-${server.port}` : protocol.toLowerCase();
}

/** The mesh analysis code of a `*` gateway host. */
const WILDCARD_HOST_FINDING = 'gw-wildcard-host';
