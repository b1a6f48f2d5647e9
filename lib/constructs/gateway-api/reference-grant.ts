import { Construct } from 'constructs';
import { GATEWAY_API_GROUP } from '../../values/api-groups';
import { SyncWave } from '../sync-wave';
import { GatewayApiObject } from './gateway-api-object';

/** Who may refer into the grant's namespace: a kind of object in a namespace. */
export interface ReferenceGrantFrom {
  /** Kind of the referring objects, e.g. `HTTPRoute` or `Gateway`. */
  readonly kind: string;
  /** Their namespace. */
  readonly namespace: string;
  /**
   * Their API group.
   * @default 'gateway.networking.k8s.io'
   */
  readonly group?: string;
}

/** What they may refer to in the grant's namespace. */
export interface ReferenceGrantTo {
  /** Kind of the objects, e.g. `Service` or `Secret`. */
  readonly kind: string;
  /**
   * Name of the one object.
   * @default - every object of the kind
   */
  readonly name?: string;
  /**
   * API group of the kind.
   * @default '' (the core group)
   */
  readonly group?: string;
}

/** Props for `ReferenceGrant`. */
export interface ReferenceGrantProps {
  /**
   * Name of the grant.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /** Who may refer. */
  readonly from: ReferenceGrantFrom[];
  /** To what. */
  readonly to: ReferenceGrantTo[];
}

/**
 * A Gateway API ReferenceGrant (`gateway.networking.k8s.io/v1`), in the namespace of the referred objects: lets
 * routes or Gateways of another namespace use its Services or Secrets.
 */
export class ReferenceGrant extends GatewayApiObject {
  constructor(scope: Construct, id: string, props: ReferenceGrantProps) {
    super(scope, id, {
      name: props.name,
      resource: {
        kind: 'ReferenceGrant',
        spec: {
          from: props.from.map((from) => ({ group: from.group ?? GATEWAY_API_GROUP, kind: from.kind, namespace: from.namespace })),
          to: props.to.map((to) => ({ group: to.group ?? '', kind: to.kind, name: to.name })),
        },
      },
      syncWave: SyncWave.ROUTE_TARGETS,
    });
  }
}
