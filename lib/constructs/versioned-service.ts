import { Chart } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { IstioApiVersion } from './api-version';
import { DestinationRule } from './destination-rule';
import { MeshService, ServiceProtocol } from './mesh-service';
import { HttpRoute } from '../values/http-route';
import { PhaseRoute, RolloutPhase, RolloutPlan } from '../values/rollout-plan';
import { MeshAnalysis } from './mesh-analysis';

import { GatewayReference, VirtualService, _MESH_GATEWAY, _gatewayReference } from './virtual-service';
import { GatewayApiHttpRoute } from './gateway-api/gateway-api-http-route';
import { TrafficApi, _gatewayApiPhase, _gatewayApiPlanProblems } from './gateway-api/gateway-api-rollout';
import { VersionedWorkload, WorkloadOptions, _serviceAccount } from './versioned-workload';
import { ServiceVersion } from '../values/service-version';
import { _notPortable } from '../values/gateway-api-route';
import { Problem } from '../values/names';
import { TlsMode } from '../values/traffic-policy';

/** The mesh analysis code of a subset whose version does not run. */
const SUBSET_WITHOUT_PODS_FINDING = 'dr-subset-without-pods';

/**
 * Props for `VersionedService`.
 */
export interface VersionedServiceProps extends WorkloadOptions {
  /** The `app` label and Service name. */
  readonly app: string;
  /** The rollout of the service. */
  readonly plan: RolloutPlan;
  /** Name of the plan's phase to render, e.g. `canary-10`. */
  readonly phase: string;
  /**
   * Port the Service exposes; also the container port unless `containerPort` says otherwise.
   * @default 3000
   */
  readonly port?: number;
  /**
   * Application protocol of the Service port.
   * @default ServiceProtocol.HTTP
   */
  readonly protocol?: ServiceProtocol;
  /**
   * TLS mode of connections to the service.
   * @default TlsMode.ISTIO_MUTUAL
   */
  readonly tlsMode?: TlsMode;
  /**
   * Gateways that expose the service: Gateway constructs, or names as Istio writes them, `name` (a Gateway in the
   * service's namespace) or `namespace/name` (e.g. `istio-system/ingressgateway`), checked at synth as the
   * VirtualService's `gateways`. Their requests follow the same subset routes as the mesh's, so that a dark launch
   * stays dark and a canary gets its share at the edge too. Not `mesh`: the routes apply to the mesh's sidecars once
   * the phase routes by subset, and before that the mesh reaches the Service without a route.
   * @default - reachable inside the mesh only
   */
  readonly gateways?: GatewayReference[];
  /**
   * Host names clients use at the gateways, e.g. `orders.example.com`.
   * @default - none
   */
  readonly gatewayHosts?: string[];
  /**
   * Istio API version of the manifests.
   * @default IstioApiVersion.V1
   */
  readonly apiVersion?: IstioApiVersion;
  /**
   * The API the routing is written in: Istio's (subsets and a VirtualService), or the Gateway API (a Service per
   * version and an HTTPRoute with the Service as parent), which ambient mode needs. With the Gateway API, `gateways`
   * and `tlsMode` are not portable: attach a `GatewayApiHttpRoute` to a `GatewayApiGateway`, and require mTLS with a
   * PeerAuthentication.
   * @default TrafficApi.ISTIO
   */
  readonly trafficApi?: TrafficApi;
}

/**
 * One service in one phase of its rollout: the version-agnostic Service, a Deployment per deployed
 * version, a DestinationRule with a subset per declared version, and a VirtualService that splits the
 * requests of the mesh, and of the gateways that expose the service, between the subsets. With
 * `trafficApi: TrafficApi.GATEWAY_API`, a Service per declared version and an HTTPRoute whose parent is the Service
 * instead of the DestinationRule and the VirtualService.
 */
export class VersionedService extends Construct {
  /** The phase rendered. */
  public readonly phase: RolloutPhase;
  /** The Service. */
  public readonly service: MeshService;
  /** The Deployments, one per deployed version. */
  public readonly workloads: readonly VersionedWorkload[];
  /** The ServiceAccount of `serviceAccountName`, when a deployed version runs as it. */
  public readonly serviceAccount?: plus.ServiceAccount;
  /** The DestinationRule, once the phase defines subsets. */
  public readonly destinationRule?: DestinationRule;
  /** The VirtualService, once the phase routes by subset, or earlier when gateways expose the service. */
  public readonly virtualService?: VirtualService;
  /** With the Gateway API: the Service of each declared version, the backends of the route. */
  public readonly versionServices: readonly MeshService[];
  /** With the Gateway API: the HTTPRoute, once the phase routes by version. */
  public readonly httpRoute?: GatewayApiHttpRoute;

  constructor(scope: Construct, id: string, props: VersionedServiceProps) {
    super(scope, id);
    this.phase = phaseOf(this, props.plan, props.phase);
    const port = props.port ?? 3000;
    this.service = new MeshService(this, 'Service', { app: props.app, port, targetPort: props.containerPort, protocol: props.protocol });
    const deployed = distinctVersions(this.phase.deployed);
    // One ServiceAccount for the service's identity, written once whatever the number of versions that run as it.
    if (props.serviceAccountName !== undefined && deployed.some((version) => version.serviceAccountName === undefined)) {
      this.serviceAccount = _serviceAccount(this, props.serviceAccountName);
    }
    this.workloads = deployed.map((version) => new VersionedWorkload(this, `Workload-${version.name}`, {
      app: props.app,
      version,
      serviceAccountName: props.serviceAccountName,
      createServiceAccount: version.serviceAccountName !== undefined && version.serviceAccountName !== props.serviceAccountName,
      calls: props.calls,
      containerPort: props.containerPort ?? port,
      containerName: props.containerName,
      imagePullPolicy: props.imagePullPolicy,
      resources: props.resources,
      securityContext: props.securityContext,
    }));
    const gatewayApi = props.trafficApi === TrafficApi.GATEWAY_API;
    if (gatewayApi) {
      const routing = _gatewayApiPhase(this, { service: this.service, phase: this.phase, targetPort: props.containerPort, protocol: props.protocol });
      this.versionServices = routing.versionServices;
      this.httpRoute = routing.httpRoute;
    } else {
      this.versionServices = [];
      this.destinationRule = this.phase.subsets.length > 0 ? this.addDestinationRule(props) : undefined;
      this.virtualService = this.addVirtualService(props);
    }
    MeshAnalysis._validateProps(this, () => [
      ...props.plan._problems().map((problem) => ({ ...problem, field: `plan.${problem.field}` })),
      ...(gatewayApi ? gatewayApiProblems(props, Chart.of(this).namespace) : meshGatewayProblems(props)),
    ]);
  }

  private addDestinationRule(props: VersionedServiceProps): DestinationRule {
    const rule = new DestinationRule(this, 'DestinationRule', {
      service: this.service,
      versions: this.phase.subsets,
      tlsMode: props.tlsMode,
      apiVersion: props.apiVersion,
    });
    // Subsets are defined before their version runs, so that they are known everywhere before a route uses them.
    const deployed = new Set(this.phase.deployed.map((version) => version.name));
    if (this.phase.subsets.some((version) => !deployed.has(version.name))) {
      MeshAnalysis._intend(rule.apiObject, SUBSET_WITHOUT_PODS_FINDING);
    }
    return rule;
  }

  private addVirtualService(props: VersionedServiceProps): VirtualService | undefined {
    const gateways = props.gateways ?? [];
    const gatewayHosts = props.gatewayHosts ?? [];
    const rule = this.destinationRule;
    if (rule && this.phase.routes.length > 0) {
      return new VirtualService(this, 'VirtualService', {
        name: this.service.name,
        hosts: [this.service.host, ...gatewayHosts],
        gateways,
        bindToMesh: true,
        http: this.phase.routes.map((route) => toHttpRoute(route, rule)),
        apiVersion: props.apiVersion,
      });
    }
    if (gateways.length === 0) return undefined;
    // Before routes by subset exist, the gateways reach the Service as a whole: it runs one version only.
    return new VirtualService(this, 'VirtualService', {
      name: this.service.name,
      hosts: gatewayHosts,
      gateways,
      http: [{ route: [{ host: this.service.host, port: this.service.port }] }],
      apiVersion: props.apiVersion,
    });
  }
}

/** A phase's route, in terms of versions, as a VirtualService route to the rule's subsets. */
function toHttpRoute(route: PhaseRoute, rule: DestinationRule): HttpRoute {
  if (route.redirect) return { match: route.match, redirect: route.redirect };
  const weights = Object.fromEntries((route.weights ?? []).map(({ version, weight }) => [version.name, weight]));
  return {
    match: route.match,
    rewrite: route.rewriteUri === undefined ? undefined : { uri: route.rewriteUri },
    route: rule.split(weights),
    mirrors: route.mirror && [{ destination: rule.destination(route.mirror.version.name), percentage: route.mirror.percentage }],
  };
}

/** `mesh` among the gateways: the VirtualService binds to the mesh's sidecars itself, when the phase routes by subset. */
function meshGatewayProblems(props: VersionedServiceProps): Problem[] {
  return (props.gateways ?? []).flatMap((gateway, at) => (gateway !== _MESH_GATEWAY ? [] : [{
    field: `gateways[${at}]`,
    value: gateway,
    message: 'is the sidecars of the mesh, not a gateway: the routes apply to them once the phase routes by subset, and before that the mesh reaches the Service without a route',
    fix: 'leave mesh out, and list only the gateways that expose the service',
  }]));
}

/** What of the props the Gateway API cannot express. */
function gatewayApiProblems(props: VersionedServiceProps, namespace: string | undefined): Problem[] {
  const problems = _gatewayApiPlanProblems(props.plan);
  if (props.tlsMode !== undefined) {
    problems.push(_notPortable('tlsMode', props.tlsMode, 'a subset traffic policy (the Gateway API has no DestinationRule)', 'leave tlsMode out: sidecars and ztunnels use mTLS among themselves; require it with a PeerAuthentication, or use trafficApi: TrafficApi.ISTIO'));
  }
  if ((props.gateways ?? []).length > 0 || (props.gatewayHosts ?? []).length > 0) {
    problems.push(_notPortable('gateways', (props.gateways ?? []).map((gateway) => _gatewayReference(gateway, namespace)), 'Istio Gateways take VirtualServices only', 'expose the service with a GatewayApiHttpRoute whose parent is a GatewayApiGateway, or use trafficApi: TrafficApi.ISTIO'));
  }
  return problems;
}

/** The phase called `name`, or an error naming the construct path. */
function phaseOf(scope: Construct, plan: RolloutPlan, name: string): RolloutPhase {
  try {
    return plan.phase(name);
  } catch (error) {
    throw new Error(`[${scope.node.path}] ${(error as Error).message}`);
  }
}

/** Versions with distinct names; a plan whose versions share a name is reported by its own check. */
function distinctVersions(versions: ServiceVersion[]): ServiceVersion[] {
  return versions.filter((version, index) => versions.findIndex((other) => other.name === version.name) === index);
}
