import { Construct } from 'constructs';
import * as istio from '../../imports/networking.istio.io';
import { IstioApiVersion } from './api-version';
import { IstioObject } from './istio-object';
import { MeshService } from './mesh-service';
import { MeshAnalysis } from './mesh-analysis';
import { SyncWave } from './sync-wave';
import type { RouteDestination } from '../values/http-route';
import { ServiceVersion } from '../values/service-version';

/** TLS mode of the connections the sidecars open to the destination. */
export enum TlsMode {
  /** Plain text. */
  DISABLE = 'DISABLE',
  /** TLS to the destination, verifying its certificate. */
  SIMPLE = 'SIMPLE',
  /** Mutual TLS with client certificates given in the rule. */
  MUTUAL = 'MUTUAL',
  /** Mutual TLS with the certificates Istio issues to every workload. */
  ISTIO_MUTUAL = 'ISTIO_MUTUAL',
}

const TLS_MODES: Record<TlsMode, istio.DestinationRuleSpecTrafficPolicyTlsMode> = {
  [TlsMode.DISABLE]: istio.DestinationRuleSpecTrafficPolicyTlsMode.DISABLE,
  [TlsMode.SIMPLE]: istio.DestinationRuleSpecTrafficPolicyTlsMode.SIMPLE,
  [TlsMode.MUTUAL]: istio.DestinationRuleSpecTrafficPolicyTlsMode.MUTUAL,
  [TlsMode.ISTIO_MUTUAL]: istio.DestinationRuleSpecTrafficPolicyTlsMode.ISTIO_UNDERSCORE_MUTUAL,
};

/**
 * Props for `DestinationRule`.
 */
export interface DestinationRuleProps {
  /** The Service whose versions become subsets. */
  readonly service: MeshService;
  /** The declared versions; each becomes a subset named after it that selects its `version` label. */
  readonly versions: ServiceVersion[];
  /**
   * Name of the DestinationRule.
   * @default - the Service name
   */
  readonly name?: string;
  /**
   * TLS mode of connections to the service.
   * @default TlsMode.ISTIO_MUTUAL
   */
  readonly tlsMode?: TlsMode;
  /**
   * Name of the Secret with the client certificate and key, required by `TlsMode.MUTUAL`
   * (and the CA certificate for `SIMPLE` and `MUTUAL`).
   * @default - none
   */
  readonly credentialName?: string;
  /**
   * Istio API version of the manifest.
   * @default IstioApiVersion.V1
   */
  readonly apiVersion?: IstioApiVersion;
}

/**
 * An Istio DestinationRule whose subsets are the declared versions of a service, so that subset
 * names and labels are never typed twice.
 */
export class DestinationRule extends IstioObject {
  /** Host the rule applies to: the Service's fully qualified name. */
  public readonly host: string;
  /** The Service the rule applies to. */
  public readonly service: MeshService;
  private readonly _subsetNames: string[];

  constructor(scope: Construct, id: string, props: DestinationRuleProps) {
    super(scope, id, {
      name: props.name ?? props.service.name,
      apiVersion: props.apiVersion,
      resource: {
        kind: 'DestinationRule',
        spec: {
          host: props.service.host,
          subsets: props.versions.map((version) => ({ name: version.name, labels: { version: version.name } })),
          trafficPolicy: { tls: { mode: TLS_MODES[props.tlsMode ?? TlsMode.ISTIO_MUTUAL], credentialName: props.credentialName } },
        },
      },
      syncWave: SyncWave.ROUTE_TARGETS,
      propOf: ruleProp,
    });
    this.service = props.service;
    this.host = props.service.host;
    this._subsetNames = props.versions.map((version) => version.name);
    MeshAnalysis.of(this)._addRouteTarget(this.apiObject, this.host);
    MeshAnalysis._validateProps(this, () => (props.versions.length > 0 ? [] : [{
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

  /** The destination of one subset, on the Service port; an unknown subset is reported at synth. */
  public destination(subset: string): RouteDestination {
    return { host: this.host, port: this.service.port, subset };
  }
}

/** The prop behind a field: subsets are the versions, and the TLS settings are props of their own. */
function ruleProp(field: string): string {
  return field
    .replace(/^spec\.subsets\[(\d+)\]/, 'versions[$1]')
    .replace(/^spec\.trafficPolicy\.tls\.credentialName$/, 'credentialName')
    .replace(/^spec\.trafficPolicy\.tls\.mode$/, 'tlsMode')
    .replace(/^metadata\.name$/, 'name');
}
