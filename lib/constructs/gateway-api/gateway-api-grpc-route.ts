import { Construct } from 'constructs';
import * as gw from '../../../imports/gateway.networking.k8s.io.cjs';
import { BackendRef, GatewayApiMirror, RouteParent, _backendToGatewayApi, _headersToGatewayApi, _mirrorToGatewayApi } from '../../values/gateway-api-route';
import { HeaderOperations } from '../../values/http-route';
import { Problem } from '../../values/names';
import { StringMatch } from '../../values/string-match';
import { MeshAnalysis } from '../mesh-analysis';
import { SyncWave } from '../sync-wave';
import { GatewayApiObject } from './gateway-api-object';
import { _routeProp } from './route-props';

/** Conditions of one GRPCRoute match, all of which must hold. */
export interface GatewayApiGrpcMatch {
  /**
   * The gRPC service, e.g. `helloworld.Greeter`.
   * @default - every service
   */
  readonly service?: string;
  /**
   * The gRPC method, e.g. `SayHello`.
   * @default - every method
   */
  readonly method?: string;
  /**
   * Headers (metadata) by name, `exact` or `regex`.
   * @default - no header condition
   */
  readonly headers?: Record<string, StringMatch>;
}

/** One rule of a GRPCRoute. */
export interface GatewayApiGrpcRule {
  /**
   * Conditions, any one of which must hold.
   * @default - every call
   */
  readonly matches?: GatewayApiGrpcMatch[];
  /** Backends and their weights. */
  readonly backends: BackendRef[];
  /**
   * Header (metadata) changes on the call.
   * @default - none
   */
  readonly requestHeaders?: HeaderOperations;
  /**
   * Header (metadata) changes on the response.
   * @default - none
   */
  readonly responseHeaders?: HeaderOperations;
  /**
   * Copies of the calls to other backends.
   * @default - none
   */
  readonly mirrors?: GatewayApiMirror[];
}

/** Props for `GatewayApiGrpcRoute`. */
export interface GatewayApiGrpcRouteProps {
  /**
   * Name of the route.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /** Gateways or Services the route attaches to. */
  readonly parents: RouteParent[];
  /**
   * Host names the route serves at Gateways.
   * @default - every host name the listeners serve
   */
  readonly hostnames?: string[];
  /** Rules. */
  readonly rules: GatewayApiGrpcRule[];
}

/** A Gateway API GRPCRoute (`gateway.networking.k8s.io/v1`): gRPC calls routed by service, method and metadata. */
export class GatewayApiGrpcRoute extends GatewayApiObject {
  constructor(scope: Construct, id: string, props: GatewayApiGrpcRouteProps) {
    super(scope, id, {
      name: props.name,
      resource: {
        kind: 'GRPCRoute',
        spec: {
          parentRefs: props.parents.map((parent) => parent._toGatewayApi()),
          hostnames: props.hostnames && [...props.hostnames],
          rules: props.rules.map((rule) => ({ matches: rule.matches?.map(grpcMatch), filters: grpcFilters(rule), backendRefs: rule.backends.map(_backendToGatewayApi) })),
        },
      },
      syncWave: SyncWave.ROUTES,
      propOf: _routeProp,
    });
    MeshAnalysis._validateProps(this, () => props.rules.flatMap((rule, at) => grpcRuleProblems(rule, `rules[${at}]`)));
  }
}

function grpcFilters(rule: GatewayApiGrpcRule): gw.GrpcRouteSpecRulesFilters[] | undefined {
  const Type = gw.GrpcRouteSpecRulesFiltersType;
  const filters: gw.GrpcRouteSpecRulesFilters[] = [
    ...(rule.requestHeaders ? [{ type: Type.REQUEST_HEADER_MODIFIER, requestHeaderModifier: _headersToGatewayApi(rule.requestHeaders) }] : []),
    ...(rule.responseHeaders ? [{ type: Type.RESPONSE_HEADER_MODIFIER, responseHeaderModifier: _headersToGatewayApi(rule.responseHeaders) }] : []),
    ...(rule.mirrors ?? []).map((mirror) => ({ type: Type.REQUEST_MIRROR, requestMirror: _mirrorToGatewayApi(mirror) })),
  ];
  return filters.length > 0 ? filters : undefined;
}

function grpcMatch(match: GatewayApiGrpcMatch): gw.GrpcRouteSpecRulesMatches {
  const method = match.service || match.method
    ? { type: gw.GrpcRouteSpecRulesMatchesMethodType.EXACT, service: match.service, method: match.method }
    : undefined;
  const headers = match.headers && Object.entries(match.headers).map(([name, value]) => ({
    name,
    value: value.value,
    type: value.kind === 'regex' ? gw.GrpcRouteSpecRulesMatchesHeadersType.REGULAR_EXPRESSION : gw.GrpcRouteSpecRulesMatchesHeadersType.EXACT,
  }));
  return { method, headers };
}

function grpcRuleProblems(rule: GatewayApiGrpcRule, field: string): Problem[] {
  const problems: Problem[] = rule.backends.length === 0
    ? [{ field: `${field}.backends`, value: [], message: 'the rule has no backend: Istio answers every call with an error', fix: 'give at least one backend' }]
    : [];
  (rule.matches ?? []).forEach((match, at) => {
    for (const [name, value] of Object.entries(match.headers ?? {})) {
      if (value.kind === 'prefix') {
        problems.push({ field: `${field}.matches[${at}].headers.${name}`, value: value.value, message: 'not portable to Gateway API: a header prefix match', fix: 'use StringMatch.regex(...) or StringMatch.exact(...)' });
      }
    }
  });
  return problems;
}
