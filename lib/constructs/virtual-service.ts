import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { IstioApiVersion } from './api-version';
import { Gateway } from './gateway';
import { IstioObject } from './istio-object';
import { MeshAnalysis, _specProp } from './mesh-analysis';
import { SyncWave } from './sync-wave';
import { HttpRoute, RouteDestination, _routeToIstio } from '../values/http-route';

/**
 * Props for `VirtualService`.
 */
export interface VirtualServiceProps {
  /**
   * Name of the VirtualService.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /** Hosts the routes apply to: names clients call, e.g. `helloweb.dev` or a Service host. */
  readonly hosts: string[];
  /**
   * Gateways whose traffic the routes apply to.
   * @default - the sidecars of the mesh only
   */
  readonly gateways?: Gateway[];
  /**
   * Whether the routes also apply to the sidecars of the mesh (the reserved gateway `mesh`).
   * @default - true when there are no gateways, false otherwise
   */
  readonly bindToMesh?: boolean;
  /** HTTP routes, evaluated in order. */
  readonly http: HttpRoute[];
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
        spec: { hosts: [...props.hosts], gateways: gatewayReferences(props, namespace), http: props.http.map(_routeToIstio) },
      },
      syncWave: SyncWave.ROUTES,
      propOf: routeProp,
    });
    this._hosts = [...props.hosts];
    for (const gateway of props.gateways ?? []) this.apiObject.addDependency(gateway.apiObject);
    for (const host of destinationHosts(props.http)) MeshAnalysis.of(this)._orderAfterTargets(this.apiObject, host);
  }

  /** Hosts the routes apply to. */
  public get hosts(): string[] {
    return [...this._hosts];
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

/** Hosts a route list sends requests, or copies of them, to. */
function destinationHosts(routes: HttpRoute[]): Set<string> {
  return new Set(routes.flatMap((route): RouteDestination[] => (route.route === undefined ? [] : [
    ...route.route,
    ...(route.mirrors ?? []).map((mirror) => mirror.destination),
  ])).map((destination) => destination.host));
}

/** The gateways field: none for the mesh alone, else the gateways, and `mesh` when asked for. */
function gatewayReferences(props: VirtualServiceProps, namespace: string | undefined): string[] | undefined {
  const gateways = (props.gateways ?? []).map((gateway) => gatewayReference(gateway, namespace));
  if (gateways.length === 0) return undefined;
  return props.bindToMesh ? [...gateways, MESH_GATEWAY] : gateways;
}

/** The reserved gateway name of the mesh's sidecars. */
const MESH_GATEWAY = 'mesh';

function gatewayReference(gateway: Gateway, namespace: string | undefined): string {
  return gateway.namespace && gateway.namespace !== namespace ? `${gateway.namespace}/${gateway.name}` : gateway.name;
}
