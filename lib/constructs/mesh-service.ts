import { ApiObject, Chart } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { MeshAnalysis } from './mesh-analysis';
import { SyncWave, _setSyncWave } from './sync-wave';

/**
 * The application protocol of a Service port. Istio selects the protocol from the port name prefix.
 */
export enum ServiceProtocol {
  /** HTTP/1.1: routes, retries and metrics per request. */
  HTTP = 'http',
  /** HTTP/2. */
  HTTP2 = 'http2',
  /** HTTPS the application terminates itself: opaque TLS to the proxy. */
  HTTPS = 'https',
  /** gRPC. */
  GRPC = 'grpc',
  /** Opaque TCP. */
  TCP = 'tcp',
  /** Opaque TLS, routed by SNI. */
  TLS = 'tls',
}

/** One port of a Service with several. */
export interface MeshServicePort {
  /** Port the Service exposes. */
  readonly port: number;
  /**
   * Application protocol; the port is named after it so that Istio treats the traffic accordingly.
   * @default ServiceProtocol.HTTP
   */
  readonly protocol?: ServiceProtocol;
  /**
   * Name of the port, which must start with the protocol (`http-web`, `tcp-echo`).
   * @default - the protocol, followed by `-<port>` when an earlier port has the same protocol
   */
  readonly name?: string;
  /**
   * Container port the traffic goes to.
   * @default - the Service port
   */
  readonly targetPort?: number;
}

/** The ports of a MeshService: one (`port`, `targetPort`, `protocol`), or several (`ports`). */
export type MeshServicePorts =
  | {
    /**
     * Port the Service exposes.
     * @default 3000
     */
    readonly port?: number;
    /**
     * Container port the traffic goes to.
     * @default - the Service port
     */
    readonly targetPort?: number;
    /**
     * Application protocol; the port is named after it so that Istio treats the traffic accordingly.
     * @default ServiceProtocol.HTTP
     */
    readonly protocol?: ServiceProtocol;
    readonly ports?: never;
  }
  | {
    /** Ports of the Service; the first is `port`, the one routes and URLs use. */
    readonly ports: MeshServicePort[];
    readonly port?: never;
    readonly targetPort?: never;
    readonly protocol?: never;
  };

/** Options of every MeshService. */
export interface MeshServiceOptions {
  /** The `app` label of the pods this Service selects, whatever their version. */
  readonly app: string;
  /**
   * The `version` label the Service selects too: the Service of one version, which Gateway API routes use as their
   * backend where Istio routes use a subset.
   * @default - every version
   */
  readonly version?: string;
  /**
   * Name of the Service; also the first label of its cluster host name.
   * @default - the app name, followed by `-<version>` for the Service of one version
   */
  readonly name?: string;
  /**
   * Labels of the Service besides `app`, e.g. `{ service: 'reviews' }`.
   * @default - none
   */
  readonly labels?: Record<string, string>;
}

/**
 * Props for `MeshService`.
 */
export type MeshServiceProps = MeshServiceOptions & MeshServicePorts;

/**
 * The version-agnostic Kubernetes Service of an app: it selects pods by `app` only, so that every
 * version is behind one host name and Istio subsets decide which version gets a request. With `version`, the
 * Service of that version only, a backend of Gateway API routes.
 */
export class MeshService extends Construct {
  /** Name of the Service. */
  public readonly name: string;
  /** Namespace of the Service: the chart's, or undefined when the chart has none (the namespace it is applied to). */
  public readonly namespace: string | undefined;
  /** The `app` label it selects. */
  public readonly app: string;
  /** The `version` label it selects, if any. */
  public readonly version?: string;
  /** The first Service port. */
  public readonly port: number;
  /**
   * Host name: fully qualified (`greeter-service.default.svc.cluster.local`) in a chart with a namespace, the short
   * name (`greeter-service`) in a chart without one, which resolves in whatever namespace the chart is applied to.
   */
  public readonly host: string;
  /** URL clients inside the cluster use, e.g. `http://greeter-service.default.svc.cluster.local:3000`. */
  public readonly url: string;
  /** The underlying Service. */
  public readonly service: plus.Service;
  private readonly _ports: MeshServicePort[];

  constructor(scope: Construct, id: string, props: MeshServiceProps) {
    super(scope, id);
    this._ports = props.ports ? [...props.ports] : [{ port: props.port ?? 3000, targetPort: props.targetPort, protocol: props.protocol }];
    const first = this._ports[0] ?? { port: 3000 };
    this.app = props.app;
    this.version = props.version;
    this.name = props.name ?? (props.version === undefined ? props.app : `${props.app}-${props.version}`);
    this.namespace = Chart.of(this).namespace;
    this.port = first.port;
    this.host = this.namespace === undefined ? this.name : `${this.name}.${this.namespace}.svc.cluster.local`;
    this.url = `${first.protocol === ServiceProtocol.HTTPS ? 'https' : 'http'}://${this.host}:${this.port}`;

    this.service = new plus.Service(this, 'Resource', {
      metadata: { name: this.name, labels: { ...props.labels, app: props.app } },
      ports: this._ports.map((port, index) => ({ port: port.port, targetPort: port.targetPort ?? port.port, name: portName(this._ports, index) })),
    });
    this.service.selectLabel('app', props.app);
    if (props.version !== undefined) this.service.selectLabel('version', props.version);
    const resource = ApiObject.of(this.service);
    _setSyncWave(resource, SyncWave.WORKLOADS);
    MeshAnalysis.of(this)._own(resource, this, (field) => serviceProp(field, props.ports !== undefined));
    // cdk8s-plus writes no target port of 0, so no manifest shows it; the Service would silently target its own port.
    MeshAnalysis._validateProps(this, () => [
      ...this._ports.flatMap((port, index) => (port.targetPort === 0 ? [{
        field: props.ports ? `ports[${index}].targetPort` : 'targetPort', value: 0, message: 'is not a port number', fix: 'use a whole number from 1 to 65535',
      }] : [])),
      ...(this._ports.length === 0 ? [{ field: 'ports', value: [], message: 'the Service has no port', fix: 'give at least one port' }] : []),
    ]);
  }

  /** The ports of the Service. */
  public get ports(): MeshServicePort[] {
    return [...this._ports];
  }
}

/**
 * The name of a port: as given, or the protocol, followed by the port number when an earlier port has the same
 * protocol, since port names must be unique.
 */
function portName(ports: MeshServicePort[], index: number): string {
  const port = ports[index];
  if (port.name) return port.name;
  const protocol = port.protocol ?? ServiceProtocol.HTTP;
  const earlier = ports.slice(0, index).some((other) => !other.name && (other.protocol ?? ServiceProtocol.HTTP) === protocol);
  return earlier ? `${protocol}-${port.port}` : protocol;
}

/** The prop behind a field of the Service: its name, its `app`, its labels, its one port or its ports. */
function serviceProp(field: string, severalPorts: boolean): string {
  if (field === 'metadata.name') return 'name';
  if (field === 'spec.selector' || field === 'spec.selector.app' || field === 'metadata.labels.app') return 'app';
  if (field.startsWith('metadata.labels.')) return field.replace(/^metadata\./, '');
  if (severalPorts) return field.replace(/^spec\.ports/, 'ports');
  if (field === 'spec.ports[0].port') return 'port';
  if (field === 'spec.ports[0].targetPort') return 'targetPort';
  return field;
}
