import { Duration } from 'cdk8s';
import { HttpMatch, _matchProblems, _matchToIstio } from './http-match';
import { Problem, _portProblems } from './names';

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
}

/** A route that answers with a redirect. */
export interface RedirectRoute extends HttpRouteBase {
  /** The redirect. */
  readonly redirect: HttpRedirect;
  readonly route?: never;
  readonly directResponse?: never;
}

/** A route that answers with a fixed response. */
export interface DirectResponseRoute extends HttpRouteBase {
  /** The response. */
  readonly directResponse: DirectResponse;
  readonly route?: never;
  readonly redirect?: never;
}

/** An HTTP route: forward, redirect or respond directly, never more than one. */
export type HttpRoute = ForwardRoute | RedirectRoute | DirectResponseRoute;

const RETRY_CONDITIONS = new Set<string>(Object.values(RetryOn));
const REDIRECT_CODES = new Set([301, 302, 303, 307, 308]);

/** Istio durations are written in seconds, which both its CEL rules and protobuf accept. */
function formatDuration(duration: Duration): string {
  return `${duration.toMilliseconds() / 1000}s`;
}

const percent = (value: number | undefined) => (value === undefined ? undefined : { value });

function destinationToIstio(destination: RouteDestination) {
  return {
    host: destination.host,
    port: destination.port === undefined ? undefined : { number: destination.port },
    subset: destination.subset,
  };
}

function mirrorFields(mirrors: Mirror[] | undefined) {
  if (!mirrors || mirrors.length === 0) return {};
  if (mirrors.length === 1) {
    return { mirror: destinationToIstio(mirrors[0].destination), mirrorPercentage: { value: mirrors[0].percentage ?? 100 } };
  }
  return {
    mirrors: mirrors.map((mirror) => ({ destination: destinationToIstio(mirror.destination), percentage: { value: mirror.percentage ?? 100 } })),
  };
}

/**
 * The Istio HTTPRoute object.
 * @internal
 */
export function _routeToIstio(route: HttpRoute) {
  const forward = forwardSettings(route);
  return {
    name: route.name,
    match: route.match?.map(_matchToIstio),
    route: forward.route?.map((destination) => ({ destination: destinationToIstio(destination), weight: destination.weight })),
    redirect: route.redirect,
    directResponse: route.directResponse && {
      status: route.directResponse.status,
      body: route.directResponse.body === undefined ? undefined : { string: route.directResponse.body },
    },
    rewrite: forward.rewrite,
    timeout: forward.timeout && formatDuration(forward.timeout),
    retries: forward.retries && {
      attempts: forward.retries.attempts,
      perTryTimeout: forward.retries.perTryTimeout && formatDuration(forward.retries.perTryTimeout),
      retryOn: retryOn(forward.retries),
    },
    fault: forward.fault && {
      delay: forward.fault.delay && { fixedDelay: formatDuration(forward.fault.delay.fixedDelay), percentage: percent(forward.fault.delay.percentage ?? 100) },
      abort: forward.fault.abort && { httpStatus: forward.fault.abort.httpStatus, percentage: percent(forward.fault.abort.percentage ?? 100) },
    },
    headers: route.headers,
    ...mirrorFields(forward.mirrors),
  };
}

/** The settings that only a forwarding route has. */
function forwardSettings(route: HttpRoute): Partial<ForwardRoute> {
  return route.route !== undefined ? route : {};
}

function retryOn(retries: RetryPolicy): string | undefined {
  const conditions = [...(retries.retryOn ?? []), ...(retries.retryOnStatusCodes ?? []).map(String)];
  return conditions.length > 0 ? conditions.join(',') : undefined;
}

/**
 * What is wrong with a route at `field`, apart from facts about other objects (subsets).
 * @internal
 */
export function _routeProblems(route: HttpRoute, field: string): Problem[] {
  const forward = forwardSettings(route);
  return [
    ...actionProblems(route, field),
    ...(route.match ?? []).flatMap((match, index) => _matchProblems(match, `${field}.match[${index}]`)),
    ...(forward.route ?? []).flatMap((destination, index) => destinationProblems(destination, `${field}.route[${index}]`)),
    ...(forward.route ? weightSumProblems(forward.route, `${field}.route`) : []),
    ...(forward.mirrors ?? []).flatMap((mirror, index) => [
      ...percentageProblems(mirror.percentage, `${field}.mirrors[${index}].percentage`),
      ..._portProblems(`${field}.mirrors[${index}].destination.port`, mirror.destination.port),
    ]),
    ...durationProblems(forward.timeout, `${field}.timeout`),
    ...(forward.retries ? retryProblems(forward.retries, `${field}.retries`) : []),
    ...(forward.fault ? faultProblems(forward.fault, `${field}.fault`) : []),
    ...(route.redirect ? redirectProblems(route.redirect, `${field}.redirect`) : []),
    ...(route.directResponse ? statusProblems(route.directResponse.status, `${field}.directResponse.status`) : []),
  ];
}

function actionProblems(route: HttpRoute, field: string): Problem[] {
  const actions = (['route', 'redirect', 'directResponse'] as const).filter((action) => route[action] !== undefined);
  if (actions.length === 1 && !(route.route && route.route.length === 0)) return [];
  if (actions.length > 1) {
    return [{ field, value: actions, message: 'a route forwards, redirects or responds, not more than one', fix: 'keep one of route, redirect and directResponse' }];
  }
  return [{ field: `${field}.route`, value: [], message: 'a route needs a destination, a redirect or a direct response', fix: 'add a destination with a host' }];
}

function destinationProblems(destination: RouteDestination, field: string): Problem[] {
  const weight = destination.weight;
  const weightProblems = weight === undefined || (Number.isInteger(weight) && weight >= 0 && weight <= 100)
    ? []
    : [{ field: `${field}.weight`, value: weight, message: 'is not a percentage', fix: 'use a whole number from 0 to 100' }];
  return [...weightProblems, ..._portProblems(`${field}.port`, destination.port)];
}

function weightSumProblems(destinations: RouteDestination[], field: string): Problem[] {
  const weights = destinations.map((destination) => destination.weight);
  if (destinations.length <= 1 && (weights[0] === undefined || weights[0] === 100)) return [];
  if (weights.some((weight) => weight === undefined)) {
    return [{ field, value: weights, message: 'splits traffic but not every destination has a weight', fix: 'give every destination a weight' }];
  }
  const total = weights.reduce<number>((sum, weight) => sum + weight!, 0);
  if (total === 100) return [];
  return [{ field, value: weights, message: `weights add up to ${total}, not 100`, fix: 'make the weights of the route add up to 100' }];
}

function percentageProblems(value: number | undefined, field: string): Problem[] {
  if (value === undefined || (value >= 0 && value <= 100)) return [];
  return [{ field, value, message: 'is not a percentage', fix: 'use a number from 0 to 100' }];
}

function durationProblems(duration: Duration | undefined, field: string): Problem[] {
  if (duration === undefined || duration.toMilliseconds() >= 1) return [];
  return [{ field, value: `${duration.toMilliseconds()}ms`, message: 'is shorter than the 1ms Istio accepts', fix: 'use at least Duration.millis(1)' }];
}

function statusProblems(status: number, field: string): Problem[] {
  if (Number.isInteger(status) && status >= 200 && status <= 599) return [];
  return [{ field, value: status, message: 'is not an HTTP status Istio accepts', fix: 'use a status code from 200 to 599' }];
}

function retryProblems(retries: RetryPolicy, field: string): Problem[] {
  const problems = durationProblems(retries.perTryTimeout, `${field}.perTryTimeout`);
  const configured = retries.perTryTimeout !== undefined || retries.retryOn !== undefined || retries.retryOnStatusCodes !== undefined;
  if (retries.attempts === undefined && configured) {
    problems.push({ field: `${field}.attempts`, value: undefined, message: 'retry settings are given without the number of attempts', fix: 'set attempts, e.g. 3' });
  }
  if (retries.attempts !== undefined && (!Number.isInteger(retries.attempts) || retries.attempts < 0)) {
    problems.push({ field: `${field}.attempts`, value: retries.attempts, message: 'is not a number of retries', fix: 'use a whole number, 0 to disable retries' });
  }
  for (const condition of (retries.retryOn ?? []).filter((value) => !RETRY_CONDITIONS.has(value))) {
    problems.push({ field: `${field}.retryOn`, value: condition, message: 'is not a condition Envoy retries on', fix: `use one of ${[...RETRY_CONDITIONS].join(', ')}` });
  }
  for (const code of retries.retryOnStatusCodes ?? []) problems.push(...statusProblems(code, `${field}.retryOnStatusCodes`));
  return problems;
}

function faultProblems(fault: FaultInjection, field: string): Problem[] {
  const problems: Problem[] = [];
  if (!fault.delay && !fault.abort) {
    problems.push({ field, value: {}, message: 'injects no fault', fix: 'give a delay or an abort, or remove the fault' });
  }
  if (fault.delay) {
    problems.push(...durationProblems(fault.delay.fixedDelay, `${field}.delay.fixedDelay`));
    problems.push(...percentageProblems(fault.delay.percentage, `${field}.delay.percentage`));
  }
  if (fault.abort) {
    problems.push(...statusProblems(fault.abort.httpStatus, `${field}.abort.httpStatus`));
    problems.push(...percentageProblems(fault.abort.percentage, `${field}.abort.percentage`));
  }
  return problems;
}

function redirectProblems(redirect: HttpRedirect, field: string): Problem[] {
  const problems = _portProblems(`${field}.port`, redirect.port);
  if (redirect.redirectCode !== undefined && !REDIRECT_CODES.has(redirect.redirectCode)) {
    problems.push({ field: `${field}.redirectCode`, value: redirect.redirectCode, message: 'is not a redirect status', fix: 'use 301, 302, 303, 307 or 308' });
  }
  if (Object.values(redirect).every((value) => value === undefined)) {
    problems.push({ field, value: {}, message: 'redirects to the same place', fix: 'give a uri, authority, scheme or port to redirect to' });
  }
  return problems;
}
