import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { GatewayApiHttpRule, GatewayApiRedirect, RouteParent, _notPortable } from '../../values/gateway-api-route';
import { HttpRedirect } from '../../values/http-route';
import { Problem } from '../../values/names';
import { PhaseRoute, RolloutPhase, RolloutPlan } from '../../values/rollout-plan';
import { ServiceVersion } from '../../values/service-version';
import { MeshAnalysis } from '../mesh-analysis';
import { MeshService, ServiceProtocol } from '../mesh-service';
import { GatewayApiHttpRoute } from './gateway-api-http-route';

/** The API a service's routing is written in. */
export enum TrafficApi {
  /** Istio's: DestinationRule subsets and a VirtualService. */
  ISTIO = 'istio',
  /**
   * The Kubernetes Gateway API: a Service per version and an HTTPRoute whose parent is the Service (GAMMA), the only
   * stable way to configure ambient mode; steps it cannot express fail the synth.
   */
  GATEWAY_API = 'gateway-api',
}

/** The mesh analysis code of a Service that selects no pod. */
const SERVICE_SELECTS_NOTHING_FINDING = 'service-selects-nothing';

/** The Service of each version and the mesh route of one phase, as the Gateway API writes them. */
export interface GatewayApiPhaseObjects {
  /** A Service per declared version, selecting `app` and `version`. */
  readonly versionServices: MeshService[];
  /**
   * The route, once the phase routes by version.
   * @default - none, before the phase routes
   */
  readonly httpRoute?: GatewayApiHttpRoute;
}

/** What a service's phase needs to be written in the Gateway API. */
export interface GatewayApiPhaseOptions {
  /** The version-agnostic Service, the route's parent. */
  readonly service: MeshService;
  /** The phase. */
  readonly phase: RolloutPhase;
  /**
   * Container port of the versions.
   * @default - the Service port
   */
  readonly targetPort?: number;
  /**
   * Protocol of the Service port.
   * @default ServiceProtocol.HTTP
   */
  readonly protocol?: ServiceProtocol;
}

/**
 * The phase of a rollout in the Gateway API: a Service per declared version (declared a phase before any route uses
 * it, as a subset is), and an HTTPRoute with the version-agnostic Service as parent that splits its requests between
 * them by weight, mirrors with RequestMirror, opts in by header match and rewrites or redirects with filters.
 * @internal
 */
export function _gatewayApiPhase(scope: Construct, options: GatewayApiPhaseOptions): GatewayApiPhaseObjects {
  const { service, phase } = options;
  const deployed = new Set(phase.deployed.map((version) => version.name));
  const versionServices = distinctVersions(phase.subsets).map((version) => {
    const versionService = new MeshService(scope, `Service-${version.name}`, {
      app: service.app, version: version.name, port: service.port, targetPort: options.targetPort, protocol: options.protocol,
    });
    // Declared before its version runs, so that the route that starts sending it requests finds it everywhere.
    if (!deployed.has(version.name)) MeshAnalysis._intend(ApiObject.of(versionService.service), SERVICE_SELECTS_NOTHING_FINDING);
    return versionService;
  });
  if (phase.routes.length === 0) return { versionServices };
  const backend = (version: ServiceVersion, weight?: number) => ({ service: `${service.name}-${version.name}`, port: service.port, weight });
  const httpRoute = new GatewayApiHttpRoute(scope, 'HTTPRoute', {
    name: service.name,
    parents: [RouteParent.service(service.name, { port: service.port })],
    rules: phase.routes.map((route) => phaseRule(route, backend)),
  });
  return { versionServices, httpRoute };
}

type BackendOf = (version: ServiceVersion, weight?: number) => { service: string; port: number; weight?: number };

function phaseRule(route: PhaseRoute, backend: BackendOf): GatewayApiHttpRule {
  const matches = route.match?.map((match) => ({ path: match.uri, headers: match.headers }));
  if (route.redirect) return { matches, redirect: redirectOf(route.redirect) };
  return {
    matches,
    backends: (route.weights ?? []).map(({ version, weight }) => backend(version, weight)),
    rewrite: route.rewriteUri === undefined ? undefined : { path: { prefix: route.rewriteUri } },
    mirrors: route.mirror && [{ backend: backend(route.mirror.version), percent: route.mirror.percentage }],
  };
}

/** An Istio redirect as a RequestRedirect filter: its `uri` replaces the whole path, and 301 stays Istio's default. */
function redirectOf(redirect: HttpRedirect): GatewayApiRedirect {
  const [hostname, port] = redirect.authority?.split(':') ?? [];
  return {
    path: redirect.uri === undefined ? undefined : { fullPath: redirect.uri },
    hostname,
    port: redirect.port ?? (port === undefined ? undefined : Number(port)),
    scheme: redirect.scheme as GatewayApiRedirect['scheme'],
    statusCode: redirect.redirectCode ?? 301,
  };
}

/**
 * What of a rollout plan the Gateway API cannot express, each naming the step and what to use instead.
 * @internal
 */
export function _gatewayApiPlanProblems(plan: RolloutPlan): Problem[] {
  return plan.steps.flatMap((step, index) => {
    const field = `plan.steps[${index}]`;
    const problems: Problem[] = [];
    for (const [header, match] of Object.entries(step.headerOptIn ?? {})) {
      if (match.kind === 'prefix') {
        problems.push(_notPortable(`${field}.headerOptIn.${header}`, match.value, `the Gateway API has no header prefix match (step ${step.name ?? index})`,
          `use StringMatch.regex('${match.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*') or StringMatch.exact, or trafficApi: TrafficApi.ISTIO`));
      }
    }
    const scheme = step.pathRedirect?.redirect.scheme;
    if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
      problems.push(_notPortable(`${field}.pathRedirect.redirect.scheme`, scheme, 'a RequestRedirect redirects to http or https only', 'use http or https, or trafficApi: TrafficApi.ISTIO'));
    }
    return problems;
  });
}

/** Versions with distinct names; a plan whose versions share a name is reported by its own check. */
function distinctVersions(versions: ServiceVersion[]): ServiceVersion[] {
  return versions.filter((version, index) => versions.findIndex((other) => other.name === version.name) === index);
}
