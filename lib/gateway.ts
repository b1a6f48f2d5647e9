import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { IstioApiVersion, _istioClasses } from './api-version';
import { SyncWave, _setSyncWave } from './sync-wave';
import { Problem, _portProblems, _validateWith } from './validation';

/** Protocol a gateway server accepts. */
export enum GatewayProtocol {
  HTTP = 'HTTP',
  HTTPS = 'HTTPS',
  HTTP2 = 'HTTP2',
  GRPC = 'GRPC',
  TCP = 'TCP',
  TLS = 'TLS',
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
   * @default - the protocol in lower case
   */
  readonly portName?: string;
  /** Hosts exposed on this port, e.g. `helloweb.dev`; `*` exposes every host. */
  readonly hosts: string[];
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
    this.apiObject = new (_istioClasses(props.apiVersion).Gateway)(this, 'Resource', {
      metadata: { name: props.name },
      spec: {
        selector: props.selector ?? { istio: 'ingressgateway' },
        servers: props.servers.map((server) => {
          const protocol = server.protocol ?? GatewayProtocol.HTTP;
          return {
            port: { number: server.port, name: server.portName ?? protocol.toLowerCase(), protocol },
            hosts: server.hosts,
          };
        }),
      },
    });
    this.name = this.apiObject.name;
    this.namespace = this.apiObject.metadata.namespace;
    _setSyncWave(this.apiObject, SyncWave.ROUTE_TARGETS);
    _validateWith(this, () => this.problems(props));
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
    });
    return problems;
  }
}
