import { Duration, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { DestinationRule, HttpRoute, MeshAnalysis, RetryOn, StringMatch, VirtualService } from '../../lib';
import { _routeToIstio } from '../../lib/values/http-route';
import { analyzedChart, deployedService, only, synth, validationLines } from '../support/manifests';

const HOST = 'greeter-service.default.svc.cluster.local';
const TO_GREETER: HttpRoute = { route: [{ host: HOST }] };

/**
 * The Services the routes of these tests send requests, or copies of them, to: greeter-service (v1 and v2, with a
 * DestinationRule), shadow, a and b (on port 8080), each with running pods.
 */
function routeTargets(scope: Construct): void {
  const greeter = deployedService(scope, 'Greeter', { app: 'greeter-service', versions: ['v1', 'v2'] });
  new DestinationRule(scope, 'GreeterRule', { service: greeter, versions: [{ name: 'v1', image: 'greeter:1' }, { name: 'v2', image: 'greeter:2' }] });
  deployedService(scope, 'Shadow', { app: 'shadow' });
  deployedService(scope, 'A', { app: 'a' });
  deployedService(scope, 'B', { app: 'b', port: 8080 });
}

/** The routes of a VirtualService for helloweb.dev with the given routes, as synthesized. */
function synthRoutes(http: HttpRoute[]): any[] {
  const chart = Testing.chart();
  routeTargets(chart);
  new VirtualService(chart, 'Routes', { name: 'helloweb', hosts: ['helloweb.dev'], http });
  return only(synth(chart), 'VirtualService').spec.http;
}

/** Every line the VirtualService of helloweb.dev with the given routes reports at synth: the errors, then the warnings. */
function reportedLines(http: HttpRoute[]): string[] {
  const { chart, warnings } = analyzedChart();
  routeTargets(chart);
  new VirtualService(chart, 'Routes', { name: 'helloweb', hosts: ['helloweb.dev'], http });
  try {
    synth(chart);
  } catch (error) {
    return [...validationLines((error as Error).message), ...warnings];
  }
  return warnings;
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
    const chart = Testing.chart();
    routeTargets(chart);
    new VirtualService(chart, 'Routes', { name: 'helloweb', hosts: ['helloweb.dev'], http: [route] });

    // WHEN
    const findings = MeshAnalysis.findings(chart.node.root);

    // THEN
    expect(findings).toEqual([]);
    expect(only(synth(chart), 'VirtualService').spec.http[0].timeout).toEqual('0.001s');
  });

  describe('reports bad input at synth, naming the construct path, the code, the prop, the value and the fix', () => {
    const RETRY_CONDITIONS = '5xx, gateway-error, reset, reset-before-request, connect-failure, envoy-ratelimited, retriable-4xx, refused-stream, '
      + 'retriable-status-codes, retriable-headers, http3-post-connect-failure, cancelled, deadline-exceeded, internal, resource-exhausted, unavailable';
    const PORT_FIX = 'use a whole number from 1 to 65535';
    const PERCENTAGE_FIX = 'use a value from 0 to 100';
    const STATUS_FIX = 'use a status code from 200 to 599';
    const WEIGHTS_FIX = 'make the weights of the route add up to 100';
    const weighted = (...weights: (number | undefined)[]): HttpRoute => ({
      route: weights.map((weight, index) => ({ host: ['a', 'b'][index], weight })),
    });

    test.each<[string, HttpRoute, string[]]>([
      ['a route and a redirect together', { route: [{ host: HOST }], redirect: { uri: '/new' } } as any,
        ['[test/Routes] error route-action-conflict http[0]: sets route and redirect; a route forwards, redirects or responds. Fix: keep one of them']],
      ['a redirect and a direct response together', { redirect: { uri: '/new' }, directResponse: { status: 200 } } as any,
        ['[test/Routes] error route-action-conflict http[0]: sets redirect and directResponse; a route forwards, redirects or responds. Fix: keep one of them']],
      ['no action at all', { match: [{ uri: StringMatch.prefix('/a') }] } as any,
        ['[test/Routes] error route-no-action http[0].route: neither forwards, redirects nor responds. Fix: add a destination with a host, a redirect or a direct response']],
      ['an empty route list', { route: [] },
        ['[test/Routes] error route-no-action http[0].route: neither forwards, redirects nor responds. Fix: add a destination with a host, a redirect or a direct response']],
      ['a timeout of 0ms', { ...TO_GREETER, timeout: Duration.millis(0) },
        ['[test/Routes] error duration-too-short http[0].timeout: 0s is shorter than the 1ms Istio accepts. Fix: use at least 1ms']],
      ['a per-try timeout of 0ms', { ...TO_GREETER, retries: { attempts: 3, perTryTimeout: Duration.millis(0) } },
        ['[test/Routes] error duration-too-short http[0].retries.perTryTimeout: 0s is shorter than the 1ms Istio accepts. Fix: use at least 1ms']],
      ['a fixed delay of 0ms', { ...TO_GREETER, fault: { delay: { fixedDelay: Duration.millis(0) } } },
        ['[test/Routes] error duration-too-short http[0].fault.delay.fixedDelay: 0s is shorter than the 1ms Istio accepts. Fix: use at least 1ms']],
      ['a mirror percentage of 150', { ...TO_GREETER, mirrors: [{ destination: { host: HOST }, percentage: 150 }] },
        [`[test/Routes] error percentage-range http[0].mirrors[0].percentage: 150 is not a percentage. Fix: ${PERCENTAGE_FIX}`]],
      ['a mirror percentage of -1', { ...TO_GREETER, mirrors: [{ destination: { host: 'a' } }, { destination: { host: 'b' }, percentage: -1 }] },
        [`[test/Routes] error percentage-range http[0].mirrors[1].percentage: -1 is not a percentage. Fix: ${PERCENTAGE_FIX}`]],
      ['a mirror to port 0', { ...TO_GREETER, mirrors: [{ destination: { host: HOST, port: 0 } }] },
        [
          `[test/Routes] error port-invalid http[0].mirrors[0].destination.port: 0 is not a port number. Fix: ${PORT_FIX}`,
          '[test/Routes] error destination-port-unknown http[0].mirrors[0].destination.port: the Service has no port 0. Fix: use one of 3000',
        ]],
      ['an abort percentage of 101', { ...TO_GREETER, fault: { abort: { httpStatus: 503, percentage: 101 } } },
        [`[test/Routes] error percentage-range http[0].fault.abort.percentage: 101 is not a percentage. Fix: ${PERCENTAGE_FIX}`]],
      ['a delay percentage of 101', { ...TO_GREETER, fault: { delay: { fixedDelay: Duration.seconds(1), percentage: 101 } } },
        [`[test/Routes] error percentage-range http[0].fault.delay.percentage: 101 is not a percentage. Fix: ${PERCENTAGE_FIX}`]],
      ['an abort status of 99', { ...TO_GREETER, fault: { abort: { httpStatus: 99 } } },
        [`[test/Routes] error status-range http[0].fault.abort.httpStatus: 99 is not an HTTP status Istio accepts. Fix: ${STATUS_FIX}`]],
      ['an abort status of 600', { ...TO_GREETER, fault: { abort: { httpStatus: 600 } } },
        [`[test/Routes] error status-range http[0].fault.abort.httpStatus: 600 is not an HTTP status Istio accepts. Fix: ${STATUS_FIX}`]],
      ['a direct response status of 700', { directResponse: { status: 700 } },
        [`[test/Routes] error status-range http[0].directResponse.status: 700 is not an HTTP status Istio accepts. Fix: ${STATUS_FIX}`]],
      ['retries with a per-try timeout but no attempts', { ...TO_GREETER, retries: { perTryTimeout: Duration.seconds(1) } },
        ['[test/Routes] error retries-without-attempts http[0].retries.attempts: retry settings are given without the number of attempts. Fix: set attempts, e.g. 3']],
      ['retries with conditions but no attempts', { ...TO_GREETER, retries: { retryOn: [RetryOn.FIVE_XX] } },
        ['[test/Routes] error retries-without-attempts http[0].retries.attempts: retry settings are given without the number of attempts. Fix: set attempts, e.g. 3']],
      ['retries with status codes but no attempts', { ...TO_GREETER, retries: { retryOnStatusCodes: [503] } },
        ['[test/Routes] error retries-without-attempts http[0].retries.attempts: retry settings are given without the number of attempts. Fix: set attempts, e.g. 3']],
      ['-1 attempts', { ...TO_GREETER, retries: { attempts: -1 } },
        ['[test/Routes] error retries-attempts-invalid http[0].retries.attempts: -1 is not a number of retries. Fix: use a whole number, 0 to disable retries']],
      ['1.5 attempts', { ...TO_GREETER, retries: { attempts: 1.5 } },
        ['[test/Routes] error retries-attempts-invalid http[0].retries.attempts: 1.5 is not a number of retries. Fix: use a whole number, 0 to disable retries']],
      ['an unknown retry condition', { ...TO_GREETER, retries: { attempts: 3, retryOn: [RetryOn.FIVE_XX, 'sometimes' as RetryOn] } },
        [`[test/Routes] error retries-condition-unknown http[0].retries.retryOn: "sometimes" is not a condition Envoy retries on. Fix: use status codes or ${RETRY_CONDITIONS}`]],
      ['a retry status code of 42', { ...TO_GREETER, retries: { attempts: 3, retryOnStatusCodes: [503, 42] } },
        [`[test/Routes] error status-range http[0].retries.retryOn: 42 is not an HTTP status Istio accepts. Fix: ${STATUS_FIX}`]],
      ['a redirect code of 305', { redirect: { uri: '/new', redirectCode: 305 as any } },
        ['[test/Routes] error redirect-code-invalid http[0].redirect.redirectCode: 305 is not a redirect status. Fix: use 301, 302, 303, 307 or 308']],
      ['a redirect to port 70000', { redirect: { port: 70000 } },
        [`[test/Routes] error port-invalid http[0].redirect.port: 70000 is not a port number. Fix: ${PORT_FIX}`]],
      ['a redirect with nothing set', { redirect: {} },
        ['[test/Routes] error redirect-empty http[0].redirect: redirects to the same place. Fix: give a uri, authority, scheme or port to redirect to']],
      ['a fault with neither delay nor abort', { ...TO_GREETER, fault: {} },
        ['[test/Routes] error fault-empty http[0].fault: injects no fault. Fix: give a delay or an abort, or remove the fault']],
      ['a weight of 101', weighted(101),
        [`[test/Routes] warning weights-not-100 http[0].route: weights add up to 101, not 100; Istio divides requests by each weight's share of the sum. Fix: ${WEIGHTS_FIX}`]],
      ['a weight of -1', weighted(-1),
        [
          '[test/Routes] error weight-negative http[0].route[0].weight: weight -1 is negative. Fix: use a weight of 0 or more',
          `[test/Routes] warning weights-not-100 http[0].route: weights add up to -1, not 100; Istio divides requests by each weight's share of the sum. Fix: ${WEIGHTS_FIX}`,
        ]],
      ['weights that add up to 90', weighted(80, 10),
        [`[test/Routes] warning weights-not-100 http[0].route: weights add up to 90, not 100; Istio divides requests by each weight's share of the sum. Fix: ${WEIGHTS_FIX}`]],
      ['a destination without weight in a split', weighted(90, undefined),
        ['[test/Routes] warning weight-missing http[0].route: splits requests but not every destination has a weight; those without one get none. Fix: give every destination a weight']],
      ['a match with a bad regex', { match: [{ headers: { 'user-agent': StringMatch.regex('(?=Firefox)') } }], route: [{ host: HOST }] },
        ['[test/Routes] error regex-invalid http[0].match[0].headers.user-agent.regex: "(?=Firefox)" is not valid RE2, the regex syntax of Istio and Envoy, which reports "invalid perl operator: (?=". '
          + 'Fix: fix the syntax (RE2: https://github.com/google/re2/wiki/Syntax), or match with exact/prefix']],
    ])('%s', (_, route, expected) => {
      // GIVEN
      const http = [route];

      // WHEN
      const lines = reportedLines(http);

      // THEN
      expect(lines).toEqual(expected);
    });

    test('reports the props of the route at its position', () => {
      // GIVEN
      const http: HttpRoute[] = [
        { match: [{ uri: StringMatch.prefix('/a') }], ...TO_GREETER },
        { match: [{ uri: StringMatch.prefix('/b') }], ...TO_GREETER },
        { match: [{ uri: StringMatch.prefix('/c') }], ...TO_GREETER },
        { ...TO_GREETER, timeout: Duration.millis(0) },
      ];

      // WHEN
      const lines = reportedLines(http);

      // THEN
      expect(lines).toEqual(['[test/Routes] error duration-too-short http[3].timeout: 0s is shorter than the 1ms Istio accepts. Fix: use at least 1ms']);
    });
  });
});
