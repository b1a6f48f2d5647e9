import { StringMatch, _stringMatchFromIstio } from './string-match';
import * as istio from '../../imports/networking.istio.io.cjs';

/**
 * Conditions a request must meet for a route to apply. All conditions of one match must hold (AND); a route
 * with several matches applies when any one of them holds (OR).
 */
export interface HttpMatch {
  /**
   * Name of the match, shown in access logs.
   * @default - none
   */
  readonly name?: string;
  /**
   * The request path.
   * @default - any path
   */
  readonly uri?: StringMatch;
  /**
   * The URI scheme, e.g. `https`.
   * @default - any scheme
   */
  readonly scheme?: StringMatch;
  /**
   * The HTTP method, e.g. `GET`.
   * @default - any method
   */
  readonly method?: StringMatch;
  /**
   * The authority (Host) header.
   * @default - any authority
   */
  readonly authority?: StringMatch;
  /**
   * Headers by lower-case name, e.g. `{ 'user-agent': StringMatch.regex('.*Firefox.*') }`.
   * @default - no header condition
   */
  readonly headers?: Record<string, StringMatch>;
  /**
   * Query parameters by name.
   * @default - no query parameter condition
   */
  readonly queryParams?: Record<string, StringMatch>;
  /**
   * Headers, by lower-case name, that must not be present with a matching value.
   * @default - no condition
   */
  readonly withoutHeaders?: Record<string, StringMatch>;
  /**
   * Labels of the calling workload (mesh-bound routes only).
   * @default - any caller
   */
  readonly sourceLabels?: Record<string, string>;
  /**
   * Namespace of the calling workload (mesh-bound routes only).
   * @default - any namespace
   */
  readonly sourceNamespace?: string;
  /**
   * Gateways the request must come through, by name as the VirtualService's `gateways` lists them (`mesh` for the
   * sidecars); the match then applies only there.
   * @default - every gateway of the VirtualService
   */
  readonly gateways?: string[];
  /**
   * Port the request was received on.
   * @default - any port
   */
  readonly port?: number;
  /**
   * Compare the URI without regard to case.
   * @default false
   */
  readonly ignoreUriCase?: boolean;
}

type MatchField = 'uri' | 'scheme' | 'method' | 'authority';
type MapField = 'headers' | 'queryParams' | 'withoutHeaders';
const MATCH_FIELDS: MatchField[] = ['uri', 'scheme', 'method', 'authority'];
const MAP_FIELDS: MapField[] = ['headers', 'queryParams', 'withoutHeaders'];

/**
 * Whether a match has no condition at all, so that it accepts every request.
 * @internal
 */
export function _isCatchAll(match: HttpMatch): boolean {
  return MATCH_FIELDS.every((field) => match[field] === undefined)
    && MAP_FIELDS.every((field) => Object.keys(match[field] ?? {}).length === 0)
    && Object.keys(match.sourceLabels ?? {}).length === 0
    && match.sourceNamespace === undefined
    && match.gateways === undefined
    && match.port === undefined;
}

/**
 * Whether every request that `inner` accepts is also accepted by `outer`, so that a route with `inner`
 * placed after a route with `outer` never sees a request.
 * @internal
 */
export function _matchCovers(outer: HttpMatch, inner: HttpMatch): boolean {
  if ((outer.ignoreUriCase ?? false) !== (inner.ignoreUriCase ?? false) && outer.uri) return false;
  const within = (a: StringMatch | undefined, b: StringMatch | undefined) => !b || (a !== undefined && a.isWithin(b));
  const mapWithin = (a: Record<string, StringMatch> = {}, b: Record<string, StringMatch> = {}) =>
    Object.entries(b).every(([key, match]) => within(a[key], match));
  const labelsWithin = (a: Record<string, string> = {}, b: Record<string, string> = {}) =>
    Object.entries(b).every(([key, value]) => a[key] === value);
  return MATCH_FIELDS.every((field) => within(inner[field], outer[field]))
    && mapWithin(inner.headers, outer.headers)
    && mapWithin(inner.queryParams, outer.queryParams)
    // Excluding a header is a weaker condition when the excluded values are fewer.
    && Object.entries(outer.withoutHeaders ?? {}).every(([key, match]) => inner.withoutHeaders?.[key] && match.isWithin(inner.withoutHeaders[key]))
    && labelsWithin(inner.sourceLabels, outer.sourceLabels)
    && (outer.sourceNamespace === undefined || outer.sourceNamespace === inner.sourceNamespace)
    && (outer.gateways === undefined || (inner.gateways !== undefined && inner.gateways.every((gateway) => outer.gateways?.includes(gateway))))
    && (outer.port === undefined || outer.port === inner.port);
}

/**
 * The Istio HTTPMatchRequest object.
 * @internal
 */
export function _matchToIstio(match: HttpMatch): istio.VirtualServiceSpecHttpMatch {
  const stringMap = (map: Record<string, StringMatch> | undefined): Record<string, istio.VirtualServiceSpecHttpMatchHeaders> | undefined =>
    map && Object.fromEntries(Object.entries(map).map(([key, value]) => [key, value._toIstio()]));
  return {
    name: match.name,
    uri: match.uri?._toIstio(),
    scheme: match.scheme?._toIstio(),
    method: match.method?._toIstio(),
    authority: match.authority?._toIstio(),
    headers: stringMap(match.headers),
    queryParams: stringMap(match.queryParams),
    withoutHeaders: stringMap(match.withoutHeaders),
    sourceLabels: match.sourceLabels,
    sourceNamespace: match.sourceNamespace,
    gateways: match.gateways && [...match.gateways],
    port: match.port,
    ignoreUriCase: match.ignoreUriCase,
  };
}

/**
 * The HttpMatch of an Istio HTTPMatchRequest object, for comparing matches read from YAML.
 * @internal
 */
export function _matchFromIstio(json: istio.VirtualServiceSpecHttpMatch | undefined): HttpMatch {
  const stringMap = (map: Record<string, istio.VirtualServiceSpecHttpMatchHeaders> | undefined) => map && Object.fromEntries(Object.entries(map)
    .map(([key, value]) => [key, _stringMatchFromIstio(value)])
    .filter((entry): entry is [string, StringMatch] => entry[1] !== undefined));
  return {
    uri: _stringMatchFromIstio(json?.uri),
    scheme: _stringMatchFromIstio(json?.scheme),
    method: _stringMatchFromIstio(json?.method),
    authority: _stringMatchFromIstio(json?.authority),
    headers: stringMap(json?.headers),
    queryParams: stringMap(json?.queryParams),
    withoutHeaders: stringMap(json?.withoutHeaders),
    sourceLabels: json?.sourceLabels,
    sourceNamespace: json?.sourceNamespace,
    gateways: json?.gateways,
    port: json?.port,
    ignoreUriCase: json?.ignoreUriCase,
  };
}

/** A match that an earlier one shadows: no request that it accepts reaches it. */
export interface ShadowedMatch {
  /** Field of the shadowed match, relative to the route list, e.g. `[2].match[0]`, or `[2]` for a route without matches. */
  readonly field: string;
  /** The match as written, or undefined for a route without matches. */
  readonly match: HttpMatch | undefined;
  /** Field of the earlier match that takes its requests. */
  readonly coveredBy: string;
  /** Whether the earlier match is a catch-all. */
  readonly byCatchAll: boolean;
}

/**
 * Matches of routes, tried in order, that earlier matches shadow: everything after a catch-all, and matches
 * that repeat or narrow an earlier one.
 * @internal
 */
export function _shadowedMatches(routes: Array<HttpMatch[] | undefined>): ShadowedMatch[] {
  const shadowed: ShadowedMatch[] = [];
  const earlier: { match: HttpMatch; field: string }[] = [];
  routes.forEach((matches, index) => {
    const written = matches && matches.length > 0 ? matches : undefined;
    (written ?? [{}]).forEach((match, matchIndex) => {
      const field = written ? `[${index}].match[${matchIndex}]` : `[${index}]`;
      const cover = earlier.find((previous) => _matchCovers(previous.match, match));
      if (cover) shadowed.push({ field, match: written?.[matchIndex], coveredBy: cover.field, byCatchAll: _isCatchAll(cover.match) });
      earlier.push({ match, field });
    });
  });
  return shadowed;
}
