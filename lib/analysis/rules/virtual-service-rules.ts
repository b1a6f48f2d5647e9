import { _matchFromIstio, _shadowedMatches } from '../../values/http-match';
import { _regexProblems } from '../../values/string-match';
import { FindingsOf, hostMatches, namespaceOf, qualifyHost } from '../../manifest/manifest';
import { MeshIndex, appliesToMesh } from '../mesh-index';
import { durationMillis, percentageOf } from '../../values/durations';

const STRING_MATCH_FIELDS = ['uri', 'scheme', 'method', 'authority'];
const STRING_MAP_FIELDS = ['headers', 'queryParams', 'withoutHeaders'];

/** Checks of one VirtualService against the rest of the mesh. */
export function checkVirtualService(f: FindingsOf, index: MeshIndex): void {
  const spec = f.manifest.spec ?? {};
  checkHosts(f, spec);
  checkGateways(f, spec, index);
  (spec.http ?? []).forEach((route: any, at: number) => {
    routeDestinations(route, `spec.http[${at}]`).forEach(({ destination, field }) => checkDestination(f, destination, field, index));
    if (!f.sourced.checkedByConstruct) checkRouteValues(f, route, `spec.http[${at}]`);
  });
  if (!f.sourced.checkedByConstruct) checkRouteOrder(f, spec.http ?? []);
}

function checkHosts(f: FindingsOf, spec: any): void {
  const hosts: string[] = spec.hosts ?? [];
  if (hosts.length === 0 && !f.sourced.checkedByConstruct) f.error('vs-no-hosts', 'spec.hosts', 'routes apply to no host', 'list the host names clients call');
  const namespace = namespaceOf(f.manifest);
  const seen = new Map<string, number>();
  hosts.forEach((host, at) => {
    const qualified = qualifyHost(host, namespace);
    const first = [...seen.entries()].find(([other]) => hostMatches(other, qualified) || hostMatches(qualified, other));
    if (first) {
      f.error('vs-duplicate-host', `spec.hosts[${at}]`, `${host} overlaps spec.hosts[${first[1]}] of the same VirtualService`, 'list every host once, and no host that a wildcard already covers');
    }
    seen.set(qualified, at);
    if (host === '*' && appliesToMesh(spec)) {
      f.error('vs-mesh-wildcard-host', `spec.hosts[${at}]`, 'a VirtualService for the mesh cannot apply to every host (*)', 'name the hosts, or bind the VirtualService to a gateway');
    }
  });
}

function checkGateways(f: FindingsOf, spec: any, index: MeshIndex): void {
  const namespace = namespaceOf(f.manifest);
  (spec.gateways ?? []).forEach((reference: string, at: number) => {
    if (reference === 'mesh') return;
    const key = reference.includes('/') ? reference : `${namespace}/${reference}`;
    const gateway = index.gateways.get(key);
    if (!gateway) {
      f.error('vs-gateway-not-found', `spec.gateways[${at}]`, `no Gateway ${key} in the mesh`, 'add the Gateway, or refer to it as namespace/name (\'mesh\' means the sidecars)');
      return;
    }
    const serverHosts: string[] = (gateway.spec?.servers ?? []).flatMap((server: any) => server.hosts ?? [])
      .map((host: string) => (host.includes('/') ? host.split('/')[1] : host));
    const hosts: string[] = spec.hosts ?? [];
    if (hosts.length > 0 && !hosts.some((host) => serverHosts.some((pattern) => hostMatches(pattern, host) || hostMatches(host, pattern)))) {
      f.error('vs-gateway-host-mismatch', `spec.gateways[${at}]`, `none of the hosts ${hosts.join(', ')} is served by Gateway ${key} (${serverHosts.join(', ')})`, 'add the host to a server of the Gateway, or use a host it serves');
    }
  });
}

interface DestinationAt {
  readonly destination: any;
  readonly field: string;
}

function routeDestinations(route: any, field: string): DestinationAt[] {
  return [
    ...(route.route ?? []).map((entry: any, at: number) => ({ destination: entry.destination, field: `${field}.route[${at}].destination` })),
    ...(route.mirror ? [{ destination: route.mirror, field: `${field}.mirror` }] : []),
    ...(route.mirrors ?? []).map((entry: any, at: number) => ({ destination: entry.destination, field: `${field}.mirrors[${at}].destination` })),
  ].filter(({ destination }) => destination !== undefined);
}

function checkDestination(f: FindingsOf, destination: any, field: string, index: MeshIndex): void {
  if (typeof destination.host !== 'string') return;
  const host = qualifyHost(destination.host, namespaceOf(f.manifest));
  const service = index.services.get(host);
  if (!service && !index.isServiceEntryHost(destination.host) && !index.isServiceEntryHost(host)) {
    f.warning('destination-host-unknown', `${field}.host`, `${destination.host} is neither a Service nor a ServiceEntry host of the mesh`, 'add the Service or a ServiceEntry, or fix the host name (use the fully qualified name)');
  }
  if (destination.subset !== undefined) {
    const rules = index.destinationRules.get(host) ?? [];
    const defined = rules.flatMap((rule) => (rule.spec?.subsets ?? []).map((subset: any) => subset.name));
    if (!defined.includes(destination.subset)) {
      f.error('destination-subset-undefined', `${field}.subset`, `no DestinationRule for ${host} defines subset ${destination.subset}`, defined.length > 0 ? `use one of ${defined.join(', ')}, or add the subset` : `add a DestinationRule for ${host} with the subset`);
    }
  }
  if (service) checkDestinationPort(f, destination, field, service.spec?.ports ?? []);
  checkSubsetBypass(f, destination, field, host, index);
}

/**
 * Requests routed to a whole Service reach every version, whatever weights another VirtualService gives the
 * Service's subsets: routing happens once, at the caller's proxy, by the host the caller asked for. A gateway
 * route to the Service would make a dark launch visible at the edge.
 */
function checkSubsetBypass(f: FindingsOf, destination: any, field: string, host: string, index: MeshIndex): void {
  if (destination.subset !== undefined) return;
  const ownHosts: string[] = (f.manifest.spec?.hosts ?? []).map((own: string) => qualifyHost(own, namespaceOf(f.manifest)));
  const splitter = index.subsetRoutedHosts.get(host);
  if (splitter && splitter !== f.manifest && !ownHosts.includes(host)) {
    f.warning('route-bypasses-subsets', `${field}.host`, `requests reach every version of ${host}, while VirtualService ${splitter.metadata.name} splits it by subset`, `route by subset here too, or bind VirtualService ${splitter.metadata.name} to this route's gateways as well (gateways: [<gateway>, mesh]) and route to its host`);
  }
}

function checkDestinationPort(f: FindingsOf, destination: any, field: string, ports: any[]): void {
  const number = destination.port?.number;
  if (number === undefined) {
    if (ports.length > 1) {
      f.error('destination-port-missing', `${field}.port`, `the Service has ${ports.length} ports and the destination names none`, `give port.number, one of ${ports.map((port) => port.port).join(', ')}`);
    }
    return;
  }
  if (!ports.some((port) => port.port === number)) {
    f.error('destination-port-unknown', `${field}.port.number`, `the Service has no port ${number}`, `use one of ${ports.map((port) => port.port).join(', ')}`);
  }
}

function checkRouteValues(f: FindingsOf, route: any, field: string): void {
  const actions = ['route', 'redirect', 'directResponse'].filter((action) => route[action] !== undefined);
  if (actions.length > 1) {
    f.error('route-action-conflict', field, `sets ${actions.join(' and ')}; a route forwards, redirects or responds`, 'keep one of them');
  } else if (actions.length === 0 && route.delegate === undefined) {
    f.error('route-no-action', field, 'neither forwards, redirects nor responds', 'add a route with a destination');
  }
  if (route.mirror !== undefined && route.mirrors !== undefined) {
    f.error('mirror-conflict', field, 'sets both mirror and mirrors', 'list every mirror under mirrors, with its percentage');
  }
  checkWeights(f, route.route ?? [], `${field}.route`);
  checkPercentage(f, route.mirrorPercentage, `${field}.mirrorPercentage`);
  (route.mirrors ?? []).forEach((mirror: any, at: number) => checkPercentage(f, mirror.percentage, `${field}.mirrors[${at}].percentage`));
  checkDuration(f, route.timeout, `${field}.timeout`);
  checkRetries(f, route.retries, `${field}.retries`);
  checkFault(f, route.fault, `${field}.fault`);
  checkStatus(f, route.directResponse?.status, `${field}.directResponse.status`);
  (route.match ?? []).forEach((match: any, at: number) => checkMatchRegexes(f, match, `${field}.match[${at}]`));
}

function checkWeights(f: FindingsOf, destinations: any[], field: string): void {
  const weights = destinations.map((destination) => destination.weight);
  weights.forEach((weight, at) => {
    if (weight !== undefined && weight < 0) f.error('weight-negative', `${field}[${at}].weight`, `weight ${weight} is negative`, 'use a weight of 0 or more');
  });
  if (weights.length > 0 && weights.every((weight) => weight === 0)) {
    f.error('weights-all-zero', field, 'every destination has weight 0, so no request can be routed', 'give at least one destination a weight above 0');
  }
}

function checkPercentage(f: FindingsOf, percentage: any, field: string): void {
  const value = percentageOf(percentage);
  if (value !== undefined && (value < 0 || value > 100)) f.error('percentage-range', `${field}.value`, `${value} is not a percentage`, 'use a value from 0 to 100');
}

function checkDuration(f: FindingsOf, duration: unknown, field: string): void {
  if (duration === undefined) return;
  const millis = durationMillis(duration);
  if (millis === undefined) {
    f.error('duration-invalid', field, `${JSON.stringify(duration)} is not a duration`, 'write it like 1.5s or 100ms');
  } else if (millis < 1) {
    f.error('duration-too-short', field, `${duration} is shorter than 1ms`, 'use at least 1ms');
  }
}

function checkStatus(f: FindingsOf, status: unknown, field: string): void {
  if (status === undefined) return;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599) {
    f.error('status-range', field, `${status} is not an HTTP status Istio accepts`, 'use a status code from 200 to 599');
  }
}

function checkRetries(f: FindingsOf, retries: any, field: string): void {
  if (retries === undefined) return;
  checkDuration(f, retries.perTryTimeout, `${field}.perTryTimeout`);
  if (retries.attempts === undefined && (retries.perTryTimeout !== undefined || retries.retryOn !== undefined)) {
    f.error('retries-without-attempts', `${field}.attempts`, 'retry settings are given without the number of attempts', 'set attempts, e.g. 3');
  }
}

function checkFault(f: FindingsOf, fault: any, field: string): void {
  if (fault === undefined) return;
  if (fault.delay) {
    checkDuration(f, fault.delay.fixedDelay, `${field}.delay.fixedDelay`);
    checkPercentage(f, fault.delay.percentage, `${field}.delay.percentage`);
  }
  if (fault.abort) {
    checkStatus(f, fault.abort.httpStatus, `${field}.abort.httpStatus`);
    checkPercentage(f, fault.abort.percentage, `${field}.abort.percentage`);
  }
}

function checkMatchRegexes(f: FindingsOf, match: any, field: string): void {
  const regexes: { value: string; at: string }[] = [
    ...STRING_MATCH_FIELDS.map((name) => ({ value: match[name]?.regex, at: `${field}.${name}.regex` })),
    ...STRING_MAP_FIELDS.flatMap((name) => Object.entries(match[name] ?? {})
      .map(([key, value]: [string, any]) => ({ value: value?.regex, at: `${field}.${name}.${key}.regex` }))),
  ].filter(({ value }) => typeof value === 'string');
  for (const { value, at } of regexes) {
    for (const problem of _regexProblems(at, value)) f.error('regex-invalid', at, `${JSON.stringify(value)} ${problem.message}`, problem.fix);
  }
}

function checkRouteOrder(f: FindingsOf, routes: any[]): void {
  for (const shadowed of _shadowedMatches(routes.map((route) => route.match?.map(_matchFromIstio)))) {
    if (shadowed.byCatchAll) {
      f.error('route-unreachable', `spec.http${shadowed.field}`, `the catch-all spec.http${shadowed.coveredBy} before it takes every request`, 'move the catch-all route to the end');
    } else {
      f.error('match-duplicate', `spec.http${shadowed.field}`, `spec.http${shadowed.coveredBy} before it already takes every request it matches`, `move it before spec.http${shadowed.coveredBy}, or narrow it`);
    }
  }
}
