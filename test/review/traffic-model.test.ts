import { Manifest } from '../../lib';
import {
  TrafficChange, TrafficEdge, TrafficModel, TrafficNodeKind, VersionRole, formatPercent, trafficModel,
} from '../../lib/review/traffic-model';
import {
  REVIEWS_HOST, deployment, destinationRule, gateway, reviewsRoutes, reviewsWithSubsets, service, serviceEntry, sidecar, toSubset,
  version, virtualService, webCallingReviews,
} from './support/objects';

const WEB = 'service web.shop.svc.cluster.local';
const VS = 'vs shop reviews';
const REVIEWS = `service ${REVIEWS_HOST}`;
const V1 = `subset ${REVIEWS_HOST} v1`;
const V2 = `subset ${REVIEWS_HOST} v2`;

/** Each edge as `from -> to (kind): texts | percent`, to compare whole lists at a glance. */
function edgesOf(model: TrafficModel): string[] {
  return model.edges.map(edgeText);
}

function edgeText(edge: TrafficEdge): string {
  const percent = edge.percent === undefined ? '' : ` | ${formatPercent(edge.percent)}`;
  const change = edge.change === undefined ? '' : ` [${edge.change}${edge.wasPercent === undefined ? '' : ` was ${formatPercent(edge.wasPercent)}`}]`;
  return `${edge.from} -> ${edge.to} (${edge.kind}): ${edge.texts.join(' / ')}${percent}${change}`;
}

function nodeOf(model: TrafficModel, key: string) {
  const node = model.nodes.find((candidate) => candidate.key === key);
  if (node === undefined) throw new Error(`no node ${key}; nodes are ${model.nodes.map((candidate) => candidate.key).join(', ')}`);
  return node;
}

/** A canary of reviews behind web: web calls reviews, whose mesh VirtualService splits v1 / v2. */
function canary(v1: number, v2: number): Manifest[] {
  return [...webCallingReviews(), ...reviewsWithSubsets(), reviewsRoutes({ route: [toSubset('v1', v1), toSubset('v2', v2)] })];
}

describe('trafficModel: the chain', () => {
  test('draws a Service backed by one workload as one box with its image and replicas', () => {
    // GIVEN
    const manifests = [service('web'), deployment('web', { app: 'web' }, 'registry.example.com/team/web:1.2.3', { replicas: 3 })];

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect(model.nodes).toEqual([{
      key: WEB, kind: TrafficNodeKind.SERVICE, title: 'web', details: ['web:1.2.3 ×3'], noPods: false, was: [],
      objects: ['Service shop/web', 'Deployment shop/web'],
    }]);
    expect(model.groups).toEqual([]);
    expect(model.edges).toEqual([]);
  });

  test('connects a caller to the VirtualService of the Service that an environment value of its containers names', () => {
    // GIVEN web's REVIEWS_URL is a URL of reviews, which a mesh VirtualService routes
    const manifests = canary(90, 10);

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect(edgesOf(model)).toEqual([
      `${WEB} -> ${VS} (call): REVIEWS_URL`,
      `${VS} -> ${V1} (route):  | 90%`,
      `${VS} -> ${V2} (route):  | 10%`,
    ]);
  });

  test.each([
    ['a URL with a path', 'http://reviews.shop.svc.cluster.local:8080/api'],
    ['a short host and port', 'reviews:8080'],
    ['name.namespace', 'reviews.shop'],
  ])('reads a call from %s', (_case, url) => {
    // GIVEN
    const manifests = [...webCallingReviews(url), service('reviews'), version('reviews', 'v1', '1.0')];

    // WHEN
    const model = trafficModel(manifests);

    // THEN without a VirtualService the call goes to the Service itself
    expect(edgesOf(model)).toEqual([`${WEB} -> ${REVIEWS} (call): REVIEWS_URL`]);
  });

  test('reads no call from values that name no Service of the manifests', () => {
    // GIVEN
    const manifests = [
      service('web'),
      deployment('web', { app: 'web' }, 'web:1', { env: { LOG_LEVEL: 'debug', OTHER_URL: 'http://ratings:9080', MODE: 'reviews-v2 beta' } }),
      service('reviews'),
    ];

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect(model.edges).toEqual([]);
  });

  test('draws clients, the Gateway with its server, the gateway VirtualService with its host, and the Service it routes to', () => {
    // GIVEN
    const manifests = [
      gateway('public', [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }]),
      virtualService('web', { hosts: ['web.example.com'], gateways: ['public'], http: [{ route: [{ destination: { host: 'web' } }] }] }),
      ...webCallingReviews(),
    ];

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect(model.nodes.map((node) => [node.key, node.title, ...node.details])).toEqual([
      ['clients', 'clients'],
      ['gateway shop/public', 'Gateway shop/public', ':80 HTTP', 'hosts *'],
      ['vs shop web', 'VS web', 'web.example.com'],
      [WEB, 'web', 'web:1.0 ×3'],
    ]);
    expect(edgesOf(model)).toEqual([
      'clients -> gateway shop/public (request): ',
      'gateway shop/public -> vs shop web (request): Host: web.example.com',
      `vs shop web -> ${WEB} (route):  | 100%`,
    ]);
  });

  test('lists each server of a Gateway: port and protocol, the HTTPS redirect, the TLS mode and credential, and hosts when they differ', () => {
    // GIVEN
    const manifests = [gateway('public', [
      { port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['shop.example.com'], tls: { httpsRedirect: true } },
      { port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['shop.example.com'], tls: { mode: 'SIMPLE', credentialName: 'shop-tls' } },
      { port: { number: 8443, name: 'https-admin', protocol: 'HTTPS' }, hosts: ['admin.example.com'], tls: { mode: 'MUTUAL', credentialName: 'admin-tls' } },
    ])];

    // WHEN
    const { details } = nodeOf(trafficModel(manifests), 'gateway shop/public');

    // THEN
    expect(details).toEqual([
      ':80 HTTP → 301 https', 'hosts shop.example.com',
      ':443 HTTPS SIMPLE', 'cert shop-tls', 'hosts shop.example.com',
      ':8443 HTTPS MUTUAL', 'cert admin-tls', 'hosts admin.example.com',
    ]);
  });

  test('says which host a VirtualService takes at a Gateway, and that * takes any other when another VirtualService names one', () => {
    // GIVEN
    const manifests = [
      gateway('public', [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }]),
      virtualService('web', { hosts: ['web.example.com'], gateways: ['public'], http: [{ route: [{ destination: { host: 'web' } }] }] }),
      virtualService('fallback', { hosts: ['*'], gateways: ['shop/public'], http: [{ route: [{ destination: { host: 'web' } }] }] }),
    ];

    // WHEN
    const edges = edgesOf(trafficModel(manifests)).filter((edge) => edge.startsWith('gateway'));

    // THEN
    expect(edges).toEqual([
      'gateway shop/public -> vs shop web (request): Host: web.example.com',
      'gateway shop/public -> vs shop fallback (request): Host: * (any other)',
    ]);
  });

  test('draws a mesh VirtualService that no drawn workload calls from any workload', () => {
    // GIVEN
    const manifests = [...reviewsWithSubsets(), reviewsRoutes({ route: [toSubset('v1')] })];

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect(edgesOf(model)).toEqual([
      `any workload -> ${VS} (request): `,
      `${VS} -> ${V1} (route):  | 100%`,
    ]);
    expect(nodeOf(model, 'any workload').kind).toBe(TrafficNodeKind.ANY_WORKLOAD);
  });

  test('orders boxes as they are reached from the clients, and arrows by the box they start at', () => {
    // GIVEN the manifests in an order unlike the chain's
    const manifests = [
      ...canary(90, 10).reverse(),
      virtualService('web', { hosts: ['web.example.com'], gateways: ['public'], http: [{ route: [{ destination: { host: 'web' } }] }] }),
      gateway('public', [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }]),
    ];

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect(model.nodes.map((node) => node.key)).toEqual(['clients', 'gateway shop/public', 'vs shop web', WEB, VS, V1, V2]);
    expect(model.edges.map((edge) => edge.from)).toEqual(['clients', 'gateway shop/public', 'vs shop web', WEB, VS, VS]);
  });
});

describe('trafficModel: versions', () => {
  test('groups the subsets of a DestinationRule in their Service, each with its pods and its traffic policy', () => {
    // GIVEN the subset v2 has a policy of its own, which replaces the rule's load balancer
    const manifests = [
      service('reviews'), version('reviews', 'v1', '1.0', 3), version('reviews', 'v2', '2.0', 1),
      {
        ...destinationRule(REVIEWS_HOST, [], { trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' }, loadBalancer: { simple: 'ROUND_ROBIN' } } }),
        spec: {
          host: REVIEWS_HOST,
          trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' }, loadBalancer: { simple: 'ROUND_ROBIN' } },
          subsets: [
            { name: 'v1', labels: { version: 'v1' } },
            { name: 'v2', labels: { version: 'v2' }, trafficPolicy: { loadBalancer: { simple: 'LEAST_REQUEST' }, outlierDetection: { consecutive5xxErrors: 3 } } },
          ],
        },
      },
    ];

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect(model.groups).toEqual([{ key: REVIEWS, title: 'reviews · DR', objects: ['Service shop/reviews', 'DestinationRule shop/reviews'], was: [] }]);
    expect(model.nodes.map((node) => [node.key, node.group, node.title, ...node.details])).toEqual([
      [V1, REVIEWS, 'v1 · stable', 'reviews:1.0 ×3', 'ISTIO_MUTUAL · ROUND_ROBIN'],
      [V2, REVIEWS, 'v2 · candidate', 'reviews:2.0 ×1', 'ISTIO_MUTUAL · LEAST_REQUEST · outlier detection'],
    ]);
  });

  test('marks a subset whose version has no pods', () => {
    // GIVEN a route gives v2 0%, and no Deployment runs v2
    const manifests = [...reviewsWithSubsets({ withV2Pods: false }), reviewsRoutes({ route: [toSubset('v1', 100), toSubset('v2', 0)] })];

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect(nodeOf(model, V2)).toMatchObject({ title: 'v2 · candidate', details: ['no pods', 'ISTIO_MUTUAL'], noPods: true });
    expect(nodeOf(model, V1)).toMatchObject({ title: 'v1 · stable', details: ['reviews:1.0 ×2', 'ISTIO_MUTUAL'], noPods: false });
    expect(edgesOf(model)).toContain(`${VS} -> ${V2} (route):  | 0%`);
  });

  test('a route to a subset that no DestinationRule defines points to a box that says so', () => {
    // GIVEN
    const manifests = [...reviewsWithSubsets(), reviewsRoutes({ route: [toSubset('v3')] })];

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect(nodeOf(model, `subset ${REVIEWS_HOST} v3`)).toMatchObject({ title: 'v3', details: ['no such subset'], noPods: true, group: REVIEWS });
  });

  test.each([
    ['the version with the larger share is stable, a newer one the candidate', [90, 10], ['v1 · stable', 'v2 · candidate']],
    ['after promotion the newer version is stable and the older the previous one', [0, 100], ['v1 · previous', 'v2 · stable']],
    ['on a tie the older version is stable', [50, 50], ['v1 · stable', 'v2 · candidate']],
  ])('%s', (_case, [v1, v2], titles) => {
    // GIVEN
    const manifests = canary(v1, v2);

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect([nodeOf(model, V1).title, nodeOf(model, V2).title]).toEqual(titles);
  });

  test('takes roles from the route without match: a header opt-in to v2 leaves v1 stable; versions compare by number, v10 after v9', () => {
    // GIVEN
    const manifests = [
      service('reviews'), version('reviews', 'v9', '9.0'), version('reviews', 'v10', '10.0'),
      destinationRule(REVIEWS_HOST, ['v9', 'v10']),
      reviewsRoutes({ match: [{ headers: { 'x-beta': { exact: 'yes' } } }], route: [toSubset('v10')] }, { route: [toSubset('v9')] }),
    ];

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect(model.nodes.filter((node) => node.kind === TrafficNodeKind.VERSION).map((node) => [node.title, node.role])).toEqual([
      ['v9 · stable', VersionRole.STABLE], ['v10 · candidate', VersionRole.CANDIDATE],
    ]);
    expect(model.versions).toEqual([{ service: 'reviews', shares: { v9: 100, v10: 0 } }]);
  });

  test('without a VirtualService, shares follow the pods: the version without pods gets none', () => {
    // GIVEN
    const manifests = [...webCallingReviews(), ...reviewsWithSubsets({ withV2Pods: false })];

    // WHEN
    const model = trafficModel(manifests);

    // THEN the call goes to the Service, drawn as the group of its subsets
    expect(edgesOf(model)).toEqual([`${WEB} -> ${REVIEWS} (call): REVIEWS_URL`]);
    expect(model.versions).toEqual([{ service: 'web', shares: { v1: 100 } }, { service: 'reviews', shares: { v1: 100, v2: 0 } }]);
    expect([nodeOf(model, V1).role, nodeOf(model, V2).role]).toEqual([VersionRole.STABLE, VersionRole.CANDIDATE]);
  });

  test('draws a Service of several workloads without subsets as a group of its workloads, named by their version', () => {
    // GIVEN
    const manifests = [service('reviews'), version('reviews', 'v1', '1.0', 2), version('reviews', 'v2', '2.0', 2)];

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect(model.groups.map((group) => group.title)).toEqual(['reviews']);
    expect(model.nodes.map((node) => [node.key, node.title, ...node.details])).toEqual([
      ['workload Deployment shop/reviews-v1', 'v1 · stable', 'reviews:1.0 ×2'],
      ['workload Deployment shop/reviews-v2', 'v2 · candidate', 'reviews:2.0 ×2'],
    ]);
    expect(model.versions).toEqual([{ service: 'reviews', shares: { v1: 50, v2: 50 } }]);
  });
});

describe('trafficModel: rules', () => {
  test('numbers the rules in match order, each with its match, and the last as everything else', () => {
    // GIVEN
    const manifests = [...reviewsWithSubsets(), reviewsRoutes(
      { match: [{ headers: { 'user-agent': { regex: '.*Firefox.*' } } }, { queryParams: { beta: { exact: '1' } } }], route: [toSubset('v2')] },
      { match: [{ uri: { prefix: '/greeting' }, method: { exact: 'GET' } }], rewrite: { uri: '/hello' }, route: [toSubset('v2')] },
      { route: [toSubset('v1')] },
    )];

    // WHEN
    const edges = edgesOf(trafficModel(manifests)).filter((edge) => edge.startsWith(VS));

    // THEN
    expect(edges).toEqual([
      `${VS} -> ${V2} (route): rule 1: header user-agent regex .*Firefox.* or query beta = 1 | 100%`,
      `${VS} -> ${V2} (route): rule 2: uri prefix /greeting and method = GET / rewrite to /hello | 100%`,
      `${VS} -> ${V1} (route): rule 3: everything else | 100%`,
    ]);
  });

  test('numbers a lone rule that has a match, and leaves a lone rule without one unnumbered', () => {
    // GIVEN
    const matching = [...reviewsWithSubsets(), reviewsRoutes({ match: [{ port: 8080, sourceLabels: { app: 'web' } }], route: [toSubset('v1')] })];
    const plain = [...reviewsWithSubsets(), reviewsRoutes({ route: [toSubset('v1')] })];

    // WHEN
    const [first] = trafficModel(matching).edges.filter((edge) => edge.from === VS);
    const [second] = trafficModel(plain).edges.filter((edge) => edge.from === VS);

    // THEN
    expect(first.texts).toEqual(['rule 1: from app=web and port 8080']);
    expect(second.texts).toEqual([]);
  });

  test('draws a mirror as its own kind of arrow, with the share of requests copied', () => {
    // GIVEN
    const manifests = [...reviewsWithSubsets(), reviewsRoutes({ route: [toSubset('v1')], mirror: { host: 'reviews', subset: 'v2' }, mirrorPercentage: { value: 25 } })];

    // WHEN
    const edges = edgesOf(trafficModel(manifests)).filter((edge) => edge.startsWith(VS));

    // THEN
    expect(edges).toEqual([`${VS} -> ${V1} (route):  | 100%`, `${VS} -> ${V2} (mirror): mirror | 25%`]);
  });

  test('normalizes weights that do not add up to 100, as Istio does', () => {
    // GIVEN
    const manifests = [...reviewsWithSubsets(), reviewsRoutes({ route: [toSubset('v1', 1), toSubset('v2', 2)] })];

    // WHEN
    const edges = trafficModel(manifests).edges.filter((edge) => edge.from === VS);

    // THEN
    expect(edges.map((edge) => formatPercent(edge.percent ?? -1))).toEqual(['33.3%', '66.7%']);
  });

  test('draws a redirect and a direct response as boxes of their own, the rule on the arrow', () => {
    // GIVEN
    const manifests = [...reviewsWithSubsets(), reviewsRoutes(
      { match: [{ uri: { prefix: '/old' } }], redirect: { uri: '/new', authority: 'reviews.shop.svc.cluster.local:8080', redirectCode: 302 } },
      { match: [{ uri: { exact: '/health' } }], directResponse: { status: 204 } },
      { route: [toSubset('v1')] },
    )];

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect(model.nodes.filter((node) => node.kind === TrafficNodeKind.ACTION).map((node) => [node.key, node.title, ...node.details])).toEqual([
      ['action shop reviews 0', 'redirect 302 to', 'reviews:8080', '/new'],
      ['action shop reviews 1', 'respond 204'],
    ]);
    expect(edgesOf(model).slice(-3)).toEqual([
      `${VS} -> action shop reviews 0 (route): rule 1: uri prefix /old`,
      `${VS} -> action shop reviews 1 (route): rule 2: uri = /health`,
      `${VS} -> ${V1} (route): rule 3: everything else | 100%`,
    ]);
  });
});

describe('trafficModel: egress', () => {
  const API = 'external api.payments.com';
  const movies = () => [
    service('movies'),
    deployment('movies', { app: 'movies' }, 'movies:1', { replicas: 2 }),
    serviceEntry('payments', ['api.payments.com'], [{ number: 443, name: 'https', protocol: 'HTTPS' }]),
  ];

  test('draws an external host that no drawn workload calls from any workload, with its ports', () => {
    // GIVEN
    const manifests = movies();

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect(nodeOf(model, API)).toMatchObject({ kind: TrafficNodeKind.EXTERNAL, title: 'api.payments.com', details: ['HTTPS 443'] });
    expect(edgesOf(model)).toEqual([`any workload -> ${API} (egress): ServiceEntry payments`]);
  });

  test('under a REGISTRY_ONLY Sidecar, its workloads reach the ServiceEntry hosts they see, and every other external host is blocked', () => {
    // GIVEN a second ServiceEntry in another namespace, which the Sidecar's egress hosts (./*) do not see
    const manifests = [...movies(), serviceEntry('maps', ['maps.example.com'], [{ number: 443, protocol: 'HTTPS' }], 'other'), sidecar('movies', 'movies', ['./*', 'istio-system/*'])];

    // WHEN
    const model = trafficModel(manifests);

    // THEN
    expect(edgesOf(model)).toEqual([
      `service movies.shop.svc.cluster.local -> ${API} (egress): ServiceEntry payments`,
      'service movies.shop.svc.cluster.local -> blocked (blocked): blocked by REGISTRY_ONLY / Sidecar movies',
      'any workload -> external maps.example.com (egress): ServiceEntry maps',
    ]);
    expect(nodeOf(model, 'blocked')).toMatchObject({ kind: TrafficNodeKind.BLOCKED, title: 'any other external host', objects: ['Sidecar shop/movies'] });
  });

  test('a Sidecar that allows any host, or selects other workloads, draws nothing', () => {
    // GIVEN
    const open = { ...sidecar('movies', 'movies', ['./*']), spec: { outboundTrafficPolicy: { mode: 'ALLOW_ANY' } } };
    const elsewhere = sidecar('web', 'web', ['./*']);

    // WHEN
    const edges = [trafficModel([...movies(), open]), trafficModel([...movies(), elsewhere])].map(edgesOf);

    // THEN
    expect(edges).toEqual([[`any workload -> ${API} (egress): ServiceEntry payments`], [`any workload -> ${API} (egress): ServiceEntry payments`]]);
  });

  test('shows the TLS a DestinationRule originates to an external host, the port a port goes to, and the pods the rule is for', () => {
    // GIVEN a plain HTTP port sent to 443, where the sidecars of app=movies originate mutual TLS
    const entry = serviceEntry('payments', ['api.payments.com'], [{ number: 80, name: 'http', protocol: 'HTTP', targetPort: 443 }]);
    const rule = {
      ...destinationRule('api.payments.com', []),
      spec: {
        host: 'api.payments.com', workloadSelector: { matchLabels: { app: 'movies' } },
        trafficPolicy: { loadBalancer: { simple: 'ROUND_ROBIN' }, portLevelSettings: [{ port: { number: 80 }, tls: { mode: 'MUTUAL', credentialName: 'client' } }] },
      },
    };

    // WHEN
    const model = trafficModel([...movies().slice(0, 2), entry, rule]);

    // THEN
    expect(nodeOf(model, API)).toMatchObject({
      details: ['HTTP 80 → 443', 'DR ROUND_ROBIN', 'DR :80 MUTUAL', 'for pods app=movies'], objects: ['ServiceEntry shop/payments', 'DestinationRule shop/api'],
    });
  });

  test('marks an external host changed when TLS origination is added to it, with the ports it had', () => {
    // GIVEN
    const before = [...movies().slice(0, 2), serviceEntry('cnn', ['edition.cnn.com'], [{ number: 80, name: 'http', protocol: 'HTTP' }, { number: 443, name: 'https', protocol: 'HTTPS' }])];
    const entry = serviceEntry('cnn', ['edition.cnn.com'], [{ number: 80, name: 'http', protocol: 'HTTP', targetPort: 443 }, { number: 443, name: 'https', protocol: 'HTTPS' }]);
    const rule = { ...destinationRule('edition.cnn.com', []), spec: { host: 'edition.cnn.com', trafficPolicy: { portLevelSettings: [{ port: { number: 80 }, tls: { mode: 'SIMPLE' } }] } } };

    // WHEN
    const model = trafficModel([...movies().slice(0, 2), entry, rule], before);

    // THEN
    expect(nodeOf(model, 'external edition.cnn.com')).toMatchObject({
      details: ['HTTP 80 → 443', 'HTTPS 443', 'DR :80 SIMPLE'], change: TrafficChange.CHANGED, was: ['HTTP 80, HTTPS 443'],
    });
  });

  test('draws a route through the egress gateway to the egress Gateway, which no client outside reaches, and on to the external host', () => {
    // GIVEN the egress gateway task: sidecars send edition.cnn.com to the gateway's subset, the gateway sends it out
    const egressGateway = {
      ...gateway('egress', []),
      spec: { selector: { istio: 'egressgateway' }, servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['edition.cnn.com'] }] },
    };
    const gatewayRule = { ...destinationRule('istio-egressgateway.istio-system.svc.cluster.local', []), spec: {
      host: 'istio-egressgateway.istio-system.svc.cluster.local', subsets: [{ name: 'cnn' }], trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' } },
    } };
    const routes = virtualService('cnn', {
      hosts: ['edition.cnn.com'], gateways: ['egress', 'mesh'],
      http: [
        { match: [{ gateways: ['mesh'], port: 80 }], route: [{ destination: { host: 'istio-egressgateway.istio-system.svc.cluster.local', subset: 'cnn', port: { number: 80 } } }] },
        { match: [{ gateways: ['egress'], port: 80 }], route: [{ destination: { host: 'edition.cnn.com', port: { number: 80 } } }] },
      ],
    });
    const entry = serviceEntry('cnn', ['edition.cnn.com'], [{ number: 80, name: 'http', protocol: 'HTTP' }]);

    // WHEN
    const model = trafficModel([...movies().slice(0, 2), entry, egressGateway, gatewayRule, routes]);

    // THEN
    expect(nodeOf(model, 'gateway shop/egress')).toMatchObject({
      kind: TrafficNodeKind.EGRESS_GATEWAY, title: 'Egress gateway shop/egress', details: [':80 HTTP', 'hosts edition.cnn.com', 'DR ISTIO_MUTUAL'],
      objects: ['Gateway shop/egress', 'DestinationRule shop/istio-egressgateway'],
    });
    expect(model.nodes.map((node) => node.key)).not.toContain('clients');
    expect(edgesOf(model)).toEqual([
      'any workload -> vs shop cnn (request): ',
      'vs shop cnn -> gateway shop/egress (route): rule 1: port 80 and via mesh | 100%',
      'vs shop cnn -> external edition.cnn.com (route): rule 2: port 80 and via egress | 100%',
      'gateway shop/egress -> vs shop cnn (request): Host: edition.cnn.com',
    ]);
  });

  test('shows the policy of a DestinationRule for a host that nothing backs, such as a Service of another namespace', () => {
    // GIVEN
    const rule = { ...destinationRule('nginx.edge.svc.cluster.local', []), spec: { host: 'nginx.edge.svc.cluster.local', trafficPolicy: { portLevelSettings: [{ port: { number: 443 }, tls: { mode: 'SIMPLE' } }] } } };
    const routes = virtualService('nginx', { hosts: ['nginx.edge.svc.cluster.local'], http: [{ route: [{ destination: { host: 'nginx.edge.svc.cluster.local', port: { number: 443 } } }] }] });

    // WHEN
    const model = trafficModel([...movies().slice(0, 2), rule, routes]);

    // THEN
    expect(nodeOf(model, 'service nginx.edge.svc.cluster.local')).toMatchObject({
      details: ['no Service', 'DR :443 SIMPLE'], noPods: true, objects: ['DestinationRule shop/nginx'],
    });
  });
});

describe('trafficModel: changes since the previous phase', () => {
  test('gives a changed weight what it was, and a route to a box that was already there "was 0%"', () => {
    // GIVEN
    const previous = [...webCallingReviews(), ...reviewsWithSubsets(), reviewsRoutes({ route: [toSubset('v1')] })];

    // WHEN
    const model = trafficModel(canary(90, 10), previous);

    // THEN
    expect(edgesOf(model)).toEqual([
      `${WEB} -> ${VS} (call): REVIEWS_URL`,
      `${VS} -> ${V1} (route):  | 90% [changed was 100%]`,
      `${VS} -> ${V2} (route):  | 10% [added was 0%]`,
    ]);
    expect(model.nodes.every((node) => node.change === undefined)).toBe(true);
  });

  test('marks new boxes, but not the arrows between new boxes', () => {
    // GIVEN
    const previous = [...webCallingReviews(), service('reviews'), version('reviews', 'v1', '1.0')];

    // WHEN the DestinationRule, v2 and the VirtualService arrive
    const model = trafficModel(canary(100, 0), previous);

    // THEN
    expect(model.nodes.map((node) => [node.key, node.change])).toEqual([[WEB, undefined], [VS, TrafficChange.ADDED], [V1, TrafficChange.ADDED], [V2, TrafficChange.ADDED]]);
    expect(model.groups.map((group) => [group.key, group.change, group.was])).toEqual([[REVIEWS, TrafficChange.CHANGED, ['no DestinationRule']]]);
    expect(edgesOf(model)).toEqual([
      `${WEB} -> ${VS} (call): REVIEWS_URL`,
      `${VS} -> ${V1} (route):  | 100%`,
      `${VS} -> ${V2} (route):  | 0%`,
    ]);
  });

  test('says what a box was: no pods before the Deployment, its role before the promotion', () => {
    // GIVEN
    const dark = [...reviewsWithSubsets({ withV2Pods: false }), reviewsRoutes({ route: [toSubset('v1', 100), toSubset('v2', 0)] })];
    const withPods = [...reviewsWithSubsets(), reviewsRoutes({ route: [toSubset('v1', 100), toSubset('v2', 0)] })];
    const promoted = [...reviewsWithSubsets(), reviewsRoutes({ route: [toSubset('v1', 0), toSubset('v2', 100)] })];

    // WHEN
    const deployed = trafficModel(withPods, dark);
    const afterPromotion = trafficModel(promoted, withPods);

    // THEN
    expect(nodeOf(deployed, V2)).toMatchObject({ change: TrafficChange.CHANGED, was: ['no pods'], noPods: false });
    expect(nodeOf(deployed, V1).change).toBeUndefined();
    expect([nodeOf(afterPromotion, V1), nodeOf(afterPromotion, V2)].map((node) => [node.title, node.change, node.was])).toEqual([
      ['v1 · previous', TrafficChange.CHANGED, ['stable']],
      ['v2 · stable', TrafficChange.CHANGED, ['candidate']],
    ]);
  });

  test('draws a version that is gone greyed in its group, and lists the other objects that are gone in one box', () => {
    // GIVEN
    const previous = [...canary(0, 100), service('legacy'), deployment('legacy', { app: 'legacy' }, 'legacy:1')];
    const retired = [
      ...webCallingReviews(), service('reviews'), version('reviews', 'v2', '2.0'),
      destinationRule(REVIEWS_HOST, ['v2'], { trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' } } }), reviewsRoutes({ route: [toSubset('v2')] }),
    ];

    // WHEN
    const model = trafficModel(retired, previous);

    // THEN
    expect(model.nodes.filter((node) => node.change === TrafficChange.REMOVED).map((node) => [node.key, node.group, node.title, ...node.details])).toEqual([
      [V1, REVIEWS, 'v1 · previous', 'reviews:1.0 ×2', 'ISTIO_MUTUAL'],
      ['removed', undefined, 'removed', 'Service legacy', 'Deployment legacy'],
    ]);
  });

  test('draws a route that is gone between boxes that are still there as a route of 0% that says what it was', () => {
    // GIVEN
    const optIn = [...reviewsWithSubsets(), reviewsRoutes({ match: [{ headers: { 'x-beta': { exact: 'yes' } } }], route: [toSubset('v2')] }, { route: [toSubset('v1')] })];
    const backToStable = [...reviewsWithSubsets(), reviewsRoutes({ route: [toSubset('v1')] })];

    // WHEN
    const model = trafficModel(backToStable, optIn);

    // THEN
    expect(edgesOf(model).filter((edge) => edge.startsWith(VS))).toEqual([
      `${VS} -> ${V1} (route):  | 100% [changed]`,
      `${VS} -> ${V2} (route):  | 0% [removed was 100%]`,
    ]);
  });

  test('compares nothing without a previous phase, and a phase with itself finds no change', () => {
    // GIVEN
    const manifests = canary(90, 10);

    // WHEN
    const alone = trafficModel(manifests);
    const same = trafficModel(manifests, canary(90, 10));

    // THEN
    expect(same).toEqual(alone);
    expect([...alone.nodes, ...alone.edges, ...alone.groups].some((part) => part.change !== undefined)).toBe(false);
  });
});
