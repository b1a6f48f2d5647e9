import { Construct } from 'constructs';
import { IstioApiVersion } from './api-version';
import { DestinationRule } from './destination-rule';
import { MeshAnalysis } from './mesh-analysis';
import { ConnectionPool, OutlierDetection, RegionFailover, SimpleLoadBalancer } from '../values/traffic-policy';

/** Props for `LocalityFailover`. */
export interface LocalityFailoverProps {
  /** The host whose requests fail over, e.g. `helloworld.sample.svc.cluster.local`. */
  readonly host: string;
  /**
   * Regions that take over from others, e.g. `[{ from: 'us-east', to: 'us-west' }]`.
   * @default - none: Istio's order (the caller's zone, then its region, then any), or that of failoverPriority
   */
  readonly failover?: RegionFailover[];
  /**
   * Labels that order the endpoints: those sharing the most leading labels with the caller come first.
   * @default - none
   */
  readonly failoverPriority?: string[];
  /**
   * Ejection of the failing endpoints. Required: without it no endpoint is ever found unhealthy, and nothing fails over.
   */
  readonly outlierDetection: OutlierDetection;
  /**
   * How endpoints of one locality are picked.
   * @default - least request
   */
  readonly loadBalancer?: SimpleLoadBalancer;
  /**
   * Connection limits, e.g. `maxRequestsPerConnection: 1` so that every request picks an endpoint anew.
   * @default - none
   */
  readonly connectionPool?: ConnectionPool;
  /**
   * Name of the DestinationRule.
   * @default - the host
   */
  readonly name?: string;
  /**
   * Istio API version of the manifest.
   * @default IstioApiVersion.V1
   */
  readonly apiVersion?: IstioApiVersion;
}

/**
 * Locality failover, as Istio's task describes it: requests stay in the caller's locality, and go to the next one
 * only when outlier detection has ejected the endpoints there, which is why it is required.
 */
export class LocalityFailover extends Construct {
  /** The DestinationRule. */
  public readonly rule: DestinationRule;

  constructor(scope: Construct, id: string, props: LocalityFailoverProps) {
    super(scope, id);
    const locality = { enabled: true, failover: props.failover, failoverPriority: props.failoverPriority };
    this.rule = new DestinationRule(this, 'Rule', {
      name: props.name,
      host: props.host,
      trafficPolicy: {
        connectionPool: props.connectionPool,
        loadBalancer: props.loadBalancer === undefined ? { locality } : { simple: props.loadBalancer, locality },
        outlierDetection: props.outlierDetection,
      },
      apiVersion: props.apiVersion,
    });
    MeshAnalysis.of(this)._ownForComposite(this.rule.apiObject, this, [
      ['metadata.name', 'name'],
      ['spec.host', 'host'],
      ['spec.trafficPolicy.loadBalancer.locality.failover', 'failover'],
      ['spec.trafficPolicy.loadBalancer.locality.failoverPriority', 'failoverPriority'],
      // Without outlier detection nothing fails over: the finding is of the locality settings, the fix is that prop.
      ['spec.trafficPolicy.loadBalancer.locality', 'outlierDetection'],
      ['spec.trafficPolicy.loadBalancer.simple', 'loadBalancer'],
      ['spec.trafficPolicy.outlierDetection', 'outlierDetection'],
      ['spec.trafficPolicy.connectionPool', 'connectionPool'],
    ], 'host');
  }
}
