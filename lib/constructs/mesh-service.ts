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

/**
 * Props for `MeshService`.
 */
export interface MeshServiceProps {
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
}

/**
 * The version-agnostic Kubernetes Service of an app: it selects pods by `app` only, so that every
 * version is behind one host name and Istio subsets decide which version gets a request. With `version`, the
 * Service of that version only, a backend of Gateway API routes.
 */
export class MeshService extends Construct {
  /** Name of the Service. */
  public readonly name: string;
  /** Namespace of the Service. */
  public readonly namespace: string;
  /** The `app` label it selects. */
  public readonly app: string;
  /** The `version` label it selects, if any. */
  public readonly version?: string;
  /** The Service port. */
  public readonly port: number;
  /** Fully qualified host name, e.g. `greeter-service.default.svc.cluster.local`. */
  public readonly host: string;
  /** URL clients inside the cluster use, e.g. `http://greeter-service.default.svc.cluster.local:3000`. */
  public readonly url: string;
  /** The underlying Service. */
  public readonly service: plus.Service;

  constructor(scope: Construct, id: string, props: MeshServiceProps) {
    super(scope, id);
    const protocol = props.protocol ?? ServiceProtocol.HTTP;
    this.app = props.app;
    this.version = props.version;
    this.name = props.name ?? (props.version === undefined ? props.app : `${props.app}-${props.version}`);
    this.namespace = Chart.of(this).namespace ?? 'default';
    this.port = props.port ?? 3000;
    this.host = `${this.name}.${this.namespace}.svc.cluster.local`;
    this.url = `${protocol === ServiceProtocol.HTTPS ? 'https' : 'http'}://${this.host}:${this.port}`;

    this.service = new plus.Service(this, 'Resource', {
      metadata: { name: this.name, labels: { app: props.app } },
      ports: [{ port: this.port, targetPort: props.targetPort ?? this.port, name: protocol }],
    });
    this.service.selectLabel('app', props.app);
    if (props.version !== undefined) this.service.selectLabel('version', props.version);
    const resource = ApiObject.of(this.service);
    _setSyncWave(resource, SyncWave.WORKLOADS);
    MeshAnalysis.of(this)._own(resource, this, serviceProp);
    // cdk8s-plus writes no target port of 0, so no manifest shows it; the Service would silently target its own port.
    MeshAnalysis._validateProps(this, () => (props.targetPort === 0 ? [{ field: 'targetPort', value: 0, message: 'is not a port number', fix: 'use a whole number from 1 to 65535' }] : []));
  }
}

/** The prop behind a field of the Service: its name, its `app`, its one port. */
function serviceProp(field: string): string {
  if (field === 'metadata.name') return 'name';
  if (field === 'spec.selector' || field === 'spec.selector.app' || field === 'metadata.labels.app') return 'app';
  if (field === 'spec.ports[0].port') return 'port';
  if (field === 'spec.ports[0].targetPort') return 'targetPort';
  return field;
}
