import * as fs from 'node:fs';
import * as path from 'node:path';
import { Manifest, trafficDiagram, trafficPage } from '../../lib';
import { parseObjects } from '../support/walkthrough';

const DIST = path.resolve(__dirname, '..', '..', 'dist');

function virtualService(name: string, spec: Record<string, unknown>, namespace = 'shop'): Manifest {
  return { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name, namespace }, spec };
}

function serviceEntry(name: string, hosts: string[], ports: Array<Record<string, unknown>>, namespace = 'shop'): Manifest {
  return { apiVersion: 'networking.istio.io/v1', kind: 'ServiceEntry', metadata: { name, namespace }, spec: { hosts, ports } };
}

/** A mesh VirtualService `reviews` for the host `reviews` with the given HTTP routes. */
function reviews(...http: Array<Record<string, unknown>>): Manifest {
  return virtualService('reviews', { hosts: ['reviews'], http });
}

function subset(name: string, weight?: number): Record<string, unknown> {
  return { destination: { host: 'reviews', subset: name }, ...(weight === undefined ? {} : { weight }) };
}

/** The lines of a diagram after its `flowchart LR` header. */
function bodyOf(diagram: string): string[] {
  return diagram.split('\n').slice(1);
}

/** The edges of a diagram: lines with an arrow. */
function edgesOf(diagram: string): string[] {
  return bodyOf(diagram).filter((line) => / (-->|-\.->)/.test(line));
}

const MESH = '  mesh(["mesh sidecars"])';
const VS_REVIEWS = '  vs_shop_reviews{{"VirtualService reviews: reviews"}}';
const V1 = 'subset_reviews_shop_svc_cluster_local_v1';
const V2 = 'subset_reviews_shop_svc_cluster_local_v2';

describe('trafficDiagram', () => {
  test('is an empty left-to-right flowchart without VirtualServices or ServiceEntries', () => {
    // GIVEN
    const manifests: Manifest[] = [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 'reviews' }, spec: {} }];

    // WHEN
    const diagram = trafficDiagram(manifests);

    // THEN
    expect(diagram).toEqual('flowchart LR');
  });

  test('draws a mesh VirtualService from the mesh sidecars, with the weight of each subset on its edge', () => {
    // GIVEN
    const manifests = [reviews({ route: [subset('v1', 90), subset('v2', 10)] })];

    // WHEN
    const diagram = trafficDiagram(manifests);

    // THEN
    expect(diagram).toEqual([
      'flowchart LR',
      VS_REVIEWS,
      MESH,
      `  ${V1}["reviews v1"]`,
      `  ${V2}["reviews v2"]`,
      '  mesh --> vs_shop_reviews',
      `  vs_shop_reviews -->|"90%"| ${V1}`,
      `  vs_shop_reviews -->|"10%"| ${V2}`,
    ].join('\n'));
  });

  test('draws a lone destination without weight at 100%, and a destination without subset as its Service', () => {
    // GIVEN
    const manifests = [reviews({ route: [{ destination: { host: 'ratings.data.svc.cluster.local' } }] })];

    // WHEN
    const diagram = trafficDiagram(manifests);

    // THEN
    expect(bodyOf(diagram)).toEqual([
      VS_REVIEWS,
      MESH,
      '  svc_ratings_data_svc_cluster_local["Service ratings"]',
      '  mesh --> vs_shop_reviews',
      '  vs_shop_reviews -->|"100%"| svc_ratings_data_svc_cluster_local',
    ]);
  });

  test('draws a gateway VirtualService from the clients through each of its gateways, the edge labelled with its hosts', () => {
    // GIVEN
    const manifests = [virtualService('shop', {
      hosts: ['shop.example.com', 'www.example.com'],
      gateways: ['public', 'istio-system/ingress'],
      http: [{ route: [{ destination: { host: 'web' } }] }],
    })];

    // WHEN
    const diagram = trafficDiagram(manifests);

    // THEN
    expect(bodyOf(diagram)).toEqual([
      '  vs_shop_shop{{"VirtualService shop: shop.example.com, www.example.com"}}',
      '  clients(["clients"])',
      '  gw_shop_public["Gateway shop/public"]',
      '  gw_istio_system_ingress["Gateway istio-system/ingress"]',
      '  svc_web_shop_svc_cluster_local["Service web"]',
      '  clients --> gw_shop_public',
      '  gw_shop_public -->|"shop.example.com, www.example.com"| vs_shop_shop',
      '  clients --> gw_istio_system_ingress',
      '  gw_istio_system_ingress -->|"shop.example.com, www.example.com"| vs_shop_shop',
      '  vs_shop_shop -->|"100%"| svc_web_shop_svc_cluster_local',
    ]);
  });

  test('draws a VirtualService bound to gateways and to mesh from both', () => {
    // GIVEN
    const manifests = [virtualService('reviews', {
      hosts: ['reviews', 'reviews.example.com'],
      gateways: ['public', 'mesh'],
      http: [{ route: [subset('v1')] }],
    })];

    // WHEN
    const edges = edgesOf(trafficDiagram(manifests));

    // THEN
    expect([...edges].sort()).toEqual([
      '  clients --> gw_shop_public',
      '  gw_shop_public -->|"reviews, reviews.example.com"| vs_shop_reviews',
      '  mesh --> vs_shop_reviews',
      `  vs_shop_reviews -->|"100%"| ${V1}`,
    ]);
  });

  test('labels the edges of a matching route with its matches, ORed, and its conditions, ANDed', () => {
    // GIVEN
    const manifests = [reviews(
      { match: [{ headers: { 'user-agent': { regex: '.*Firefox.*' } } }, { uri: { prefix: '/beta' }, queryParams: { v: { exact: '2' } } }], route: [subset('v2')] },
      { route: [subset('v1')] },
    )];

    // WHEN
    const edges = edgesOf(trafficDiagram(manifests));

    // THEN
    expect(edges).toEqual([
      '  mesh --> vs_shop_reviews',
      `  vs_shop_reviews -->|"user-agent ~ .*Firefox.* or uri starts with /beta and ?v = 2: 100%"| ${V2}`,
      `  vs_shop_reviews -->|"100%"| ${V1}`,
    ]);
  });

  test('draws a mirror as a dashed edge with its percentage, from mirror and from mirrors', () => {
    // GIVEN
    const manifests = [
      reviews({ route: [subset('v1')], mirror: { host: 'reviews', subset: 'v2' }, mirrorPercentage: { value: 20 } }),
      virtualService('ratings', {
        hosts: ['ratings'],
        http: [{
          match: [{ headers: { 'x-shadow': { exact: 'yes' } } }],
          route: [{ destination: { host: 'ratings' } }],
          mirrors: [{ destination: { host: 'ratings-shadow' } }, { destination: { host: 'ratings-audit' }, percentage: { value: 5 } }],
        }],
      }),
    ];

    // WHEN
    const edges = edgesOf(trafficDiagram(manifests));

    // THEN
    expect(edges).toEqual([
      '  mesh --> vs_shop_reviews',
      `  vs_shop_reviews -->|"100%"| ${V1}`,
      `  vs_shop_reviews -.->|"mirror 20%"| ${V2}`,
      '  mesh --> vs_shop_ratings',
      '  vs_shop_ratings -->|"x-shadow = yes: 100%"| svc_ratings_shop_svc_cluster_local',
      '  vs_shop_ratings -.->|"x-shadow = yes: mirror 100%"| svc_ratings_shadow_shop_svc_cluster_local',
      '  vs_shop_ratings -.->|"x-shadow = yes: mirror 5%"| svc_ratings_audit_shop_svc_cluster_local',
    ]);
  });

  test('puts a rewrite on the edge of the destination', () => {
    // GIVEN
    const manifests = [reviews({ match: [{ uri: { prefix: '/greeting' } }], rewrite: { uri: '/hello' }, route: [subset('v2')] })];

    // WHEN
    const edges = edgesOf(trafficDiagram(manifests));

    // THEN
    expect(edges).toEqual([
      '  mesh --> vs_shop_reviews',
      `  vs_shop_reviews -->|"uri starts with /greeting: rewrite to /hello: 100%"| ${V2}`,
    ]);
  });

  test('draws a redirect and a direct response as nodes of their own, one per route', () => {
    // GIVEN
    const manifests = [reviews(
      { match: [{ uri: { prefix: '/old' } }], redirect: { uri: '/new', authority: 'reviews.shop.svc.cluster.local:9080', redirectCode: 302 } },
      { match: [{ uri: { exact: '/health' } }], directResponse: { status: 204 } },
      { route: [subset('v1')] },
    )];

    // WHEN
    const diagram = trafficDiagram(manifests);

    // THEN
    expect(bodyOf(diagram)).toEqual([
      VS_REVIEWS,
      MESH,
      '  vs_shop_reviews_0>"redirect 302 to reviews.shop.svc.cluster.local:9080/new"]',
      '  vs_shop_reviews_1>"respond 204"]',
      `  ${V1}["reviews v1"]`,
      '  mesh --> vs_shop_reviews',
      '  vs_shop_reviews -->|"uri starts with /old"| vs_shop_reviews_0',
      '  vs_shop_reviews -->|"uri = /health"| vs_shop_reviews_1',
      `  vs_shop_reviews -->|"100%"| ${V1}`,
    ]);
  });

  test('draws each ServiceEntry host as a dashed egress edge from the mesh, with its ports', () => {
    // GIVEN
    const manifests = [
      serviceEntry('payments', ['api.payments.com', 'auth.payments.com'], [{ number: 443, name: 'https', protocol: 'HTTPS' }, { number: 80, name: 'http', protocol: 'HTTP' }]),
      serviceEntry('legacy', ['db.legacy.internal'], [{ number: 5432, name: 'tcp' }], 'data'),
    ];

    // WHEN
    const diagram = trafficDiagram(manifests);

    // THEN
    expect(bodyOf(diagram)).toEqual([
      MESH,
      '  ext_api_payments_com[("api.payments.com HTTPS 443, HTTP 80")]',
      '  ext_auth_payments_com[("auth.payments.com HTTPS 443, HTTP 80")]',
      '  ext_db_legacy_internal[("db.legacy.internal 5432")]',
      '  mesh -.->|"ServiceEntry shop/payments"| ext_api_payments_com',
      '  mesh -.->|"ServiceEntry shop/payments"| ext_auth_payments_com',
      '  mesh -.->|"ServiceEntry data/legacy"| ext_db_legacy_internal',
    ]);
  });

  test('escapes quotes, <, > and & in labels', () => {
    // GIVEN
    const manifests = [reviews({ match: [{ headers: { 'x-note': { exact: 'say "hi" <b>&</b>' } } }], route: [subset('v2')] })];

    // WHEN
    const edges = edgesOf(trafficDiagram(manifests));

    // THEN
    expect(edges).toContain(`  vs_shop_reviews -->|"x-note = say #quot;hi#quot; &lt;b&gt;&amp;&lt;/b&gt;: 100%"| ${V2}`);
  });

  test('draws no edge and no node twice', () => {
    // GIVEN two VirtualServices at the same gateway, and two routes with the same edge
    const manifests = [
      virtualService('shop', { hosts: ['shop.example.com'], gateways: ['public'], http: [{ route: [{ destination: { host: 'web' } }] }] }),
      virtualService('api', { hosts: ['api.example.com'], gateways: ['public'], http: [{ route: [{ destination: { host: 'api' } }] }] }),
      reviews({ match: [{ uri: { prefix: '/a' } }], route: [subset('v1')] }, { match: [{ uri: { prefix: '/a' } }], route: [subset('v1')] }),
      reviews({ route: [subset('v1')] }),
    ];

    // WHEN
    const lines = bodyOf(trafficDiagram(manifests));

    // THEN
    expect(lines.filter((line, index) => lines.indexOf(line) !== index)).toEqual([]);
    expect(lines.filter((line) => line === '  clients --> gw_shop_public')).toHaveLength(1);
    expect(lines.filter((line) => line === '  mesh --> vs_shop_reviews')).toHaveLength(1);
    expect(lines.filter((line) => line === `  vs_shop_reviews -->|"uri starts with /a: 100%"| ${V1}`)).toHaveLength(1);
  });

  test('gives different things different nodes, even when their names differ only in punctuation', () => {
    // GIVEN the redirect of the first route of `api`, and a VirtualService called `api-0`
    const manifests = [
      virtualService('api', { hosts: ['api'], http: [{ redirect: { uri: '/v2' } }] }),
      virtualService('api-0', { hosts: ['api-0'], http: [{ route: [{ destination: { host: 'api' } }] }] }),
    ];

    // WHEN
    const nodes = bodyOf(trafficDiagram(manifests)).filter((line) => !/ (-->|-\.->)/.test(line));

    // THEN
    expect(nodes.map((line) => line.replace(/^\s*\w+/, ''))).toEqual([
      '{{"VirtualService api: api"}}',
      '(["mesh sidecars"])',
      '>"redirect 301 to /v2"]',
      '{{"VirtualService api-0: api-0"}}',
      '["Service api"]',
    ]);
  });

  test('gives the same text for the same manifests', () => {
    // GIVEN
    const manifests = () => [
      virtualService('shop', { hosts: ['shop.example.com'], gateways: ['public'], http: [{ route: [{ destination: { host: 'web' } }] }] }),
      reviews({ route: [subset('v1', 50), subset('v2', 50)], mirror: { host: 'reviews', subset: 'v3' } }),
      serviceEntry('payments', ['api.payments.com'], [{ number: 443, protocol: 'HTTPS' }]),
    ];

    // WHEN
    const first = trafficDiagram(manifests());
    const second = trafficDiagram(manifests());

    // THEN
    expect(second).toEqual(first);
  });

  test('for dist/07-mirror-100, draws the Greeter mirror and the helloweb gateway route', () => {
    // GIVEN
    const manifests = parseObjects(fs.readFileSync(path.join(DIST, '07-mirror-100', 'walkthrough.k8s.yaml'), 'utf8')) as unknown as Manifest[];

    // WHEN
    const edges = edgesOf(trafficDiagram(manifests));

    // THEN
    expect(edges).toEqual([
      '  mesh --> vs_default_greeter_service',
      '  vs_default_greeter_service -->|"100%"| subset_greeter_service_default_svc_cluster_local_v1',
      '  vs_default_greeter_service -.->|"mirror 100%"| subset_greeter_service_default_svc_cluster_local_v2',
      '  clients --> gw_default_gateway',
      '  gw_default_gateway -->|"helloweb.dev"| vs_default_helloweb',
      '  vs_default_helloweb -->|"100%"| svc_helloweb_default_svc_cluster_local',
    ]);
  });

  test('for dist/02-egress, draws the themoviedb.org API as egress', () => {
    // GIVEN
    const manifests = parseObjects(fs.readFileSync(path.join(DIST, '02-egress', 'walkthrough.k8s.yaml'), 'utf8')) as unknown as Manifest[];

    // WHEN
    const diagram = trafficDiagram(manifests);

    // THEN
    expect(bodyOf(diagram)).toContain('  ext_api_themoviedb_org[("api.themoviedb.org HTTPS 443")]');
    expect(edgesOf(diagram)).toContain('  mesh -.->|"ServiceEntry default/movieweb"| ext_api_themoviedb_org');
  });
});

describe('trafficPage', () => {
  test('is a titled page with the diagram in a mermaid block', () => {
    // GIVEN
    const manifests = [reviews({ route: [subset('v1')] })];

    // WHEN
    const page = trafficPage('05-routed', manifests);

    // THEN
    expect(page).toEqual([
      '# 05-routed',
      '',
      'Where requests go in this phase (generated from the manifests of this folder).',
      '',
      '```mermaid',
      trafficDiagram(manifests),
      '```',
      '',
    ].join('\n'));
  });

  test('is the TRAFFIC.md of every phase folder of dist/', () => {
    // GIVEN
    const folders = fs.readdirSync(DIST).filter((folder) => folder !== 'live').sort();

    // WHEN
    const stale = folders.filter((folder) => {
      const manifests = parseObjects(fs.readFileSync(path.join(DIST, folder, 'walkthrough.k8s.yaml'), 'utf8')) as unknown as Manifest[];
      return trafficPage(folder, manifests) !== fs.readFileSync(path.join(DIST, folder, 'TRAFFIC.md'), 'utf8');
    });

    // THEN
    expect(folders).toHaveLength(15);
    expect(stale).toEqual([]);
  });
});
