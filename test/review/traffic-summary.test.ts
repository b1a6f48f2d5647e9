import * as fs from 'node:fs';
import * as path from 'node:path';
import { Manifest, TrafficRoute, trafficRoutings } from '../../lib';
import { parseObjects } from '../support/walkthrough';

const DIST = path.resolve(__dirname, '..', '..', 'dist');
const REVIEWS_HOST = 'reviews.shop.svc.cluster.local';

/** A VirtualService in the `shop` namespace. */
function virtualService(name: string, spec: Record<string, unknown>, namespace = 'shop'): Manifest {
  return { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name, namespace }, spec };
}

/** A VirtualService `reviews` for the host `reviews` with one HTTP route. */
function oneRoute(http: Record<string, unknown>): Manifest {
  return virtualService('reviews', { hosts: ['reviews'], http: [http] });
}

/** The one route of the one VirtualService of the manifests. */
function routeOf(manifests: Manifest[]): TrafficRoute {
  const routings = trafficRoutings(manifests);
  if (routings.length !== 1 || routings[0].routes.length !== 1) {
    throw new Error(`expected one VirtualService with one route, got ${JSON.stringify(routings)}`);
  }
  return routings[0].routes[0];
}

/** The text of the one match of a route with `match`. */
function matchText(match: Record<string, unknown>): string[] {
  return routeOf([oneRoute({ match: [match], route: [{ destination: { host: 'reviews' } }] })]).matches;
}

function distManifests(folder: string): Manifest[] {
  return parseObjects(fs.readFileSync(path.join(DIST, folder, 'walkthrough.k8s.yaml'), 'utf8')) as unknown as Manifest[];
}

describe('trafficRoutings', () => {
  describe('the VirtualService', () => {
    test('gives name, namespace, hosts, gateways and routes of every VirtualService, and ignores other kinds', () => {
      // GIVEN
      const manifests: Manifest[] = [
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 'reviews', namespace: 'shop' }, spec: {} },
        { apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name: 'reviews', namespace: 'shop' }, spec: { host: 'reviews' } },
        virtualService('reviews', { hosts: ['reviews'], http: [{ route: [{ destination: { host: 'reviews' } }] }] }),
        virtualService('shop', { hosts: ['shop.example.com'], gateways: ['public'], http: [{ route: [{ destination: { host: 'web.front.svc.cluster.local' } }] }] }),
      ];

      // WHEN
      const routings = trafficRoutings(manifests);

      // THEN
      expect(routings).toEqual([
        {
          name: 'reviews',
          namespace: 'shop',
          hosts: ['reviews'],
          gateways: [],
          mesh: true,
          routes: [{ matches: [], destinations: [{ host: REVIEWS_HOST, subset: undefined, weight: 100 }], mirrors: [], action: undefined }],
        },
        {
          name: 'shop',
          namespace: 'shop',
          hosts: ['shop.example.com'],
          gateways: ['shop/public'],
          mesh: false,
          routes: [{ matches: [], destinations: [{ host: 'web.front.svc.cluster.local', subset: undefined, weight: 100 }], mirrors: [], action: undefined }],
        },
      ]);
    });

    test('qualifies gateways with the namespace of the VirtualService unless they name theirs, and leaves out mesh', () => {
      // GIVEN
      const manifest = virtualService('reviews', { hosts: ['reviews.example.com'], gateways: ['public', 'istio-system/ingress', 'mesh'], http: [] });

      // WHEN
      const [routing] = trafficRoutings([manifest]);

      // THEN
      expect(routing.gateways).toEqual(['shop/public', 'istio-system/ingress']);
    });

    test('reads a VirtualService without a namespace as one of default, without routes as routing nothing', () => {
      // GIVEN
      const manifest: Manifest = { apiVersion: 'networking.istio.io/v1beta1', kind: 'VirtualService', metadata: { name: 'bare' }, spec: { hosts: ['bare'] } };

      // WHEN
      const routings = trafficRoutings([manifest]);

      // THEN
      expect(routings).toEqual([{ name: 'bare', namespace: 'default', hosts: ['bare'], gateways: [], mesh: true, routes: [] }]);
    });

    test('qualifies destination hosts in the namespace of the VirtualService', () => {
      // GIVEN
      const manifest = oneRoute({
        route: [
          { destination: { host: 'reviews' }, weight: 50 },
          { destination: { host: 'ratings.data' }, weight: 30 },
          { destination: { host: 'api.external.com' }, weight: 20 },
        ],
      });

      // WHEN
      const route = routeOf([manifest]);

      // THEN
      expect(route.destinations.map((destination) => destination.host)).toEqual([
        REVIEWS_HOST, 'ratings.data.svc.cluster.local', 'api.external.com',
      ]);
    });
  });

  describe('matches in words', () => {
    test('an exact, a prefix and a regex match', () => {
      // GIVEN / WHEN / THEN
      expect(matchText({ uri: { exact: '/login' } })).toEqual(['uri = /login']);
      expect(matchText({ uri: { prefix: '/api' } })).toEqual(['uri starts with /api']);
      expect(matchText({ uri: { regex: '/v[0-9]+/.*' } })).toEqual(['uri ~ /v[0-9]+/.*']);
    });

    test('scheme, method and authority', () => {
      // GIVEN / WHEN / THEN
      expect(matchText({ scheme: { exact: 'https' } })).toEqual(['scheme = https']);
      expect(matchText({ method: { regex: 'GET|HEAD' } })).toEqual(['method ~ GET|HEAD']);
      expect(matchText({ authority: { prefix: 'reviews.' } })).toEqual(['authority starts with reviews.']);
    });

    test('headers, query parameters, headers that must be absent, source labels and port', () => {
      // GIVEN / WHEN / THEN
      expect(matchText({ headers: { 'user-agent': { regex: '.*Firefox.*' } } })).toEqual(['user-agent ~ .*Firefox.*']);
      expect(matchText({ queryParams: { beta: { exact: 'true' } } })).toEqual(['?beta = true']);
      expect(matchText({ withoutHeaders: { 'x-legacy': { prefix: 'yes' } } })).toEqual(['not x-legacy starts with yes']);
      expect(matchText({ sourceLabels: { app: 'web', version: 'v2' } })).toEqual(['from app=web and from version=v2']);
      expect(matchText({ port: 8080 })).toEqual(['port 8080']);
    });

    test('a header match without a value means the header is present', () => {
      // GIVEN / WHEN / THEN
      expect(matchText({ headers: { 'x-debug': {} } })).toEqual(['x-debug present']);
      expect(matchText({ withoutHeaders: { 'x-debug': {} } })).toEqual(['not x-debug present']);
    });

    test('joins the conditions of one match by and, in the order uri, scheme, method, authority, headers, query, absent headers, source, port', () => {
      // GIVEN
      const match = {
        port: 80,
        sourceLabels: { app: 'web' },
        withoutHeaders: { 'x-legacy': { exact: '1' } },
        queryParams: { beta: { exact: 'true' } },
        headers: { 'x-user': { exact: 'jason' }, 'x-team': { prefix: 'qa' } },
        authority: { exact: 'reviews' },
        method: { exact: 'GET' },
        scheme: { exact: 'http' },
        uri: { prefix: '/reviews' },
      };

      // WHEN
      const matches = matchText(match);

      // THEN
      expect(matches).toEqual([
        'uri starts with /reviews and scheme = http and method = GET and authority = reviews and x-user = jason and x-team starts with qa'
        + ' and ?beta = true and not x-legacy = 1 and from app=web and port 80',
      ]);
    });

    test('gives one text per match, which the route ORs', () => {
      // GIVEN
      const manifest = oneRoute({
        match: [{ uri: { prefix: '/v2' } }, { headers: { 'x-version': { exact: 'v2' } } }],
        route: [{ destination: { host: 'reviews', subset: 'v2' } }],
      });

      // WHEN
      const route = routeOf([manifest]);

      // THEN
      expect(route.matches).toEqual(['uri starts with /v2', 'x-version = v2']);
    });

    test('a match without conditions takes every request; a route without matches has none', () => {
      // GIVEN
      const withEmptyMatch = oneRoute({ match: [{}], route: [{ destination: { host: 'reviews' } }] });
      const catchAll = oneRoute({ route: [{ destination: { host: 'reviews' } }] });

      // WHEN / THEN
      expect(routeOf([withEmptyMatch]).matches).toEqual(['every request']);
      expect(routeOf([catchAll]).matches).toEqual([]);
    });
  });

  describe('weights', () => {
    test('gives each destination its weight and subset', () => {
      // GIVEN
      const manifest = oneRoute({
        route: [
          { destination: { host: 'reviews', subset: 'v1' }, weight: 90 },
          { destination: { host: 'reviews', subset: 'v2' }, weight: 10 },
        ],
      });

      // WHEN
      const route = routeOf([manifest]);

      // THEN
      expect(route.destinations).toEqual([
        { host: REVIEWS_HOST, subset: 'v1', weight: 90 },
        { host: REVIEWS_HOST, subset: 'v2', weight: 10 },
      ]);
    });

    test('a single destination without weight gets 100', () => {
      // GIVEN
      const manifest = oneRoute({ route: [{ destination: { host: 'reviews', subset: 'v1' } }] });

      // WHEN
      const route = routeOf([manifest]);

      // THEN
      expect(route.destinations).toEqual([{ host: REVIEWS_HOST, subset: 'v1', weight: 100 }]);
    });

    test('a destination of several without weight gets 0, and a weight of 0 stays 0', () => {
      // GIVEN
      const manifest = oneRoute({
        route: [
          { destination: { host: 'reviews', subset: 'v1' }, weight: 100 },
          { destination: { host: 'reviews', subset: 'v2' }, weight: 0 },
          { destination: { host: 'reviews', subset: 'v3' } },
        ],
      });

      // WHEN
      const route = routeOf([manifest]);

      // THEN
      expect(route.destinations.map((destination) => destination.weight)).toEqual([100, 0, 0]);
    });
  });

  describe('mirrors', () => {
    test('mirror with mirrorPercentage', () => {
      // GIVEN
      const manifest = oneRoute({
        route: [{ destination: { host: 'reviews', subset: 'v1' } }],
        mirror: { host: 'reviews', subset: 'v2' },
        mirrorPercentage: { value: 25 },
      });

      // WHEN
      const route = routeOf([manifest]);

      // THEN
      expect(route.mirrors).toEqual([{ host: REVIEWS_HOST, subset: 'v2', weight: 25 }]);
    });

    test('mirror without mirrorPercentage copies every request', () => {
      // GIVEN
      const manifest = oneRoute({ route: [{ destination: { host: 'reviews', subset: 'v1' } }], mirror: { host: 'reviews', subset: 'v2' } });

      // WHEN
      const route = routeOf([manifest]);

      // THEN
      expect(route.mirrors).toEqual([{ host: REVIEWS_HOST, subset: 'v2', weight: 100 }]);
    });

    test('mirrors, each with its percentage, 100 without one', () => {
      // GIVEN
      const manifest = oneRoute({
        route: [{ destination: { host: 'reviews', subset: 'v1' } }],
        mirrors: [
          { destination: { host: 'reviews', subset: 'v2' }, percentage: { value: 10 } },
          { destination: { host: 'shadow.test.svc.cluster.local' } },
        ],
      });

      // WHEN
      const route = routeOf([manifest]);

      // THEN
      expect(route.mirrors).toEqual([
        { host: REVIEWS_HOST, subset: 'v2', weight: 10 },
        { host: 'shadow.test.svc.cluster.local', subset: undefined, weight: 100 },
      ]);
    });

    test('a route without mirrors has none', () => {
      // GIVEN
      const manifest = oneRoute({ route: [{ destination: { host: 'reviews' } }] });

      // WHEN / THEN
      expect(routeOf([manifest]).mirrors).toEqual([]);
    });
  });

  describe('actions', () => {
    test('a rewrite of the path', () => {
      // GIVEN
      const manifest = oneRoute({ match: [{ uri: { prefix: '/greeting' } }], rewrite: { uri: '/hello' }, route: [{ destination: { host: 'reviews' } }] });

      // WHEN
      const route = routeOf([manifest]);

      // THEN
      expect(route.action).toEqual('rewrite to /hello');
      expect(route.destinations).toEqual([{ host: REVIEWS_HOST, subset: undefined, weight: 100 }]);
    });

    test('a regex rewrite of the path', () => {
      // GIVEN
      const manifest = oneRoute({
        rewrite: { uriRegexRewrite: { match: '^/v1/(.*)', rewrite: '/\\1' } },
        route: [{ destination: { host: 'reviews' } }],
      });

      // WHEN / THEN
      expect(routeOf([manifest]).action).toEqual('rewrite ^/v1/(.*) to /\\1');
    });

    test('a redirect with its code, authority and uri', () => {
      // GIVEN
      const manifest = oneRoute({ redirect: { uri: '/hello', authority: 'reviews.shop.svc.cluster.local:9080', redirectCode: 308 } });

      // WHEN
      const route = routeOf([manifest]);

      // THEN
      expect(route).toEqual({
        matches: [],
        destinations: [],
        mirrors: [],
        action: 'redirect 308 to reviews.shop.svc.cluster.local:9080/hello',
      });
    });

    test('a redirect without a code is a 301; with a scheme, the scheme leads the target', () => {
      // GIVEN
      const uriOnly = oneRoute({ redirect: { uri: '/new' } });
      const withScheme = oneRoute({ redirect: { scheme: 'https', authority: 'shop.example.com', uri: '/new' } });

      // WHEN / THEN
      expect(routeOf([uriOnly]).action).toEqual('redirect 301 to /new');
      expect(routeOf([withScheme]).action).toEqual('redirect 301 to https://shop.example.com/new');
    });

    test('a direct response', () => {
      // GIVEN
      const manifest = oneRoute({ match: [{ uri: { exact: '/health' } }], directResponse: { status: 204 } });

      // WHEN
      const route = routeOf([manifest]);

      // THEN
      expect(route).toEqual({ matches: ['uri = /health'], destinations: [], mirrors: [], action: 'respond 204' });
    });

    test('a route that only forwards has no action', () => {
      // GIVEN
      const manifest = oneRoute({ route: [{ destination: { host: 'reviews' } }] });

      // WHEN / THEN
      expect(routeOf([manifest]).action).toBeUndefined();
    });
  });

  describe('the walkthrough phases of dist/', () => {
    const GREETER = 'greeter-service.default.svc.cluster.local';
    const greeterRoutes = (folder: string) => trafficRoutings(distManifests(folder)).find((routing) => routing.name === 'greeter-service')?.routes;

    test('07-mirror-100 sends every request to v1 and copies all of them to v2', () => {
      // WHEN
      const routes = greeterRoutes('07-mirror-100');

      // THEN
      expect(routes).toEqual([{
        matches: [],
        destinations: [{ host: GREETER, subset: 'v1', weight: 100 }],
        mirrors: [{ host: GREETER, subset: 'v2', weight: 100 }],
        action: undefined,
      }]);
    });

    test('08-opt-in-firefox sends Firefox to v2 and everyone else to v1', () => {
      // WHEN
      const routes = greeterRoutes('08-opt-in-firefox');

      // THEN
      expect(routes).toEqual([
        { matches: ['user-agent ~ .*Firefox.*'], destinations: [{ host: GREETER, subset: 'v2', weight: 100 }], mirrors: [], action: undefined },
        { matches: [], destinations: [{ host: GREETER, subset: 'v1', weight: 100 }], mirrors: [], action: undefined },
      ]);
    });

    test('09-rewrite-greeting and 10-redirect-greeting describe their actions', () => {
      // WHEN
      const rewrite = greeterRoutes('09-rewrite-greeting')?.[0];
      const redirect = greeterRoutes('10-redirect-greeting')?.[0];

      // THEN
      expect(rewrite).toEqual({
        matches: ['uri starts with /greeting'],
        destinations: [{ host: GREETER, subset: 'v2', weight: 100 }],
        mirrors: [],
        action: 'rewrite to /hello',
      });
      expect(redirect).toEqual({
        matches: ['uri starts with /greeting'],
        destinations: [],
        mirrors: [],
        action: `redirect 301 to ${GREETER}:3000/hello`,
      });
    });

    test('11-canary-10 splits 90 / 10, and the helloweb VirtualService is bound to the gateway', () => {
      // WHEN
      const routings = trafficRoutings(distManifests('11-canary-10'));

      // THEN
      expect(routings.map((routing) => [routing.name, routing.hosts, routing.gateways])).toEqual([
        ['greeter-service', [GREETER], []],
        ['helloweb', ['helloweb.dev'], ['default/gateway']],
      ]);
      expect(routings[0].routes.map((route) => route.destinations)).toEqual([[
        { host: GREETER, subset: 'v1', weight: 90 },
        { host: GREETER, subset: 'v2', weight: 10 },
      ]]);
    });
  });
});
