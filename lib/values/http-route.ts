import { Duration } from 'cdk8s';
import * as istio from '../../imports/networking.istio.io.cjs';
import { formatDuration } from './durations';
import { HttpMatch, _matchToIstio } from './http-match';
import { StringMatch } from './string-match';

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

/** A copy of the requests, sent to another destination; its responses are discarded. */
export interface Mirror {
  /** Where the copies go (its weight is ignored). */
  readonly destination: RouteDestination;
  /**
   * Percentage of requests copied, 0 to 100.
   * @default 100
   */
  readonly percentage?: number;
}

/** Changes made to headers. */
export interface HeaderOperations {
  /**
   * Headers to overwrite.
   * @default - none
   */
  readonly set?: Record<string, string>;
  /**
   * Headers to append to.
   * @default - none
   */
  readonly add?: Record<string, string>;
  /**
   * Headers to remove.
   * @default - none
   */
  readonly remove?: string[];
}

/** Header changes on requests and responses. */
export interface HeaderManipulation {
  /**
   * Changes to the request before it is forwarded.
   * @default - none
   */
  readonly request?: HeaderOperations;
  /**
   * Changes to the response before it is returned.
   * @default - none
   */
  readonly response?: HeaderOperations;
}

/** Conditions Envoy retries on. */
export enum RetryOn {
  /** Any 5xx response, or no response. */
  FIVE_XX = '5xx',
  /** 502, 503 or 504 responses. */
  GATEWAY_ERROR = 'gateway-error',
  /** No response: a disconnect, reset or read timeout. */
  RESET = 'reset',
  /** A reset before the request was sent. */
  RESET_BEFORE_REQUEST = 'reset-before-request',
  /** A failed connection. */
  CONNECT_FAILURE = 'connect-failure',
  /** A rate limit of Envoy. */
  ENVOY_RATELIMITED = 'envoy-ratelimited',
  /** 409 responses. */
  RETRIABLE_4XX = 'retriable-4xx',
  /** An HTTP/2 stream refused by the upstream. */
  REFUSED_STREAM = 'refused-stream',
  /** The status codes of `retryOnStatusCodes`. */
  RETRIABLE_STATUS_CODES = 'retriable-status-codes',
  /** Responses with retriable headers. */
  RETRIABLE_HEADERS = 'retriable-headers',
  /** An HTTP/3 failure after connecting. */
  HTTP3_POST_CONNECT_FAILURE = 'http3-post-connect-failure',
  /** gRPC status CANCELLED. */
  CANCELLED = 'cancelled',
  /** gRPC status DEADLINE_EXCEEDED. */
  DEADLINE_EXCEEDED = 'deadline-exceeded',
  /** gRPC status INTERNAL. */
  INTERNAL = 'internal',
  /** gRPC status RESOURCE_EXHAUSTED. */
  RESOURCE_EXHAUSTED = 'resource-exhausted',
  /** gRPC status UNAVAILABLE. */
  UNAVAILABLE = 'unavailable',
}

/** How failed requests are retried. */
export interface RetryPolicy {
  /**
   * Number of retries. Required as soon as any other retry setting is given.
   * @default - Istio's default of 2 retries
   */
  readonly attempts?: number;
  /**
   * Timeout of each attempt, at least 1ms.
   * @default - the route timeout
   */
  readonly perTryTimeout?: Duration;
  /**
   * Conditions that cause a retry.
   * @default - Istio's default: connect-failure, refused-stream, unavailable, cancelled, retriable-status-codes
   */
  readonly retryOn?: RetryOn[];
  /**
   * Response status codes that cause a retry (with `RetryOn.RETRIABLE_STATUS_CODES`).
   * @default - none
   */
  readonly retryOnStatusCodes?: number[];
}

/** Faults injected into a share of requests, to test how callers cope. */
export interface FaultInjection {
  /**
   * Delay requests before forwarding them.
   * @default - no delay
   */
  readonly delay?: { readonly fixedDelay: Duration; readonly percentage?: number };
  /**
   * Answer requests with an error status instead of forwarding them.
   * @default - no abort
   */
  readonly abort?: { readonly httpStatus: number; readonly percentage?: number };
}

/** Redirect codes Envoy can send. */
export type RedirectCode = 301 | 302 | 303 | 307 | 308;

/** An HTTP redirect sent back to the client. */
export interface HttpRedirect {
  /**
   * Replacement of the path.
   * @default - the request path
   */
  readonly uri?: string;
  /**
   * Replacement of the authority, e.g. `greeter-service.default.svc.cluster.local:3000`.
   * @default - the request authority
   */
  readonly authority?: string;
  /**
   * Replacement of the scheme.
   * @default - the request scheme
   */
  readonly scheme?: string;
  /**
   * Replacement of the port.
   * @default - the request port
   */
  readonly port?: number;
  /**
   * Status code of the redirect.
   * @default 301
   */
  readonly redirectCode?: RedirectCode;
}

/** A rewrite of the path: a plain prefix replacement, or a regex replacement, never both. */
export type UriRewrite =
  | { readonly uri: string; readonly uriRegexRewrite?: never }
  | { readonly uriRegexRewrite: { readonly match: string; readonly rewrite: string }; readonly uri?: never };

/** Request rewrites before forwarding. */
export type HttpRewrite = (UriRewrite | { readonly uri?: never; readonly uriRegexRewrite?: never }) & {
  /**
   * Replacement of the authority (Host) header.
   * @default - unchanged
   */
  readonly authority?: string;
};

/** A fixed response returned by the proxy. */
export interface DirectResponse {
  /** Status code, 200 to 599. */
  readonly status: number;
  /**
   * Response body.
   * @default - empty
   */
  readonly body?: string;
}

/** Which cross-origin requests browsers may make. */
export interface CorsPolicy {
  /** Origins allowed, e.g. `StringMatch.exact('https://example.com')`. */
  readonly allowOrigins: StringMatch[];
  /**
   * Methods allowed, e.g. `POST`.
   * @default - the simple methods only
   */
  readonly allowMethods?: string[];
  /**
   * Request headers allowed.
   * @default - the simple headers only
   */
  readonly allowHeaders?: string[];
  /**
   * Response headers the browser may read.
   * @default - the simple response headers only
   */
  readonly exposeHeaders?: string[];
  /**
   * How long the browser may cache the answer to a preflight request.
   * @default - the browser's default
   */
  readonly maxAge?: Duration;
  /**
   * Whether requests may carry credentials (cookies, authorization).
   * @default false
   */
  readonly allowCredentials?: boolean;
}

/** The VirtualService that routes the requests of a delegating route: one without hosts. */
export interface DelegateTarget {
  /** Its name. */
  readonly name: string;
  /**
   * Its namespace.
   * @default - the namespace of the delegating VirtualService
   */
  readonly namespace?: string;
}

interface HttpRouteBase {
  /**
   * Name of the route, shown in access logs.
   * @default - none
   */
  readonly name?: string;
  /**
   * Conditions for the route; any one of them must hold. Routes are tried in order, so a route without
   * matches (the catch-all) comes last.
   * @default - every request
   */
  readonly match?: HttpMatch[];
  /**
   * Header changes.
   * @default - none
   */
  readonly headers?: HeaderManipulation;
  /**
   * Cross-origin requests allowed.
   * @default - none: the proxy answers no preflight request
   */
  readonly corsPolicy?: CorsPolicy;
}

/** A route that forwards requests to destinations. */
export interface ForwardRoute extends HttpRouteBase {
  /** Destinations, split by weight when there are several. */
  readonly route: RouteDestination[];
  /**
   * Request rewrites before forwarding.
   * @default - none
   */
  readonly rewrite?: HttpRewrite;
  /**
   * Request timeout, at least 1ms.
   * @default - none (Istio's default)
   */
  readonly timeout?: Duration;
  /**
   * Retries.
   * @default - Istio's default
   */
  readonly retries?: RetryPolicy;
  /**
   * Faults to inject.
   * @default - none
   */
  readonly fault?: FaultInjection;
  /**
   * Copies of the requests sent elsewhere; one mirror is written as `mirror` and `mirrorPercentage`,
   * several as `mirrors`.
   * @default - no mirroring
   */
  readonly mirrors?: Mirror[];
  readonly redirect?: never;
  readonly directResponse?: never;
  readonly delegate?: never;
}

/** A route that answers with a redirect. */
export interface RedirectRoute extends HttpRouteBase {
  /** The redirect. */
  readonly redirect: HttpRedirect;
  readonly route?: never;
  readonly directResponse?: never;
  readonly delegate?: never;
}

/** A route that answers with a fixed response. */
export interface DirectResponseRoute extends HttpRouteBase {
  /** The response. */
  readonly directResponse: DirectResponse;
  readonly route?: never;
  readonly redirect?: never;
  readonly delegate?: never;
}

/**
 * A route that hands the requests it matches to another VirtualService, which has no hosts and whose matches must
 * lie within this route's. Only a VirtualService with hosts can delegate, and only once.
 */
export interface DelegateRoute extends HttpRouteBase {
  /** The VirtualService that routes the requests. */
  readonly delegate: DelegateTarget;
  readonly route?: never;
  readonly redirect?: never;
  readonly directResponse?: never;
}

/** An HTTP route: forward, redirect, respond directly or delegate, never more than one. */
export type HttpRoute = ForwardRoute | RedirectRoute | DirectResponseRoute | DelegateRoute;


const percent = (value: number | undefined): istio.VirtualServiceSpecHttpFaultAbortPercentage | undefined => (value === undefined ? undefined : { value });

/**
 * The Istio Destination object.
 * @internal
 */
export function _destinationToIstio(destination: RouteDestination): istio.VirtualServiceSpecHttpRouteDestination {
  return {
    host: destination.host,
    port: destination.port === undefined ? undefined : { number: destination.port },
    subset: destination.subset,
  };
}

type MirrorFields = Pick<istio.VirtualServiceSpecHttp, 'mirror' | 'mirrorPercentage' | 'mirrors'>;

function mirrorFields(mirrors: Mirror[] | undefined): MirrorFields {
  if (!mirrors || mirrors.length === 0) return {};
  if (mirrors.length === 1) {
    return { mirror: _destinationToIstio(mirrors[0].destination), mirrorPercentage: { value: mirrors[0].percentage ?? 100 } };
  }
  return {
    mirrors: mirrors.map((mirror) => ({ destination: _destinationToIstio(mirror.destination), percentage: { value: mirror.percentage ?? 100 } })),
  };
}

function redirectToIstio(redirect: HttpRedirect): istio.VirtualServiceSpecHttpRedirect {
  return { uri: redirect.uri, authority: redirect.authority, scheme: redirect.scheme, port: redirect.port, redirectCode: redirect.redirectCode };
}

function rewriteToIstio(rewrite: HttpRewrite): istio.VirtualServiceSpecHttpRewrite {
  return {
    uri: rewrite.uri,
    uriRegexRewrite: rewrite.uriRegexRewrite && { match: rewrite.uriRegexRewrite.match, rewrite: rewrite.uriRegexRewrite.rewrite },
    authority: rewrite.authority,
  };
}

function headerOperationsToIstio(operations: HeaderOperations | undefined): istio.VirtualServiceSpecHttpHeadersRequest | undefined {
  return operations && { set: operations.set, add: operations.add, remove: operations.remove };
}

function headersToIstio(headers: HeaderManipulation): istio.VirtualServiceSpecHttpHeaders {
  return { request: headerOperationsToIstio(headers.request), response: headerOperationsToIstio(headers.response) };
}

function retriesToIstio(retries: RetryPolicy): istio.VirtualServiceSpecHttpRetries {
  const conditions = [...(retries.retryOn ?? []), ...(retries.retryOnStatusCodes ?? []).map(String)];
  return {
    attempts: retries.attempts,
    perTryTimeout: retries.perTryTimeout && formatDuration(retries.perTryTimeout),
    retryOn: conditions.length > 0 ? conditions.join(',') : undefined,
  };
}

function corsToIstio(cors: CorsPolicy): istio.VirtualServiceSpecHttpCorsPolicy {
  return {
    allowOrigins: cors.allowOrigins.map((origin) => origin._toIstio()),
    allowMethods: cors.allowMethods && [...cors.allowMethods],
    allowHeaders: cors.allowHeaders && [...cors.allowHeaders],
    exposeHeaders: cors.exposeHeaders && [...cors.exposeHeaders],
    maxAge: cors.maxAge && formatDuration(cors.maxAge),
    allowCredentials: cors.allowCredentials,
  };
}

function faultToIstio(fault: FaultInjection): istio.VirtualServiceSpecHttpFault {
  return {
    delay: fault.delay && { fixedDelay: formatDuration(fault.delay.fixedDelay), percentage: percent(fault.delay.percentage ?? 100) },
    abort: fault.abort && { httpStatus: fault.abort.httpStatus, percentage: percent(fault.abort.percentage ?? 100) },
  };
}

/**
 * The Istio HTTPRoute object.
 * @internal
 */
export function _routeToIstio(route: HttpRoute): istio.VirtualServiceSpecHttp {
  const forward: Partial<ForwardRoute> = route.route !== undefined ? route : {};
  return {
    name: route.name,
    match: route.match?.map(_matchToIstio),
    route: forward.route?.map((destination) => ({ destination: _destinationToIstio(destination), weight: destination.weight })),
    redirect: route.redirect && redirectToIstio(route.redirect),
    directResponse: route.directResponse && {
      status: route.directResponse.status,
      body: route.directResponse.body === undefined ? undefined : { string: route.directResponse.body },
    },
    rewrite: forward.rewrite && rewriteToIstio(forward.rewrite),
    timeout: forward.timeout && formatDuration(forward.timeout),
    retries: forward.retries && retriesToIstio(forward.retries),
    fault: forward.fault && faultToIstio(forward.fault),
    delegate: route.delegate && { name: route.delegate.name, namespace: route.delegate.namespace },
    headers: route.headers && headersToIstio(route.headers),
    corsPolicy: route.corsPolicy && corsToIstio(route.corsPolicy),
    ...mirrorFields(forward.mirrors),
  };
}
