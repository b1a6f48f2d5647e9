import { Construct } from 'constructs';
import {
  GatewayApiChannel, GatewayApiHttpRule, RouteParent, _experimentalHttpRuleToGatewayApi, _httpRuleProblems, _httpRuleToGatewayApi,
} from '../../values/gateway-api-route';
import { MeshAnalysis } from '../mesh-analysis';
import { SyncWave } from '../sync-wave';
import { GatewayApiObject, GatewayApiResource } from './gateway-api-object';
import { _routeProp } from './route-props';

/** Props for `GatewayApiHttpRoute`. */
export interface GatewayApiHttpRouteProps {
  /**
   * Name of the route.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /** What the route attaches to: Gateways (`gateway.parent()`), or Services for mesh routing (`RouteParent.service`). */
  readonly parents: RouteParent[];
  /**
   * Host names the route serves at Gateways, e.g. `helloweb.dev`.
   * @default - every host name the listeners serve
   */
  readonly hostnames?: string[];
  /** Rules, each with its matches; the Gateway API orders them by how specific their matches are. */
  readonly rules: GatewayApiHttpRule[];
  /**
   * The channel of the installed Gateway API CRDs; retries need the experimental one.
   * @default GatewayApiChannel.STANDARD
   */
  readonly channel?: GatewayApiChannel;
  /**
   * Labels of the route.
   * @default - the chart's
   */
  readonly labels?: Record<string, string>;
}

/**
 * A Gateway API HTTPRoute (`gateway.networking.k8s.io/v1`): at a Gateway, the requests of its host names; with a
 * Service as parent, the requests workloads of the mesh send to that Service (GAMMA), sidecar or ambient alike.
 */
export class GatewayApiHttpRoute extends GatewayApiObject {
  constructor(scope: Construct, id: string, props: GatewayApiHttpRouteProps) {
    const channel = props.channel ?? GatewayApiChannel.STANDARD;
    super(scope, id, {
      name: props.name,
      labels: props.labels,
      resource: httpRouteResource(props, channel),
      syncWave: SyncWave.ROUTES,
      propOf: _routeProp,
    });
    MeshAnalysis._validateProps(this, () => [
      ...(props.parents.length === 0 ? [{ field: 'parents', value: [], message: 'the route attaches to nothing, so it never applies', fix: 'give a Gateway (gateway.parent()) or a Service (RouteParent.service(...))' }] : []),
      ...props.rules.flatMap((rule, at) => _httpRuleProblems(rule, `rules[${at}]`, channel)),
    ]);
  }
}

/** The HTTPRoute, typed by the generated class of the channel: only the experimental one has `retry`. */
function httpRouteResource(props: GatewayApiHttpRouteProps, channel: GatewayApiChannel): GatewayApiResource {
  const parentRefs = props.parents.map((parent) => parent._toGatewayApi());
  const hostnames = props.hostnames && [...props.hostnames];
  return channel === GatewayApiChannel.EXPERIMENTAL
    ? { kind: 'HTTPRoute', channel, spec: { parentRefs, hostnames, rules: props.rules.map(_experimentalHttpRuleToGatewayApi) } }
    : { kind: 'HTTPRoute', spec: { parentRefs, hostnames, rules: props.rules.map(_httpRuleToGatewayApi) } };
}
