import { Duration } from 'cdk8s';
import * as gwx from '../../imports/experimental-gateway.networking.k8s.io.cjs';
import * as gw from '../../imports/gateway.networking.k8s.io.cjs';
import { GATEWAY_API_GROUP } from './api-groups';
import { HeaderOperations } from './http-route';
import { Problem } from './names';
import { StringMatch } from './string-match';

/** What a route attaches to: a Gateway (ingress, or a waypoint), or a Service (mesh routing, GAMMA). */
export class RouteParent {
  /**
   * A Gateway, optionally one of its listeners (`sectionName`) or ports.
   */
  public static gateway(name: string, options: RouteParentOptions = {}): RouteParent {
    return new RouteParent('Gateway', GATEWAY_API_GROUP, name, options);
  }

  /**
   * A Service: the route applies to requests that workloads of the mesh send to it (GAMMA).
   */
  public static service(name: string, options: Omit<RouteParentOptions, 'sectionName'> = {}): RouteParent {
    return new RouteParent('Service', '', name, options);
  }

  private constructor(
    /** `Gateway` or `Service`. */
    public readonly kind: 'Gateway' | 'Service',
    /** API group of the kind. */
    public readonly group: string,
    /** Name of the parent. */
    public readonly name: string,
    /** Namespace, listener and port. */
    public readonly options: RouteParentOptions,
  ) {}

  /**
   * The parentRef.
   * @internal
   */
  public _toGatewayApi(): gw.HttpRouteSpecParentRefs {
    return { group: this.group, kind: this.kind, name: this.name, ...this.options };
  }
}

/** Where in its parent a route attaches. */
export interface RouteParentOptions {
  /**
   * Namespace of the parent.
   * @default - the route's namespace
   */
  readonly namespace?: string;
  /**
   * Name of one listener of the Gateway.
   * @default - every listener that allows the route
   */
  readonly sectionName?: string;
  /**
   * Port of the listener, or of the Service.
   * @default - every port
   */
  readonly port?: number;
}

/** A Service that receives requests of a route. */
export interface BackendRef {
  /** Name of the Service. */
  readonly service: string;
  /** Port of the Service. */
  readonly port: number;
  /**
   * Namespace of the Service; another namespace than the route's needs a ReferenceGrant there.
   * @default - the route's namespace
   */
  readonly namespace?: string;
  /**
   * Relative share of the rule's requests (weights need not add up to 100).
   * @default 1
   */
  readonly weight?: number;
}

/** HTTP methods a match can require. */
export enum HttpMethod {
  /** Read a resource. */
  GET = 'GET',
  /** Read the headers only. */
  HEAD = 'HEAD',
  /** Create or process. */
  POST = 'POST',
  /** Replace a resource. */
  PUT = 'PUT',
  /** Delete a resource. */
  DELETE = 'DELETE',
  /** Open a tunnel. */
  CONNECT = 'CONNECT',
  /** Ask what is allowed (CORS preflight). */
  OPTIONS = 'OPTIONS',
  /** Echo the request. */
  TRACE = 'TRACE',
  /** Change part of a resource. */
  PATCH = 'PATCH',
}

/** Conditions of one HTTPRoute match, all of which must hold. */
export interface GatewayApiHttpMatch {
  /**
   * The path: `exact`, `prefix` (whole path segments: `/greeting` matches `/greeting/x`, not `/greetings`) or `regex`.
   * @default - every path
   */
  readonly path?: StringMatch;
  /**
   * Headers by name, `exact` or `regex` (the Gateway API has no prefix match).
   * @default - no header condition
   */
  readonly headers?: Record<string, StringMatch>;
  /**
   * Query parameters by name, `exact` or `regex`.
   * @default - no query parameter condition
   */
  readonly queryParams?: Record<string, StringMatch>;
  /**
   * The method.
   * @default - every method
   */
  readonly method?: HttpMethod;
}

/** A new path: the whole path, or the part that the rule's path prefix matched. */
export type PathModifier =
  | { readonly fullPath: string; readonly prefix?: never }
  | { readonly prefix: string; readonly fullPath?: never };

/** A redirect sent back to the client (the RequestRedirect filter). */
export interface GatewayApiRedirect {
  /**
   * New path.
   * @default - the request path
   */
  readonly path?: PathModifier;
  /**
   * New host name.
   * @default - the request host
   */
  readonly hostname?: string;
  /**
   * New port.
   * @default - the port of the scheme, or the request's
   */
  readonly port?: number;
  /**
   * New scheme.
   * @default - the request scheme
   */
  readonly scheme?: 'http' | 'https';
  /**
   * Status code.
   * @default 302
   */
  readonly statusCode?: 301 | 302 | 303 | 307 | 308;
}

/** A rewrite of the request before it is forwarded (the URLRewrite filter). */
export interface GatewayApiRewrite {
  /**
   * New path.
   * @default - unchanged
   */
  readonly path?: PathModifier;
  /**
   * New Host header.
   * @default - unchanged
   */
  readonly hostname?: string;
}

/** Copies of requests sent to another backend, whose answers are discarded (the RequestMirror filter). */
export interface GatewayApiMirror {
  /** Where the copies go (its weight is ignored). */
  readonly backend: BackendRef;
  /**
   * Percentage of requests copied, 0 to 100; or use `fraction`.
   * @default 100
   */
  readonly percent?: number;
  /**
   * Share of requests copied, `numerator` / `denominator` (default 100); instead of `percent`.
   * @default - `percent`
   */
  readonly fraction?: { readonly numerator: number; readonly denominator?: number };
}

/** Cross-origin resource sharing (the CORS filter). */
export interface GatewayApiCors {
  /** Origins allowed, e.g. `https://app.example.com`, or `*`. */
  readonly allowOrigins: string[];
  /**
   * Methods allowed.
   * @default - GET, HEAD and POST
   */
  readonly allowMethods?: (HttpMethod | '*')[];
  /**
   * Request headers allowed.
   * @default - none beyond the CORS-safelisted ones
   */
  readonly allowHeaders?: string[];
  /**
   * Response headers exposed to the page.
   * @default - none beyond the CORS-safelisted ones
   */
  readonly exposeHeaders?: string[];
  /**
   * Whether credentials are allowed.
   * @default false
   */
  readonly allowCredentials?: boolean;
  /**
   * How long the preflight answer may be cached.
   * @default - 5 seconds
   */
  readonly maxAge?: Duration;
}

/** Retries of failed requests: only the experimental channel of the Gateway API has them. */
export interface GatewayApiRetry {
  /**
   * Retries after the first attempt.
   * @default - the implementation's (2 for Istio)
   */
  readonly attempts?: number;
  /**
   * Minimum time between attempts.
   * @default - the implementation's
   */
  readonly backoff?: Duration;
  /**
   * HTTP status codes that are retried, 400 to 599.
   * @default - the implementation's
   */
  readonly codes?: number[];
}

/** One rule of an HTTPRoute: matches, filters, backends and timeouts. */
export interface GatewayApiHttpRule {
  /**
   * Name of the rule, for status and policies.
   * @default - none
   */
  readonly name?: string;
  /**
   * Conditions, any one of which must hold.
   * @default - every request (a path prefix `/`)
   */
  readonly matches?: GatewayApiHttpMatch[];
  /**
   * Backends and their weights.
   * @default - none, when the rule redirects
   */
  readonly backends?: BackendRef[];
  /**
   * Header changes on the request.
   * @default - none
   */
  readonly requestHeaders?: HeaderOperations;
  /**
   * Header changes on the response.
   * @default - none
   */
  readonly responseHeaders?: HeaderOperations;
  /**
   * A redirect instead of forwarding; not with `backends` or `rewrite`.
   * @default - requests are forwarded
   */
  readonly redirect?: GatewayApiRedirect;
  /**
   * A rewrite before forwarding.
   * @default - none
   */
  readonly rewrite?: GatewayApiRewrite;
  /**
   * Copies of the requests to other backends.
   * @default - none
   */
  readonly mirrors?: GatewayApiMirror[];
  /**
   * Cross-origin resource sharing.
   * @default - none
   */
  readonly cors?: GatewayApiCors;
  /**
   * Time for the whole request, retries included.
   * @default - none (Istio: no timeout)
   */
  readonly timeout?: Duration;
  /**
   * Time for one request to the backend.
   * @default - `timeout`
   */
  readonly backendTimeout?: Duration;
  /**
   * Retries; needs the experimental channel (`GatewayApiChannel.EXPERIMENTAL` on the route).
   * @default - the implementation's
   */
  readonly retry?: GatewayApiRetry;
}

/** The release channel of the Gateway API CRDs installed in the cluster. */
export enum GatewayApiChannel {
  /** The standard channel: stable fields only. */
  STANDARD = 'standard',
  /** The experimental channel: also HTTPRoute `retry`, TCPRoute and other experimental kinds and fields. */
  EXPERIMENTAL = 'experimental',
}

/** Why something of a route is not portable to the Gateway API, with what to use instead. */
export function _notPortable(field: string, value: unknown, what: string, alternative: string): Problem {
  return { field, value, message: `not portable to Gateway API: ${what}`, fix: alternative };
}

/**
 * A Gateway API duration (`^([0-9]{1,5}(h|m|s|ms)){1,4}$`): whole seconds, or milliseconds.
 * @internal
 */
export function _gatewayApiDuration(duration: Duration): string {
  const millis = duration.toMilliseconds();
  return millis % 1000 === 0 ? `${millis / 1000}s` : `${millis}ms`;
}

/** A backendRef to a Service, as every kind of route writes it. */
type ServiceBackendRef = Required<Pick<gw.HttpRouteSpecRulesBackendRefs, 'group' | 'kind' | 'name' | 'port'>> & Pick<gw.HttpRouteSpecRulesBackendRefs, 'namespace' | 'weight'>;

/**
 * A backendRef to a Service.
 * @internal
 */
export function _backendToGatewayApi(backend: BackendRef): ServiceBackendRef {
  return { group: '', kind: 'Service', name: backend.service, namespace: backend.namespace, port: backend.port, weight: backend.weight };
}

/**
 * The HTTPRoute rule of the standard channel, which has no retry.
 * @internal
 */
export function _httpRuleToGatewayApi(rule: GatewayApiHttpRule): gw.HttpRouteSpecRules {
  const timeouts = rule.timeout || rule.backendTimeout
    ? { request: rule.timeout && _gatewayApiDuration(rule.timeout), backendRequest: rule.backendTimeout && _gatewayApiDuration(rule.backendTimeout) }
    : undefined;
  const filters = filtersOf(rule);
  return {
    name: rule.name,
    matches: rule.matches?.map(matchToGatewayApi),
    filters: filters.length > 0 ? filters : undefined,
    backendRefs: rule.backends?.map(_backendToGatewayApi),
    timeouts,
  };
}

/**
 * The HTTPRoute rule of the experimental channel: the standard one, and its retry.
 * @internal
 */
export function _experimentalHttpRuleToGatewayApi(rule: GatewayApiHttpRule): gwx.HttpRouteSpecRules {
  return { ..._httpRuleToGatewayApi(rule), retry: rule.retry && retryToGatewayApi(rule.retry) };
}

function retryToGatewayApi(retry: GatewayApiRetry): gwx.HttpRouteSpecRulesRetry {
  return { attempts: retry.attempts, backoff: retry.backoff && _gatewayApiDuration(retry.backoff), codes: retry.codes && [...retry.codes] };
}

type Filter = gw.HttpRouteSpecRulesFilters;
const FilterType = gw.HttpRouteSpecRulesFiltersType;

function filtersOf(rule: GatewayApiHttpRule): Filter[] {
  const filters: Filter[] = [];
  if (rule.requestHeaders) filters.push({ type: FilterType.REQUEST_HEADER_MODIFIER, requestHeaderModifier: _headersToGatewayApi(rule.requestHeaders) });
  if (rule.responseHeaders) filters.push({ type: FilterType.RESPONSE_HEADER_MODIFIER, responseHeaderModifier: _headersToGatewayApi(rule.responseHeaders) });
  if (rule.redirect) filters.push({ type: FilterType.REQUEST_REDIRECT, requestRedirect: redirectToGatewayApi(rule.redirect) });
  if (rule.rewrite) {
    const path = rule.rewrite.path && pathModifier(rule.rewrite.path, gw.HttpRouteSpecRulesFiltersUrlRewritePathType);
    filters.push({ type: FilterType.URL_REWRITE, urlRewrite: { hostname: rule.rewrite.hostname, path } });
  }
  for (const mirror of rule.mirrors ?? []) filters.push({ type: FilterType.REQUEST_MIRROR, requestMirror: _mirrorToGatewayApi(mirror) });
  if (rule.cors) filters.push({ type: FilterType.CORS, cors: corsToGatewayApi(rule.cors) });
  return filters;
}

function pathModifier<T extends { REPLACE_FULL_PATH: unknown; REPLACE_PREFIX_MATCH: unknown }>(path: PathModifier, types: T) {
  return path.fullPath !== undefined
    ? { type: types.REPLACE_FULL_PATH as T['REPLACE_FULL_PATH'], replaceFullPath: path.fullPath }
    : { type: types.REPLACE_PREFIX_MATCH as T['REPLACE_PREFIX_MATCH'], replacePrefixMatch: path.prefix };
}

function redirectToGatewayApi(redirect: GatewayApiRedirect): gw.HttpRouteSpecRulesFiltersRequestRedirect {
  return {
    path: redirect.path && pathModifier(redirect.path, gw.HttpRouteSpecRulesFiltersRequestRedirectPathType),
    hostname: redirect.hostname,
    port: redirect.port,
    scheme: redirect.scheme as gw.HttpRouteSpecRulesFiltersRequestRedirectScheme | undefined,
    statusCode: redirect.statusCode as gw.HttpRouteSpecRulesFiltersRequestRedirectStatusCode | undefined,
  };
}

/**
 * A RequestMirror filter's mirror, as HTTPRoutes and GRPCRoutes write it.
 * @internal
 */
export function _mirrorToGatewayApi(mirror: GatewayApiMirror): gw.HttpRouteSpecRulesFiltersRequestMirror {
  const { group, kind, name, namespace, port } = _backendToGatewayApi(mirror.backend);
  return {
    backendRef: { group, kind, name, namespace, port },
    percent: mirror.fraction ? undefined : mirror.percent,
    fraction: mirror.fraction && { numerator: mirror.fraction.numerator, denominator: mirror.fraction.denominator },
  };
}

function corsToGatewayApi(cors: GatewayApiCors): gw.HttpRouteSpecRulesFiltersCors {
  return {
    allowOrigins: [...cors.allowOrigins],
    allowMethods: cors.allowMethods?.map((method) => method as gw.HttpRouteSpecRulesFiltersCorsAllowMethods),
    allowHeaders: cors.allowHeaders && [...cors.allowHeaders],
    exposeHeaders: cors.exposeHeaders && [...cors.exposeHeaders],
    allowCredentials: cors.allowCredentials,
    maxAge: cors.maxAge?.toSeconds(),
  };
}

/**
 * A header modifier filter's changes, as HTTPRoutes and GRPCRoutes write them.
 * @internal
 */
export function _headersToGatewayApi(operations: HeaderOperations): gw.HttpRouteSpecRulesFiltersRequestHeaderModifier {
  const pairs = (headers: Record<string, string> | undefined) => headers && Object.entries(headers).map(([name, value]) => ({ name, value }));
  return { set: pairs(operations.set), add: pairs(operations.add), remove: operations.remove && [...operations.remove] };
}

const PATH_TYPES = { exact: gw.HttpRouteSpecRulesMatchesPathType.EXACT, prefix: gw.HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, regex: gw.HttpRouteSpecRulesMatchesPathType.REGULAR_EXPRESSION };

function matchToGatewayApi(match: GatewayApiHttpMatch): gw.HttpRouteSpecRulesMatches {
  // A prefix header or query match is reported by `_httpRuleProblems`; it is written as exact only to stay typed.
  const entries = <T>(values: Record<string, StringMatch> | undefined, regex: T, exact: T) => values && Object.entries(values)
    .map(([name, value]) => ({ name, type: value.kind === 'regex' ? regex : exact, value: value.value }));
  return {
    path: match.path && { type: PATH_TYPES[match.path.kind], value: match.path.value },
    headers: entries(match.headers, gw.HttpRouteSpecRulesMatchesHeadersType.REGULAR_EXPRESSION, gw.HttpRouteSpecRulesMatchesHeadersType.EXACT),
    queryParams: entries(match.queryParams, gw.HttpRouteSpecRulesMatchesQueryParamsType.REGULAR_EXPRESSION, gw.HttpRouteSpecRulesMatchesQueryParamsType.EXACT),
    method: match.method as gw.HttpRouteSpecRulesMatchesMethod | undefined,
  };
}

/**
 * What is wrong with an HTTPRoute rule at `field` that its manifest cannot show, or that the Gateway API cannot say.
 * @internal
 */
export function _httpRuleProblems(rule: GatewayApiHttpRule, field: string, channel: GatewayApiChannel): Problem[] {
  const problems: Problem[] = [];
  (rule.matches ?? []).forEach((match, at) => {
    for (const kind of ['headers', 'queryParams'] as const) {
      for (const [name, value] of Object.entries(match[kind] ?? {})) {
        if (value.kind === 'prefix') {
          problems.push(_notPortable(`${field}.matches[${at}].${kind}.${name}`, value.value, `a ${kind === 'headers' ? 'header' : 'query parameter'} prefix match`,
            `use StringMatch.regex('${escapeRegex(value.value)}.*') or StringMatch.exact`));
        }
        problems.push(...value._problems(`${field}.matches[${at}].${kind}.${name}`));
      }
    }
    if (match.path) problems.push(...pathProblems(match.path, `${field}.matches[${at}].path`));
  });
  if (rule.redirect && (rule.backends?.length || rule.rewrite)) {
    problems.push({ field: `${field}.redirect`, value: rule.redirect, message: 'a rule that redirects neither forwards nor rewrites', fix: 'remove backends and rewrite, or the redirect' });
  }
  if (!rule.redirect && !rule.backends?.length) {
    problems.push({ field: `${field}.backends`, value: [], message: 'the rule neither forwards nor redirects: Istio answers 500', fix: 'give at least one backend, or a redirect' });
  }
  const prefixRewrite = rule.rewrite?.path?.prefix ?? rule.redirect?.path?.prefix;
  if (prefixRewrite !== undefined && !(rule.matches ?? []).every((match) => match.path?.kind === 'prefix')) {
    problems.push({ field: `${field}.${rule.rewrite?.path?.prefix !== undefined ? 'rewrite' : 'redirect'}.path.prefix`, value: prefixRewrite, message: 'replaces a path prefix, but not every match of the rule is a path prefix', fix: 'match with StringMatch.prefix(...), or replace the full path' });
  }
  (rule.mirrors ?? []).forEach((mirror, at) => {
    const percent = mirror.fraction ? (mirror.fraction.numerator * 100) / (mirror.fraction.denominator ?? 100) : mirror.percent ?? 100;
    if (!(percent >= 0 && percent <= 100) || (mirror.fraction && !((mirror.fraction.denominator ?? 100) >= 1))) {
      problems.push({ field: `${field}.mirrors[${at}]`, value: mirror.fraction ?? mirror.percent, message: 'is not a share of requests', fix: 'copy 0 to 100 percent (numerator at most the denominator, which is at least 1)' });
    }
  });
  if (rule.retry && channel !== GatewayApiChannel.EXPERIMENTAL) {
    problems.push({ field: `${field}.retry`, value: rule.retry, message: 'only the experimental channel of the Gateway API has HTTPRoute retries', fix: 'set channel: GatewayApiChannel.EXPERIMENTAL (and install the experimental CRDs), or remove the retry' });
  }
  return problems;
}

function pathProblems(path: StringMatch, field: string): Problem[] {
  if (path.kind === 'regex') return path._problems(field);
  if (path.value.startsWith('/')) return [];
  return [{ field, value: path.value, message: 'is not a path', fix: 'start the path with \'/\'' }];
}

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
