import { ApiObject } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import * as istio from '../../imports/networking.istio.io';
import { IstioApiVersion, _istioClasses } from './api-version';
import { MeshService } from './mesh-service';
import { MeshAnalysis } from './mesh-analysis';
import { SyncWave, _setSyncWave } from './sync-wave';
import { Problem, _dnsLabelProblems, _validateWith } from '../values/names';
import type { RouteDestination } from '../values/http-route';
import { ServiceVersion } from './versioned-workload';

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

/** DestinationRules by host, per construct tree, so that routes find their subsets without scanning the tree. */
const RULES_BY_ROOT = new WeakMap<IConstruct, Map<string, DestinationRule[]>>();
/** Objects that route to a host, per construct tree, so that a rule declared later still comes before them. */
const ROUTES_BY_ROOT = new WeakMap<IConstruct, Map<string, ApiObject[]>>();

function registryOf<T>(registries: WeakMap<IConstruct, Map<string, T[]>>, scope: IConstruct): Map<string, T[]> {
  const registry = registries.get(scope.node.root) ?? new Map<string, T[]>();
  registries.set(scope.node.root, registry);
  return registry;
}

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
export class DestinationRule extends Construct {
  /**
   * The DestinationRules of this construct tree for a host.
   * @internal
   */
  public static _forHost(scope: IConstruct, host: string): DestinationRule[] {
    return RULES_BY_ROOT.get(scope.node.root)?.get(host) ?? [];
  }

  /**
   * Makes `route` come after every DestinationRule of `host`, declared before or after it.
   * @internal
   */
  public static _orderBefore(route: ApiObject, host: string): void {
    for (const rule of DestinationRule._forHost(route, host)) route.addDependency(rule.apiObject);
    const routes = registryOf(ROUTES_BY_ROOT, route);
    routes.set(host, [...(routes.get(host) ?? []), route]);
  }

  /** Host the rule applies to: the Service's fully qualified name. */
  public readonly host: string;
  /** Names of the subsets, in declaration order. */
  public readonly subsetNames: string[];
  /** The Service the rule applies to. */
  public readonly service: MeshService;
  /** The generated L1 object. */
  public readonly apiObject: ApiObject;

  constructor(scope: Construct, id: string, props: DestinationRuleProps) {
    super(scope, id);
    this.service = props.service;
    this.host = props.service.host;
    this.subsetNames = props.versions.map((version) => version.name);
    const spec: istio.DestinationRuleSpec = {
      host: this.host,
      subsets: props.versions.map((version) => ({ name: version.name, labels: { version: version.name } })),
      trafficPolicy: { tls: { mode: TLS_MODES[props.tlsMode ?? TlsMode.ISTIO_MUTUAL], credentialName: props.credentialName } },
    };
    this.apiObject = new (_istioClasses(props.apiVersion).DestinationRule)(this, 'Resource', { metadata: { name: props.name ?? props.service.name }, spec });
    _setSyncWave(this.apiObject, SyncWave.ROUTE_TARGETS);
    MeshAnalysis._register(this.apiObject, () => spec);
    _validateWith(this, () => this.problems(props));
    this.register();
  }

  private register(): void {
    const rules = registryOf(RULES_BY_ROOT, this);
    rules.set(this.host, [...(rules.get(this.host) ?? []), this]);
    for (const route of registryOf(ROUTES_BY_ROOT, this).get(this.host) ?? []) route.addDependency(this.apiObject);
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

  private problems(props: DestinationRuleProps): Problem[] {
    if (props.versions.length === 0) {
      return [{ field: 'versions', value: [], message: 'no version to make a subset of', fix: 'declare at least one version, e.g. { name: \'v1\', image: ... }' }];
    }
    const problems = props.versions.flatMap((version, index) => _dnsLabelProblems(`versions[${index}].name`, version.name));
    if (props.tlsMode === TlsMode.MUTUAL && !props.credentialName) {
      problems.push({ field: 'credentialName', value: undefined, message: 'MUTUAL TLS needs a client certificate', fix: 'name the Secret that holds it, or use TlsMode.ISTIO_MUTUAL for mesh workloads' });
    }
    const duplicates = this.subsetNames.filter((name, index) => this.subsetNames.indexOf(name) !== index);
    for (const name of new Set(duplicates)) {
      problems.push({ field: 'versions', value: name, message: 'declares the same version twice', fix: 'give every version a distinct name' });
    }
    return problems;
  }
}
