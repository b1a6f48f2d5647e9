import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { IstioApiVersion, _istioClasses, _nameMetadata } from './api-version';
import { MeshAnalysis } from './mesh-analysis';
import { SyncWave, _setSyncWave } from './sync-wave';
import * as istio from '../../imports/networking.istio.io';
import { Problem, _portProblems, _validateWith } from '../values/names';

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
  /** Forward the TLS connection as it is, by SNI. */
  PASSTHROUGH = 'PASSTHROUGH',
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
  [GatewayTlsMode.SIMPLE]: istio.GatewaySpecServersTlsMode.SIMPLE,
  [GatewayTlsMode.MUTUAL]: istio.GatewaySpecServersTlsMode.MUTUAL,
  [GatewayTlsMode.ISTIO_MUTUAL]: istio.GatewaySpecServersTlsMode.ISTIO_UNDERSCORE_MUTUAL,
  [GatewayTlsMode.OPTIONAL_MUTUAL]: istio.GatewaySpecServersTlsMode.OPTIONAL_UNDERSCORE_MUTUAL,
};

/** TLS settings of a gateway server. */
export interface GatewayTls {
  /** How TLS is terminated. */
  readonly mode: GatewayTlsMode;
  /**
   * Name of the Kubernetes TLS Secret, in the gateway deployment's namespace, holding the certificate and key.
   * @default - none; SIMPLE and MUTUAL need one
   */
  readonly credentialName?: string;
}

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
  /** Hosts exposed on this port, e.g. `helloweb.dev`; `*` exposes every host. */
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
export class Gateway extends Construct {
  /** Name of the Gateway object. */
  public readonly name: string;
  /** Namespace of the Gateway object. */
  public readonly namespace: string | undefined;
  /** Every host of every server. */
  public readonly hosts: string[];
  /** The generated L1 object. */
  public readonly apiObject: ApiObject;

  constructor(scope: Construct, id: string, props: GatewayProps) {
    super(scope, id);
    this.hosts = [...new Set(props.servers.flatMap((server) => server.hosts))];
    const spec: istio.GatewaySpec = {
      selector: props.selector ?? { istio: 'ingressgateway' },
      servers: props.servers.map((server, index) => {
        const protocol = server.protocol ?? GatewayProtocol.HTTP;
        return {
          port: { number: server.port, name: portName(props.servers, index), protocol },
          hosts: server.hosts,
          tls: (server.tls || server.httpsRedirect) ? {
            httpsRedirect: server.httpsRedirect,
            mode: server.tls && TLS_MODES[server.tls.mode],
            credentialName: server.tls?.credentialName,
          } : undefined,
        };
      }),
    };
    this.apiObject = new (_istioClasses(props.apiVersion).Gateway)(this, 'Resource', { metadata: _nameMetadata(props.name), spec });
    this.name = this.apiObject.name;
    this.namespace = this.apiObject.metadata.namespace;
    _setSyncWave(this.apiObject, SyncWave.ROUTE_TARGETS);
    MeshAnalysis._register(this.apiObject, () => spec);
    _validateWith(this, () => this.problems(props));
    if (props.wildcardHostsIntended) MeshAnalysis._intend(this.apiObject, WILDCARD_HOST_FINDING);
  }

  private problems(props: GatewayProps): Problem[] {
    const problems: Problem[] = [];
    if (props.servers.length === 0) {
      problems.push({ field: 'servers', value: props.servers, message: 'a gateway needs a server', fix: 'add a server with a port and hosts' });
    }
    props.servers.forEach((server, index) => {
      problems.push(..._portProblems(`servers[${index}].port`, server.port));
      if (server.hosts.length === 0) {
        problems.push({ field: `servers[${index}].hosts`, value: server.hosts, message: 'a server needs a host', fix: 'list the host names it serves, e.g. \'app.example.com\'' });
      }
      problems.push(...tlsProblems(server, `servers[${index}]`));
    });
    return problems;
  }
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

const TLS_PROTOCOLS = new Set([GatewayProtocol.HTTPS, GatewayProtocol.TLS]);
const MODES_WITH_CREDENTIAL = new Set([GatewayTlsMode.SIMPLE, GatewayTlsMode.MUTUAL, GatewayTlsMode.OPTIONAL_MUTUAL]);

function tlsProblems(server: GatewayServer, field: string): Problem[] {
  const protocol = server.protocol ?? GatewayProtocol.HTTP;
  const problems: Problem[] = [];
  if (TLS_PROTOCOLS.has(protocol) && !server.tls) {
    problems.push({ field: `${field}.tls`, value: undefined, message: `a ${protocol} server needs TLS settings`, fix: 'add tls: { mode: GatewayTlsMode.SIMPLE, credentialName: \'<tls secret>\' }' });
  }
  if (server.tls && MODES_WITH_CREDENTIAL.has(server.tls.mode) && !server.tls.credentialName) {
    problems.push({ field: `${field}.tls.credentialName`, value: undefined, message: `${server.tls.mode} TLS needs a certificate`, fix: 'name the TLS Secret in the gateway\'s namespace that holds it' });
  }
  if (server.httpsRedirect && protocol !== GatewayProtocol.HTTP) {
    problems.push({ field: `${field}.httpsRedirect`, value: true, message: `redirects to HTTPS from a ${protocol} server`, fix: 'set httpsRedirect on the plain HTTP server only' });
  }
  return problems;
}
