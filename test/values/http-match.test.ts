import { Chart } from 'cdk8s';
import { DestinationRule, HttpMatch, HttpRoute, MeshAnalysis, StringMatch, VirtualService } from '../../lib';
import { _isCatchAll, _matchCovers, _matchToIstio } from '../../lib/values/http-match';
import { analyzedChart, deployedService, synth, validationLines } from '../support/manifests';

const HOST = 'greeter-service.default.svc.cluster.local';
const PORT_FIX = 'use a whole number from 1 to 65535';
const REGEX_FIX = 'fix the syntax (RE2: https://github.com/google/re2/wiki/Syntax), or match with exact/prefix';
const SYNTAX_FIX = 'fix the syntax (RE2: https://github.com/google/re2/wiki/Syntax)';

/**
 * The greeter routed to v2 by the matches of route `routeIndex` (earlier routes match paths of their own), and to v1
 * by a catch-all after them, in an app whose warnings go to `warnings`.
 */
function matched(matches: HttpMatch[], routeIndex = 0): { chart: Chart; warnings: string[] } {
  const { chart, warnings } = analyzedChart();
  const service = deployedService(chart, 'Service', { app: 'greeter-service', versions: ['v1', 'v2'] });
  new DestinationRule(chart, 'Rule', { service, versions: [{ name: 'v1', image: 'greeter:1' }, { name: 'v2', image: 'greeter:2' }] });
  const earlier = Array.from({ length: routeIndex }, (_, index): HttpRoute => ({ match: [{ uri: StringMatch.prefix(`/earlier-${index}`) }], route: [{ host: HOST, subset: 'v2' }] }));
  new VirtualService(chart, 'Routes', {
    name: 'greeter-service',
    hosts: [HOST],
    http: [...earlier, { match: matches, route: [{ host: HOST, subset: 'v2' }] }, { route: [{ host: HOST, subset: 'v1' }] }],
  });
  return { chart, warnings };
}

/** Every line the VirtualService reports at synth: the errors, then the warnings. */
function reportedLines(chart: Chart, warnings: string[]): string[] {
  try {
    synth(chart);
  } catch (error) {
    return [...validationLines((error as Error).message), ...warnings];
  }
  return warnings;
}

describe('_matchToIstio', () => {
  test('renders every condition as the Istio HTTPMatchRequest field of the same name', () => {
    // GIVEN
    const match: HttpMatch = {
      name: 'beta-firefox',
      uri: StringMatch.prefix('/greeting'),
      scheme: StringMatch.exact('https'),
      method: StringMatch.exact('GET'),
      authority: StringMatch.exact('helloweb.dev'),
      headers: { 'user-agent': StringMatch.regex('.*Firefox.*'), 'x-beta-optin': StringMatch.exact('true') },
      queryParams: { debug: StringMatch.exact('1') },
      withoutHeaders: { 'x-internal': StringMatch.prefix('') },
      sourceLabels: { app: 'web', version: 'v1' },
      port: 8080,
      ignoreUriCase: true,
    };

    // WHEN
    const written = _matchToIstio(match);

    // THEN
    expect(written).toEqual({
      name: 'beta-firefox',
      uri: { prefix: '/greeting' },
      scheme: { exact: 'https' },
      method: { exact: 'GET' },
      authority: { exact: 'helloweb.dev' },
      headers: { 'user-agent': { regex: '.*Firefox.*' }, 'x-beta-optin': { exact: 'true' } },
      queryParams: { debug: { exact: '1' } },
      withoutHeaders: { 'x-internal': { prefix: '' } },
      sourceLabels: { app: 'web', version: 'v1' },
      port: 8080,
      ignoreUriCase: true,
    });
  });

  test('leaves out the conditions that are not given', () => {
    // GIVEN
    const match: HttpMatch = { uri: StringMatch.exact('/') };

    // WHEN
    const written = _matchToIstio(match);

    // THEN
    expect(Object.entries(written).filter(([, value]) => value !== undefined)).toEqual([['uri', { exact: '/' }]]);
  });
});

describe('_isCatchAll', () => {
  test.each<[string, HttpMatch]>([
    ['no condition', {}],
    ['only a name', { name: 'all' }],
    ['empty maps', { headers: {}, queryParams: {}, withoutHeaders: {}, sourceLabels: {} }],
    ['only ignoreUriCase, which is no condition without a uri', { ignoreUriCase: true }],
  ])('is true for a match with %s', (_, match) => {
    // GIVEN / WHEN
    const catchAll = _isCatchAll(match);

    // THEN
    expect(catchAll).toBe(true);
  });

  test.each<[string, HttpMatch]>([
    ['a uri', { uri: StringMatch.prefix('/') }],
    ['a scheme', { scheme: StringMatch.exact('http') }],
    ['a method', { method: StringMatch.exact('GET') }],
    ['an authority', { authority: StringMatch.exact('helloweb.dev') }],
    ['a header', { headers: { 'x-beta': StringMatch.exact('true') } }],
    ['a query parameter', { queryParams: { debug: StringMatch.exact('1') } }],
    ['a header that must be absent', { withoutHeaders: { 'x-beta': StringMatch.exact('true') } }],
    ['source labels', { sourceLabels: { app: 'web' } }],
    ['a port', { port: 80 }],
  ])('is false for a match with %s', (_, match) => {
    // GIVEN / WHEN
    const catchAll = _isCatchAll(match);

    // THEN
    expect(catchAll).toBe(false);
  });
});

describe('_matchCovers', () => {
  const uri = (match: StringMatch): HttpMatch => ({ uri: match });
  const beta: HttpMatch = { headers: { 'x-beta': StringMatch.exact('true') } };

  test.each<[string, HttpMatch, HttpMatch, boolean]>([
    ['the empty match covers a uri match', {}, uri(StringMatch.prefix('/a')), true],
    ['the empty match covers the empty match', {}, {}, true],
    ['the empty match covers a match of every kind', {}, { headers: beta.headers, port: 80, sourceLabels: { app: 'web' } }, true],
    ['a match does not cover the empty match', uri(StringMatch.prefix('/a')), {}, false],
    ['uri prefix /a covers prefix /a/b', uri(StringMatch.prefix('/a')), uri(StringMatch.prefix('/a/b')), true],
    ['uri prefix /a covers exact /a/x', uri(StringMatch.prefix('/a')), uri(StringMatch.exact('/a/x')), true],
    ['uri prefix /a covers the same prefix', uri(StringMatch.prefix('/a')), uri(StringMatch.prefix('/a')), true],
    ['uri prefix /a/b does not cover prefix /a', uri(StringMatch.prefix('/a/b')), uri(StringMatch.prefix('/a')), false],
    ['uri prefix /a does not cover prefix /b', uri(StringMatch.prefix('/a')), uri(StringMatch.prefix('/b')), false],
    ['uri exact /a does not cover prefix /a', uri(StringMatch.exact('/a')), uri(StringMatch.prefix('/a')), false],
    ['a header covers the same header with a uri', beta, { ...beta, uri: StringMatch.prefix('/a') }, true],
    ['a header with a uri does not cover the same header alone', { ...beta, uri: StringMatch.prefix('/a') }, beta, false],
    ['a header covers the same header', beta, beta, true],
    ['a header does not cover another value of it', beta, { headers: { 'x-beta': StringMatch.exact('false') } }, false],
    ['a header does not cover another header', beta, { headers: { 'x-alpha': StringMatch.exact('true') } }, false],
    ['a query parameter covers the same one with a header', { queryParams: { debug: StringMatch.exact('1') } }, { ...beta, queryParams: { debug: StringMatch.exact('1') } }, true],
    ['a query parameter does not cover a header', { queryParams: { debug: StringMatch.exact('1') } }, beta, false],
    ['a port covers the same port with a uri', { port: 80 }, { port: 80, uri: StringMatch.prefix('/a') }, true],
    ['a port does not cover another port', { port: 80 }, { port: 8080 }, false],
    ['a port does not cover any port', { port: 80 }, uri(StringMatch.prefix('/a')), false],
    ['a uri covers the same uri on a port', uri(StringMatch.prefix('/a')), { port: 80, uri: StringMatch.prefix('/a') }, true],
    ['source labels cover more source labels', { sourceLabels: { app: 'web' } }, { sourceLabels: { app: 'web', version: 'v1' } }, true],
    ['source labels do not cover fewer', { sourceLabels: { app: 'web', version: 'v1' } }, { sourceLabels: { app: 'web' } }, false],
    ['source labels do not cover other values', { sourceLabels: { app: 'web' } }, { sourceLabels: { app: 'api' } }, false],
    ['excluding a value covers excluding more values', { withoutHeaders: { 'x-beta': StringMatch.exact('true') } }, { withoutHeaders: { 'x-beta': StringMatch.prefix('t') } }, true],
    ['excluding more values does not cover excluding fewer', { withoutHeaders: { 'x-beta': StringMatch.prefix('t') } }, { withoutHeaders: { 'x-beta': StringMatch.exact('true') } }, false],
    ['excluding a header does not cover not excluding it', { withoutHeaders: { 'x-beta': StringMatch.exact('true') } }, {}, false],
    ['a case-sensitive uri does not cover the same uri ignoring case', uri(StringMatch.prefix('/a')), { ...uri(StringMatch.prefix('/a')), ignoreUriCase: true }, false],
  ])('%s', (_, outer, inner, expected) => {
    // GIVEN / WHEN
    const covers = _matchCovers(outer, inner);

    // THEN
    expect(covers).toBe(expected);
  });
});

describe('matches, as the mesh analysis checks them at synth', () => {
  test('has no finding about a sound match', () => {
    // GIVEN
    const match: HttpMatch = {
      uri: StringMatch.regex('/users/[0-9]+'), headers: { 'user-agent': StringMatch.regex('.*Firefox.*') }, withoutHeaders: { 'x-internal': StringMatch.exact('1') }, port: 443,
    };

    // WHEN
    const { chart, warnings } = matched([match]);

    // THEN
    expect(MeshAnalysis.findings(chart.node.root)).toEqual([]);
    expect(reportedLines(chart, warnings)).toEqual([]);
  });

  test('warns about upper-case header names, which never match, in headers and withoutHeaders', () => {
    // GIVEN
    const match: HttpMatch = { headers: { 'User-Agent': StringMatch.regex('.*Firefox.*') }, withoutHeaders: { 'X-Internal': StringMatch.exact('1') } };

    // WHEN
    const { chart, warnings } = matched([match]);

    // THEN
    expect(reportedLines(chart, warnings)).toEqual([
      '[test/Routes] warning header-name-case http[0].match[0].headers.User-Agent: header names are matched in lower case. Fix: use \'user-agent\'',
      '[test/Routes] warning header-name-case http[0].match[0].withoutHeaders.X-Internal: header names are matched in lower case. Fix: use \'x-internal\'',
    ]);
  });

  test.each<[string, HttpMatch, string, string, string]>([
    ['a header', { headers: { 'user-agent': StringMatch.regex('(?=Firefox)') } }, 'http[0].match[0].headers.user-agent.regex',
      '"(?=Firefox)" is not valid RE2, the regex syntax of Istio and Envoy, which reports "invalid perl operator: (?="', REGEX_FIX],
    ['a header that must be absent', { withoutHeaders: { 'x-internal': StringMatch.regex('(') } }, 'http[0].match[0].withoutHeaders.x-internal.regex',
      '"(" is not valid RE2, the regex syntax of Istio and Envoy, which reports "missing ): ("', REGEX_FIX],
    ['a query parameter', { queryParams: { debug: StringMatch.regex('(a)\\1') } }, 'http[0].match[0].queryParams.debug.regex',
      '"(a)\\\\1" is not valid RE2, the regex syntax of Istio and Envoy, which reports "invalid escape sequence: \\1"', REGEX_FIX],
    ['the uri', { uri: StringMatch.regex('a\\Z') }, 'http[0].match[0].uri.regex',
      '"a\\\\Z" is not valid RE2, the regex syntax of Istio and Envoy, which reports "invalid escape sequence: \\Z"', REGEX_FIX],
    ['the scheme', { scheme: StringMatch.regex('') }, 'http[0].match[0].scheme.regex',
      '"" is not a valid regular expression', SYNTAX_FIX],
    ['the method', { method: StringMatch.regex('(?<!P)OST') }, 'http[0].match[0].method.regex',
      '"(?<!P)OST" is not valid RE2, the regex syntax of Istio and Envoy, which reports "invalid perl operator: (?<"', REGEX_FIX],
    ['the authority', { authority: StringMatch.regex('[') }, 'http[0].match[0].authority.regex',
      '"[" is not valid RE2, the regex syntax of Istio and Envoy, which reports "missing ]: ["', REGEX_FIX],
  ])('fails synth on a bad regex in %s, naming its prop', (_, match, prop, message, fix) => {
    // GIVEN / WHEN
    const { chart, warnings } = matched([match]);

    // THEN
    expect(reportedLines(chart, warnings)).toEqual([`[test/Routes] error regex-invalid ${prop}: ${message}. Fix: ${fix}`]);
  });

  test.each([0, 70000, 1.5, -80])('fails synth on port %j, naming the route and the match', (port) => {
    // GIVEN / WHEN
    const { chart, warnings } = matched([{ uri: StringMatch.prefix('/a') }, { uri: StringMatch.prefix('/b') }, { port }], 1);

    // THEN
    expect(reportedLines(chart, warnings)).toEqual([`[test/Routes] error port-invalid http[1].match[2].port: ${port} is not a port number. Fix: ${PORT_FIX}`]);
  });

  test('reports every problem of a match at once', () => {
    // GIVEN
    const match: HttpMatch = { uri: StringMatch.regex('('), headers: { 'X-Beta': StringMatch.exact('true') }, port: 0 };

    // WHEN
    const { chart, warnings } = matched([match]);

    // THEN
    expect(reportedLines(chart, warnings)).toEqual([
      `[test/Routes] error port-invalid http[0].match[0].port: 0 is not a port number. Fix: ${PORT_FIX}`,
      `[test/Routes] error regex-invalid http[0].match[0].uri.regex: "(" is not valid RE2, the regex syntax of Istio and Envoy, which reports "missing ): (". Fix: ${REGEX_FIX}`,
      '[test/Routes] warning header-name-case http[0].match[0].headers.X-Beta: header names are matched in lower case. Fix: use \'x-beta\'',
    ]);
  });
});
