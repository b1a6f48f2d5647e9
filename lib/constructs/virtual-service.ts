import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { IstioApiVersion } from './api-version';
import { Gateway } from './gateway';
import { IstioObject } from './istio-object';
import { MeshAnalysis, _specProp } from './mesh-analysis';
import { SyncWave } from './sync-wave';
import { DelegateTarget, HttpRoute, RouteDestination, _routeToIstio } from '../values/http-route';
import { TcpRoute, TlsRoute, _tcpRouteToIstio, _tlsRouteToIstio } from '../values/l4-route';

/**
 * A gateway whose traffic routes apply to: a Gateway construct, or a name as Istio writes it, `name` (a Gateway in the
 * same namespace), `namespace/name` (e.g. `istio-system/ingressgateway`) or `mesh` (the sidecars of the mesh).
 * Names are checked at synth, with the rendered VirtualService.
 */
export type GatewayReference = Gateway | string;

/**
 * Props for `VirtualService`.
 */
export interface VirtualServiceProps {
  /**
   * Name of the VirtualService.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Hosts the routes apply to: names clients call, e.g. `helloweb.dev` or a Service host.
   * @default - none: a delegate VirtualService, whose routes only the route that delegates to it uses
   */
  readonly hosts?: string[];
  /**
   * Gateways whose traffic the routes apply to: Gateway constructs, or names as Istio writes them (`name`,
   * `namespace/name`, `mesh`).
   * @default - the sidecars of the mesh only
   */
  readonly gateways?: GatewayReference[];
  /**
   * Whether the routes also apply to the sidecars of the mesh (the reserved gateway `mesh`).
   * @default - true when there are no gateways, false otherwise
   */
  readonly bindToMesh?: boolean;
  /**
   * HTTP routes, evaluated in order.
   * @default - none
   */
  readonly http?: HttpRoute[];
  /**
   * Routes of opaque TCP connections, evaluated in order.
   * @default - none
   */
  readonly tcp?: TcpRoute[];
  /**
   * Routes of unterminated TLS connections by SNI, evaluated in order.
   * @default - none
   */
  readonly tls?: TlsRoute[];
  /**
   * Namespaces the VirtualService is visible in: `.` (its own), `*` (all) or namespace names.
   * @default - every namespace, or the mesh's default
   */
  readonly exportTo?: string[];
  /**
   * Istio API version of the manifest.
   * @default IstioApiVersion.V1
   */
  readonly apiVersion?: IstioApiVersion;
}

/**
 * An Istio VirtualService: binds hosts, at the sidecars or at gateways, to routes.
 */
export class VirtualService extends IstioObject {
  private readonly _hosts: string[];

  constructor(scope: Construct, id: string, props: VirtualServiceProps) {
    const namespace = Chart.of(scope).namespace;
    super(scope, id, {
      name: props.name,
      apiVersion: props.apiVersion,
      resource: {
        kind: 'VirtualService',
        spec: {
          hosts: props.hosts && [...props.hosts],
          gateways: gatewayReferences(props, namespace),
          http: props.http?.map(_routeToIstio),
          tcp: props.tcp?.map(_tcpRouteToIstio),
          tls: props.tls?.map(_tlsRouteToIstio),
          exportTo: props.exportTo && [...props.exportTo],
        },
      },
      syncWave: SyncWave.ROUTES,
      propOf: routeProp,
    });
    this._hosts = [...(props.hosts ?? [])];
    for (const gateway of props.gateways ?? []) if (gateway instanceof Gateway) this.apiObject.addDependency(gateway.apiObject);
    for (const host of destinationHosts(props)) MeshAnalysis.of(this)._orderAfterTargets(this.apiObject, host);
  }

  /** Hosts the routes apply to. */
  public get hosts(): string[] {
    return [...this._hosts];
  }

  /** This VirtualService as the target of a delegating route (`{ delegate: routes.asDelegate() }`). */
  public asDelegate(): DelegateTarget {
    return { name: this.name, namespace: this.namespace };
  }
}

/** The prop behind a field: routes name destinations directly, and one mirror is written as `mirror`. */
function routeProp(field: string): string {
  return _specProp(field)
    .replace(/\.route\[(\d+)\]\.destination/g, '.route[$1]')
    .replace(/\.mirror\b(?!s)/g, '.mirrors[0].destination')
    .replace(/\.mirrorPercentage(\.value)?/g, '.mirrors[0].percentage')
    .replace(/\.percentage\.value$/, '.percentage')
    .replace(/\.port\.number$/, '.port');
}

/** Hosts the routes send requests, copies of them, or connections to. */
function destinationHosts(props: VirtualServiceProps): Set<string> {
  const http = (props.http ?? []).flatMap((route): RouteDestination[] => (route.route === undefined ? [] : [
    ...route.route,
    ...(route.mirrors ?? []).map((mirror) => mirror.destination),
  ]));
  const l4 = [...(props.tcp ?? []), ...(props.tls ?? [])].flatMap((route) => route.route);
  return new Set([...http, ...l4].map((destination) => destination.host));
}

/** The gateways field: none for the mesh alone, else the gateways, and `mesh` when asked for. */
function gatewayReferences(props: VirtualServiceProps, namespace: string | undefined): string[] | undefined {
  const gateways = (props.gateways ?? []).map((gateway) => _gatewayReference(gateway, namespace));
  if (gateways.length === 0) return undefined;
  return props.bindToMesh ? [...gateways, _MESH_GATEWAY] : gateways;
}

/**
 * The reserved gateway name of the mesh's sidecars.
 * @internal
 */
export const _MESH_GATEWAY = 'mesh';

/**
 * A gateway as a VirtualService in `namespace` names it: a name as written, a Gateway qualified by its namespace
 * only when it is another one.
 * @internal
 */
export function _gatewayReference(gateway: GatewayReference, namespace: string | undefined): string {
  if (typeof gateway === 'string') return gateway;
  return gateway.namespace && gateway.namespace !== namespace ? `${gateway.namespace}/${gateway.name}` : gateway.name;
}
