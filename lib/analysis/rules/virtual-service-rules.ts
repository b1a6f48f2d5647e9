import { _isCatchAll, _matchCovers, _matchFromIstio } from '../../values/http-match';
import { RetryOn } from '../../values/http-route';
import { _regexProblems } from '../../values/string-match';
import { _isObjectName } from '../../values/names';
import { Manifest, RouteTraffic, appliesToMesh, hostMatches, hostsOverlap, itemsOf, namespaceOf, qualifyHost, routeTraffic } from '../../manifest/manifest';
import { FindingsOf } from '../findings-of';
import { MeshIndex } from '../mesh-index';
import { checkExportTo } from './export-to';
import { hostProblem, isDnsLabel, isHeaderName, isIpAddress } from './hosts';
import { checkDuration, checkPercentage, checkPort, checkStatus } from './value-rules';
import { durationMillis } from '../../values/durations';

const STRING_MATCH_FIELDS = ['uri', 'scheme', 'method', 'authority'];
const STRING_MAP_FIELDS = ['headers', 'queryParams', 'withoutHeaders'];
const REDIRECT_CODES = new Set([301, 302, 303, 307, 308]);
const CORS_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', '*']);
const PSEUDO_HEADERS = new Set([':method', ':scheme', ':authority', ':path', ':status']);
/** The retry conditions Envoy knows; a status code is a condition too. */
const RETRY_CONDITIONS = new Set<string>(Object.values(RetryOn));

/** Checks of one VirtualService against the rest of the mesh. */
export function checkVirtualService(f: FindingsOf, index: MeshIndex): void {
  const spec = f.manifest.spec ?? {};
  const routes = itemsOf<any>(spec.http);
  checkHosts(f, spec, index);
  checkGateways(f, spec, index);
  checkExportTo(f, spec.exportTo);
  if (routes.length === 0 && itemsOf(spec.tcp).length === 0 && itemsOf(spec.tls).length === 0) {
    f.error('vs-no-routes', 'spec.http', 'has no route', 'add a route');
  }
  routes.forEach((route, at) => {
    const field = `spec.http[${at}]`;
    routeTraffic(route, field).forEach((traffic) => checkDestination(f, traffic, index));
    checkRouteValues(f, route, field);
  });
  checkRouteOrder(f, routes, spec);
  checkL4Routes(f, spec, index);
}

function checkHosts(f: FindingsOf, spec: any, index: MeshIndex): void {
  const hosts = itemsOf<unknown>(spec.hosts).filter((host): host is string => typeof host === 'string');
  const namespace = namespaceOf(f.manifest);
  if (hosts.length === 0) {
    checkDelegate(f, spec, index);
    return;
  }
  const seen = new Map<string, number>();
  hosts.forEach((host, at) => {
    const field = `spec.hosts[${at}]`;
    const problem = host === '*' || isIpAddress(host) ? undefined : hostProblem(host);
    if (problem !== undefined) {
      f.error('vs-host-invalid', field, `${JSON.stringify(host)} ${problem}`, 'write a lower-case host name: a Service short name, name.namespace, an FQDN, *.domain or an IP address');
      return;
    }
    const qualified = qualifyHost(host, namespace);
    const first = [...seen.entries()].find(([other]) => hostsOverlap(other, qualified));
    if (first) {
      f.error('vs-duplicate-host', field, `${host} overlaps spec.hosts[${first[1]}] of the same VirtualService`, 'list every host once, and no host that a wildcard already covers');
    }
    seen.set(qualified, at);
    if (host === '*' && appliesToMesh(spec)) {
      f.error('vs-mesh-wildcard-host', field, 'a VirtualService for the mesh cannot apply to every host (*)', 'name the hosts, or bind the VirtualService to a gateway');
    }
  });
}

/** A VirtualService without hosts is a delegate: it takes HTTP routes only, and applies where a root one delegates to it. */
function checkDelegate(f: FindingsOf, spec: any, index: MeshIndex): void {
  const invalid = ['gateways', 'tcp', 'tls'].filter((key) => itemsOf(spec[key]).length > 0);
  for (const name of invalid) {
    f.error('vs-delegate-invalid', `spec.${name}`, `a VirtualService without hosts is a delegate, which takes no ${name}`, `list the hosts it applies to, or remove ${name}`);
  }
  const key = `${namespaceOf(f.manifest)}/${f.manifest.metadata.name}`;
  if (invalid.length === 0 && !index.delegates.has(key)) {
    f.warning('vs-no-hosts', 'spec.hosts', 'routes apply to no host, and no VirtualService delegates to this one', 'list the host names clients call, or delegate to it from a root VirtualService');
  }
}

function checkGateways(f: FindingsOf, spec: any, index: MeshIndex): void {
  const namespace = namespaceOf(f.manifest);
  const hosts = itemsOf<unknown>(spec.hosts).filter((host): host is string => typeof host === 'string');
  itemsOf<unknown>(spec.gateways).forEach((reference, at) => {
    const field = `spec.gateways[${at}]`;
    if (reference === 'mesh') return;
    if (!checkGatewayName(f, reference, field)) return;
    const key = (reference as string).includes('/') ? reference as string : `${namespace}/${reference}`;
    const gateway = index.gateways.get(key);
    const kubernetesGateway = index.kubernetesGateways.get(key);
    if (!gateway && !kubernetesGateway) {
      f.error('vs-gateway-not-found', field, `no Gateway ${key} in the mesh`, 'add the Gateway, or refer to it as namespace/name (\'mesh\' means the sidecars)');
      return;
    }
    const served = gateway ? gatewayHostsFor(gateway, namespace) : kubernetesGatewayHosts(kubernetesGateway!);
    if (hosts.length > 0 && !hosts.some((host) => served.some((pattern) => hostsOverlap(pattern, host)))) {
      f.error('vs-gateway-host-mismatch', field, `none of the hosts ${hosts.join(', ')} is served to namespace ${namespace} by Gateway ${key} (${served.join(', ') || 'no host'})`, 'add the host to a server of the Gateway (as namespace/host, or */host), or use a host it serves');
    }
  });
}

/** A gateway reference is `name` or `namespace/name`. */
function checkGatewayName(f: FindingsOf, reference: unknown, field: string): boolean {
  const parts = typeof reference === 'string' ? reference.split('/') : [];
  const valid = (parts.length === 1 || parts.length === 2) && parts.every((part, at) => (at === parts.length - 1 ? _isObjectName(part, false) : isDnsLabel(part)));
  if (!valid) f.error('vs-gateway-name-invalid', field, `${JSON.stringify(reference)} is not a gateway name or namespace/name`, 'write the Gateway\'s name, namespace/name, or mesh');
  return valid;
}

/**
 * The hosts a Gateway's servers serve to VirtualServices of `namespace`: a `ns/host` only to `ns` (`.` is the
 * Gateway's own namespace, `*` any).
 */
function gatewayHostsFor(gateway: Manifest, namespace: string): string[] {
  return itemsOf<any>(gateway.spec?.servers).flatMap((server) => itemsOf<unknown>(server.hosts)).flatMap((host) => {
    if (typeof host !== 'string') return [];
    if (!host.includes('/')) return [host];
    const [scope, name] = host.split('/');
    const target = scope === '.' ? namespaceOf(gateway) : scope;
    return target === '*' || target === namespace ? [name] : [];
  });
}

/** The hostnames of a Gateway API Gateway's listeners; a listener without one serves every host. */
function kubernetesGatewayHosts(gateway: Manifest): string[] {
  return itemsOf<any>(gateway.spec?.listeners).map((listener) => (typeof listener.hostname === 'string' && listener.hostname !== '' ? listener.hostname : '*'));
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
  checkRewrite(f, route.rewrite, `${field}.rewrite`);
  checkCors(f, route.corsPolicy, `${field}.corsPolicy`);
  checkHeaderOperations(f, route.headers, `${field}.headers`);
  itemsOf<any>(route.route).forEach((destination, at) => checkHeaderOperations(f, destination.headers, `${field}.route[${at}].headers`));
  checkStatus(f, route.directResponse?.status, `${field}.directResponse.status`);
  itemsOf<any>(route.match).forEach((match, at) => checkMatch(f, match, `${field}.match[${at}]`));
}

/** A route forwards, redirects or responds; a redirect or direct response neither injects faults nor rewrites. */
function checkAction(f: FindingsOf, route: any, field: string): void {
  const actions = ['route', 'redirect', 'directResponse'].filter((action) => route[action] !== undefined && route[action] !== null);
  if (actions.length > 1) {
    f.error('route-action-conflict', field, `sets ${actions.join(' and ')}; a route forwards, redirects or responds`, 'keep one of them');
  } else if ((actions.length === 0 || itemsOf(route.route).length === 0 && actions[0] === 'route') && route.delegate === undefined) {
    f.error('route-no-action', `${field}.route`, 'neither forwards, redirects nor responds', 'add a destination with a host, a redirect or a direct response');
  } else if (actions[0] === 'redirect' || actions[0] === 'directResponse') {
    for (const extra of ['fault', 'rewrite'].filter((name) => route[name] !== undefined && route[name] !== null)) {
      f.error('route-action-conflict', `${field}.${extra}`, `a route that ${actions[0] === 'redirect' ? 'redirects' : 'responds directly'} forwards nothing, so it takes no ${extra}`, `remove ${extra}, or forward with route`);
    }
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

function checkRetries(f: FindingsOf, retries: any, field: string): void {
  if (retries === undefined || retries === null) return;
  checkDuration(f, retries.perTryTimeout, `${field}.perTryTimeout`);
  checkDuration(f, retries.backoff, `${field}.backoff`);
  const attempts = retries.attempts;
  const configured = ['perTryTimeout', 'retryOn', 'retryRemoteLocalities'].filter((name) => retries[name] !== undefined);
  if (attempts === undefined && configured.length > 0) {
    f.error('retries-without-attempts', `${field}.attempts`, 'retry settings are given without the number of attempts', 'set attempts, e.g. 3');
  } else if (attempts === 0 && configured.length > 0) {
    f.error('retries-without-attempts', `${field}.attempts`, `${configured.join(' and ')} ${configured.length > 1 ? 'are' : 'is'} given while attempts is 0, which turns retries off`, 'set attempts, e.g. 3, or remove the retry settings');
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
  if (redirect.scheme !== undefined && redirect.scheme !== 'http' && redirect.scheme !== 'https') {
    f.error('redirect-scheme-invalid', `${field}.scheme`, `${JSON.stringify(redirect.scheme)} is not http or https`, 'redirect to http or https');
  }
}

function checkRewrite(f: FindingsOf, rewrite: any, field: string): void {
  if (rewrite === undefined || rewrite === null || typeof rewrite !== 'object') return;
  if (rewrite.uri !== undefined && rewrite.uriRegexRewrite !== undefined) {
    f.error('rewrite-invalid', `${field}.uriRegexRewrite`, 'rewrites the path both to uri and by uriRegexRewrite', 'keep one of them');
  }
  if (rewrite.uri === undefined && rewrite.uriRegexRewrite === undefined && rewrite.authority === undefined) {
    f.error('rewrite-invalid', field, 'rewrites nothing', 'give uri, uriRegexRewrite or authority, or remove the rewrite');
  }
  const regexRewrite = rewrite.uriRegexRewrite;
  if (regexRewrite !== undefined && regexRewrite !== null) {
    if (typeof regexRewrite.match !== 'string' || regexRewrite.rewrite === undefined) {
      f.error('rewrite-invalid', `${field}.uriRegexRewrite`, 'a regex rewrite needs both match and rewrite', 'give the regex to match and what to rewrite it to');
    } else {
      for (const problem of _regexProblems(`${field}.uriRegexRewrite.match`, regexRewrite.match)) f.error('regex-invalid', `${field}.uriRegexRewrite.match`, `${JSON.stringify(regexRewrite.match)} ${problem.message}`, problem.fix);
    }
  }
}

function checkCors(f: FindingsOf, cors: any, field: string): void {
  if (cors === undefined || cors === null || typeof cors !== 'object') return;
  itemsOf<any>(cors.allowOrigins).forEach((origin, at) => {
    const kinds = ['exact', 'prefix', 'regex'].filter((kind) => typeof origin[kind] === 'string');
    if (kinds.length === 0) f.error('cors-invalid', `${field}.allowOrigins[${at}]`, 'an allowed origin is matched by exact, prefix or regex', 'give exact, prefix or regex');
    if (typeof origin.regex === 'string') {
      for (const problem of _regexProblems(`${field}.allowOrigins[${at}].regex`, origin.regex)) f.error('regex-invalid', `${field}.allowOrigins[${at}].regex`, `${JSON.stringify(origin.regex)} ${problem.message}`, problem.fix);
    }
  });
  itemsOf<unknown>(cors.allowMethods).forEach((method, at) => {
    if (typeof method !== 'string' || !CORS_METHODS.has(method)) f.error('cors-invalid', `${field}.allowMethods[${at}]`, `${JSON.stringify(method)} is not an HTTP method`, `use one of ${[...CORS_METHODS].join(', ')} (upper case)`);
  });
  for (const list of ['allowHeaders', 'exposeHeaders']) {
    itemsOf<unknown>(cors[list]).forEach((name, at) => {
      if (typeof name !== 'string' || (name !== '*' && !isHeaderName(name))) f.error('cors-invalid', `${field}.${list}[${at}]`, `${JSON.stringify(name)} is not a header name`, 'use letters, digits and - (an HTTP token), or *');
    });
  }
  if (typeof cors.maxAge === 'string') {
    checkDuration(f, cors.maxAge, `${field}.maxAge`);
    const millis = durationMillis(cors.maxAge);
    if (millis !== undefined && millis >= 1 && millis % 1000 !== 0) f.error('cors-invalid', `${field}.maxAge`, `${cors.maxAge} is not a whole number of seconds, which browsers cache`, 'use whole seconds, e.g. 24h or 600s');
  }
}

/** Headers set or added: never a pseudo-header but :authority; removed or set on a response: never Host. */
function checkHeaderOperations(f: FindingsOf, headers: any, field: string): void {
  if (headers === undefined || headers === null || typeof headers !== 'object') return;
  for (const side of ['request', 'response']) {
    const operations = headers[side];
    if (operations === undefined || operations === null || typeof operations !== 'object') continue;
    const names = [
      ...['set', 'add'].flatMap((operation) => Object.keys(operations[operation] ?? {}).map((name) => ({ name, at: `${field}.${side}.${operation}.${name}`, removes: false }))),
      ...itemsOf<unknown>(operations.remove).map((name, at) => ({ name: String(name), at: `${field}.${side}.remove[${at}]`, removes: true })),
    ];
    for (const { name, at, removes } of names) {
      const authority = name.toLowerCase() === ':authority' || name.toLowerCase() === 'host';
      const allowed = side === 'request' && !removes ? !name.startsWith(':') || authority : !name.startsWith(':') && name.toLowerCase() !== 'host';
      if (name === '' || !allowed) f.error('header-operation-invalid', at, `the header ${JSON.stringify(name)} cannot be ${removes ? 'removed' : 'set'}${side === 'response' ? ' on a response' : ''}`, 'change ordinary headers only (rewrite the authority with rewrite.authority)');
    }
    for (const operation of ['set', 'add']) {
      for (const [name, value] of Object.entries(operations[operation] ?? {})) {
        if (typeof value === 'string' && hasControlCharacters(value)) f.error('header-operation-invalid', `${field}.${side}.${operation}.${name}`, 'the value holds control characters', 'remove the control characters (line breaks included)');
      }
    }
  }
}

function checkMatch(f: FindingsOf, match: any, field: string): void {
  checkPort(f, match.port, `${field}.port`);
  const regexes: { value: string; at: string }[] = [
    ...STRING_MATCH_FIELDS.map((name) => ({ value: match[name]?.regex, at: `${field}.${name}.regex` })),
    ...STRING_MAP_FIELDS.flatMap((name) => Object.entries(match[name] ?? {})
      .filter(([key, value]: [string, any]) => !(name === 'withoutHeaders' && value?.regex === '*') && key !== undefined)
      .map(([key, value]: [string, any]) => ({ value: value?.regex, at: `${field}.${name}.${key}.regex` }))),
  ].filter(({ value }) => typeof value === 'string');
  for (const { value, at } of regexes) {
    for (const problem of _regexProblems(at, value)) f.error('regex-invalid', at, `${JSON.stringify(value)} ${problem.message}`, problem.fix);
  }
  for (const name of ['scheme', 'method', 'authority']) {
    if (match[name]?.prefix === '') f.error('match-invalid', `${field}.${name}.prefix`, `an empty prefix matches every ${name}`, `remove the ${name} match, or give a prefix`);
  }
  for (const name of ['headers', 'withoutHeaders']) {
    for (const [header, value] of Object.entries(match[name] ?? {})) {
      if (name === 'headers' && value === null) f.error('match-invalid', `${field}.${name}.${header}`, 'the header match is empty', 'match the header by exact, prefix or regex, or remove it');
      if (!isHeaderName(header) && !PSEUDO_HEADERS.has(header) && !header.startsWith('@request.auth.claims')) {
        f.error('header-name-invalid', `${field}.${name}.${header}`, `${JSON.stringify(header)} is not a header name`, 'use letters, digits and - (an HTTP token)');
      } else if (header !== header.toLowerCase()) {
        f.warning('header-name-case', `${field}.${name}.${header}`, 'header names are matched in lower case', `use '${header.toLowerCase()}'`);
      }
    }
  }
  if (match.sourceNamespace !== undefined && (typeof match.sourceNamespace !== 'string' || !isDnsLabel(match.sourceNamespace))) {
    f.error('match-invalid', `${field}.sourceNamespace`, `${JSON.stringify(match.sourceNamespace)} is not a namespace name`, 'name a namespace');
  }
  itemsOf<unknown>(match.gateways).forEach((gateway, at) => {
    if (gateway !== 'mesh') checkGatewayName(f, gateway, `${field}.gateways[${at}]`);
  });
}

/** The gateways a match applies to: its own, or those of the VirtualService (the mesh when it names none). */
function matchGateways(match: any, spec: any): Set<string> {
  const own = itemsOf<unknown>(match?.gateways).filter((gateway): gateway is string => typeof gateway === 'string');
  const all = itemsOf<unknown>(spec.gateways).filter((gateway): gateway is string => typeof gateway === 'string');
  return new Set(own.length > 0 ? own : all.length > 0 ? all : ['mesh']);
}

/**
 * Routes are tried in order: a route after a catch-all never applies, and a match an earlier one covers is dead.
 * Istio accepts both, so both are infos. A match covers another only for requests from the same gateways and
 * source namespace.
 */
function checkRouteOrder(f: FindingsOf, routes: any[], spec: any): void {
  const earlier: { match: any; field: string; catchAll: boolean }[] = [];
  routes.forEach((route, index) => {
    const written = itemsOf<any>(route.match);
    (written.length > 0 ? written : [{}]).forEach((match, matchIndex) => {
      const field = written.length > 0 ? `[${index}].match[${matchIndex}]` : `[${index}]`;
      const cover = earlier.find((previous) => matchCovers(previous.match, match, spec));
      if (cover?.catchAll) {
        f.info('route-unreachable', `spec.http${field}`, `is unreachable: the catch-all spec.http${cover.field} before it takes every request`, 'move the catch-all route to the end');
      } else if (cover) {
        f.info('match-duplicate', `spec.http${field}`, `is unreachable: spec.http${cover.field} before it already takes every request it matches`, `move it before spec.http${cover.field}, or narrow it`);
      }
      earlier.push({ match, field, catchAll: match.sourceNamespace === undefined && _isCatchAll(_matchFromIstio(match)) });
    });
  });
}

function matchCovers(outer: any, inner: any, spec: any): boolean {
  const outerGateways = matchGateways(outer, spec);
  if (![...matchGateways(inner, spec)].every((gateway) => outerGateways.has(gateway))) return false;
  if (outer.sourceNamespace !== undefined && outer.sourceNamespace !== inner.sourceNamespace) return false;
  return _matchCovers(_matchFromIstio(outer), _matchFromIstio(inner));
}

/** TCP and TLS routes: each forwards to destinations; TLS routes match SNI hosts of the VirtualService; order as for HTTP. */
function checkL4Routes(f: FindingsOf, spec: any, index: MeshIndex): void {
  const hosts = itemsOf<unknown>(spec.hosts).filter((host): host is string => typeof host === 'string');
  for (const kind of ['tcp', 'tls']) {
    const routes = itemsOf<any>(spec[kind]);
    const seen = new Map<string, string>();
    let catchAll: string | undefined;
    routes.forEach((route, at) => {
      const field = `spec.${kind}[${at}]`;
      const destinations = itemsOf<any>(route.route);
      if (destinations.length === 0 && kind === 'tcp') f.error('tcp-route-invalid', `${field}.route`, 'the TCP route forwards nowhere', 'add a destination with a host');
      if (destinations.length === 0 && kind === 'tls') f.error('tls-route-invalid', `${field}.route`, 'the TLS route forwards nowhere', 'add a destination with a host');
      checkWeights(f, destinations, `${field}.route`);
      destinations.forEach((destination, destinationAt) => checkDestination(f, { destination: destination.destination ?? {}, field: `${field}.route[${destinationAt}].destination`, mirror: false, percent: destinations.length === 1 ? 100 : Number(destination.weight ?? 0) }, index));
      const matches = itemsOf<any>(route.match);
      // Without hosts the VirtualService is a delegate, which takes no TLS routes at all (vs-delegate-invalid).
      if (kind === 'tls' && hosts.length > 0) checkSniHosts(f, matches, hosts, field);
      matches.forEach((match, matchAt) => checkPort(f, match.port, `${field}.match[${matchAt}].port`));
      if (catchAll !== undefined) {
        f.info('route-unreachable', field, `is unreachable: ${catchAll}, a route without matches, comes before it`, 'move the route without matches to the end');
        return;
      }
      if (matches.length === 0) {
        catchAll = field;
        return;
      }
      const duplicates = matches.map((match) => JSON.stringify(match)).filter((key, matchAt) => {
        const first = seen.get(key);
        if (first !== undefined) f.info('match-duplicate', `${field}.match[${matchAt}]`, `repeats ${first}, which takes its connections`, 'remove it');
        else seen.set(key, `${field}.match[${matchAt}]`);
        return first !== undefined;
      });
      if (duplicates.length === matches.length) f.info('route-unreachable', field, 'is unreachable: earlier routes take all its matches', 'remove it, or change its matches');
    });
  }
}

function checkSniHosts(f: FindingsOf, matches: any[], hosts: string[], field: string): void {
  if (matches.length === 0) f.error('tls-route-invalid', `${field}.match`, 'a TLS route needs a match with the SNI hosts it takes', 'add match: [{ sniHosts: [<host>] }]');
  matches.forEach((match, at) => {
    const sniHosts = itemsOf<unknown>(match.sniHosts).filter((host): host is string => typeof host === 'string');
    if (sniHosts.length === 0) f.error('tls-route-invalid', `${field}.match[${at}].sniHosts`, 'a TLS match needs at least one SNI host', 'list the SNI hosts');
    sniHosts.forEach((sni, sniAt) => {
      if (!hosts.some((host) => hostMatches(host, sni) || host === '*')) {
        f.error('tls-route-invalid', `${field}.match[${at}].sniHosts[${sniAt}]`, `the SNI host ${sni} is none of the VirtualService's hosts ${hosts.join(', ')}`, 'match SNI hosts that the VirtualService\'s hosts cover');
      }
    });
  });
}

/** Whether a header value holds a control character other than tab, which Envoy rejects. */
function hasControlCharacters(value: string): boolean {
  return [...value].some((char) => {
    const code = char.charCodeAt(0);
    return (code < 0x20 && code !== 0x09) || code === 0x7f;
  });
}
