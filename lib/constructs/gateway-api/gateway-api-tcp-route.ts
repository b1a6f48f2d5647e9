import { Construct } from 'constructs';
import { BackendRef, RouteParent, _backendToGatewayApi } from '../../values/gateway-api-route';
import { MeshAnalysis } from '../mesh-analysis';
import { SyncWave } from '../sync-wave';
import { GatewayApiObject } from './gateway-api-object';
import { _routeProp } from './route-props';

/** Props for `GatewayApiTcpRoute`. */
export interface GatewayApiTcpRouteProps {
  /**
   * Name of the route.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /** Gateways (TCP listeners) the route attaches to. */
  readonly parents: RouteParent[];
  /** Backends and their weights. */
  readonly backends: BackendRef[];
}

/**
 * A Gateway API TCPRoute (`gateway.networking.k8s.io/v1alpha2`), of the experimental channel: the connections of a
 * TCP listener forwarded to backends. Istio 1.30 reads it only with `PILOT_ENABLE_ALPHA_GATEWAY_API=true`, which the
 * analysis recalls with a warning.
 */
export class GatewayApiTcpRoute extends GatewayApiObject {
  constructor(scope: Construct, id: string, props: GatewayApiTcpRouteProps) {
    super(scope, id, {
      name: props.name,
      resource: {
        kind: 'TCPRoute',
        spec: { parentRefs: props.parents.map((parent) => parent._toGatewayApi()), rules: [{ backendRefs: props.backends.map(_backendToGatewayApi) }] },
      },
      syncWave: SyncWave.ROUTES,
      propOf: (field) => _routeProp(field).replace(/^rules\[0\]\.backends/, 'backends'),
    });
    MeshAnalysis._validateProps(this, () => (props.backends.length === 0
      ? [{ field: 'backends', value: [], message: 'the route has no backend: connections are closed', fix: 'give at least one backend' }]
      : []));
  }
}
