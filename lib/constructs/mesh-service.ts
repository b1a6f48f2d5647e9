import { ApiObject, Chart } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { MeshAnalysis } from './mesh-analysis';
import { SyncWave, _setSyncWave } from './sync-wave';
import { Problem, _dnsLabelProblems, _portProblems, _serviceNameProblems, _validateWith } from '../values/names';

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
   * Name of the Service; also the first label of its cluster host name.
   * @default - the app name
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
 * version is behind one host name and Istio subsets decide which version gets a request.
 */
export class MeshService extends Construct {
  /** Name of the Service. */
  public readonly name: string;
  /** Namespace of the Service. */
  public readonly namespace: string;
  /** The `app` label it selects. */
  public readonly app: string;
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
    this.name = props.name ?? props.app;
    this.namespace = Chart.of(this).namespace ?? 'default';
    this.port = props.port ?? 3000;
    this.host = `${this.name}.${this.namespace}.svc.cluster.local`;
    this.url = `${protocol === ServiceProtocol.HTTPS ? 'https' : 'http'}://${this.host}:${this.port}`;

    this.service = new plus.Service(this, 'Resource', {
      metadata: { name: this.name, labels: { app: props.app } },
      ports: [{ port: this.port, targetPort: props.targetPort ?? this.port, name: protocol }],
    });
    this.service.selectLabel('app', props.app);
    _setSyncWave(ApiObject.of(this.service), SyncWave.WORKLOADS);
    const resource = ApiObject.of(this.service);
    MeshAnalysis._register(resource, () => ({
      selector: { app: props.app },
      ports: this.service.ports.map((port) => ({ port: port.port, name: port.name, targetPort: port.targetPort })),
    }));
    _validateWith(this, () => this.problems(props));
  }

  private problems(props: MeshServiceProps): Problem[] {
    return [
      ..._dnsLabelProblems('app', props.app),
      ..._serviceNameProblems('name', this.name),
      ..._portProblems('port', props.port),
      ..._portProblems('targetPort', props.targetPort),
    ];
  }
}
