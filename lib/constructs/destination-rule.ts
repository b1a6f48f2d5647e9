import { Construct } from 'constructs';
import * as istio from '../../imports/networking.istio.io.cjs';
import { IstioApiVersion } from './api-version';
import { IstioObject } from './istio-object';
import { MeshService } from './mesh-service';
import { MeshAnalysis, _specProp } from './mesh-analysis';
import { SyncWave } from './sync-wave';
import type { RouteDestination } from '../values/http-route';
import { ServiceVersion } from '../values/service-version';
import { TlsMode, TrafficPolicy, _subsetPolicyToIstio, _tlsModeToIstio, _trafficPolicyProp, _trafficPolicyToIstio } from '../values/traffic-policy';

/** A subset of the destination's endpoints, written out: its name, the labels it selects and its own policy. */
export interface Subset {
  /** Name of the subset, a DNS-1123 label, e.g. `v2`. */
  readonly name: string;
  /**
   * Labels of the endpoints in the subset.
   * @default - none: every endpoint of the host, as in a subset of an egress gateway that only gives a policy a name
   */
  readonly labels?: Record<string, string>;
  /**
   * Policy of the subset; it replaces the rule's policy for the subset's endpoints, part by part.
   * @default - the rule's policy
   */
  readonly trafficPolicy?: TrafficPolicy;
}

/** The host of a DestinationRule: a Service of the app, or a host as written. */
export type DestinationRuleTarget =
  | {
    /** The Service the rule applies to; the host is its fully qualified name (a short name when the chart has no namespace). */
    readonly service: MeshService;
    readonly host?: never;
  }
  | {
    /**
     * The host as written: a Service short name (`reviews`), `name.namespace`, an FQDN, a ServiceEntry host
     * (`edition.cnn.com`) or the egress gateway (`istio-egressgateway.istio-system.svc.cluster.local`).
     */
    readonly host: string;
    readonly service?: never;
  };

/** The TLS of the rule: the shorthand `tlsMode` (with `credentialName`), or a whole `trafficPolicy`, never both. */
export type DestinationRulePolicy =
  | {
    /**
     * TLS mode of connections to the host.
     * @default TlsMode.ISTIO_MUTUAL
     */
    readonly tlsMode?: TlsMode;
    /**
     * Name of the Secret with the client certificate and key, required by `TlsMode.MUTUAL`
     * (and the CA certificate for `SIMPLE` and `MUTUAL`).
     * @default - none
     */
    readonly credentialName?: string;
    readonly trafficPolicy?: never;
  }
  | {
    /**
     * The whole traffic policy. `{}` writes none, which leaves TLS to automatic mutual TLS.
     */
    readonly trafficPolicy: TrafficPolicy;
    readonly tlsMode?: never;
    readonly credentialName?: never;
  };

/** Options of every DestinationRule. */
export interface DestinationRuleOptions {
  /**
   * The declared versions; each becomes a subset named after it that selects its `version` label.
   * @default - none
   */
  readonly versions?: ServiceVersion[];
  /**
   * Subsets written out, after those of `versions`.
   * @default - none
   */
  readonly subsets?: Subset[];
  /**
   * Name of the DestinationRule.
   * @default - the Service name, or the host's first label
   */
  readonly name?: string;
  /**
   * Labels of the workloads whose proxies apply the rule (in the rule's namespace).
   * @default - every workload that calls the host
   */
  readonly workloadSelector?: Record<string, string>;
  /**
   * Namespaces the rule is visible in: `.` (its own), `*` (all) or namespace names.
   * @default - every namespace, or the mesh's default
   */
  readonly exportTo?: string[];
  /**
   * Istio API version of the manifest.
   * @default IstioApiVersion.V1
   */
  readonly apiVersion?: IstioApiVersion;
}

/**
 * Props for `DestinationRule`: its host (a `service` or a `host`), its TLS or traffic policy, and its options.
 */
export type DestinationRuleProps = DestinationRuleTarget & DestinationRulePolicy & DestinationRuleOptions;

/**
 * An Istio DestinationRule: the subsets of a host and how its proxies connect to it. Subsets derived from the
 * declared versions are never typed twice.
 */
export class DestinationRule extends IstioObject {
  /** Host the rule applies to, as written in the rule. */
  public readonly host: string;
  /** The Service the rule applies to, when it was given. */
  public readonly service?: MeshService;
  private readonly _subsetNames: string[];

  constructor(scope: Construct, id: string, props: DestinationRuleProps) {
    const host = props.service ? props.service.host : props.host;
    const subsets = [
      ...(props.versions ?? []).map((version): Subset => ({ name: version.name, labels: { version: version.name } })),
      ...(props.subsets ?? []),
    ];
    super(scope, id, {
      name: props.name ?? props.service?.name ?? host.replace(/\*/g, 'wildcard'),
      apiVersion: props.apiVersion,
      resource: {
        kind: 'DestinationRule',
        spec: {
          host,
          subsets: subsets.length === 0 ? undefined : subsets.map(subsetToIstio),
          trafficPolicy: policyToIstio(props),
          workloadSelector: props.workloadSelector && { matchLabels: { ...props.workloadSelector } },
          exportTo: props.exportTo && [...props.exportTo],
        },
      },
      syncWave: SyncWave.ROUTE_TARGETS,
      propOf: (field) => ruleProp(field, (props.versions ?? []).length, props.trafficPolicy !== undefined, props.service !== undefined),
    });
    this.service = props.service;
    this.host = host;
    this._subsetNames = subsets.map((subset) => subset.name);
    MeshAnalysis.of(this)._addRouteTarget(this.apiObject, this.host);
    MeshAnalysis._validateProps(this, () => (props.service === undefined || subsets.length > 0 || props.trafficPolicy !== undefined ? [] : [{
      field: 'versions', value: [], message: 'no version to make a subset of', fix: 'declare at least one version, e.g. { name: \'v1\', image: ... }',
    }]));
  }

  /** Names of the subsets, in declaration order. */
  public get subsetNames(): string[] {
    return [...this._subsetNames];
  }

  /**
   * Destinations that split traffic between subsets by weight, e.g. `{ v1: 90, v2: 10 }`.
   * Weights are percentages; unknown subsets and sums other than 100 are reported at synth.
   */
  public split(weights: Record<string, number>): RouteDestination[] {
    return Object.entries(weights).map(([subset, weight]) => ({ ...this.destination(subset), weight }));
  }

  /** The destination of one subset, on the Service port when the rule is of a Service; an unknown subset is reported at synth. */
  public destination(subset: string): RouteDestination {
    return { host: this.host, port: this.service?.port, subset };
  }
}

function subsetToIstio(subset: Subset): istio.DestinationRuleSpecSubsets {
  return {
    name: subset.name,
    labels: subset.labels && { ...subset.labels },
    trafficPolicy: _subsetPolicyToIstio(subset.trafficPolicy),
  };
}

/** The rule's policy: the whole policy when given, else the TLS shorthand. */
function policyToIstio(props: DestinationRulePolicy): istio.DestinationRuleSpecTrafficPolicy | undefined {
  if (props.trafficPolicy !== undefined) return _trafficPolicyToIstio(props.trafficPolicy);
  return { tls: { mode: _tlsModeToIstio(props.tlsMode ?? TlsMode.ISTIO_MUTUAL), credentialName: props.credentialName } };
}

/**
 * The prop behind a field: subsets come from the versions first, then from `subsets`; the host is the Service or the
 * host; the TLS shorthand is props of its own.
 */
function ruleProp(field: string, versions: number, wholePolicy: boolean, ofService: boolean): string {
  if (field === 'metadata.name') return 'name';
  if (field === 'spec.host') return ofService ? 'service' : 'host';
  if (!wholePolicy && field === 'spec.trafficPolicy.tls.credentialName') return 'credentialName';
  if (!wholePolicy && field === 'spec.trafficPolicy.tls.mode') return 'tlsMode';
  return _trafficPolicyProp(field)
    .replace(/^spec\.subsets\[(\d+)\]/, (_, at: string) => (Number(at) < versions ? `versions[${at}]` : `subsets[${Number(at) - versions}]`))
    .replace(/^spec\..*/, _specProp);
}
