import { ApiObject, App, Chart, Duration } from 'cdk8s';
import {
  CircuitBreaker, DestinationRule, FaultInjection, ForwardRoute, EgressGatewayRoute, Gateway, GatewayProtocol, GatewayServer, GatewayTlsMode, HttpRoute, INTENDED_FINDINGS_ANNOTATION,
  LocalityFailover, MeshService, ServiceEntry, ServiceEntryResolution, SimpleLoadBalancer, StringMatch, Subset, TlsMode, TlsOrigination, VirtualService,
} from '../../lib';
import { Bookinfo, bookinfo, curl, fortio, helloworld, httpbin, nginx, tcpEcho } from './samples';

/**
 * Names findings of the analysis as intended for an object, where the task does what the finding warns about.
 */
function intend(object: ApiObject, ...codes: string[]): void {
  const written: string | undefined = object.metadata.toJson()?.annotations?.[INTENDED_FINDINGS_ANNOTATION];
  object.metadata.addAnnotation(INTENDED_FINDINGS_ANNOTATION, [...(written ? written.split(',') : []), ...codes].join(','));
}

/** A chart of one state of a task: the sample applications it uses and the objects applied so far. */
export type StateDefinition = (chart: Chart) => void;

/** One configuration a task applies: its folder below the task's, and its complete desired state. */
export interface TaskState {
  /** Folder of the state, numbered in the order the page applies it, e.g. `02-jason-v2`. */
  readonly folder: string;
  /** Adds the state's objects to the task's chart. */
  readonly define: StateDefinition;
}

/** The states of a task from their definitions by folder name, in the order given. */
function states(definitions: Record<string, StateDefinition>): TaskState[] {
  return Object.entries(definitions).map(([folder, define]) => ({ folder, define }));
}

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

/** virtual-service-reviews-test-v2.yaml's routes of reviews: jason's requests to v2, the others to v1. */
function reviewsJasonV2(apps: Bookinfo): HttpRoute[] {
  return [{ match: JASON, ...toSubset(apps.reviews, 'v2') }, toSubset(apps.reviews, 'v1')];
}

/** Bookinfo with its destination rules, and virtual-service-all-v1.yaml with the routes of some apps replaced. */
function bookinfoState(replaced: (apps: Bookinfo) => Partial<Record<keyof Bookinfo, HttpRoute[]>>): StateDefinition {
  return (chart) => {
    const apps = bookinfo(chart);
    bookinfoDestinationRules(chart, apps);
    bookinfoRoutes(chart, apps, replaced(apps));
  };
}

/** Routes of ratings with a fault for jason's requests, as virtual-service-ratings-test-delay.yaml and -abort.yaml. */
function ratingsFaultForJason(apps: Bookinfo, fault: FaultInjection): HttpRoute[] {
  return [{ match: JASON, fault, ...toSubset(apps.ratings, 'v1') }, toSubset(apps.ratings, 'v1')];
}

/** tcp-echo-all-v1.yaml and tcp-echo-20-v2.yaml: the TCP connections to the ingress gateway's port 31400, split by weight. */
function tcpEchoState(weights: Record<string, number>): StateDefinition {
  return (chart) => {
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
    const subsets = Object.entries(weights);
    new VirtualService(chart, 'tcp-echo', {
      name: 'tcp-echo',
      hosts: ['*'],
      gateways: [gateway],
      tcp: [{
        match: [{ port: 31400 }],
        route: subsets.map(([subset, weight]) => ({ ...rule.destination(subset), port: 9000, ...(subsets.length > 1 ? { weight } : {}) })),
      }],
    });
  };
}

/** The mirroring task's httpbin v1 and v2, and every request routed to v1, copied to v2 where `mirrored`. */
function mirroringState(mirrored: boolean): StateDefinition {
  return (chart) => {
    const service = httpbin(chart, ['v1', 'v2']);
    curl(chart);
    const rule = new DestinationRule(chart, 'httpbin-rule', { host: service.host, subsets: versionSubsets('v1', 'v2'), trafficPolicy: {} });
    new VirtualService(chart, 'httpbin-routes', {
      name: 'httpbin',
      hosts: [service.host],
      http: [{
        route: [{ ...rule.destination('v1'), weight: 100 }],
        ...(mirrored ? { mirrors: [{ destination: rule.destination('v2'), percentage: 100 }] } : {}),
      }],
    });
  };
}

/** httpbin's /status and /delay at httpbin.example.com, through `gateway`. */
function httpbinIngressRoutes(chart: Chart, service: MeshService, gateway: Gateway): void {
  new VirtualService(chart, 'httpbin-routes', {
    name: 'httpbin',
    hosts: ['httpbin.example.com'],
    gateways: [gateway],
    http: [{ match: [{ uri: StringMatch.prefix('/status') }, { uri: StringMatch.prefix('/delay') }], route: [{ host: service.host, port: 8000 }] }],
  });
}

/** The secure ingress task's httpbin.example.com server on port 443, its TLS terminated with httpbin-credential. */
function httpbinTlsServer(mode: GatewayTlsMode.SIMPLE | GatewayTlsMode.MUTUAL, portName: string): GatewayServer {
  return { port: 443, protocol: GatewayProtocol.HTTPS, portName, hosts: ['httpbin.example.com'], tls: { mode, credentialName: 'httpbin-credential' } };
}

/** The egress control task's ServiceEntries: httpbin.org over HTTP, and www.google.com over HTTPS where `google`. */
function egressServiceEntries(chart: Chart, google: boolean): void {
  curl(chart);
  new ServiceEntry(chart, 'httpbin-ext', { name: 'httpbin-ext', hosts: ['httpbin.org'], ports: [{ number: 80, name: 'http', protocol: 'HTTP' }] });
  if (google) new ServiceEntry(chart, 'google', { name: 'google', hosts: ['www.google.com'], ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }] });
}

/** edition.cnn.com in the registry, on port 80 (named `httpPortName`) and 443, as the egress gateway tasks start. */
function cnnServiceEntry(chart: Chart, httpPortName: string): void {
  new ServiceEntry(chart, 'cnn', {
    name: 'cnn',
    hosts: ['edition.cnn.com'],
    ports: [{ number: 80, name: httpPortName, protocol: 'HTTP' }, { number: 443, name: 'https', protocol: 'HTTPS' }],
  });
}

/**
 * The egress gateway's Gateway for `host` and the DestinationRule of its subset, as the egress gateway tasks apply
 * them one step before the routes through the gateway (`EgressGatewayRoute`), so that the subset is defined before
 * any request goes to it.
 */
function egressGatewayFor(chart: Chart, host: string, subset: string, serverPortName: string): void {
  new Gateway(chart, 'istio-egressgateway', {
    name: 'istio-egressgateway',
    selector: { istio: 'egressgateway' },
    servers: [{ port: 80, protocol: GatewayProtocol.HTTP, portName: serverPortName, hosts: [host] }],
  });
  new DestinationRule(chart, `egressgateway-for-${subset}`, { name: `egressgateway-for-${subset}`, host: EGRESS_GATEWAY_HOST, subsets: [{ name: subset }], trafficPolicy: {} });
}

/**
 * The egress gateway task's HTTPS section: edition.cnn.com on port 443 over TLS the application opens, and with
 * `gateway` the egress Gateway that passes it through by SNI and the DestinationRule of its subset.
 */
function cnnOverTls(chart: Chart, gateway: boolean): { gateway: Gateway; rule: DestinationRule } | undefined {
  curl(chart);
  new ServiceEntry(chart, 'cnn', { name: 'cnn', hosts: ['edition.cnn.com'], ports: [{ number: 443, name: 'tls', protocol: 'TLS' }] });
  if (!gateway) return undefined;
  return {
    gateway: new Gateway(chart, 'istio-egressgateway', {
      name: 'istio-egressgateway',
      selector: { istio: 'egressgateway' },
      servers: [{ port: 443, protocol: GatewayProtocol.TLS, portName: 'tls', hosts: ['edition.cnn.com'], tls: { mode: GatewayTlsMode.PASSTHROUGH } }],
    }),
    rule: new DestinationRule(chart, 'egressgateway-for-cnn', { name: 'egressgateway-for-cnn', host: EGRESS_GATEWAY_HOST, subsets: [{ name: 'cnn' }], trafficPolicy: {} }),
  };
}

/** The mutual TLS origination section's NGINX server, which runs in mesh-external, outside the mesh. */
const NGINX_HOST = 'my-nginx.mesh-external.svc.cluster.local';

/**
 * The egress Gateway for the NGINX server and the DestinationRule of its subset: the sidecars reach the gateway on
 * port 443 with the mesh's mutual TLS, naming the server by SNI.
 */
function mutualTlsEgressGateway(chart: Chart): { gateway: Gateway; rule: DestinationRule } {
  const gateway = new Gateway(chart, 'istio-egressgateway', {
    name: 'istio-egressgateway',
    selector: { istio: 'egressgateway' },
    servers: [{ port: 443, protocol: GatewayProtocol.HTTPS, portName: 'https', hosts: [NGINX_HOST], tls: { mode: GatewayTlsMode.ISTIO_MUTUAL } }],
  });
  const rule = new DestinationRule(chart, 'egressgateway-for-nginx', {
    name: 'egressgateway-for-nginx',
    host: EGRESS_GATEWAY_HOST,
    subsets: [{
      name: 'nginx',
      trafficPolicy: {
        loadBalancer: { simple: SimpleLoadBalancer.ROUND_ROBIN },
        portLevelSettings: [{ port: 443, tls: { mode: TlsMode.ISTIO_MUTUAL, sni: NGINX_HOST } }],
      },
    }],
    trafficPolicy: {},
  });
  return { gateway, rule };
}

/**
 * Every task, by folder name, with the configurations its page applies, in order: each state is complete, so that
 * its folder can be applied on its own (`kubectl apply -k`).
 */
export const TASKS: Record<string, TaskState[]> = {
  /** Bookinfo's destination rules, the ones every Bookinfo task applies first. */
  'bookinfo-destination-rules': states({ '01-destination-rule-all': (chart) => bookinfoDestinationRules(chart, bookinfo(chart)) }),

  /** Request routing: every app on v1, then jason's requests to reviews v2. */
  'request-routing': states({
    '01-all-v1': bookinfoState(() => ({})),
    '02-jason-v2': bookinfoState((apps) => ({ reviews: reviewsJasonV2(apps) })),
  }),

  /** Fault injection, on top of request routing: jason's requests to ratings delayed by 7s, then aborted with HTTP 500. */
  'fault-injection': states({
    '01-delay': bookinfoState((apps) => ({
      reviews: reviewsJasonV2(apps), ratings: ratingsFaultForJason(apps, { delay: { fixedDelay: Duration.seconds(7), percentage: 100 } }),
    })),
    '02-abort': bookinfoState((apps) => ({
      reviews: reviewsJasonV2(apps), ratings: ratingsFaultForJason(apps, { abort: { httpStatus: 500, percentage: 100 } }),
    })),
  }),

  /** Traffic shifting: every app on v1, then reviews 50/50 between v1 and v3, then every request to reviews v3. */
  'traffic-shifting': states({
    '01-all-v1': bookinfoState(() => ({})),
    '02-v1-v3-50': bookinfoState((apps) => ({
      reviews: [{ route: [{ host: apps.reviews.host, subset: 'v1', weight: 50 }, { host: apps.reviews.host, subset: 'v3', weight: 50 }] }],
    })),
    '03-all-v3': bookinfoState((apps) => ({ reviews: [toSubset(apps.reviews, 'v3')] })),
  }),

  /** TCP traffic shifting: the TCP connections through the ingress gateway's port 31400 to tcp-echo v1, then 20% to v2. */
  'tcp-traffic-shifting': states({
    '01-all-v1': tcpEchoState({ v1: 100 }),
    '02-v1-v2-80-20': tcpEchoState({ v1: 80, v2: 20 }),
  }),

  /** Request timeouts: reviews v2 calls ratings; ratings answers after 2s; then reviews gives up after 0.5s. */
  'request-timeouts': states({
    '01-reviews-v2': bookinfoState((apps) => ({ reviews: [toSubset(apps.reviews, 'v2')] })),
    '02-ratings-delay': bookinfoState((apps) => ({
      reviews: [toSubset(apps.reviews, 'v2')],
      ratings: [{ ...toSubset(apps.ratings, 'v1'), fault: { delay: { fixedDelay: Duration.seconds(2), percentage: 100 } } }],
    })),
    '03-reviews-timeout': bookinfoState((apps) => ({
      reviews: [{ ...toSubset(apps.reviews, 'v2'), timeout: Duration.millis(500) }],
      ratings: [{ ...toSubset(apps.ratings, 'v1'), fault: { delay: { fixedDelay: Duration.seconds(2), percentage: 100 } } }],
    })),
  }),

  /** Circuit breaking: one connection and one pending request to httpbin, and an endpoint ejected at its first 5xx. */
  'circuit-breaking': states({
    '01-circuit-breaker': (chart) => {
      const service = httpbin(chart);
      fortio(chart);
      new CircuitBreaker(chart, 'httpbin-breaker', {
        name: 'httpbin',
        host: service.host,
        limits: { maxConnections: 1, http1MaxPendingRequests: 1, maxRequestsPerConnection: 1 },
        ejection: { consecutive5xxErrors: 1, interval: Duration.seconds(1), baseEjectionTime: Duration.minutes(3), maxEjectionPercent: 100 },
      });
    },
  }),

  /** Mirroring: every request to httpbin v1, then copied to v2. */
  'mirroring': states({
    '01-all-v1': mirroringState(false),
    '02-mirror-v2': mirroringState(true),
  }),

  /** Locality failover: requests to helloworld leave region1 for region2 once region1's endpoints are ejected. */
  'locality-failover': states({
    '01-failover': (chart) => {
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
  }),

  /** Locality weighted distribution: requests from region1/zone1 go 70/20/10 to three localities. */
  'locality-distribute': states({
    '01-distribute': (chart) => {
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
  }),

  /**
   * Ingress control: httpbin's /status and /delay at httpbin.example.com on the ingress gateway's port 80; then, for a
   * browser that cannot send that Host, /headers at any host.
   */
  'ingress-control': states({
    '01-httpbin-gateway': (chart) => {
      const service = httpbin(chart);
      httpbinIngressRoutes(chart, service, new Gateway(chart, 'httpbin-gateway', { name: 'httpbin-gateway', servers: [{ port: 80, hosts: ['httpbin.example.com'] }] }));
    },
    '02-any-host': (chart) => {
      const service = httpbin(chart);
      const gateway = new Gateway(chart, 'httpbin-gateway', { name: 'httpbin-gateway', servers: [{ port: 80, hosts: ['*'] }], wildcardHostsIntended: true });
      new VirtualService(chart, 'httpbin-routes', {
        name: 'httpbin',
        hosts: ['*'],
        gateways: [gateway],
        http: [{ match: [{ uri: StringMatch.prefix('/headers') }], route: [{ host: service.host, port: 8000 }] }],
      });
    },
  }),

  /**
   * Secure ingress: httpbin.example.com with SIMPLE TLS, then helloworld.example.com beside it with a credential of
   * its own, then httpbin.example.com alone with client certificates (MUTUAL).
   */
  'secure-ingress': states({
    '01-single-host': (chart) => {
      const bin = httpbin(chart);
      httpbinIngressRoutes(chart, bin, new Gateway(chart, 'mygateway', { name: 'mygateway', servers: [httpbinTlsServer(GatewayTlsMode.SIMPLE, 'https')] }));
    },
    '02-multiple-hosts': (chart) => {
      const bin = httpbin(chart);
      const hello = helloworld(chart, ['v1']);
      const gateway = new Gateway(chart, 'mygateway', {
        name: 'mygateway',
        servers: [
          httpbinTlsServer(GatewayTlsMode.SIMPLE, 'https-httpbin'),
          { port: 443, protocol: GatewayProtocol.HTTPS, portName: 'https-helloworld', hosts: ['helloworld.example.com'], tls: { mode: GatewayTlsMode.SIMPLE, credentialName: 'helloworld-credential' } },
        ],
      });
      httpbinIngressRoutes(chart, bin, gateway);
      new VirtualService(chart, 'helloworld-routes', {
        name: 'helloworld',
        hosts: ['helloworld.example.com'],
        gateways: ['mygateway'],
        http: [{ match: [{ uri: StringMatch.exact('/hello') }], route: [{ host: hello.host, port: 5000 }] }],
      });
    },
    '03-mutual': (chart) => {
      const bin = httpbin(chart);
      httpbinIngressRoutes(chart, bin, new Gateway(chart, 'mygateway', { name: 'mygateway', servers: [httpbinTlsServer(GatewayTlsMode.MUTUAL, 'https')] }));
    },
  }),

  /** Ingress gateway without TLS termination: TLS to nginx.example.com passes through to nginx, which terminates it. */
  'ingress-sni-passthrough': states({
    '01-passthrough': (chart) => {
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
  }),

  /** Egress control: httpbin.org, then www.google.com in the registry, then a 3s timeout on calls to httpbin.org. */
  'egress-control': states({
    '01-httpbin-ext': (chart) => egressServiceEntries(chart, false),
    '02-google': (chart) => egressServiceEntries(chart, true),
    '03-httpbin-ext-timeout': (chart) => {
      egressServiceEntries(chart, true);
      new VirtualService(chart, 'httpbin-ext-routes', {
        name: 'httpbin-ext',
        hosts: ['httpbin.org'],
        http: [{ timeout: Duration.seconds(3), route: [{ host: 'httpbin.org', weight: 100 }] }],
      });
    },
  }),

  /**
   * Egress TLS origination: edition.cnn.com in the registry, then plain HTTP to it leaves the sidecar as HTTPS; then
   * the sidecar of curl opens mutual TLS to an NGINX server with the client certificate of a Secret (referenced, never
   * written).
   */
  'egress-tls-origination': states({
    '01-service-entry': (chart) => {
      curl(chart);
      new ServiceEntry(chart, 'edition-cnn-com', {
        name: 'edition-cnn-com',
        hosts: ['edition.cnn.com'],
        ports: [{ number: 80, name: 'http-port', protocol: 'HTTP' }, { number: 443, name: 'https-port', protocol: 'HTTPS' }],
      });
    },
    '02-tls-origination': (chart) => {
      curl(chart);
      const origination = new TlsOrigination(chart, 'edition-cnn-com', { name: 'edition-cnn-com', host: 'edition.cnn.com', httpPort: 80, tlsPort: 443 });
      // As in the task, the sidecar verifies edition.cnn.com with its system CAs, which istioctl warns about too.
      intend(origination.rule.apiObject, 'dr-port-tls-no-ca');
    },
    '03-mtls-origination': (chart) => {
      curl(chart);
      new TlsOrigination(chart, 'originate-mtls-for-nginx', {
        name: 'originate-mtls-for-nginx',
        host: NGINX_HOST,
        clientCredentialName: 'client-credential',
        workloadSelector: { app: 'curl' },
        loadBalancer: SimpleLoadBalancer.ROUND_ROBIN,
        sni: NGINX_HOST,
      });
    },
  }),

  /**
   * Egress gateway: edition.cnn.com in the registry, then HTTP to it leaves the mesh through the egress gateway; then
   * HTTPS the application opens, passed through the egress gateway by SNI.
   */
  'egress-gateway': states({
    '01-service-entry': (chart) => {
      curl(chart);
      cnnServiceEntry(chart, 'http-port');
    },
    '02-egress-gateway': (chart) => {
      curl(chart);
      cnnServiceEntry(chart, 'http-port');
      egressGatewayFor(chart, 'edition.cnn.com', 'cnn', 'http');
    },
    '03-http-through-egress-gateway': (chart) => {
      curl(chart);
      cnnServiceEntry(chart, 'http-port');
      new EgressGatewayRoute(chart, 'cnn-through-egress-gateway', { host: 'edition.cnn.com', subset: 'cnn', port: 80 });
    },
    '04-https-service-entry': (chart) => {
      cnnOverTls(chart, false);
    },
    '05-https-egress-gateway': (chart) => {
      cnnOverTls(chart, true);
    },
    '06-https-through-egress-gateway': (chart) => {
      const { gateway, rule } = cnnOverTls(chart, true)!;
      const sni = (through: string) => ({ gateways: [through], port: 443, sniHosts: ['edition.cnn.com'] });
      const routes = new VirtualService(chart, 'direct-cnn-through-egress-gateway', {
        name: 'direct-cnn-through-egress-gateway',
        hosts: ['edition.cnn.com'],
        gateways: ['mesh', gateway],
        tls: [
          { match: [sni('mesh')], route: [{ ...rule.destination('cnn'), port: 443 }] },
          { match: [sni(gateway.name)], route: [{ host: 'edition.cnn.com', port: 443, weight: 100 }] },
        ],
      });
      // The egress gateway's Service is installed with Istio, in istio-system.
      intend(routes.apiObject, 'destination-host-unknown');
    },
  }),

  /**
   * Egress gateway TLS origination: edition.cnn.com in the registry, then HTTP to it goes to the egress gateway, which
   * opens HTTPS; then HTTP to an NGINX server goes to the egress gateway over the mesh's mutual TLS, and the gateway
   * opens mutual TLS to the server with the client certificate of a Secret (referenced, never written).
   */
  'egress-gateway-tls-origination': states({
    '01-service-entry': (chart) => {
      curl(chart);
      cnnServiceEntry(chart, 'http');
    },
    '02-egress-gateway': (chart) => {
      curl(chart);
      cnnServiceEntry(chart, 'http');
      egressGatewayFor(chart, 'edition.cnn.com', 'cnn', 'http-port-for-tls-origination');
    },
    '03-tls-origination': (chart) => {
      curl(chart);
      cnnServiceEntry(chart, 'http');
      const route = new EgressGatewayRoute(chart, 'cnn-through-egress-gateway', {
        host: 'edition.cnn.com', subset: 'cnn', port: 80, serverPortName: 'http-port-for-tls-origination', originateTls: { port: 443, loadBalancer: SimpleLoadBalancer.ROUND_ROBIN },
      });
      // As in the task, the gateway verifies edition.cnn.com with its system CAs, which istioctl warns about too.
      if (route.originationRule) intend(route.originationRule.apiObject, 'dr-port-tls-no-ca');
    },
    '04-mtls-egress-gateway': (chart) => {
      curl(chart);
      mutualTlsEgressGateway(chart);
    },
    '05-mtls-origination': (chart) => {
      curl(chart);
      const { gateway, rule } = mutualTlsEgressGateway(chart);
      const routes = new VirtualService(chart, 'direct-nginx-through-egress-gateway', {
        name: 'direct-nginx-through-egress-gateway',
        hosts: [NGINX_HOST],
        gateways: [gateway, 'mesh'],
        http: [
          { match: [{ gateways: ['mesh'], port: 80 }], route: [{ ...rule.destination('nginx'), port: 443, weight: 100 }] },
          { match: [{ gateways: [gateway.name], port: 443 }], route: [{ host: NGINX_HOST, port: 443, weight: 100 }] },
        ],
      });
      // The egress gateway's Service is installed with Istio, and the NGINX server by the task's setup, outside the mesh.
      intend(routes.apiObject, 'destination-host-unknown');
      // The page applies the origination in the egress gateway's namespace, where the client-credential Secret is.
      const gatewayNamespace = new Chart(App.of(chart), `${chart.node.id}-istio-system`, { namespace: 'istio-system' });
      new DestinationRule(gatewayNamespace, 'originate-mtls-for-nginx', {
        name: 'originate-mtls-for-nginx',
        host: NGINX_HOST,
        trafficPolicy: {
          loadBalancer: { simple: SimpleLoadBalancer.ROUND_ROBIN },
          portLevelSettings: [{ port: 443, tls: { mode: TlsMode.MUTUAL, credentialName: 'client-credential', sni: NGINX_HOST } }],
        },
      });
    },
  }),

  /**
   * Wildcard egress hosts: TLS to any *.wikipedia.org host straight from the sidecar, then through the egress gateway,
   * passed through by SNI.
   */
  'wildcard-egress-hosts': states({
    '01-direct': (chart) => {
      curl(chart);
      // DNS cannot resolve a wildcard: the sidecar sends each connection to the address the application resolved.
      new ServiceEntry(chart, 'wikipedia', {
        name: 'wikipedia', hosts: ['*.wikipedia.org'], ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }], resolution: ServiceEntryResolution.NONE,
      });
    },
    '02-through-egress-gateway': (chart) => {
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
  }),

  /** Sticky sessions: requests with the same `user` cookie reach the same reviews pod. */
  'sticky-sessions': states({
    '01-consistent-hash': (chart) => {
      const apps = bookinfo(chart);
      new DestinationRule(chart, 'reviews-sticky', {
        host: apps.reviews.host,
        trafficPolicy: { loadBalancer: { consistentHash: { httpCookie: { name: 'user', ttl: Duration.seconds(0) } } } },
      });
    },
  }),

  /** Delegate routes: the ingress VirtualService hands /reviews to the reviews team's VirtualService. */
  'delegate-routes': states({
    '01-delegate': (chart) => {
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
  }),
};

/**
 * The folder names of the tasks, in the order of the Istio documentation.
 */
export const TASK_NAMES = Object.keys(TASKS);
