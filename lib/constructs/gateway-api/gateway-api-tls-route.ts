import { Construct } from 'constructs';
import { BackendRef, RouteParent, _backendToGatewayApi } from '../../values/gateway-api-route';
import { MeshAnalysis } from '../mesh-analysis';
import { SyncWave } from '../sync-wave';
import { GatewayApiObject } from './gateway-api-object';
import { _routeProp } from './route-props';

/** Props for `GatewayApiTlsRoute`. */
export interface GatewayApiTlsRouteProps {
  /**
   * Name of the route.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /** Gateways (TLS listeners) the route attaches to. */
  readonly parents: RouteParent[];
  /** SNI host names the route takes, e.g. `db.example.com`. */
  readonly hostnames: string[];
  /** Backends and their weights. */
  readonly backends: BackendRef[];
}

/** A Gateway API TLSRoute (`gateway.networking.k8s.io/v1`): TLS connections routed by SNI, passed through or terminated. */
export class GatewayApiTlsRoute extends GatewayApiObject {
  constructor(scope: Construct, id: string, props: GatewayApiTlsRouteProps) {
    super(scope, id, {
      name: props.name,
      resource: {
        kind: 'TLSRoute',
        spec: {
          parentRefs: props.parents.map((parent) => parent._toGatewayApi()),
          hostnames: [...props.hostnames],
          rules: [{ backendRefs: props.backends.map(_backendToGatewayApi) }],
        },
      },
      syncWave: SyncWave.ROUTES,
      propOf: (field) => _routeProp(field).replace(/^rules\[0\]\.backends/, 'backends'),
    });
    MeshAnalysis._validateProps(this, () => [
      ...(props.hostnames.length === 0 ? [{ field: 'hostnames', value: [], message: 'a TLSRoute needs at least one SNI host name', fix: 'give the host names clients connect to' }] : []),
      ...(props.backends.length === 0 ? [{ field: 'backends', value: [], message: 'the route has no backend: connections are closed', fix: 'give at least one backend' }] : []),
    ]);
  }
}
