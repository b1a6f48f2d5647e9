import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { LeastPrivilegePolicy, leastPrivilegePolicies } from '../analysis/least-privilege';
import { isSecurity } from '../manifest/security';
import { SecurityApiVersion } from './api-version';
import { AuthorizationPolicy } from './authorization-policy';
import { MeshAnalysis } from './mesh-analysis';
import { PeerAuthentication, PeerAuthenticationMode } from './peer-authentication';
import { SyncWave, _setSyncWave } from './sync-wave';

/** Props for `SecurityPosture`. */
export interface SecurityPostureProps {
  /**
   * The mTLS mode of every workload of the namespace.
   * @default PeerAuthenticationMode.STRICT
   */
  readonly mtls?: PeerAuthenticationMode;
  /**
   * Whether requests that no declared call makes are denied (an `allow-nothing` policy for the namespace).
   * @default true
   */
  readonly defaultDeny?: boolean;
  /**
   * Trust domain of the mesh, the first part of every principal.
   * @default 'cluster.local'
   */
  readonly trustDomain?: string;
  /**
   * API version of the manifests.
   * @default SecurityApiVersion.V1
   */
  readonly apiVersion?: SecurityApiVersion;
}

/**
 * Zero trust for the namespace of a chart, from the same declarations as its routes and diagrams: STRICT mTLS, a
 * default-deny, and for every Service that is called an ALLOW policy naming the principals of its callers (the
 * workloads that declare the call, the ingress gateway for the Services its routes reach) on the workload port.
 * The policies select the Service's `app` label, so every version runs under the same policy.
 *
 * It reads the chart as it is when the posture is created: create it after the workloads, Services and routes (a
 * call declared later fails the synth with that fix).
 */
export class SecurityPosture extends Construct {
  /** The namespace-wide PeerAuthentication. */
  public readonly peerAuthentication: PeerAuthentication;
  /** The default-deny, unless `defaultDeny` is false. */
  public readonly defaultDeny?: AuthorizationPolicy;
  /** One ALLOW policy per Service called, by Service name. */
  public readonly allows: Readonly<Record<string, AuthorizationPolicy>>;

  constructor(scope: Construct, id: string, props: SecurityPostureProps = {}) {
    super(scope, id);
    const chart = Chart.of(this);
    const namespace = chart.namespace ?? 'default';
    const plan = this.plan(chart, namespace, props.trustDomain);
    this.peerAuthentication = new PeerAuthentication(this, 'Mtls', { name: 'default', mode: props.mtls ?? PeerAuthenticationMode.STRICT, apiVersion: props.apiVersion });
    this.allows = Object.fromEntries(plan.map((policy) => [policy.name, new AuthorizationPolicy(this, `Allow-${policy.name}`, {
      name: policy.name,
      selector: policy.selector,
      rules: policy.rules.map((rule) => ({
        from: [{ principals: rule.principals }],
        to: [{ ports: [rule.port], methods: rule.methods, paths: rule.paths }],
      })),
      apiVersion: props.apiVersion,
    })]));
    if (props.defaultDeny !== false) {
      this.defaultDeny = AuthorizationPolicy.allowNothing(this, 'DefaultDeny');
      // After the allows (in a later wave, and in the file): applying the deny first would refuse the calls the allows are for.
      _setSyncWave(ApiObject.of(this.defaultDeny), SyncWave.WORKLOADS);
    }
    MeshAnalysis._validateProps(this, () => {
      const now = this.plan(chart, namespace, props.trustDomain);
      return JSON.stringify(now) === JSON.stringify(plan) ? [] : [{
        field: 'calls',
        value: now.map((policy) => policy.name),
        message: 'calls or routes were declared after the posture was created, so its policies do not allow them',
        fix: 'create the SecurityPosture after every workload, Service and route of its chart',
      }];
    });
  }

  /** The least-privilege policies of the chart's objects, the posture's own left out. */
  private plan(chart: Chart, namespace: string, trustDomain: string | undefined): LeastPrivilegePolicy[] {
    const objects = chart.node.findAll().filter(ApiObject.isApiObject)
      .map((object) => ({ manifest: object.toJson(), source: object.node.path }))
      .filter(({ manifest }) => !isSecurity(manifest, 'AuthorizationPolicy') && !isSecurity(manifest, 'PeerAuthentication'));
    return leastPrivilegePolicies(objects, namespace, trustDomain);
  }
}
