import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import * as istio from '../../imports/networking.istio.io';
import { IstioApiVersion, _istioClasses, _nameMetadata } from './api-version';
import { DestinationRule } from './destination-rule';
import { Gateway } from './gateway';
import { MeshAnalysis } from './mesh-analysis';
import { SyncWave, _setSyncWave } from './sync-wave';
import { _shadowedMatches } from '../values/http-match';
import { HttpRoute, RouteDestination, _routeProblems, _routeToIstio } from '../values/http-route';
import { Problem, _validateWith } from '../values/names';

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
export class VirtualService extends Construct {
  /** Hosts the routes apply to. */
  public readonly hosts: string[];
  /** The generated L1 object. */
  public readonly apiObject: ApiObject;

  constructor(scope: Construct, id: string, props: VirtualServiceProps) {
    super(scope, id);
    this.hosts = props.hosts;
    const namespace = Chart.of(this).namespace;
    const spec: istio.VirtualServiceSpec = {
      hosts: props.hosts,
      gateways: gatewayReferences(props, namespace),
      http: props.http.map(_routeToIstio),
    };
    this.apiObject = new (_istioClasses(props.apiVersion).VirtualService)(this, 'Resource', { metadata: _nameMetadata(props.name), spec });
    for (const gateway of props.gateways ?? []) this.apiObject.addDependency(gateway.apiObject);
    for (const host of destinationHosts(props.http)) DestinationRule._orderBefore(this.apiObject, host);
    _setSyncWave(this.apiObject, SyncWave.ROUTES);
    MeshAnalysis._register(this.apiObject, () => spec);
    _validateWith(this, () => this.problems(props));
  }

  private problems(props: VirtualServiceProps): Problem[] {
    const problems: Problem[] = [];
    if (props.hosts.length === 0) {
      problems.push({ field: 'hosts', value: [], message: 'routes apply to no host', fix: 'list the host names clients call' });
    }
    if (props.http.length === 0) {
      problems.push({ field: 'http', value: [], message: 'has no route', fix: 'add a route' });
    }
    props.http.forEach((route, index) => {
      problems.push(..._routeProblems(route, `http[${index}]`));
    });
    return [...problems, ...routeOrderProblems(props.http)];
  }
}

/** Hosts a route list sends requests, or copies of them, to. */
function destinationHosts(routes: HttpRoute[]): Set<string> {
  return new Set(routes.flatMap((route): RouteDestination[] => (route.route === undefined ? [] : [
    ...route.route,
    ...(route.mirrors ?? []).map((mirror) => mirror.destination),
  ])).map((destination) => destination.host));
}

/** Routes are tried in order: nothing may follow a catch-all, and no match may repeat what an earlier one takes. */
function routeOrderProblems(routes: HttpRoute[]): Problem[] {
  return _shadowedMatches(routes.map((route) => route.match)).map((shadowed) => ({
    field: `http${shadowed.field}`,
    value: shadowed.match ?? 'every request',
    message: shadowed.byCatchAll
      ? `is unreachable: the catch-all http${shadowed.coveredBy} before it takes every request`
      : `is unreachable: http${shadowed.coveredBy} before it takes every request it matches`,
    fix: shadowed.byCatchAll ? 'move the catch-all route to the end' : `move it before http${shadowed.coveredBy}, or narrow it`,
  }));
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
