import { Construct } from 'constructs';
import { IstioApiVersion } from './api-version';
import { DestinationRule } from './destination-rule';
import { MeshAnalysis } from './mesh-analysis';
import { ConnectionPool, OutlierDetection } from '../values/traffic-policy';

/** Props for `CircuitBreaker`. */
export interface CircuitBreakerProps {
  /** The host whose callers break the circuit: a Service host as written (`httpbin`), or an external host. */
  readonly host: string;
  /** Limits beyond which requests fail at once (with 503) instead of queueing; an empty pool is reported at synth. */
  readonly limits: ConnectionPool;
  /**
   * Ejection of the endpoints that keep failing.
   * @default - none: only the limits break the circuit
   */
  readonly ejection?: OutlierDetection;
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
 * Circuit breaking, as Istio's task describes it: a DestinationRule that limits the connections and requests to each
 * endpoint of a host, and ejects the endpoints that keep failing. One rule per host: give it the host's subsets
 * too by using `DestinationRule` with the same policy instead.
 */
export class CircuitBreaker extends Construct {
  /** The DestinationRule. */
  public readonly rule: DestinationRule;

  constructor(scope: Construct, id: string, props: CircuitBreakerProps) {
    super(scope, id);
    this.rule = new DestinationRule(this, 'Rule', {
      name: props.name,
      host: props.host,
      trafficPolicy: { connectionPool: props.limits, outlierDetection: props.ejection },
      apiVersion: props.apiVersion,
    });
    MeshAnalysis.of(this)._ownForComposite(this.rule.apiObject, this, [
      ['metadata.name', 'name'],
      ['spec.host', 'host'],
      ['spec.trafficPolicy.connectionPool', 'limits'],
      ['spec.trafficPolicy.outlierDetection', 'ejection'],
    ], 'limits');
  }
}
