import { Chart, Duration } from 'cdk8s';
import {
  GatewayApiChannel, GatewayApiGateway, GatewayApiHttpRoute, GatewayApiHttpRouteProps, HttpMethod, Manifest, RouteParent, StringMatch,
} from '../../../lib';
import { analyzedChart, deployedService, only, synth, synthErrorLines } from '../../support/manifests';

/** A chart of `default` with Service reviews (port 9080, pods v1 and v2), its version Services and Gateway `web`. */
function meshChart(): { chart: Chart; warnings: string[]; gateway: GatewayApiGateway } {
  const { chart, warnings } = analyzedChart({ namespace: 'default' });
  deployedService(chart, 'Reviews', { app: 'reviews', port: 9080, versions: ['v1', 'v2', 'v3'] });
  for (const version of ['v1', 'v2', 'v3']) deployedService(chart, `Reviews-${version}-svc`, { app: 'reviews', version, port: 9080, versions: [] });
  const gateway = new GatewayApiGateway(chart, 'Gateway', { name: 'web', listeners: [{ port: 80, hostname: 'reviews.example.com' }] });
  return { chart, warnings, gateway };
}

/** The HTTPRoute's spec as the API server stores it: the defaults of parentRefs and backendRefs written out. */
function stored(manifest: Manifest): any {
  const spec = JSON.parse(JSON.stringify(manifest.spec));
  for (const parent of spec.parentRefs ?? []) {
    parent.group ??= 'gateway.networking.k8s.io';
    parent.kind ??= 'Gateway';
  }
  for (const rule of spec.rules ?? []) {
    rule.matches ??= [{ path: { type: 'PathPrefix', value: '/' } }];
    for (const ref of rule.backendRefs ?? []) Object.assign(ref, { group: ref.group ?? '', kind: ref.kind ?? 'Service', weight: ref.weight ?? 1 });
    for (const filter of rule.filters ?? []) {
      const ref = filter.requestMirror?.backendRef;
      if (ref) Object.assign(ref, { group: ref.group ?? '', kind: ref.kind ?? 'Service' });
    }
  }
  return spec;
}

/** The lines of the synth error about the route at test/Route; fails the test when it prints warnings. */
function problemLines(props: Partial<GatewayApiHttpRouteProps>): string[] {
  const { chart, warnings } = meshChart();
  new GatewayApiHttpRoute(chart, 'Route', { name: 'reviews', parents: [RouteParent.service('reviews', { port: 9080 })], rules: [], ...props });
  const lines = synthErrorLines(chart);
  expect(warnings).toEqual([]);
  return lines;
}

const REVIEWS_MESH = RouteParent.service('reviews', { port: 9080 });

describe('GatewayApiHttpRoute', () => {
  test('renders parents, host names, typed matches, weighted backends, every filter and the timeouts', () => {
    // GIVEN
    const { chart, gateway } = meshChart();

    // WHEN
    new GatewayApiHttpRoute(chart, 'Route', {
      name: 'reviews-edge',
      parents: [gateway.parent('http')],
      hostnames: ['reviews.example.com'],
      rules: [
        {
          name: 'beta',
          matches: [{
            path: StringMatch.prefix('/api'),
            headers: { 'x-beta': StringMatch.exact('true'), 'user-agent': StringMatch.regex('.*Firefox.*') },
            queryParams: { debug: StringMatch.exact('1') },
            method: HttpMethod.GET,
          }],
          backends: [{ service: 'reviews-v2', port: 9080 }],
          requestHeaders: { set: { 'x-route': 'beta' }, add: { via: 'edge' }, remove: ['x-internal'] },
          responseHeaders: { remove: ['server'] },
          rewrite: { path: { prefix: '/v2' }, hostname: 'reviews.internal' },
          mirrors: [{ backend: { service: 'reviews-v3', port: 9080 }, fraction: { numerator: 1, denominator: 1000 } }],
          cors: { allowOrigins: ['https://app.example.com'], allowMethods: [HttpMethod.GET, HttpMethod.POST], allowCredentials: true, maxAge: Duration.minutes(10) },
          timeout: Duration.seconds(10),
          backendTimeout: Duration.millis(2500),
        },
        { matches: [{ path: StringMatch.exact('/old') }], redirect: { path: { fullPath: '/new' }, statusCode: 301, scheme: 'https' } },
        { backends: [{ service: 'reviews-v1', port: 9080, weight: 90 }, { service: 'reviews-v2', port: 9080, weight: 10 }] },
      ],
    });

    // THEN
    const route = only(synth(chart), 'HTTPRoute');
    expect(route.apiVersion).toEqual('gateway.networking.k8s.io/v1');
    expect(route.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '2' });
    expect(route.spec).toEqual({
      parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'web', namespace: 'default', sectionName: 'http' }],
      hostnames: ['reviews.example.com'],
      rules: [
        {
          name: 'beta',
          matches: [{
            path: { type: 'PathPrefix', value: '/api' },
            headers: [{ name: 'x-beta', type: 'Exact', value: 'true' }, { name: 'user-agent', type: 'RegularExpression', value: '.*Firefox.*' }],
            queryParams: [{ name: 'debug', type: 'Exact', value: '1' }],
            method: 'GET',
          }],
          filters: [
            { type: 'RequestHeaderModifier', requestHeaderModifier: { set: [{ name: 'x-route', value: 'beta' }], add: [{ name: 'via', value: 'edge' }], remove: ['x-internal'] } },
            { type: 'ResponseHeaderModifier', responseHeaderModifier: { remove: ['server'] } },
            { type: 'URLRewrite', urlRewrite: { hostname: 'reviews.internal', path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/v2' } } },
            { type: 'RequestMirror', requestMirror: { backendRef: { group: '', kind: 'Service', name: 'reviews-v3', port: 9080 }, fraction: { numerator: 1, denominator: 1000 } } },
            { type: 'CORS', cors: { allowOrigins: ['https://app.example.com'], allowMethods: ['GET', 'POST'], allowCredentials: true, maxAge: 600 } },
          ],
          backendRefs: [{ group: '', kind: 'Service', name: 'reviews-v2', port: 9080 }],
          timeouts: { request: '10s', backendRequest: '2500ms' },
        },
        {
          matches: [{ path: { type: 'Exact', value: '/old' } }],
          filters: [{ type: 'RequestRedirect', requestRedirect: { path: { type: 'ReplaceFullPath', replaceFullPath: '/new' }, scheme: 'https', statusCode: 301 } }],
        },
        {
          backendRefs: [
            { group: '', kind: 'Service', name: 'reviews-v1', port: 9080, weight: 90 },
            { group: '', kind: 'Service', name: 'reviews-v2', port: 9080, weight: 10 },
          ],
        },
      ],
    });
  });

  test('writes retries only for the experimental channel', () => {
    // GIVEN
    const { chart } = meshChart();

    // WHEN
    new GatewayApiHttpRoute(chart, 'Route', {
      name: 'reviews',
      parents: [REVIEWS_MESH],
      channel: GatewayApiChannel.EXPERIMENTAL,
      rules: [{ backends: [{ service: 'reviews-v1', port: 9080 }], retry: { attempts: 3, backoff: Duration.millis(100), codes: [503] } }],
    });

    // THEN
    expect(only(synth(chart), 'HTTPRoute').spec.rules[0].retry).toEqual({ attempts: 3, backoff: '100ms', codes: [503] });
  });

  test('the experimental channel writes the rules of the standard channel, each with its retry', () => {
    // GIVEN a rule with matches, header changes, a rewrite and timeouts, and a rule with a retry
    const rules = (retry: boolean): GatewayApiHttpRouteProps['rules'] => [
      {
        matches: [{ path: StringMatch.prefix('/v2'), headers: { 'end-user': StringMatch.exact('jason') }, method: HttpMethod.GET }],
        backends: [{ service: 'reviews-v2', port: 9080, weight: 90 }, { service: 'reviews-v3', port: 9080, weight: 10 }],
        requestHeaders: { set: { 'x-route': 'v2' } },
        rewrite: { path: { prefix: '/' } },
        timeout: Duration.seconds(10),
        backendTimeout: Duration.millis(2500),
      },
      { backends: [{ service: 'reviews-v1', port: 9080 }], ...(retry ? { retry: { attempts: 2, codes: [502, 503] } } : {}) },
    ];
    const route = (channel: GatewayApiChannel, retry: boolean) => {
      const { chart } = meshChart();
      new GatewayApiHttpRoute(chart, 'Route', { name: 'reviews', parents: [REVIEWS_MESH], channel, rules: rules(retry) });
      return only(synth(chart), 'HTTPRoute');
    };

    // WHEN
    const standard = route(GatewayApiChannel.STANDARD, false);
    const experimental = route(GatewayApiChannel.EXPERIMENTAL, true);

    // THEN
    expect(experimental.apiVersion).toBe('gateway.networking.k8s.io/v1');
    expect(experimental.spec.rules.map((rule: any) => rule.retry)).toEqual([undefined, { attempts: 2, codes: [502, 503] }]);
    const withoutRetries = { ...experimental.spec, rules: experimental.spec.rules.map(({ retry, ...rule }: any) => rule) };
    expect(withoutRetries).toEqual(standard.spec);
    expect(standard.spec.rules[0].timeouts).toEqual({ request: '10s', backendRequest: '2500ms' });
    expect(standard.spec.rules[0].filters.map((filter: any) => filter.type)).toEqual(['RequestHeaderModifier', 'URLRewrite']);
  });

  describe('parity with the Gateway API tab of the Istio tasks', () => {
    test('request routing: all of reviews to v1, then the user jason to v2', () => {
      // GIVEN
      const { chart } = meshChart();

      // WHEN
      new GatewayApiHttpRoute(chart, 'AllV1', { name: 'reviews', parents: [REVIEWS_MESH], rules: [{ backends: [{ service: 'reviews-v1', port: 9080 }] }] });
      const byUser = meshChart().chart;
      new GatewayApiHttpRoute(byUser, 'ByUser', {
        name: 'reviews',
        parents: [REVIEWS_MESH],
        rules: [
          { matches: [{ headers: { 'end-user': StringMatch.exact('jason') } }], backends: [{ service: 'reviews-v2', port: 9080 }] },
          { backends: [{ service: 'reviews-v1', port: 9080 }] },
        ],
      });

      // THEN
      expect(stored(only(synth(chart), 'HTTPRoute'))).toEqual(stored({
        apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'reviews' },
        spec: { parentRefs: [{ group: '', kind: 'Service', name: 'reviews', port: 9080 }], rules: [{ backendRefs: [{ name: 'reviews-v1', port: 9080 }] }] },
      }));
      expect(stored(only(synth(byUser), 'HTTPRoute'))).toEqual(stored({
        apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'reviews' },
        spec: {
          parentRefs: [{ group: '', kind: 'Service', name: 'reviews', port: 9080 }],
          rules: [
            { matches: [{ headers: [{ name: 'end-user', value: 'jason', type: 'Exact' }] }], backendRefs: [{ name: 'reviews-v2', port: 9080 }] },
            { backendRefs: [{ name: 'reviews-v1', port: 9080 }] },
          ],
        },
      }));
    });

    test('traffic shifting: reviews 50/50 between v1 and v3', () => {
      // GIVEN
      const { chart } = meshChart();

      // WHEN
      new GatewayApiHttpRoute(chart, 'Shift', {
        name: 'reviews',
        parents: [REVIEWS_MESH],
        rules: [{ backends: [{ service: 'reviews-v1', port: 9080, weight: 50 }, { service: 'reviews-v3', port: 9080, weight: 50 }] }],
      });

      // THEN
      expect(stored(only(synth(chart), 'HTTPRoute'))).toEqual(stored({
        apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'reviews' },
        spec: {
          parentRefs: [{ group: '', kind: 'Service', name: 'reviews', port: 9080 }],
          rules: [{ backendRefs: [{ name: 'reviews-v1', port: 9080, weight: 50 }, { name: 'reviews-v3', port: 9080, weight: 50 }] }],
        },
      }));
    });

    test('mirroring: httpbin to v1, copies to v2', () => {
      // GIVEN
      const { chart, warnings } = analyzedChart({ namespace: 'default' });
      deployedService(chart, 'Httpbin', { app: 'httpbin', port: 8000, targetPort: 80, versions: ['v1', 'v2'] });
      for (const version of ['v1', 'v2']) deployedService(chart, `HttpbinService-${version}`, { app: 'httpbin', version, port: 80, versions: [] });

      // WHEN
      new GatewayApiHttpRoute(chart, 'Mirror', {
        name: 'httpbin',
        parents: [RouteParent.service('httpbin', { port: 8000 })],
        rules: [{ backends: [{ service: 'httpbin-v1', port: 80 }], mirrors: [{ backend: { service: 'httpbin-v2', port: 80 } }] }],
      });

      // THEN
      expect(stored(only(synth(chart), 'HTTPRoute'))).toEqual(stored({
        apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'httpbin' },
        spec: {
          parentRefs: [{ group: '', kind: 'Service', name: 'httpbin', port: 8000 }],
          rules: [{
            filters: [{ type: 'RequestMirror', requestMirror: { backendRef: { name: 'httpbin-v2', port: 80 } } }],
            backendRefs: [{ name: 'httpbin-v1', port: 80 }],
          }],
        },
      }));
      expect(warnings).toEqual([]);
    });

    test('ingress: httpbin.example.com through Gateway httpbin-gateway, /status and /delay only', () => {
      // GIVEN
      const { chart, warnings } = analyzedChart({ namespace: 'default' });
      deployedService(chart, 'Httpbin', { app: 'httpbin', port: 8000, targetPort: 80 });

      // WHEN
      const gateway = new GatewayApiGateway(chart, 'Gateway', { name: 'httpbin-gateway', listeners: [{ port: 80, hostname: 'httpbin.example.com' }] });
      new GatewayApiHttpRoute(chart, 'Route', {
        name: 'httpbin',
        parents: [RouteParent.gateway(gateway.name)],
        hostnames: ['httpbin.example.com'],
        rules: [{ matches: [{ path: StringMatch.prefix('/status') }, { path: StringMatch.prefix('/delay') }], backends: [{ service: 'httpbin', port: 8000 }] }],
      });

      // THEN
      const manifests = synth(chart);
      expect(only(manifests, 'Gateway').spec).toEqual({
        gatewayClassName: 'istio',
        listeners: [{ name: 'http', hostname: 'httpbin.example.com', port: 80, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'Same' } } }],
      });
      expect(stored(only(manifests, 'HTTPRoute'))).toEqual(stored({
        apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'httpbin' },
        spec: {
          parentRefs: [{ name: 'httpbin-gateway' }],
          hostnames: ['httpbin.example.com'],
          rules: [{
            matches: [{ path: { type: 'PathPrefix', value: '/status' } }, { path: { type: 'PathPrefix', value: '/delay' } }],
            backendRefs: [{ name: 'httpbin', port: 8000 }],
          }],
        },
      }));
      expect(warnings).toEqual([]);
    });
  });

  describe('bad input', () => {
    test.each([
      {
        input: 'a header prefix match',
        props: { rules: [{ matches: [{ headers: { 'x-beta': StringMatch.prefix('tr') } }], backends: [{ service: 'reviews-v1', port: 9080 }] }] },
        lines: ['[test/Route] rules[0].matches[0].headers.x-beta: not portable to Gateway API: a header prefix match (got "tr"). Fix: use StringMatch.regex(\'tr.*\') or StringMatch.exact'],
      },
      {
        input: 'a query parameter prefix match',
        props: { rules: [{ matches: [{ queryParams: { v: StringMatch.prefix('2.') } }], backends: [{ service: 'reviews-v1', port: 9080 }] }] },
        lines: ['[test/Route] rules[0].matches[0].queryParams.v: not portable to Gateway API: a query parameter prefix match (got "2."). Fix: use StringMatch.regex(\'2\\..*\') or StringMatch.exact'],
      },
      {
        input: 'a path that does not start with /',
        props: { rules: [{ matches: [{ path: StringMatch.exact('api') }], backends: [{ service: 'reviews-v1', port: 9080 }] }] },
        lines: ['[test/Route] rules[0].matches[0].path: is not a path (got "api"). Fix: start the path with \'/\''],
      },
      {
        input: 'a retry on the standard channel',
        props: { rules: [{ backends: [{ service: 'reviews-v1', port: 9080 }], retry: { attempts: 2 } }] },
        lines: ['[test/Route] rules[0].retry: only the experimental channel of the Gateway API has HTTPRoute retries (got {"attempts":2}). Fix: set channel: GatewayApiChannel.EXPERIMENTAL (and install the experimental CRDs), or remove the retry'],
      },
      {
        input: 'a redirect with backends',
        props: { rules: [{ backends: [{ service: 'reviews-v1', port: 9080 }], redirect: { statusCode: 301 as const } }] },
        lines: ['[test/Route] rules[0].redirect: a rule that redirects neither forwards nor rewrites (got {"statusCode":301}). Fix: remove backends and rewrite, or the redirect'],
      },
      {
        input: 'a rule with neither backends nor redirect',
        props: { rules: [{ requestHeaders: { remove: ['x'] } }] },
        lines: ['[test/Route] rules[0].backends: the rule neither forwards nor redirects: Istio answers 500 (got []). Fix: give at least one backend, or a redirect'],
      },
      {
        input: 'a prefix rewrite of a rule whose match is exact',
        props: { rules: [{ matches: [{ path: StringMatch.exact('/a') }], rewrite: { path: { prefix: '/b' } }, backends: [{ service: 'reviews-v1', port: 9080 }] }] },
        lines: ['[test/Route] rules[0].rewrite.path.prefix: replaces a path prefix, but not every match of the rule is a path prefix (got "/b"). Fix: match with StringMatch.prefix(...), or replace the full path'],
      },
      {
        input: 'a mirror of more than all requests',
        props: { rules: [{ backends: [{ service: 'reviews-v1', port: 9080 }], mirrors: [{ backend: { service: 'reviews-v2', port: 9080 }, percent: 150 }] }] },
        lines: ['[test/Route] rules[0].mirrors[0]: is not a share of requests (got 150). Fix: copy 0 to 100 percent (numerator at most the denominator, which is at least 1)'],
      },
      {
        input: 'no parent',
        props: { parents: [], rules: [{ backends: [{ service: 'reviews-v1', port: 9080 }] }] },
        lines: ['[test/Route] parents: the route attaches to nothing, so it never applies (got []). Fix: give a Gateway (gateway.parent()) or a Service (RouteParent.service(...))'],
      },
      {
        input: 'a backend port the Service does not have',
        props: { rules: [{ backends: [{ service: 'reviews-v1', port: 80 }] }] },
        lines: ['[test/Route] error gwapi-backend-port-not-found rules[0].backends[0].port: Service default/reviews-v1 has no port 80: its share of the requests gets 500. Fix: use one of its ports: 9080'],
      },
      {
        input: 'a parent Gateway that does not exist',
        props: { parents: [RouteParent.gateway('private')], rules: [{ backends: [{ service: 'reviews-v1', port: 9080 }] }] },
        lines: ['[test/Route] error gwapi-parent-not-found parents[0].name: no Gateway default/private (gateway.networking.k8s.io): the route is attached to nothing. Fix: name a Gateway API Gateway, or add it'],
      },
      {
        input: 'backends that all have weight 0',
        props: { rules: [{ backends: [{ service: 'reviews-v1', port: 9080, weight: 0 }] }] },
        lines: ['[test/Route] error gwapi-all-zero-weights rules[0].backends: every backend has weight 0: Istio answers every request of the rule with 500. Fix: give at least one backend a weight above 0'],
      },
    ])('reports $input', ({ props, lines }) => {
      // WHEN
      const reported = problemLines(props as Partial<GatewayApiHttpRouteProps>);

      // THEN
      expect(reported).toEqual(lines);
    });
  });
});
