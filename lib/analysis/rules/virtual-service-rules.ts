import { _matchFromIstio, _shadowedMatches } from '../../values/http-match';
import { RetryOn } from '../../values/http-route';
import { _regexProblems } from '../../values/string-match';
import { RouteTraffic, appliesToMesh, hostsOverlap, itemsOf, namespaceOf, qualifyHost, routeTraffic } from '../../manifest/manifest';
import { FindingsOf } from '../findings-of';
import { MeshIndex } from '../mesh-index';
import { checkPercentage, checkPort, checkStatus } from './value-rules';
import { durationMillis } from '../../values/durations';

const STRING_MATCH_FIELDS = ['uri', 'scheme', 'method', 'authority'];
const STRING_MAP_FIELDS = ['headers', 'queryParams', 'withoutHeaders'];
const REDIRECT_CODES = new Set([301, 302, 303, 307, 308]);
/** The retry conditions Envoy knows; a status code is a condition too. */
const RETRY_CONDITIONS = new Set<string>(Object.values(RetryOn));

/** Checks of one VirtualService against the rest of the mesh. */
export function checkVirtualService(f: FindingsOf, index: MeshIndex): void {
  const spec = f.manifest.spec ?? {};
  const routes = itemsOf<any>(spec.http);
  checkHosts(f, spec);
  checkGateways(f, spec, index);
  if (routes.length === 0 && itemsOf(spec.tcp).length === 0 && itemsOf(spec.tls).length === 0) {
    f.error('vs-no-routes', 'spec.http', 'has no route', 'add a route');
  }
  routes.forEach((route, at) => {
    const field = `spec.http[${at}]`;
    routeTraffic(route, field).forEach((traffic) => checkDestination(f, traffic, index));
    checkRouteValues(f, route, field);
  });
  checkRouteOrder(f, routes);
}

function checkHosts(f: FindingsOf, spec: any): void {
  const hosts = itemsOf<string>(spec.hosts);
  if (hosts.length === 0) f.error('vs-no-hosts', 'spec.hosts', 'routes apply to no host', 'list the host names clients call');
  const namespace = namespaceOf(f.manifest);
  const seen = new Map<string, number>();
  hosts.forEach((host, at) => {
    const qualified = qualifyHost(host, namespace);
    const first = [...seen.entries()].find(([other]) => hostsOverlap(other, qualified));
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
  itemsOf<string>(spec.gateways).forEach((reference, at) => {
    if (reference === 'mesh') return;
    const key = reference.includes('/') ? reference : `${namespace}/${reference}`;
    const gateway = index.gateways.get(key);
    if (!gateway) {
      f.error('vs-gateway-not-found', `spec.gateways[${at}]`, `no Gateway ${key} in the mesh`, 'add the Gateway, or refer to it as namespace/name (\'mesh\' means the sidecars)');
      return;
    }
    const serverHosts = itemsOf<any>(gateway.spec?.servers).flatMap((server) => itemsOf<string>(server.hosts))
      .map((host) => (host.includes('/') ? host.split('/')[1] : host));
    const hosts = itemsOf<string>(spec.hosts);
    if (hosts.length > 0 && !hosts.some((host) => serverHosts.some((pattern) => hostsOverlap(pattern, host)))) {
      f.error('vs-gateway-host-mismatch', `spec.gateways[${at}]`, `none of the hosts ${hosts.join(', ')} is served by Gateway ${key} (${serverHosts.join(', ')})`, 'add the host to a server of the Gateway, or use a host it serves');
    }
  });
}

function checkDestination(f: FindingsOf, traffic: RouteTraffic, index: MeshIndex): void {
  const { destination, field } = traffic;
  checkPort(f, destination.port?.number, `${field}.port.number`);
  if (typeof destination.host !== 'string') return;
  const host = qualifyHost(destination.host, namespaceOf(f.manifest));
  const service = index.services.get(host);
  if (!service && !index.isServiceEntryHost(destination.host) && !index.isServiceEntryHost(host)) {
    f.warning('destination-host-unknown', `${field}.host`, `${destination.host} is neither a Service nor a ServiceEntry host of the mesh`, 'add the Service or a ServiceEntry, or fix the host name (use the fully qualified name)');
  }
  if (destination.subset !== undefined) {
    const rules = index.destinationRules.get(host) ?? [];
    const defined = rules.flatMap((rule) => itemsOf<any>(rule.spec?.subsets).map((subset) => subset.name));
    if (!defined.includes(destination.subset)) {
      f.error('destination-subset-undefined', `${field}.subset`, `no DestinationRule for ${host} defines subset ${destination.subset}`, defined.length > 0 ? `use one of ${defined.join(', ')}, or add the subset` : `add a DestinationRule for ${host} with the subset`);
    }
  }
  if (service) checkDestinationPort(f, destination.port?.number, field, itemsOf<any>(service.spec?.ports));
  if (!traffic.mirror) checkSubsetBypass(f, destination, field, host, index);
}

/**
 * Requests routed to a whole Service reach every version, whatever weights another VirtualService gives the
 * Service's subsets: routing happens once, at the caller's proxy, by the host the caller asked for. A gateway
 * route to the Service would make a dark launch visible at the edge.
 */
function checkSubsetBypass(f: FindingsOf, destination: RouteTraffic['destination'], field: string, host: string, index: MeshIndex): void {
  if (destination.subset !== undefined) return;
  const ownHosts = itemsOf<string>(f.manifest.spec?.hosts).map((own) => qualifyHost(own, namespaceOf(f.manifest)));
  const splitter = index.subsetRoutedHosts.get(host);
  if (splitter && splitter !== f.manifest && !ownHosts.includes(host)) {
    f.warning('route-bypasses-subsets', `${field}.host`, `requests reach every version of ${host}, while VirtualService ${splitter.metadata.name} splits it by subset`, `route by subset here too, or bind VirtualService ${splitter.metadata.name} to this route's gateways as well (gateways: [<gateway>, mesh]) and route to its host`);
  }
}

function checkDestinationPort(f: FindingsOf, number: number | undefined, field: string, ports: any[]): void {
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
  checkAction(f, route, field);
  if (route.mirror !== undefined && route.mirrors !== undefined) {
    f.error('mirror-conflict', field, 'sets both mirror and mirrors', 'list every mirror under mirrors, with its percentage');
  }
  checkWeights(f, itemsOf<any>(route.route), `${field}.route`);
  checkPercentage(f, route.mirrorPercentage, `${field}.mirrorPercentage`);
  itemsOf<any>(route.mirrors).forEach((mirror, at) => checkPercentage(f, mirror.percentage, `${field}.mirrors[${at}].percentage`));
  checkDuration(f, route.timeout, `${field}.timeout`);
  checkRetries(f, route.retries, `${field}.retries`);
  checkFault(f, route.fault, `${field}.fault`);
  checkRedirect(f, route.redirect, `${field}.redirect`);
  checkStatus(f, route.directResponse?.status, `${field}.directResponse.status`);
  itemsOf<any>(route.match).forEach((match, at) => checkMatch(f, match, `${field}.match[${at}]`));
}

function checkAction(f: FindingsOf, route: any, field: string): void {
  const actions = ['route', 'redirect', 'directResponse'].filter((action) => route[action] !== undefined);
  if (actions.length > 1) {
    f.error('route-action-conflict', field, `sets ${actions.join(' and ')}; a route forwards, redirects or responds`, 'keep one of them');
  } else if ((actions.length === 0 || itemsOf(route.route).length === 0 && actions[0] === 'route') && route.delegate === undefined) {
    f.error('route-no-action', `${field}.route`, 'neither forwards, redirects nor responds', 'add a destination with a host, a redirect or a direct response');
  }
}

function checkWeights(f: FindingsOf, destinations: any[], field: string): void {
  const weights: unknown[] = destinations.map((destination) => destination.weight);
  weights.forEach((weight, at) => {
    // Other types are the schema's to report.
    if (typeof weight !== 'number') return;
    if (!Number.isInteger(weight)) {
      f.error('weight-invalid', `${field}[${at}].weight`, `${JSON.stringify(weight)} is not a whole number`, 'use a whole number from 0 to 100');
    } else if (weight < 0) {
      f.error('weight-negative', `${field}[${at}].weight`, `weight ${weight} is negative`, 'use a weight of 0 or more');
    }
  });
  if (weights.length > 0 && weights.every((weight) => weight === 0)) {
    f.error('weights-all-zero', field, 'every destination has weight 0, so no request can be routed', 'give at least one destination a weight above 0');
    return;
  }
  if (weights.length > 1 && weights.some((weight) => weight === undefined)) {
    f.warning('weight-missing', field, 'splits requests but not every destination has a weight; those without one get none', 'give every destination a weight');
    return;
  }
  const total = weights.reduce<number>((sum, weight) => sum + (typeof weight === 'number' ? weight : 0), 0);
  const lone = weights.length === 1 && weights[0] === undefined;
  if (weights.length > 0 && !lone && total !== 100) {
    f.warning('weights-not-100', field, `weights add up to ${total}, not 100; Istio divides requests by each weight's share of the sum`, 'make the weights of the route add up to 100');
  }
}

function checkDuration(f: FindingsOf, duration: unknown, field: string): void {
  if (duration === undefined) return;
  const millis = durationMillis(duration);
  if (millis === undefined) {
    f.error('duration-invalid', field, `${JSON.stringify(duration)} is not a duration`, 'write it like 1.5s or 100ms');
  } else if (millis < 1) {
    f.error('duration-too-short', field, `${duration} is shorter than the 1ms Istio accepts`, 'use at least 1ms');
  }
}

function checkRetries(f: FindingsOf, retries: any, field: string): void {
  if (retries === undefined || retries === null) return;
  checkDuration(f, retries.perTryTimeout, `${field}.perTryTimeout`);
  const attempts = retries.attempts;
  if (attempts === undefined && (retries.perTryTimeout !== undefined || retries.retryOn !== undefined)) {
    f.error('retries-without-attempts', `${field}.attempts`, 'retry settings are given without the number of attempts', 'set attempts, e.g. 3');
  }
  if (attempts !== undefined && (!Number.isInteger(attempts) || attempts < 0)) {
    f.error('retries-attempts-invalid', `${field}.attempts`, `${JSON.stringify(attempts)} is not a number of retries`, 'use a whole number, 0 to disable retries');
  }
  const conditions = typeof retries.retryOn === 'string' ? retries.retryOn.split(',').map((condition: string) => condition.trim()) : [];
  for (const condition of conditions) {
    if (/^\d+$/.test(condition)) {
      checkStatus(f, Number(condition), `${field}.retryOn`);
    } else if (!RETRY_CONDITIONS.has(condition)) {
      f.error('retries-condition-unknown', `${field}.retryOn`, `${JSON.stringify(condition)} is not a condition Envoy retries on`, `use status codes or ${[...RETRY_CONDITIONS].join(', ')}`);
    }
  }
}

function checkFault(f: FindingsOf, fault: any, field: string): void {
  if (fault === undefined || fault === null) return;
  if (!fault.delay && !fault.abort) f.error('fault-empty', field, 'injects no fault', 'give a delay or an abort, or remove the fault');
  if (fault.delay) {
    checkDuration(f, fault.delay.fixedDelay, `${field}.delay.fixedDelay`);
    checkPercentage(f, fault.delay.percentage, `${field}.delay.percentage`);
  }
  if (fault.abort) {
    checkStatus(f, fault.abort.httpStatus, `${field}.abort.httpStatus`);
    checkPercentage(f, fault.abort.percentage, `${field}.abort.percentage`);
  }
}

function checkRedirect(f: FindingsOf, redirect: any, field: string): void {
  if (redirect === undefined || redirect === null) return;
  checkPort(f, redirect.port, `${field}.port`);
  if (redirect.redirectCode !== undefined && !REDIRECT_CODES.has(redirect.redirectCode)) {
    f.error('redirect-code-invalid', `${field}.redirectCode`, `${JSON.stringify(redirect.redirectCode)} is not a redirect status`, 'use 301, 302, 303, 307 or 308');
  }
  if (['uri', 'authority', 'scheme', 'port', 'derivePort'].every((name) => redirect[name] === undefined)) {
    f.error('redirect-empty', field, 'redirects to the same place', 'give a uri, authority, scheme or port to redirect to');
  }
}

function checkMatch(f: FindingsOf, match: any, field: string): void {
  checkPort(f, match.port, `${field}.port`);
  const regexes: { value: string; at: string }[] = [
    ...STRING_MATCH_FIELDS.map((name) => ({ value: match[name]?.regex, at: `${field}.${name}.regex` })),
    ...STRING_MAP_FIELDS.flatMap((name) => Object.entries(match[name] ?? {})
      .map(([key, value]: [string, any]) => ({ value: value?.regex, at: `${field}.${name}.${key}.regex` }))),
  ].filter(({ value }) => typeof value === 'string');
  for (const { value, at } of regexes) {
    for (const problem of _regexProblems(at, value)) f.error('regex-invalid', at, `${JSON.stringify(value)} ${problem.message}`, problem.fix);
  }
  for (const name of ['headers', 'withoutHeaders']) {
    for (const header of Object.keys(match[name] ?? {}).filter((key) => key !== key.toLowerCase())) {
      f.warning('header-name-case', `${field}.${name}.${header}`, 'header names are matched in lower case', `use '${header.toLowerCase()}'`);
    }
  }
}

/** Routes are tried in order: a route after a catch-all never applies, and a match an earlier one covers is dead. */
function checkRouteOrder(f: FindingsOf, routes: any[]): void {
  for (const shadowed of _shadowedMatches(routes.map((route) => itemsOf<any>(route.match).map(_matchFromIstio)))) {
    if (shadowed.byCatchAll) {
      f.warning('route-unreachable', `spec.http${shadowed.field}`, `is unreachable: the catch-all spec.http${shadowed.coveredBy} before it takes every request`, 'move the catch-all route to the end');
    } else {
      f.info('match-duplicate', `spec.http${shadowed.field}`, `is unreachable: spec.http${shadowed.coveredBy} before it already takes every request it matches`, `move it before spec.http${shadowed.coveredBy}, or narrow it`);
    }
  }
}
