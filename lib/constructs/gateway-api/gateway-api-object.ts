import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import * as gwx from '../../../imports/experimental-gateway.networking.k8s.io.cjs';
import * as gw from '../../../imports/gateway.networking.k8s.io.cjs';
import { GatewayApiChannel } from '../../values/gateway-api-route';
import { MeshAnalysis, PropOf, _specProp } from '../mesh-analysis';
import { SyncWave, _setSyncWave } from '../sync-wave';

/** The spec of one kind of Gateway API object, typed by the generated classes. */
export type GatewayApiResource =
  | { readonly kind: 'Gateway'; readonly spec: gw.GatewaySpec }
  | { readonly kind: 'HTTPRoute'; readonly channel?: GatewayApiChannel.STANDARD; readonly spec: gw.HttpRouteSpec }
  | { readonly kind: 'HTTPRoute'; readonly channel: GatewayApiChannel.EXPERIMENTAL; readonly spec: gwx.HttpRouteSpec }
  | { readonly kind: 'GRPCRoute'; readonly spec: gw.GrpcRouteSpec }
  | { readonly kind: 'TLSRoute'; readonly spec: gw.TlsRouteSpec }
  | { readonly kind: 'TCPRoute'; readonly spec: gwx.TcpRouteSpec }
  | { readonly kind: 'ReferenceGrant'; readonly spec: gw.ReferenceGrantSpec };

type GatewayApiClass = new (scope: Construct, id: string, props: { metadata: object; spec: never }) => ApiObject;

/** The generated class of each kind: the standard channel's, and TCPRoute's of the experimental channel, which alone has it. */
const CLASSES: Record<GatewayApiResource['kind'], GatewayApiClass> = {
  Gateway: gw.Gateway,
  HTTPRoute: gw.HttpRoute,
  GRPCRoute: gw.GrpcRoute,
  TLSRoute: gw.TlsRoute,
  TCPRoute: gwx.TcpRoute,
  ReferenceGrant: gw.ReferenceGrant,
};

/** The generated class of the resource: of its channel, since an experimental schema has fields the standard class drops. */
function generatedClass(resource: GatewayApiResource): GatewayApiClass {
  return resource.kind === 'HTTPRoute' && resource.channel === GatewayApiChannel.EXPERIMENTAL ? gwx.HttpRoute : CLASSES[resource.kind];
}

/** What every Gateway API construct of this library is made of. */
export interface GatewayApiObjectOptions {
  /**
   * Name of the object.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Labels of the object.
   * @default - the chart's
   */
  readonly labels?: Record<string, string>;
  /** The object's kind and spec. */
  readonly resource: GatewayApiResource;
  /** Its Argo CD sync wave. */
  readonly syncWave: SyncWave;
  /**
   * The prop of the construct behind a field of the object, for reporting findings.
   * @default - the field without `spec.`
   */
  readonly propOf?: PropOf;
}

/**
 * The base of the Gateway API (`gateway.networking.k8s.io`) constructs of this library: one generated L1 object,
 * the child `Resource`, whose findings the construct reports under its own path.
 */
export abstract class GatewayApiObject extends Construct {
  /** Name of the object. */
  public readonly name: string;
  /** Namespace of the object: the chart's, or `default` when the chart has none. */
  public readonly namespace: string;
  /** The generated L1 object. */
  public readonly apiObject: ApiObject;

  protected constructor(scope: Construct, id: string, options: GatewayApiObjectOptions) {
    super(scope, id);
    const metadata = { ...(options.name === undefined ? {} : { name: options.name }), ...(options.labels ? { labels: options.labels } : {}) };
    this.apiObject = new (generatedClass(options.resource))(this, 'Resource', { metadata, spec: options.resource.spec as never });
    this.name = this.apiObject.name;
    this.namespace = Chart.of(this).namespace ?? 'default';
    _setSyncWave(this.apiObject, options.syncWave);
    MeshAnalysis.of(this)._own(this.apiObject, this, options.propOf ?? _specProp);
  }
}
