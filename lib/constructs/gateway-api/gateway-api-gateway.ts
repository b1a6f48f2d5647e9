import { Construct } from 'constructs';
import * as gw from '../../../imports/gateway.networking.k8s.io.cjs';
import { RouteParent } from '../../values/gateway-api-route';
import { SyncWave } from '../sync-wave';
import { GatewayApiObject } from './gateway-api-object';

/** Protocols of Gateway listeners that Istio serves. */
export enum ListenerProtocol {
  /** Plain HTTP, for HTTPRoutes and GRPCRoutes. */
  HTTP = 'HTTP',
  /** HTTP over TLS terminated at the gateway, for HTTPRoutes and GRPCRoutes. */
  HTTPS = 'HTTPS',
  /** TLS passthrough or termination, for TLSRoutes. */
  TLS = 'TLS',
  /** Plain TCP, for TCPRoutes: Istio 1.30 serves it only with `PILOT_ENABLE_ALPHA_GATEWAY_API=true`. */
  TCP = 'TCP',
  /** Istio's mTLS tunnel of ambient mode, for the listener of a waypoint. */
  HBONE = 'HBONE',
}

/** What a TLS listener does with TLS. */
export enum ListenerTlsMode {
  /** The gateway terminates TLS with the certificates of `certificateSecrets`. */
  TERMINATE = 'Terminate',
  /** The gateway passes TLS through to the backend, routing by SNI (TLSRoute). */
  PASSTHROUGH = 'Passthrough',
}

/** Which namespaces may attach routes to a listener. */
export enum RouteNamespaces {
  /** Only the Gateway's namespace. */
  SAME = 'Same',
  /** Every namespace. */
  ALL = 'All',
}

/** One listener of a Gateway: a port, a protocol and, optionally, a host name. */
export interface GatewayApiListener {
  /**
   * Name of the listener, unique in the Gateway; routes name it as `sectionName`.
   * @default - the protocol in lower case, followed by the port when an earlier listener has the same protocol
   */
  readonly name?: string;
  /** Port. */
  readonly port: number;
  /**
   * Protocol.
   * @default ListenerProtocol.HTTP
   */
  readonly protocol?: ListenerProtocol;
  /**
   * Host name the listener serves, e.g. `helloweb.dev` or `*.example.com`.
   * @default - every host name
   */
  readonly hostname?: string;
  /**
   * TLS mode, for HTTPS and TLS listeners.
   * @default ListenerTlsMode.TERMINATE, when `certificateSecrets` are given
   */
  readonly tlsMode?: ListenerTlsMode;
  /**
   * Kubernetes TLS Secrets with the certificate and key, by name in the Gateway's namespace (or `namespace/name`,
   * which needs a ReferenceGrant there).
   * @default - none
   */
  readonly certificateSecrets?: string[];
  /**
   * Namespaces whose routes may attach.
   * @default RouteNamespaces.SAME
   */
  readonly allowedRoutes?: RouteNamespaces;
}

/** Props for `GatewayApiGateway`. */
export interface GatewayApiGatewayProps {
  /**
   * Name of the Gateway; Istio names the deployment it creates `<name>-<class>`.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * GatewayClass: `istio` deploys an ingress gateway for it, `istio-waypoint` a waypoint.
   * @default 'istio'
   */
  readonly gatewayClassName?: string;
  /** Listeners. */
  readonly listeners: GatewayApiListener[];
  /**
   * Labels of the Gateway.
   * @default - the chart's
   */
  readonly labels?: Record<string, string>;
}

/**
 * A Kubernetes Gateway API Gateway (`gateway.networking.k8s.io/v1`): Istio deploys and programs a gateway for it.
 * Not the Istio `Gateway`, which configures an existing gateway deployment.
 */
export class GatewayApiGateway extends GatewayApiObject {
  /** The listeners as written. */
  private readonly _listeners: gw.GatewaySpecListeners[];

  constructor(scope: Construct, id: string, props: GatewayApiGatewayProps) {
    const listeners = props.listeners.map((_, index) => listenerToGatewayApi(props.listeners, index));
    super(scope, id, {
      name: props.name,
      labels: props.labels,
      resource: { kind: 'Gateway', spec: { gatewayClassName: props.gatewayClassName ?? 'istio', listeners } },
      syncWave: SyncWave.ROUTE_TARGETS,
    });
    this._listeners = listeners;
  }

  /** Names of the listeners. */
  public get listenerNames(): string[] {
    return this._listeners.map((listener) => listener.name);
  }

  /** The Gateway, or one of its listeners, as the parent of a route. */
  public parent(sectionName?: string): RouteParent {
    return RouteParent.gateway(this.name, { namespace: this.namespace, sectionName });
  }
}

function listenerToGatewayApi(listeners: GatewayApiListener[], index: number): gw.GatewaySpecListeners {
  const listener = listeners[index];
  const secrets = listener.certificateSecrets ?? [];
  const tls = secrets.length > 0 || listener.tlsMode
    ? {
      mode: (listener.tlsMode ?? ListenerTlsMode.TERMINATE) as string as gw.GatewaySpecListenersTlsMode,
      certificateRefs: secrets.length > 0 ? secrets.map(secretRef) : undefined,
    }
    : undefined;
  return {
    name: listenerName(listeners, index),
    port: listener.port,
    protocol: listener.protocol ?? ListenerProtocol.HTTP,
    hostname: listener.hostname,
    tls,
    allowedRoutes: { namespaces: { from: (listener.allowedRoutes ?? RouteNamespaces.SAME) as string as gw.GatewaySpecListenersAllowedRoutesNamespacesFrom } },
  };
}

function secretRef(secret: string): gw.GatewaySpecListenersTlsCertificateRefs {
  const [namespace, name] = secret.includes('/') ? secret.split('/', 2) : [undefined, secret];
  return { group: '', kind: 'Secret', name, namespace };
}

function listenerName(listeners: GatewayApiListener[], index: number): string {
  const listener = listeners[index];
  if (listener.name) return listener.name;
  const protocol = listener.protocol ?? ListenerProtocol.HTTP;
  const earlier = listeners.slice(0, index).some((other) => (other.protocol ?? ListenerProtocol.HTTP) === protocol);
  return earlier ? `${protocol.toLowerCase()}-${listener.port}` : protocol.toLowerCase();
}
