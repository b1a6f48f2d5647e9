import { Manifest, appliesToMesh, isIstio, namespaceOf, qualifyHost } from '../manifest/manifest';
import { gatewayApiAsIstio } from '../manifest/gateway-api';

/** Where one route sends requests. */
export interface TrafficDestination {
  /** Fully qualified host. */
  readonly host: string;
  /**
   * Subset of the host.
   * @default - every pod of the host
   */
  readonly subset?: string;
  /** Percentage of the route's requests. */
  readonly weight: number;
}

/** One HTTP route of a VirtualService, in words. */
export interface TrafficRoute {
  /** The conditions, one text per match (ORed), e.g. `user-agent ~ .*Firefox.*`; empty for the catch-all. */
  readonly matches: string[];
  /** Destinations with their weights. */
  readonly destinations: TrafficDestination[];
  /** Mirrors with the percentage of requests they get copies of. */
  readonly mirrors: TrafficDestination[];
  /**
   * What the route does besides forwarding: a rewrite, a redirect or a direct response.
   * @default - it only forwards
   */
  readonly action?: string;
}

/** The routes of one VirtualService. */
export interface TrafficRouting {
  /** Name of the VirtualService. */
  readonly name: string;
  /** Namespace of the VirtualService. */
  readonly namespace: string;
  /** Hosts it applies to. */
  readonly hosts: string[];
  /** Gateways it is bound to, as `namespace/name`; the mesh is not one of them. */
  readonly gateways: string[];
  /** Whether it applies to the mesh's sidecars: it names no gateway, or the reserved `mesh`. */
  readonly mesh: boolean;
  /** Routes in order. */
  readonly routes: TrafficRoute[];
}

const STRING_FIELDS = ['uri', 'scheme', 'method', 'authority'];

/** The routing of every VirtualService among the manifests. */
export function trafficRoutings(manifests: Manifest[]): TrafficRouting[] {
  // An HTTPRoute is summarized as the VirtualService of the same meaning.
  return gatewayApiAsIstio(manifests).filter((manifest) => isIstio(manifest, 'VirtualService')).map((manifest) => {
    const namespace = namespaceOf(manifest);
    const gateways: string[] = (manifest.spec?.gateways ?? []).filter((gateway: string) => gateway !== 'mesh');
    return {
      name: manifest.metadata.name ?? '',
      namespace,
      hosts: manifest.spec?.hosts ?? [],
      gateways: gateways.map((gateway) => (gateway.includes('/') ? gateway : `${namespace}/${gateway}`)),
      mesh: appliesToMesh(manifest.spec),
      routes: (manifest.spec?.http ?? []).map((route: any) => trafficRoute(route, namespace)),
    };
  });
}

function trafficRoute(route: any, namespace: string): TrafficRoute {
  const destinations: any[] = route.route ?? [];
  const destination = (target: any, weight: number): TrafficDestination => ({ host: qualifyHost(target.host, namespace), subset: target.subset, weight });
  const mirrors = route.mirror ? [{ destination: route.mirror, percentage: route.mirrorPercentage }] : route.mirrors ?? [];
  return {
    matches: (route.match ?? []).map(describeMatch),
    destinations: destinations.map((entry) => destination(entry.destination, entry.weight ?? (destinations.length === 1 ? 100 : 0))),
    mirrors: mirrors.map((mirror: any) => destination(mirror.destination, mirror.percentage?.value ?? 100)),
    action: describeAction(route),
  };
}

function describeString(name: string, match: any): string {
  if (match?.exact !== undefined) return `${name} = ${match.exact}`;
  if (match?.prefix !== undefined) return `${name} starts with ${match.prefix}`;
  if (match?.regex !== undefined) return `${name} ~ ${match.regex}`;
  return `${name} present`;
}

/** A match in words: its conditions joined by `and`. */
function describeMatch(match: any): string {
  const conditions = [
    ...STRING_FIELDS.filter((field) => match[field] !== undefined).map((field) => describeString(field, match[field])),
    ...Object.entries(match.headers ?? {}).map(([name, value]) => describeString(name, value)),
    ...Object.entries(match.queryParams ?? {}).map(([name, value]) => describeString(`?${name}`, value)),
    ...Object.entries(match.withoutHeaders ?? {}).map(([name, value]) => `not ${describeString(name, value)}`),
    ...Object.entries(match.sourceLabels ?? {}).map(([name, value]) => `from ${name}=${value}`),
    ...(match.port !== undefined ? [`port ${match.port}`] : []),
  ];
  return conditions.length > 0 ? conditions.join(' and ') : 'every request';
}

function describeAction(route: any): string | undefined {
  if (route.redirect) {
    const target = [route.redirect.scheme && `${route.redirect.scheme}://`, route.redirect.authority, route.redirect.uri].filter(Boolean).join('');
    return `redirect ${route.redirect.redirectCode ?? 301} to ${target}`;
  }
  if (route.directResponse) return `respond ${route.directResponse.status}`;
  if (route.rewrite?.uri !== undefined) return `rewrite to ${route.rewrite.uri}`;
  if (route.rewrite?.uriRegexRewrite) return `rewrite ${route.rewrite.uriRegexRewrite.match} to ${route.rewrite.uriRegexRewrite.rewrite}`;
  return undefined;
}
