import { ApiObject, Chart, JsonPatch } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { MeshService } from '../mesh-service';
import { SyncWave, _setSyncWave } from '../sync-wave';
import { GatewayApiGateway, ListenerProtocol } from './gateway-api-gateway';

/** The label that sends a namespace's or a Service's traffic through a waypoint, in ambient mode. */
export const USE_WAYPOINT_LABEL = 'istio.io/use-waypoint';

/** The traffic a waypoint processes. */
export enum WaypointTrafficType {
  /** Traffic addressed to Services (the default of Istio). */
  SERVICE = 'service',
  /** Traffic addressed to pods directly. */
  WORKLOAD = 'workload',
  /** Both. */
  ALL = 'all',
}

/** Props for `Waypoint`. */
export interface WaypointProps {
  /**
   * Name of the waypoint Gateway.
   * @default 'waypoint'
   */
  readonly name?: string;
  /**
   * The traffic it processes.
   * @default WaypointTrafficType.SERVICE
   */
  readonly trafficFor?: WaypointTrafficType;
  /**
   * Whether the chart's namespace uses the waypoint: writes the Namespace with the `istio.io/use-waypoint` label
   * (and `istio.io/dataplane-mode: ambient`).
   * @default false
   */
  readonly forNamespace?: boolean;
  /**
   * Services that use the waypoint: each gets the `istio.io/use-waypoint` label.
   * @default - none
   */
  readonly services?: MeshService[];
}

/**
 * An ambient-mode waypoint: a Gateway of class `istio-waypoint` (an HBONE listener on 15008), and the
 * `istio.io/use-waypoint` label on the namespace or the Services whose requests it processes. HTTPRoutes with
 * those Services as parents are then applied by the waypoint.
 */
export class Waypoint extends Construct {
  /** The waypoint's Gateway. */
  public readonly gateway: GatewayApiGateway;
  /** The Namespace, when `forNamespace` is set. */
  public readonly namespaceObject?: kplus.Namespace;

  constructor(scope: Construct, id: string, props: WaypointProps = {}) {
    super(scope, id);
    const name = props.name ?? 'waypoint';
    this.gateway = new GatewayApiGateway(this, 'Gateway', {
      name,
      gatewayClassName: 'istio-waypoint',
      labels: { 'istio.io/waypoint-for': props.trafficFor ?? WaypointTrafficType.SERVICE },
      listeners: [{ name: 'mesh', port: 15008, protocol: ListenerProtocol.HBONE }],
    });
    if (props.forNamespace) {
      const namespace = Chart.of(this).namespace ?? 'default';
      this.namespaceObject = new kplus.Namespace(this, 'Namespace', {
        metadata: { name: namespace, labels: { [USE_WAYPOINT_LABEL]: name, 'istio.io/dataplane-mode': 'ambient' } },
      });
      const resource = ApiObject.of(this.namespaceObject);
      // A Namespace is cluster-scoped: the chart's namespace does not apply to it.
      resource.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
      _setSyncWave(resource, SyncWave.WORKLOADS);
    }
    for (const service of props.services ?? []) service.service.metadata.addLabel(USE_WAYPOINT_LABEL, name);
  }
}
