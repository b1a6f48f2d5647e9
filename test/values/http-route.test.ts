import { Duration, Testing } from 'cdk8s';
import { HttpRoute, RetryOn, StringMatch, VirtualService, _routeProblems, _routeToIstio } from '../../lib';
import { only, synth, synthError } from '../support/manifests';

const HOST = 'greeter-service.default.svc.cluster.local';
const TO_GREETER: HttpRoute = { route: [{ host: HOST }] };

/** The routes of a VirtualService for helloweb.dev with the given routes, as synthesized. */
function synthRoutes(http: HttpRoute[]): any[] {
  const chart = Testing.chart();
  new VirtualService(chart, 'Routes', { name: 'helloweb', hosts: ['helloweb.dev'], http });
  return only(synth(chart), 'VirtualService').spec.http;
}

/** The problems that the VirtualService of helloweb.dev with the given routes reports at synth, one per line. */
function problemLines(http: HttpRoute[]): string[] {
  const chart = Testing.chart();
  new VirtualService(chart, 'Routes', { name: 'helloweb', hosts: ['helloweb.dev'], http });
  return synthError(chart).split('\n').map((line) => line.trim()).filter((line) => line.startsWith('[test/Routes] '));
}

describe('HttpRoute', () => {
  test('renders a redirect with every field', () => {
    // GIVEN
    const redirect: HttpRoute = {
      match: [{ uri: StringMatch.prefix('/old') }],
      redirect: { uri: '/new', authority: 'greeter.dev', scheme: 'https', port: 8443, redirectCode: 308 },
    };

    // WHEN
    const http = synthRoutes([redirect, TO_GREETER]);

    // THEN
    expect(http[0]).toEqual({
      match: [{ uri: { prefix: '/old' } }],
      redirect: { uri: '/new', authority: 'greeter.dev', scheme: 'https', port: 8443, redirectCode: 308 },
    });
  });

  test('renders a rewrite of the uri and the authority', () => {
    // GIVEN
    const route: HttpRoute = { route: [{ host: HOST }], rewrite: { uri: '/hello', authority: 'greeter.internal' } };

    // WHEN
    const http = synthRoutes([route]);

    // THEN
    expect(http[0]).toEqual({ route: [{ destination: { host: HOST } }], rewrite: { uri: '/hello', authority: 'greeter.internal' } });
  });

  test('renders a regex rewrite of the uri', () => {
    // GIVEN
    const route: HttpRoute = { route: [{ host: HOST }], rewrite: { uriRegexRewrite: { match: '^/greeting/(.*)$', rewrite: '/hello/\\1' } } };

    // WHEN
    const http = synthRoutes([route]);

    // THEN
    expect(http[0].rewrite).toEqual({ uriRegexRewrite: { match: '^/greeting/(.*)$', rewrite: '/hello/\\1' } });
  });

  test('renders a direct response, its body as a string source', () => {
    // GIVEN
    const routes: HttpRoute[] = [
      { match: [{ uri: StringMatch.exact('/healthz') }], directResponse: { status: 200, body: 'ok' } },
      { directResponse: { status: 503 } },
    ];

    // WHEN
    const http = synthRoutes(routes);

    // THEN
    expect(http).toEqual([
      { match: [{ uri: { exact: '/healthz' } }], directResponse: { status: 200, body: { string: 'ok' } } },
      { directResponse: { status: 503 } },
    ]);
  });

  test('renders header changes on requests and responses', () => {
    // GIVEN
    const route: HttpRoute = {
      route: [{ host: HOST }],
      headers: {
        request: { set: { 'x-version': 'v2' }, add: { 'x-trace': 'on' }, remove: ['x-debug'] },
        response: { set: { 'cache-control': 'no-store' }, add: { 'x-served-by': 'greeter' }, remove: ['server'] },
      },
    };

    // WHEN
    const http = synthRoutes([route]);

    // THEN
    expect(http[0].headers).toEqual({
      request: { set: { 'x-version': 'v2' }, add: { 'x-trace': 'on' }, remove: ['x-debug'] },
      response: { set: { 'cache-control': 'no-store' }, add: { 'x-served-by': 'greeter' }, remove: ['server'] },
    });
  });

  test('renders the timeout in seconds', () => {
    // GIVEN
    const route: HttpRoute = { route: [{ host: HOST }], timeout: Duration.millis(1500) };

    // WHEN
    const http = synthRoutes([route]);

    // THEN
    expect(http[0].timeout).toEqual('1.5s');
  });

  test('renders retries, the conditions and status codes joined with commas', () => {
    // GIVEN
    const route: HttpRoute = {
      route: [{ host: HOST }],
      retries: { attempts: 3, perTryTimeout: Duration.seconds(2), retryOn: [RetryOn.FIVE_XX, RetryOn.RETRIABLE_STATUS_CODES], retryOnStatusCodes: [503, 429] },
    };

    // WHEN
    const http = synthRoutes([route]);

    // THEN
    expect(http[0].retries).toEqual({ attempts: 3, perTryTimeout: '2s', retryOn: '5xx,retriable-status-codes,503,429' });
  });

  test('renders retries with attempts only, and attempts 0 that disables them', () => {
    // GIVEN
    const routes: HttpRoute[] = [
      { match: [{ uri: StringMatch.prefix('/a') }], route: [{ host: HOST }], retries: { attempts: 5 } },
      { route: [{ host: HOST }], retries: { attempts: 0 } },
    ];

    // WHEN
    const http = synthRoutes(routes);

    // THEN
    expect(http.map((route) => route.retries)).toEqual([{ attempts: 5 }, { attempts: 0 }]);
  });

  test('renders injected delays and aborts, their percentages as { value }, 100 by default', () => {
    // GIVEN
    const routes: HttpRoute[] = [
      { match: [{ uri: StringMatch.prefix('/a') }], route: [{ host: HOST }], fault: { delay: { fixedDelay: Duration.seconds(5), percentage: 10 }, abort: { httpStatus: 503, percentage: 0.5 } } },
      { route: [{ host: HOST }], fault: { delay: { fixedDelay: Duration.millis(250) }, abort: { httpStatus: 500 } } },
    ];

    // WHEN
    const http = synthRoutes(routes);

    // THEN
    expect(http.map((route) => route.fault)).toEqual([
      { delay: { fixedDelay: '5s', percentage: { value: 10 } }, abort: { httpStatus: 503, percentage: { value: 0.5 } } },
      { delay: { fixedDelay: '0.25s', percentage: { value: 100 } }, abort: { httpStatus: 500, percentage: { value: 100 } } },
    ]);
  });

  test('renders one mirror as mirror and mirrorPercentage, 100 by default, never the deprecated mirror_percent', () => {
    // GIVEN
    const routes: HttpRoute[] = [
      { match: [{ uri: StringMatch.prefix('/a') }], route: [{ host: HOST }], mirrors: [{ destination: { host: 'shadow.default.svc.cluster.local', port: 3000 }, percentage: 25 }] },
      { route: [{ host: HOST }], mirrors: [{ destination: { host: 'shadow.default.svc.cluster.local' } }] },
    ];

    // WHEN
    const http = synthRoutes(routes);

    // THEN
    expect(http).toEqual([
      {
        match: [{ uri: { prefix: '/a' } }],
        route: [{ destination: { host: HOST } }],
        mirror: { host: 'shadow.default.svc.cluster.local', port: { number: 3000 } },
        mirrorPercentage: { value: 25 },
      },
      {
        route: [{ destination: { host: HOST } }],
        mirror: { host: 'shadow.default.svc.cluster.local' },
        mirrorPercentage: { value: 100 },
      },
    ]);
    expect(http.map((route) => Object.keys(route).filter((key) => key.startsWith('mirror')).sort())).toEqual([['mirror', 'mirrorPercentage'], ['mirror', 'mirrorPercentage']]);
  });

  test('renders several mirrors as mirrors, each with its percentage, and no mirror field', () => {
    // GIVEN
    const route: HttpRoute = {
      route: [{ host: HOST }],
      mirrors: [{ destination: { host: 'a.default.svc.cluster.local' }, percentage: 10 }, { destination: { host: 'b.default.svc.cluster.local', port: 8080 } }],
    };

    // WHEN
    const http = synthRoutes([route]);

    // THEN
    expect(http[0]).toEqual({
      route: [{ destination: { host: HOST } }],
      mirrors: [
        { destination: { host: 'a.default.svc.cluster.local' }, percentage: { value: 10 } },
        { destination: { host: 'b.default.svc.cluster.local', port: { number: 8080 } }, percentage: { value: 100 } },
      ],
    });
    expect(Object.keys(http[0]).filter((key) => key.startsWith('mirror'))).toEqual(['mirrors']);
  });

  test('gives every destination of a split its weight, and a single destination none unless given', () => {
    // GIVEN
    const route: HttpRoute = { route: [{ host: HOST, subset: 'v1', weight: 75 }, { host: HOST, subset: 'v2', port: 3000, weight: 25 }] };

    // WHEN
    const written = _routeToIstio(route);

    // THEN
    expect(written.route).toEqual([
      { destination: { host: HOST, subset: 'v1' }, weight: 75 },
      { destination: { host: HOST, port: { number: 3000 }, subset: 'v2' }, weight: 25 },
    ]);
    expect(JSON.parse(JSON.stringify(_routeToIstio(TO_GREETER).route))).toEqual([{ destination: { host: HOST } }]);
  });

  test('has no problem when the route is sound', () => {
    // GIVEN
    const route: HttpRoute = {
      name: 'greeting',
      match: [{ uri: StringMatch.prefix('/greeting'), headers: { 'user-agent': StringMatch.regex('(?i).*firefox.*') } }],
      route: [{ host: HOST, subset: 'v1', weight: 90 }, { host: HOST, subset: 'v2', weight: 10 }],
      rewrite: { uri: '/hello' },
      timeout: Duration.millis(1),
      retries: { attempts: 0 },
      fault: { abort: { httpStatus: 599, percentage: 0 } },
      mirrors: [{ destination: { host: HOST, subset: 'v2' }, percentage: 100 }],
    };

    // WHEN
    const problems = _routeProblems(route, 'http[0]');

    // THEN
    expect(problems).toEqual([]);
  });

  describe('reports bad input at synth, naming the construct path, the field, the value and the fix', () => {
    const RETRY_CONDITIONS = '5xx, gateway-error, reset, reset-before-request, connect-failure, envoy-ratelimited, retriable-4xx, refused-stream, '
      + 'retriable-status-codes, retriable-headers, http3-post-connect-failure, cancelled, deadline-exceeded, internal, resource-exhausted, unavailable';
    const weighted = (...weights: (number | undefined)[]): HttpRoute => ({
      route: weights.map((weight, index) => ({ host: `greeter-v${index + 1}`, weight })),
    });

    test.each<[string, HttpRoute, string[]]>([
      ['a route and a redirect together', { route: [{ host: HOST }], redirect: { uri: '/new' } } as any,
        ['[test/Routes] http[0]: a route forwards, redirects or responds, not more than one (got ["route","redirect"]). Fix: keep one of route, redirect and directResponse']],
      ['a redirect and a direct response together', { redirect: { uri: '/new' }, directResponse: { status: 200 } } as any,
        ['[test/Routes] http[0]: a route forwards, redirects or responds, not more than one (got ["redirect","directResponse"]). Fix: keep one of route, redirect and directResponse']],
      ['no action at all', { match: [{ uri: StringMatch.prefix('/a') }] } as any,
        ['[test/Routes] http[0].route: a route needs a destination, a redirect or a direct response (got []). Fix: add a destination with a host']],
      ['an empty route list', { route: [] },
        ['[test/Routes] http[0].route: a route needs a destination, a redirect or a direct response (got []). Fix: add a destination with a host']],
      ['a timeout of 0ms', { ...TO_GREETER, timeout: Duration.millis(0) },
        ['[test/Routes] http[0].timeout: is shorter than the 1ms Istio accepts (got "0ms"). Fix: use at least Duration.millis(1)']],
      ['a per-try timeout of 0ms', { ...TO_GREETER, retries: { attempts: 3, perTryTimeout: Duration.millis(0) } },
        ['[test/Routes] http[0].retries.perTryTimeout: is shorter than the 1ms Istio accepts (got "0ms"). Fix: use at least Duration.millis(1)']],
      ['a fixed delay of 0ms', { ...TO_GREETER, fault: { delay: { fixedDelay: Duration.millis(0) } } },
        ['[test/Routes] http[0].fault.delay.fixedDelay: is shorter than the 1ms Istio accepts (got "0ms"). Fix: use at least Duration.millis(1)']],
      ['a mirror percentage of 150', { ...TO_GREETER, mirrors: [{ destination: { host: HOST }, percentage: 150 }] },
        ['[test/Routes] http[0].mirrors[0].percentage: is not a percentage (got 150). Fix: use a number from 0 to 100']],
      ['a mirror percentage of -1', { ...TO_GREETER, mirrors: [{ destination: { host: 'a' } }, { destination: { host: 'b' }, percentage: -1 }] },
        ['[test/Routes] http[0].mirrors[1].percentage: is not a percentage (got -1). Fix: use a number from 0 to 100']],
      ['a mirror to port 0', { ...TO_GREETER, mirrors: [{ destination: { host: HOST, port: 0 } }] },
        ['[test/Routes] http[0].mirrors[0].destination.port: is not a port number (got 0). Fix: use a whole number from 1 to 65535']],
      ['an abort percentage of 101', { ...TO_GREETER, fault: { abort: { httpStatus: 503, percentage: 101 } } },
        ['[test/Routes] http[0].fault.abort.percentage: is not a percentage (got 101). Fix: use a number from 0 to 100']],
      ['a delay percentage of 101', { ...TO_GREETER, fault: { delay: { fixedDelay: Duration.seconds(1), percentage: 101 } } },
        ['[test/Routes] http[0].fault.delay.percentage: is not a percentage (got 101). Fix: use a number from 0 to 100']],
      ['an abort status of 99', { ...TO_GREETER, fault: { abort: { httpStatus: 99 } } },
        ['[test/Routes] http[0].fault.abort.httpStatus: is not an HTTP status Istio accepts (got 99). Fix: use a status code from 200 to 599']],
      ['an abort status of 600', { ...TO_GREETER, fault: { abort: { httpStatus: 600 } } },
        ['[test/Routes] http[0].fault.abort.httpStatus: is not an HTTP status Istio accepts (got 600). Fix: use a status code from 200 to 599']],
      ['a direct response status of 700', { directResponse: { status: 700 } },
        ['[test/Routes] http[0].directResponse.status: is not an HTTP status Istio accepts (got 700). Fix: use a status code from 200 to 599']],
      ['retries with a per-try timeout but no attempts', { ...TO_GREETER, retries: { perTryTimeout: Duration.seconds(1) } },
        ['[test/Routes] http[0].retries.attempts: retry settings are given without the number of attempts (got undefined). Fix: set attempts, e.g. 3']],
      ['retries with conditions but no attempts', { ...TO_GREETER, retries: { retryOn: [RetryOn.FIVE_XX] } },
        ['[test/Routes] http[0].retries.attempts: retry settings are given without the number of attempts (got undefined). Fix: set attempts, e.g. 3']],
      ['retries with status codes but no attempts', { ...TO_GREETER, retries: { retryOnStatusCodes: [503] } },
        ['[test/Routes] http[0].retries.attempts: retry settings are given without the number of attempts (got undefined). Fix: set attempts, e.g. 3']],
      ['-1 attempts', { ...TO_GREETER, retries: { attempts: -1 } },
        ['[test/Routes] http[0].retries.attempts: is not a number of retries (got -1). Fix: use a whole number, 0 to disable retries']],
      ['1.5 attempts', { ...TO_GREETER, retries: { attempts: 1.5 } },
        ['[test/Routes] http[0].retries.attempts: is not a number of retries (got 1.5). Fix: use a whole number, 0 to disable retries']],
      ['an unknown retry condition', { ...TO_GREETER, retries: { attempts: 3, retryOn: [RetryOn.FIVE_XX, 'sometimes' as RetryOn] } },
        [`[test/Routes] http[0].retries.retryOn: is not a condition Envoy retries on (got "sometimes"). Fix: use one of ${RETRY_CONDITIONS}`]],
      ['a retry status code of 42', { ...TO_GREETER, retries: { attempts: 3, retryOnStatusCodes: [503, 42] } },
        ['[test/Routes] http[0].retries.retryOnStatusCodes: is not an HTTP status Istio accepts (got 42). Fix: use a status code from 200 to 599']],
      ['a redirect code of 305', { redirect: { uri: '/new', redirectCode: 305 as any } },
        ['[test/Routes] http[0].redirect.redirectCode: is not a redirect status (got 305). Fix: use 301, 302, 303, 307 or 308']],
      ['a redirect to port 70000', { redirect: { port: 70000 } },
        ['[test/Routes] http[0].redirect.port: is not a port number (got 70000). Fix: use a whole number from 1 to 65535']],
      ['a redirect with nothing set', { redirect: {} },
        ['[test/Routes] http[0].redirect: redirects to the same place (got {}). Fix: give a uri, authority, scheme or port to redirect to']],
      ['a fault with neither delay nor abort', { ...TO_GREETER, fault: {} },
        ['[test/Routes] http[0].fault: injects no fault (got {}). Fix: give a delay or an abort, or remove the fault']],
      ['a weight of 101', weighted(101),
        [
          '[test/Routes] http[0].route[0].weight: is not a percentage (got 101). Fix: use a whole number from 0 to 100',
          '[test/Routes] http[0].route: weights add up to 101, not 100 (got [101]). Fix: make the weights of the route add up to 100',
        ]],
      ['a weight of -1', weighted(-1),
        [
          '[test/Routes] http[0].route[0].weight: is not a percentage (got -1). Fix: use a whole number from 0 to 100',
          '[test/Routes] http[0].route: weights add up to -1, not 100 (got [-1]). Fix: make the weights of the route add up to 100',
        ]],
      ['weights that add up to 90', weighted(80, 10),
        ['[test/Routes] http[0].route: weights add up to 90, not 100 (got [80,10]). Fix: make the weights of the route add up to 100']],
      ['a destination without weight in a split', weighted(90, undefined),
        ['[test/Routes] http[0].route: splits traffic but not every destination has a weight (got [90,null]). Fix: give every destination a weight']],
      ['a match with a bad regex', { match: [{ headers: { 'user-agent': StringMatch.regex('(?=Firefox)') } }], route: [{ host: HOST }] },
        ['[test/Routes] http[0].match[0].headers.user-agent.regex: uses lookaround assertions ((?=, (?!, (?<=, (?<!), which RE2 (Istio and Envoy) does not support (got "(?=Firefox)"). Fix: rewrite the expression without it, or match with exact/prefix']],
    ])('%s', (_, route, expected) => {
      // GIVEN
      const http = [route];

      // WHEN
      const lines = problemLines(http);

      // THEN
      expect(lines).toEqual(expected);
    });

    test('reports the field paths of the route at its position', () => {
      // GIVEN
      const route: HttpRoute = { ...TO_GREETER, timeout: Duration.millis(0) };

      // WHEN
      const problems = _routeProblems(route, 'http[3]');

      // THEN
      expect(problems.map((problem) => problem.field)).toEqual(['http[3].timeout']);
    });
  });
});
