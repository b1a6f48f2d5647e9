import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { IstioApiVersion, _istioClasses } from './api-version';
import { DestinationRule } from './destination-rule';
import { Gateway } from './gateway';
import { SyncWave, _setSyncWave } from './sync-wave';
import { Problem, _portProblems, _validateWith } from './validation';

/** Where a route sends requests. */
export interface RouteDestination {
  /** Host of a Service or ServiceEntry, preferably fully qualified (`app.namespace.svc.cluster.local`). */
  readonly host: string;
  /**
   * Port on the host.
   * @default - the only port of the host
   */
  readonly port?: number;
  /**
   * Subset of the host, defined by a DestinationRule.
   * @default - every pod of the host
   */
  readonly subset?: string;
  /**
   * Percentage of the route's requests; the weights of one route add up to 100.
   * @default - all requests, when the route has one destination
   */
  readonly weight?: number;
}

/** An HTTP route: requests go to one destination or are split between several by weight. */
export interface HttpRoute {
  /** Destinations of the route. */
  readonly route: RouteDestination[];
}

/**
 * Props for `VirtualService`.
 */
export interface VirtualServiceProps {
  /**
   * Name of the VirtualService.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /** Hosts the routes apply to: names clients call, e.g. `helloweb.dev` or a Service host. */
  readonly hosts: string[];
  /**
   * Gateways whose traffic the routes apply to.
   * @default - the sidecars of the mesh only
   */
  readonly gateways?: Gateway[];
  /** HTTP routes, evaluated in order. */
  readonly http: HttpRoute[];
  /**
   * Istio API version of the manifest.
   * @default IstioApiVersion.V1
   */
  readonly apiVersion?: IstioApiVersion;
}

/**
 * An Istio VirtualService: binds hosts, at the sidecars or at gateways, to routes.
 */
export class VirtualService extends Construct {
  /** Hosts the routes apply to. */
  public readonly hosts: string[];
  /** The generated L1 object. */
  public readonly apiObject: ApiObject;

  constructor(scope: Construct, id: string, props: VirtualServiceProps) {
    super(scope, id);
    this.hosts = props.hosts;
    const namespace = Chart.of(this).namespace;
    this.apiObject = new (_istioClasses(props.apiVersion).VirtualService)(this, 'Resource', {
      metadata: { name: props.name },
      spec: {
        hosts: props.hosts,
        gateways: props.gateways?.map((gateway) => gatewayReference(gateway, namespace)),
        http: props.http.map((route) => ({ route: route.route.map(toDestination) })),
      },
    });
    for (const gateway of props.gateways ?? []) this.apiObject.addDependency(gateway.apiObject);
    for (const rule of this.destinationRules(props)) this.apiObject.addDependency(rule.apiObject);
    _setSyncWave(this.apiObject, SyncWave.ROUTES);
    _validateWith(this, () => this.problems(props));
  }

  private destinationRules(props: VirtualServiceProps): DestinationRule[] {
    const hosts = new Set(props.http.flatMap((route) => route.route.map((destination) => destination.host)));
    return [...hosts].flatMap((host) => DestinationRule._forHost(this, host));
  }

  private problems(props: VirtualServiceProps): Problem[] {
    const problems: Problem[] = [];
    if (props.hosts.length === 0) {
      problems.push({ field: 'hosts', value: [], message: 'routes apply to no host', fix: 'list the host names clients call' });
    }
    props.http.forEach((route, index) => problems.push(...this.routeProblems(route, `http[${index}]`)));
    return problems;
  }

  private routeProblems(route: HttpRoute, field: string): Problem[] {
    if (route.route.length === 0) {
      return [{ field: `${field}.route`, value: [], message: 'a route needs a destination', fix: 'add a destination with a host' }];
    }
    const problems = route.route.flatMap((destination, index) => [
      ..._portProblems(`${field}.route[${index}].port`, destination.port),
      ...this.weightProblems(destination, `${field}.route[${index}].weight`),
      ...this.subsetProblems(destination, `${field}.route[${index}].subset`),
    ]);
    return [...problems, ...weightSumProblems(route, `${field}.route`)];
  }

  private weightProblems(destination: RouteDestination, field: string): Problem[] {
    const weight = destination.weight;
    if (weight === undefined || (Number.isInteger(weight) && weight >= 0 && weight <= 100)) return [];
    return [{ field, value: weight, message: 'is not a percentage', fix: 'use a whole number from 0 to 100' }];
  }

  private subsetProblems(destination: RouteDestination, field: string): Problem[] {
    if (destination.subset === undefined) return [];
    const rules = DestinationRule._forHost(this, destination.host);
    if (rules.some((rule) => rule.subsetNames.includes(destination.subset!))) return [];
    const defined = rules.flatMap((rule) => rule.subsetNames);
    return [{
      field,
      value: destination.subset,
      message: `no DestinationRule for host ${destination.host} defines this subset`,
      fix: defined.length > 0
        ? `use one of the defined subsets (${defined.join(', ')}) or declare the version`
        : `add a DestinationRule for ${destination.host} that declares the version`,
    }];
  }
}

function gatewayReference(gateway: Gateway, namespace: string | undefined): string {
  return gateway.namespace && gateway.namespace !== namespace ? `${gateway.namespace}/${gateway.name}` : gateway.name;
}

function toDestination(destination: RouteDestination) {
  return {
    destination: {
      host: destination.host,
      port: destination.port === undefined ? undefined : { number: destination.port },
      subset: destination.subset,
    },
    weight: destination.weight,
  };
}

function weightSumProblems(route: HttpRoute, field: string): Problem[] {
  const weights = route.route.map((destination) => destination.weight);
  if (route.route.length === 1 && (weights[0] === undefined || weights[0] === 100)) return [];
  if (weights.some((weight) => weight === undefined)) {
    return [{ field, value: weights, message: 'splits traffic but not every destination has a weight', fix: 'give every destination a weight' }];
  }
  const total = weights.reduce<number>((sum, weight) => sum + weight!, 0);
  if (total === 100) return [];
  return [{ field, value: weights, message: `weights add up to ${total}, not 100`, fix: 'make the weights of the route add up to 100' }];
}
