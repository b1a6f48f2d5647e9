import { ApiObject, Chart, Duration } from 'cdk8s';
import {
  CircuitBreaker, DestinationRule, ForwardRoute, EgressGatewayRoute, Gateway, GatewayProtocol, GatewayTlsMode, HttpRoute, INTENDED_FINDINGS_ANNOTATION,
  LocalityFailover, MeshService, ServiceEntry, SimpleLoadBalancer, StringMatch, Subset, TlsOrigination, VirtualService,
} from '../../lib';
import { Bookinfo, bookinfo, curl, fortio, helloworld, httpbin, nginx, tcpEcho } from './samples';

/**
 * Names findings of the analysis as intended for an object, where the task does what the finding warns about.
 */
function intend(object: ApiObject, ...codes: string[]): void {
  const written: string | undefined = object.metadata.toJson()?.annotations?.[INTENDED_FINDINGS_ANNOTATION];
  object.metadata.addAnnotation(INTENDED_FINDINGS_ANNOTATION, [...(written ? written.split(',') : []), ...codes].join(','));
}

/** A chart of one task: the sample applications it uses and the objects it applies. */
export type TaskDefinition = (chart: Chart) => void;

/** The egress gateway's Service, which the sidecars send egress traffic to. */
const EGRESS_GATEWAY_HOST = 'istio-egressgateway.istio-system.svc.cluster.local';

/** Subsets that select the `version` label of each name, as Bookinfo's rules write them. */
function versionSubsets(...names: string[]): Subset[] {
  return names.map((name) => ({ name, labels: { version: name } }));
}

/** A route of every request to one subset of a Service. */
function toSubset(service: MeshService, subset: string): ForwardRoute {
  return { route: [{ host: service.host, subset }] };
}

/**
 * samples/bookinfo/networking/destination-rule-all.yaml: a subset per version of every Bookinfo app, with no traffic
 * policy, so that automatic mutual TLS stays on. Bookinfo runs no details v2, nor the versions of ratings that need a
 * database: their subsets select no pod, as intended.
 */
function bookinfoDestinationRules(chart: Chart, apps: Bookinfo): void {
  new DestinationRule(chart, 'productpage-rule', { host: apps.productpage.host, subsets: versionSubsets('v1'), trafficPolicy: {} });
  new DestinationRule(chart, 'reviews-rule', { host: apps.reviews.host, subsets: versionSubsets('v1', 'v2', 'v3'), trafficPolicy: {} });
  const ratings = new DestinationRule(chart, 'ratings-rule', {
    host: apps.ratings.host, subsets: versionSubsets('v1', 'v2', 'v2-mysql', 'v2-mysql-vm'), trafficPolicy: {},
  });
  const details = new DestinationRule(chart, 'details-rule', { host: apps.details.host, subsets: versionSubsets('v1', 'v2'), trafficPolicy: {} });
  for (const rule of [ratings, details]) intend(rule.apiObject, 'dr-subset-without-pods');
}

/** samples/bookinfo/networking/virtual-service-all-v1.yaml, with the routes of some apps replaced. */
function bookinfoRoutes(chart: Chart, apps: Bookinfo, replaced: Partial<Record<keyof Bookinfo, HttpRoute[]>> = {}): void {
  for (const name of ['productpage', 'reviews', 'ratings', 'details'] as const) {
    new VirtualService(chart, `${name}-routes`, { name, hosts: [apps[name].host], http: replaced[name] ?? [toSubset(apps[name], 'v1')] });
  }
}

const JASON = [{ headers: { 'end-user': StringMatch.exact('jason') } }];

/** Every task, by folder name. */
export const TASKS: Record<string, TaskDefinition> = {
  /** Bookinfo's destination rules, the ones every Bookinfo task applies first. */
  'bookinfo-destination-rules': (chart) => bookinfoDestinationRules(chart, bookinfo(chart)),

  /** Request routing: every app on v1, then jason's requests to reviews v2. */
  'request-routing': (chart) => {
    const apps = bookinfo(chart);
    bookinfoDestinationRules(chart, apps);
    bookinfoRoutes(chart, apps, { reviews: [{ match: JASON, ...toSubset(apps.reviews, 'v2') }, toSubset(apps.reviews, 'v1')] });
  },

  /** Fault injection: jason's requests to ratings are aborted with HTTP 500. */
  'fault-injection': (chart) => {
    const apps = bookinfo(chart);
    bookinfoDestinationRules(chart, apps);
    bookinfoRoutes(chart, apps, {
      reviews: [{ match: JASON, ...toSubset(apps.reviews, 'v2') }, toSubset(apps.reviews, 'v1')],
      ratings: [
        { match: JASON, fault: { abort: { httpStatus: 500, percentage: 100 } }, ...toSubset(apps.ratings, 'v1') },
        toSubset(apps.ratings, 'v1'),
      ],
    });
  },

  /** Traffic shifting: half of the requests to reviews go to v3. */
  'traffic-shifting': (chart) => {
    const apps = bookinfo(chart);
    bookinfoDestinationRules(chart, apps);
    bookinfoRoutes(chart, apps, {
      reviews: [{ route: [{ host: apps.reviews.host, subset: 'v1', weight: 50 }, { host: apps.reviews.host, subset: 'v3', weight: 50 }] }],
    });
  },

  /** TCP traffic shifting: 20% of the TCP connections through the ingress gateway's port 31400 go to tcp-echo v2. */
  'tcp-traffic-shifting': (chart) => {
    const echo = tcpEcho(chart);
    curl(chart);
    const gateway = new Gateway(chart, 'tcp-echo-gateway', {
      name: 'tcp-echo-gateway',
      servers: [{ port: 31400, protocol: GatewayProtocol.TCP, portName: 'tcp', hosts: ['*'] }],
      wildcardHostsIntended: true,
    });
    const rule = new DestinationRule(chart, 'tcp-echo-destination', {
      name: 'tcp-echo-destination', host: echo.host, subsets: versionSubsets('v1', 'v2'), trafficPolicy: {},
    });
    new VirtualService(chart, 'tcp-echo', {
      name: 'tcp-echo',
      hosts: ['*'],
      gateways: [gateway],
      tcp: [{ match: [{ port: 31400 }], route: [{ ...rule.destination('v1'), port: 9000, weight: 80 }, { ...rule.destination('v2'), port: 9000, weight: 20 }] }],
    });
  },

  /** Request timeouts: reviews v2 calls ratings, which answers after 2s, and reviews gives up after 0.5s. */
  'request-timeouts': (chart) => {
    const apps = bookinfo(chart);
    bookinfoDestinationRules(chart, apps);
    bookinfoRoutes(chart, apps, {
      reviews: [{ ...toSubset(apps.reviews, 'v2'), timeout: Duration.millis(500) }],
      ratings: [{ ...toSubset(apps.ratings, 'v1'), fault: { delay: { fixedDelay: Duration.seconds(2), percentage: 100 } } }],
    });
  },

  /** Circuit breaking: one connection and one pending request to httpbin, and an endpoint ejected at its first 5xx. */
  'circuit-breaking': (chart) => {
    const service = httpbin(chart);
    fortio(chart);
    new CircuitBreaker(chart, 'httpbin-breaker', {
      name: 'httpbin',
      host: service.host,
      limits: { maxConnections: 1, http1MaxPendingRequests: 1, maxRequestsPerConnection: 1 },
      ejection: { consecutive5xxErrors: 1, interval: Duration.seconds(1), baseEjectionTime: Duration.minutes(3), maxEjectionPercent: 100 },
    });
  },

  /** Mirroring: every request to httpbin v1 is copied to v2. */
  'mirroring': (chart) => {
    const service = httpbin(chart, ['v1', 'v2']);
    curl(chart);
    const rule = new DestinationRule(chart, 'httpbin-rule', { host: service.host, subsets: versionSubsets('v1', 'v2'), trafficPolicy: {} });
    new VirtualService(chart, 'httpbin-routes', {
      name: 'httpbin',
      hosts: [service.host],
      http: [{ route: [{ ...rule.destination('v1'), weight: 100 }], mirrors: [{ destination: rule.destination('v2'), percentage: 100 }] }],
    });
  },

  /** Locality failover: requests to helloworld leave region1 for region2 once region1's endpoints are ejected. */
  'locality-failover': (chart) => {
    const service = helloworld(chart);
    curl(chart);
    new LocalityFailover(chart, 'helloworld-failover', {
      name: 'helloworld',
      host: service.host,
      failover: [{ from: 'region1', to: 'region2' }],
      outlierDetection: { consecutive5xxErrors: 1, interval: Duration.seconds(1), baseEjectionTime: Duration.minutes(1) },
      loadBalancer: SimpleLoadBalancer.ROUND_ROBIN,
      connectionPool: { maxRequestsPerConnection: 1 },
    });
  },

  /** Locality weighted distribution: requests from region1/zone1 go 70/20/10 to three localities. */
  'locality-distribute': (chart) => {
    const service = helloworld(chart);
    curl(chart);
    new DestinationRule(chart, 'helloworld-distribute', {
      name: 'helloworld',
      host: service.host,
      trafficPolicy: {
        loadBalancer: {
          locality: {
            enabled: true,
            distribute: [{ from: 'region1/zone1/*', to: { 'region1/zone1/*': 70, 'region1/zone2/*': 20, 'region3/zone4/*': 10 } }],
          },
        },
        outlierDetection: { consecutive5xxErrors: 100, interval: Duration.seconds(1), baseEjectionTime: Duration.minutes(1) },
      },
    });
  },

  /** Ingress control: httpbin's /status and /delay at httpbin.example.com on the ingress gateway's port 80. */
  'ingress-control': (chart) => {
    const service = httpbin(chart);
    const gateway = new Gateway(chart, 'httpbin-gateway', { name: 'httpbin-gateway', servers: [{ port: 80, hosts: ['httpbin.example.com'] }] });
    new VirtualService(chart, 'httpbin-routes', {
      name: 'httpbin',
      hosts: ['httpbin.example.com'],
      gateways: [gateway],
      http: [{ match: [{ uri: StringMatch.prefix('/status') }, { uri: StringMatch.prefix('/delay') }], route: [{ host: service.host, port: 8000 }] }],
    });
  },

  /** Secure ingress: httpbin.example.com with client certificates (MUTUAL), helloworld.example.com with SIMPLE TLS. */
  'secure-ingress': (chart) => {
    const bin = httpbin(chart);
    const hello = helloworld(chart, ['v1']);
    const gateway = new Gateway(chart, 'mygateway', {
      name: 'mygateway',
      servers: [
        { port: 443, protocol: GatewayProtocol.HTTPS, portName: 'https-httpbin', hosts: ['httpbin.example.com'], tls: { mode: GatewayTlsMode.MUTUAL, credentialName: 'httpbin-credential' } },
        { port: 443, protocol: GatewayProtocol.HTTPS, portName: 'https-helloworld', hosts: ['helloworld.example.com'], tls: { mode: GatewayTlsMode.SIMPLE, credentialName: 'helloworld-credential' } },
      ],
    });
    new VirtualService(chart, 'httpbin-routes', {
      name: 'httpbin',
      hosts: ['httpbin.example.com'],
      gateways: [gateway],
      http: [{ match: [{ uri: StringMatch.prefix('/status') }, { uri: StringMatch.prefix('/delay') }], route: [{ host: bin.host, port: 8000 }] }],
    });
    new VirtualService(chart, 'helloworld-routes', {
      name: 'helloworld',
      hosts: ['helloworld.example.com'],
      gateways: ['mygateway'],
      http: [{ match: [{ uri: StringMatch.exact('/hello') }], route: [{ host: hello.host, port: 5000 }] }],
    });
  },

  /** Ingress gateway without TLS termination: TLS to nginx.example.com passes through to nginx, which terminates it. */
  'ingress-sni-passthrough': (chart) => {
    const service = nginx(chart);
    const gateway = new Gateway(chart, 'mygateway', {
      name: 'mygateway',
      servers: [{ port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['nginx.example.com'], tls: { mode: GatewayTlsMode.PASSTHROUGH } }],
    });
    new VirtualService(chart, 'nginx-routes', {
      name: 'nginx',
      hosts: ['nginx.example.com'],
      gateways: [gateway],
      tls: [{ match: [{ port: 443, sniHosts: ['nginx.example.com'] }], route: [{ host: service.host, port: 443 }] }],
    });
  },

  /** Egress control: httpbin.org and www.google.com in the registry, and a 3s timeout on calls to httpbin.org. */
  'egress-control': (chart) => {
    curl(chart);
    new ServiceEntry(chart, 'httpbin-ext', { name: 'httpbin-ext', hosts: ['httpbin.org'], ports: [{ number: 80, name: 'http', protocol: 'HTTP' }] });
    new ServiceEntry(chart, 'google', { name: 'google', hosts: ['www.google.com'], ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }] });
    new VirtualService(chart, 'httpbin-ext-routes', {
      name: 'httpbin-ext',
      hosts: ['httpbin.org'],
      http: [{ timeout: Duration.seconds(3), route: [{ host: 'httpbin.org', weight: 100 }] }],
    });
  },

  /** Egress TLS origination: plain HTTP to edition.cnn.com leaves the sidecar as HTTPS. */
  'egress-tls-origination': (chart) => {
    curl(chart);
    const origination = new TlsOrigination(chart, 'edition-cnn-com', { name: 'edition-cnn-com', host: 'edition.cnn.com', httpPort: 80, tlsPort: 443 });
    // As in the task, the sidecar verifies edition.cnn.com with its system CAs, which istioctl warns about too.
    intend(origination.rule.apiObject, 'dr-port-tls-no-ca');
  },

  /** Egress gateway: HTTP to edition.cnn.com leaves the mesh through the egress gateway. */
  'egress-gateway': (chart) => {
    curl(chart);
    new ServiceEntry(chart, 'cnn', {
      name: 'cnn',
      hosts: ['edition.cnn.com'],
      ports: [{ number: 80, name: 'http-port', protocol: 'HTTP' }, { number: 443, name: 'https', protocol: 'HTTPS' }],
    });
    new EgressGatewayRoute(chart, 'cnn-through-egress-gateway', { host: 'edition.cnn.com', subset: 'cnn', port: 80 });
  },

  /** Egress gateway TLS origination: HTTP to edition.cnn.com goes to the egress gateway, which opens HTTPS. */
  'egress-gateway-tls-origination': (chart) => {
    curl(chart);
    new ServiceEntry(chart, 'cnn', {
      name: 'cnn',
      hosts: ['edition.cnn.com'],
      ports: [{ number: 80, name: 'http', protocol: 'HTTP' }, { number: 443, name: 'https', protocol: 'HTTPS' }],
    });
    const route = new EgressGatewayRoute(chart, 'cnn-through-egress-gateway', {
      host: 'edition.cnn.com', subset: 'cnn', port: 80, serverPortName: 'http-port-for-tls-origination', originateTls: { port: 443, loadBalancer: SimpleLoadBalancer.ROUND_ROBIN },
    });
    // As in the task, the gateway verifies edition.cnn.com with its system CAs, which istioctl warns about too.
    if (route.originationRule) intend(route.originationRule.apiObject, 'dr-port-tls-no-ca');
  },

  /** Wildcard egress hosts: TLS to any *.wikipedia.org host through the egress gateway, passed through by SNI. */
  'wildcard-egress-hosts': (chart) => {
    curl(chart);
    const gateway = new Gateway(chart, 'istio-egressgateway', {
      name: 'istio-egressgateway',
      selector: { istio: 'egressgateway' },
      servers: [{ port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['*.wikipedia.org'], tls: { mode: GatewayTlsMode.PASSTHROUGH } }],
    });
    const rule = new DestinationRule(chart, 'egressgateway-for-wikipedia', {
      name: 'egressgateway-for-wikipedia', host: EGRESS_GATEWAY_HOST, subsets: [{ name: 'wikipedia' }], trafficPolicy: {},
    });
    const routes = new VirtualService(chart, 'direct-wikipedia-through-egress-gateway', {
      name: 'direct-wikipedia-through-egress-gateway',
      hosts: ['*.wikipedia.org'],
      gateways: ['mesh', gateway],
      tls: [
        { match: [{ gateways: ['mesh'], port: 443, sniHosts: ['*.wikipedia.org'] }], route: [{ ...rule.destination('wikipedia'), port: 443, weight: 100 }] },
        { match: [{ gateways: [gateway.name], port: 443, sniHosts: ['*.wikipedia.org'] }], route: [{ host: 'www.wikipedia.org', port: 443, weight: 100 }] },
      ],
    });
    // The egress gateway's Service is installed with Istio, in istio-system.
    intend(routes.apiObject, 'destination-host-unknown');
    new ServiceEntry(chart, 'www-wikipedia', { name: 'www-wikipedia', hosts: ['www.wikipedia.org'], ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }] });
  },

  /** Sticky sessions: requests with the same `user` cookie reach the same reviews pod. */
  'sticky-sessions': (chart) => {
    const apps = bookinfo(chart);
    new DestinationRule(chart, 'reviews-sticky', {
      host: apps.reviews.host,
      trafficPolicy: { loadBalancer: { consistentHash: { httpCookie: { name: 'user', ttl: Duration.seconds(0) } } } },
    });
  },

  /** Delegate routes: the ingress VirtualService hands /reviews to the reviews team's VirtualService. */
  'delegate-routes': (chart) => {
    const apps = bookinfo(chart);
    new DestinationRule(chart, 'reviews-rule', { host: apps.reviews.host, subsets: versionSubsets('v1', 'v2', 'v3'), trafficPolicy: {} });
    const gateway = new Gateway(chart, 'bookinfo-gateway', { name: 'bookinfo-gateway', servers: [{ port: 80, hosts: ['bookinfo.example.com'] }] });
    const team = new VirtualService(chart, 'reviews-delegate', {
      name: 'reviews',
      http: [
        { match: [{ uri: StringMatch.prefix('/reviews'), headers: { 'end-user': StringMatch.exact('jason') } }], route: [{ host: apps.reviews.host, port: 9080, subset: 'v2' }] },
        { route: [{ host: apps.reviews.host, port: 9080, subset: 'v1' }] },
      ],
    });
    new VirtualService(chart, 'bookinfo', {
      name: 'bookinfo',
      hosts: ['bookinfo.example.com'],
      gateways: [gateway],
      http: [
        { match: [{ uri: StringMatch.prefix('/reviews') }], delegate: team.asDelegate() },
        { route: [{ host: apps.productpage.host, port: 9080 }] },
      ],
    });
  },
};

/**
 * The folder names of the tasks, in the order of the Istio documentation.
 */
export const TASK_NAMES = Object.keys(TASKS);
