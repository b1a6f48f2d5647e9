import { INTENDED_FINDINGS_ANNOTATION } from '../../../lib';
import { GATEWAY_API_BAD_INPUTS, GATEWAY_API_FINE_INPUTS } from './gateway-api-inputs';
import { SECURITY_BAD_INPUTS, SECURITY_FINE_INPUTS } from './security-inputs';
import { TRAFFIC_BAD_INPUTS, TRAFFIC_FINE_INPUTS } from './traffic-policy-inputs';
import { BaselineMesh, MeshObject, REVIEWS_HOST, deployment, istioObject, reviews, splitRoute } from './fixtures';

/**
 * A mesh with one defect and every finding it must cause, as `level code field`. Read by the analysis tests and by
 * the differential test, which checks that the synth and `istio-traffic analyze` report the same findings.
 */
export interface BadInput {
  readonly defect: string;
  readonly change: (mesh: BaselineMesh) => void;
  readonly findings: string[];
}

/** A variation of the baseline mesh that looks suspicious but is valid. */
export interface FineInput {
  readonly variation: string;
  readonly change: (mesh: BaselineMesh) => void;
}

function addServer(mesh: BaselineMesh, server: any): void {
  mesh.gateway.spec.servers.push(server);
}

/** Sidecar `reviews` for the pods of reviews. */
function sidecar(spec: any): MeshObject {
  return istioObject('Sidecar', 'reviews', { workloadSelector: { labels: { app: 'reviews' } }, ...spec });
}

export const BAD_INPUTS: BadInput[] = [
  // VirtualService hosts and gateways
  {
    defect: 'a VirtualService without hosts',
    change: (mesh) => { mesh.routes.spec.hosts = []; },
    findings: ['warning vs-no-hosts spec.hosts'],
  },
  {
    defect: 'a host listed twice, short and fully qualified',
    change: (mesh) => { mesh.routes.spec.hosts = ['reviews', REVIEWS_HOST]; },
    findings: ['error vs-duplicate-host spec.hosts[1]'],
  },
  {
    defect: 'a wildcard host that covers a host listed before it',
    change: (mesh) => { mesh.gatewayRoutes.spec.hosts = ['app.example.com', '*.example.com']; },
    findings: ['error vs-duplicate-host spec.hosts[1]'],
  },
  {
    defect: 'a mesh VirtualService for every host (*)',
    change: (mesh) => { mesh.routes.spec.hosts = ['*']; },
    findings: ['error vs-mesh-wildcard-host spec.hosts[0]'],
  },
  {
    defect: 'a gateway reference by name to no Gateway',
    change: (mesh) => { mesh.gatewayRoutes.spec.gateways = ['private']; },
    findings: ['error vs-gateway-not-found spec.gateways[0]'],
  },
  {
    defect: 'a gateway reference as namespace/name to a namespace without the Gateway',
    change: (mesh) => { mesh.gatewayRoutes.spec.gateways = ['istio-system/public']; },
    findings: ['error vs-gateway-not-found spec.gateways[0]'],
  },
  {
    defect: 'a gateway-bound host that no server of the Gateway serves',
    change: (mesh) => { mesh.gatewayRoutes.spec.hosts = ['shop.example.org']; },
    findings: ['error vs-gateway-host-mismatch spec.gateways[0]'],
  },
  {
    defect: 'a second mesh VirtualService for the same host',
    change: (mesh) => {
      mesh.extra.push(istioObject('VirtualService', 'reviews-canary', { hosts: [REVIEWS_HOST], http: [{ route: [{ destination: reviews() }] }] }));
    },
    findings: ['error vs-mesh-host-conflict spec.hosts[0]'],
  },
  {
    defect: 'a VirtualService without routes',
    change: (mesh) => { mesh.routes.spec.http = []; },
    findings: ['error vs-no-routes spec.http'],
  },
  // destinations
  {
    defect: 'a destination host that is neither a Service nor a ServiceEntry host',
    change: (mesh) => { mesh.gatewayRoutes.spec.http[0].route[0].destination = { host: 'ratings', port: { number: 9080 } }; },
    findings: ['warning destination-host-unknown spec.http[0].route[0].destination.host'],
  },
  {
    defect: 'a gateway route to the whole Service that the mesh splits by subset',
    change: (mesh) => { delete mesh.gatewayRoutes.spec.http[0].route[0].destination.subset; },
    findings: ['warning route-bypasses-subsets spec.http[0].route[0].destination.host'],
  },
  {
    defect: 'a route to a subset no DestinationRule defines',
    change: (mesh) => { mesh.routes.spec.http[0].route[0].destination.subset = 'v3'; },
    findings: ['error destination-subset-undefined spec.http[0].route[0].destination.subset'],
  },
  {
    defect: 'a mirror to a subset no DestinationRule defines',
    change: (mesh) => { splitRoute(mesh).mirror = reviews('v3'); },
    findings: ['error destination-subset-undefined spec.http[1].mirror.subset'],
  },
  {
    defect: 'a mirrors entry to a subset no DestinationRule defines',
    change: (mesh) => { splitRoute(mesh).mirrors = [{ destination: reviews('v3'), percentage: { value: 10 } }]; },
    findings: ['error destination-subset-undefined spec.http[1].mirrors[0].destination.subset'],
  },
  {
    defect: 'a destination without port, of a Service with two ports',
    change: (mesh) => { delete mesh.gatewayRoutes.spec.http[0].route[0].destination.port; },
    findings: ['error destination-port-missing spec.http[0].route[0].destination.port'],
  },
  {
    defect: 'a destination port the Service does not have',
    change: (mesh) => { mesh.gatewayRoutes.spec.http[0].route[0].destination.port = { number: 8080 }; },
    findings: ['error destination-port-unknown spec.http[0].route[0].destination.port.number'],
  },
  // route values
  {
    defect: 'a route that both forwards and redirects',
    change: (mesh) => { mesh.gatewayRoutes.spec.http[0].redirect = { uri: '/reviews' }; },
    findings: ['error route-action-conflict spec.http[0]'],
  },
  {
    defect: 'a route that neither forwards, redirects nor responds',
    change: (mesh) => { mesh.gatewayRoutes.spec.http[0] = { timeout: '5s' }; },
    findings: ['error route-no-action spec.http[0].route'],
  },
  {
    defect: 'a route with both mirror and mirrors',
    change: (mesh) => {
      splitRoute(mesh).mirror = reviews('v2');
      splitRoute(mesh).mirrors = [{ destination: reviews('v2'), percentage: { value: 10 } }];
    },
    findings: ['error mirror-conflict spec.http[1]'],
  },
  {
    defect: 'a negative weight',
    change: (mesh) => { splitRoute(mesh).route[1].weight = -10; },
    findings: ['error weight-negative spec.http[1].route[1].weight', 'warning weights-not-100 spec.http[1].route'],
  },
  {
    defect: 'a split whose weights are all 0',
    change: (mesh) => { splitRoute(mesh).route.forEach((destination: any) => { destination.weight = 0; }); },
    findings: ['error weights-all-zero spec.http[1].route'],
  },
  {
    defect: 'a mirrorPercentage above 100',
    change: (mesh) => {
      splitRoute(mesh).mirror = reviews('v2');
      splitRoute(mesh).mirrorPercentage = { value: 150 };
    },
    findings: ['error percentage-range spec.http[1].mirrorPercentage.value'],
  },
  {
    defect: 'a negative mirrors[].percentage',
    change: (mesh) => { splitRoute(mesh).mirrors = [{ destination: reviews('v2'), percentage: { value: -1 } }]; },
    findings: ['error percentage-range spec.http[1].mirrors[0].percentage.value'],
  },
  {
    defect: 'a fault delay percentage above 100',
    change: (mesh) => { splitRoute(mesh).fault = { delay: { fixedDelay: '1s', percentage: { value: 101 } } }; },
    findings: ['error percentage-range spec.http[1].fault.delay.percentage.value'],
  },
  {
    defect: 'a fault abort percentage above 100',
    change: (mesh) => { splitRoute(mesh).fault = { abort: { httpStatus: 503, percentage: { value: 200 } } }; },
    findings: ['error percentage-range spec.http[1].fault.abort.percentage.value'],
  },
  {
    defect: 'a timeout that is not a duration',
    change: (mesh) => { splitRoute(mesh).timeout = '5 seconds'; },
    findings: ['error duration-invalid spec.http[1].timeout'],
  },
  {
    defect: 'a timeout of 0.5ms',
    change: (mesh) => { splitRoute(mesh).timeout = '0.5ms'; },
    findings: ['error duration-too-short spec.http[1].timeout'],
  },
  {
    defect: 'a perTryTimeout of 0.5ms',
    change: (mesh) => { splitRoute(mesh).retries.perTryTimeout = '0.5ms'; },
    findings: ['error duration-too-short spec.http[1].retries.perTryTimeout'],
  },
  {
    defect: 'a fault fixedDelay of 0.5ms',
    change: (mesh) => { splitRoute(mesh).fault = { delay: { fixedDelay: '0.5ms', percentage: { value: 10 } } }; },
    findings: ['error duration-too-short spec.http[1].fault.delay.fixedDelay'],
  },
  {
    defect: 'a directResponse status above 599',
    change: (mesh) => { mesh.gatewayRoutes.spec.http[0] = { directResponse: { status: 700 } }; },
    findings: ['error status-range spec.http[0].directResponse.status'],
  },
  {
    defect: 'a fault abort status below 200',
    change: (mesh) => { splitRoute(mesh).fault = { abort: { httpStatus: 99, percentage: { value: 10 } } }; },
    findings: ['error status-range spec.http[1].fault.abort.httpStatus'],
  },
  {
    defect: 'retries without attempts',
    change: (mesh) => { splitRoute(mesh).retries = { perTryTimeout: '2s' }; },
    findings: ['error retries-without-attempts spec.http[1].retries.attempts'],
  },
  {
    defect: 'a uri regex with a lookahead',
    change: (mesh) => { mesh.routes.spec.http[0].match = [{ uri: { regex: '/v2(?=/admin)' } }]; },
    findings: ['error regex-invalid spec.http[0].match[0].uri.regex'],
  },
  {
    defect: 'a uri regex with a backreference',
    change: (mesh) => { mesh.routes.spec.http[0].match = [{ uri: { regex: '/(v2)/\\1' } }]; },
    findings: ['error regex-invalid spec.http[0].match[0].uri.regex'],
  },
  {
    defect: 'a uri regex that does not compile',
    change: (mesh) => { mesh.routes.spec.http[0].match = [{ uri: { regex: '/(v2' } }]; },
    findings: ['error regex-invalid spec.http[0].match[0].uri.regex'],
  },
  {
    defect: 'a header regex with a negative lookahead',
    change: (mesh) => { mesh.routes.spec.http[0].match = [{ headers: { 'user-agent': { regex: '(?!.*Firefox).*' } } }]; },
    findings: ['error regex-invalid spec.http[0].match[0].headers.user-agent.regex'],
  },
  {
    defect: 'a weight that is not a whole number',
    change: (mesh) => { splitRoute(mesh).route[1].weight = 10.5; },
    findings: ['error weight-invalid spec.http[1].route[1].weight', 'warning weights-not-100 spec.http[1].route'],
  },
  {
    defect: 'a split with a destination without weight',
    change: (mesh) => { delete splitRoute(mesh).route[1].weight; },
    findings: ['warning weight-missing spec.http[1].route'],
  },
  {
    defect: 'a split whose weights add up to 110',
    change: (mesh) => { splitRoute(mesh).route[1].weight = 20; },
    findings: ['warning weights-not-100 spec.http[1].route'],
  },
  {
    defect: 'retries with a negative number of attempts',
    change: (mesh) => { splitRoute(mesh).retries.attempts = -1; },
    findings: ['error retries-attempts-invalid spec.http[1].retries.attempts'],
  },
  {
    defect: 'a retry condition Envoy does not know',
    change: (mesh) => { splitRoute(mesh).retries.retryOn = '5xx,connect-failures'; },
    findings: ['error retries-condition-unknown spec.http[1].retries.retryOn'],
  },
  {
    defect: 'a fault with neither delay nor abort',
    change: (mesh) => { splitRoute(mesh).fault = {}; },
    findings: ['error fault-empty spec.http[1].fault'],
  },
  {
    defect: 'a redirect with status 200',
    change: (mesh) => { mesh.gatewayRoutes.spec.http[0] = { redirect: { uri: '/reviews', redirectCode: 200 } }; },
    findings: ['error redirect-code-invalid spec.http[0].redirect.redirectCode'],
  },
  {
    defect: 'a redirect to the same place',
    change: (mesh) => { mesh.gatewayRoutes.spec.http[0] = { redirect: { redirectCode: 301 } }; },
    findings: ['error redirect-empty spec.http[0].redirect'],
  },
  {
    defect: 'a header match with an upper-case name',
    change: (mesh) => { mesh.routes.spec.http[0].match = [{ headers: { 'X-Canary': { exact: 'true' } } }]; },
    findings: ['warning header-name-case spec.http[0].match[0].headers.X-Canary'],
  },
  // route order
  {
    defect: 'a route after the catch-all',
    change: (mesh) => { mesh.routes.spec.http.reverse(); },
    findings: ['info route-unreachable spec.http[1].match[0]'],
  },
  {
    defect: 'a match that an earlier match already takes',
    change: (mesh) => {
      mesh.routes.spec.http.splice(1, 0, { match: [{ uri: { prefix: '/v2/ratings' } }], route: [{ destination: reviews('v1') }] });
    },
    findings: ['info match-duplicate spec.http[1].match[0]'],
  },
  // DestinationRule
  {
    defect: 'a DestinationRule without host',
    change: (mesh) => { mesh.extra.push(istioObject('DestinationRule', 'orphan', { subsets: [] })); },
    findings: ['error dr-no-host spec.host'],
  },
  {
    defect: 'a second DestinationRule for the same host',
    change: (mesh) => { mesh.extra.push(istioObject('DestinationRule', 'reviews-tls', { host: REVIEWS_HOST, trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' } } })); },
    findings: ['warning dr-host-conflict spec.host'],
  },
  {
    defect: 'an empty trafficPolicy',
    change: (mesh) => { mesh.destinationRule.spec.trafficPolicy = {}; },
    findings: ['error dr-empty-policy spec.trafficPolicy'],
  },
  {
    defect: 'an empty tls policy',
    change: (mesh) => { mesh.destinationRule.spec.trafficPolicy = { tls: {} }; },
    findings: ['warning dr-tls-disabled spec.trafficPolicy.tls'],
  },
  {
    defect: 'an empty subset trafficPolicy',
    change: (mesh) => { mesh.destinationRule.spec.subsets[1].trafficPolicy = {}; },
    findings: ['error dr-empty-policy spec.subsets[1].trafficPolicy'],
  },
  {
    defect: 'a subset name in upper case',
    change: (mesh) => { mesh.destinationRule.spec.subsets.push({ name: 'V2', labels: { version: 'v2' } }); },
    findings: ['error dr-subset-name-invalid spec.subsets[2].name'],
  },
  {
    defect: 'a subset defined twice',
    change: (mesh) => { mesh.destinationRule.spec.subsets.push({ name: 'v2', labels: { version: 'v2' } }); },
    findings: ['error dr-subset-duplicate spec.subsets[2].name'],
  },
  {
    defect: 'a subset that selects none of the pods of its host',
    change: (mesh) => { mesh.destinationRule.spec.subsets.push({ name: 'v3', labels: { version: 'v3' } }); },
    findings: ['warning dr-subset-without-pods spec.subsets[2].labels'],
  },
  {
    defect: 'MUTUAL TLS to the host without a client certificate',
    change: (mesh) => { mesh.destinationRule.spec.trafficPolicy = { tls: { mode: 'MUTUAL', caCertificates: '/etc/certs/ca.pem' } }; },
    findings: ['error dr-tls-credential-missing spec.trafficPolicy.tls.credentialName'],
  },
  // Gateway
  {
    defect: 'a Gateway without servers',
    change: (mesh) => { mesh.extra.push(istioObject('Gateway', 'internal', { selector: { istio: 'ingressgateway' }, servers: [] })); },
    findings: ['error gw-no-servers spec.servers'],
  },
  {
    defect: 'two servers with the same port name',
    change: (mesh) => addServer(mesh, { port: { number: 8080, name: 'http', protocol: 'HTTP' }, hosts: ['app.example.com'] }),
    findings: ['error gw-port-name-duplicate spec.servers[1].port.name'],
  },
  {
    defect: 'an HTTPS server without tls',
    change: (mesh) => addServer(mesh, { port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['app.example.com'] }),
    findings: ['error gw-tls-missing spec.servers[1].tls'],
  },
  {
    defect: 'SIMPLE TLS without a certificate',
    change: (mesh) => addServer(mesh, { port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['app.example.com'], tls: { mode: 'SIMPLE' } }),
    findings: ['error gw-credential-missing spec.servers[1].tls.credentialName'],
  },
  {
    defect: 'a server host that is not a host name',
    change: (mesh) => { mesh.gateway.spec.servers[0].hosts.push('App_Example.com'); },
    findings: ['error gw-host-invalid spec.servers[0].hosts[1]'],
  },
  {
    defect: 'a server host * without the intended-findings annotation',
    change: (mesh) => { mesh.gateway.spec.servers[0].hosts.push('*'); },
    findings: ['warning gw-wildcard-host spec.servers[0].hosts[1]'],
  },
  {
    defect: 'a server host ns/* without the intended-findings annotation',
    change: (mesh) => { mesh.gateway.spec.servers[0].hosts.push('shop/*'); },
    findings: ['warning gw-wildcard-host spec.servers[0].hosts[1]'],
  },
  {
    defect: 'a server without hosts',
    change: (mesh) => addServer(mesh, { port: { number: 8080, name: 'http-alt', protocol: 'HTTP' }, hosts: [] }),
    findings: ['error gw-server-no-hosts spec.servers[1].hosts'],
  },
  {
    defect: 'an HTTPS redirect on an HTTPS server',
    change: (mesh) => addServer(mesh, {
      port: { number: 443, name: 'https', protocol: 'HTTPS' },
      hosts: ['app.example.com'],
      tls: { mode: 'SIMPLE', credentialName: 'app-example-com', httpsRedirect: true },
    }),
    findings: ['warning gw-https-redirect-protocol spec.servers[1].tls.httpsRedirect'],
  },
  // ServiceEntry
  {
    defect: 'a ServiceEntry for every host (*)',
    change: (mesh) => { mesh.serviceEntry.spec.hosts.push('*'); },
    findings: ['error se-wildcard-host spec.hosts[1]', 'error se-dns-wildcard spec.hosts[1]'],
  },
  {
    defect: 'a ServiceEntry port number declared twice',
    change: (mesh) => { mesh.serviceEntry.spec.ports.push({ number: 443, name: 'tls', protocol: 'TLS' }); },
    findings: ['error se-port-duplicate spec.ports[1].number'],
  },
  {
    defect: 'a ServiceEntry port name used twice',
    change: (mesh) => { mesh.serviceEntry.spec.ports.push({ number: 8443, name: 'https', protocol: 'HTTPS' }); },
    findings: ['error se-port-duplicate spec.ports[1].name'],
  },
  {
    defect: 'a wildcard ServiceEntry host with DNS resolution and no endpoints',
    change: (mesh) => { mesh.serviceEntry.spec.hosts = ['*.external.com']; },
    findings: ['error se-dns-wildcard spec.hosts[0]'],
  },
  {
    defect: 'a ServiceEntry with both workloadSelector and endpoints',
    change: (mesh) => {
      mesh.serviceEntry.spec.workloadSelector = { labels: { app: 'legacy' } };
      mesh.serviceEntry.spec.endpoints = [{ address: '10.0.0.7' }];
    },
    findings: ['error se-selector-endpoints spec.workloadSelector'],
  },
  {
    defect: 'a ServiceEntry without hosts',
    change: (mesh) => { mesh.serviceEntry.spec.hosts = []; },
    findings: ['error se-no-hosts spec.hosts'],
  },
  {
    defect: 'a ServiceEntry without ports or workloadSelector',
    change: (mesh) => { mesh.serviceEntry.spec.ports = []; },
    findings: ['error se-no-ports spec.ports'],
  },
  // Sidecar
  {
    defect: 'a Sidecar egress listener without hosts',
    change: (mesh) => { mesh.extra.push(sidecar({ egress: [{ hosts: [] }] })); },
    findings: ['error sidecar-egress-no-hosts spec.egress[0].hosts'],
  },
  {
    defect: 'a Sidecar egress host without namespace',
    change: (mesh) => { mesh.extra.push(sidecar({ egress: [{ hosts: ['./*', 'api.external.com'] }] })); },
    findings: ['error sidecar-egress-host-invalid spec.egress[0].hosts[1]'],
  },
  {
    defect: 'a Sidecar ingress listener whose default endpoint is another host',
    change: (mesh) => {
      mesh.extra.push(sidecar({ ingress: [{ port: { number: 9080, name: 'http', protocol: 'HTTP' }, defaultEndpoint: '10.0.0.7:9080' }] }));
    },
    findings: ['error sidecar-endpoint-invalid spec.ingress[0].defaultEndpoint'],
  },
  // Kubernetes objects
  {
    defect: 'an object without name',
    change: (mesh) => { delete mesh.serviceEntry.metadata.name; },
    findings: ['error name-missing metadata.name'],
  },
  {
    defect: 'a Service name starting with a digit',
    change: (mesh) => {
      mesh.extra.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: '2reviews', namespace: 'default' }, spec: { selector: { app: 'reviews' }, ports: [{ name: 'http', port: 80 }] } });
    },
    findings: ['error name-invalid metadata.name'],
  },
  {
    defect: 'a ServiceEntry name in upper case',
    change: (mesh) => { mesh.serviceEntry.metadata.name = 'External-API'; },
    findings: ['error name-invalid metadata.name'],
  },
  {
    defect: 'a Deployment selecting a label its pods do not carry',
    change: (mesh) => { mesh.v2.spec.selector.matchLabels.track = 'canary'; },
    findings: ['error workload-selector-mismatch spec.selector.matchLabels.track'],
  },
  {
    defect: 'pods without version label',
    change: (mesh) => { mesh.extra.push(deployment('worker', { app: 'worker' })); },
    findings: ['warning pod-label-missing spec.template.metadata.labels'],
  },
  {
    defect: 'a Service selecting no pods',
    change: (mesh) => { mesh.service.spec.selector = { app: 'review' }; },
    findings: ['warning service-selects-nothing spec.selector'],
  },
  {
    defect: 'a Service port name Istio takes no protocol from',
    change: (mesh) => { mesh.service.spec.ports[1].name = 'metrics'; },
    findings: ['warning service-port-protocol spec.ports[1].name'],
  },
  {
    defect: 'a Namespace without sidecar injection',
    change: (mesh) => { mesh.extra.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } }); },
    findings: ['info namespace-injection-disabled metadata.labels'],
  },
  {
    defect: 'an object defined twice',
    change: (mesh) => { mesh.extra.push(structuredClone(mesh.serviceEntry)); },
    findings: ['error duplicate-object metadata.name'],
  },
  {
    defect: 'a label value with a space',
    change: (mesh) => { mesh.service.metadata.labels = { app: 'reviews', team: 'book info' }; },
    findings: ['error label-value-invalid metadata.labels.team'],
  },
  {
    defect: 'a negative number of replicas',
    change: (mesh) => { mesh.v2.spec.replicas = -1; },
    findings: ['error replicas-invalid spec.replicas'],
  },
  {
    defect: 'a Service port above 65535',
    change: (mesh) => { mesh.service.spec.ports[1].port = 70000; },
    findings: ['error port-invalid spec.ports[1].port'],
  },
  // input a rule does not expect
  {
    defect: 'a gateway reference that is a number',
    change: (mesh) => { mesh.gatewayRoutes.spec.gateways = [80]; },
    findings: ['error vs-gateway-name-invalid spec.gateways[0]'],
  },
  ...GATEWAY_API_BAD_INPUTS,
  ...SECURITY_BAD_INPUTS,
  ...TRAFFIC_BAD_INPUTS,
];

/** Variations of the baseline that look suspicious but are valid. */
export const FINE_INPUTS: FineInput[] = [
  { variation: 'a gateway-bound VirtualService that also applies to the mesh', change: (mesh) => { mesh.gatewayRoutes.spec.gateways = ['public', 'mesh']; } },
  { variation: 'a gateway reference as namespace/name', change: (mesh) => { mesh.gatewayRoutes.spec.gateways = ['default/public']; } },
  { variation: 'a *.example.com server serving app.example.com', change: (mesh) => { mesh.gateway.spec.servers[0].hosts = ['*.example.com']; } },
  { variation: 'a destination that is a ServiceEntry host', change: (mesh) => { mesh.gatewayRoutes.spec.http[0].route[0].destination = { host: 'api.external.com' }; } },
  {
    variation: 'a destination covered by a *.domain ServiceEntry host',
    change: (mesh) => {
      mesh.serviceEntry.spec.hosts = ['*.external.com'];
      mesh.serviceEntry.spec.resolution = 'NONE';
      mesh.gatewayRoutes.spec.http[0].route[0].destination = { host: 'api.external.com' };
    },
  },
  { variation: 'a Sidecar limiting egress to its namespace and istio-system', change: (mesh) => { mesh.extra.push(sidecar({ egress: [{ hosts: ['./*', 'istio-system/*'] }] })); } },
  {
    variation: 'a Sidecar ingress listener with a unix socket endpoint on port 0',
    change: (mesh) => { mesh.extra.push(sidecar({ ingress: [{ port: { number: 0, name: 'http', protocol: 'HTTP' }, defaultEndpoint: 'unix:///var/run/app.sock' }] })); },
  },
  { variation: 'a timeout of 1ms', change: (mesh) => { splitRoute(mesh).timeout = '1ms'; } },
  { variation: 'a timeout of 1m30s', change: (mesh) => { splitRoute(mesh).timeout = '1m30s'; } },
  { variation: 'a fault fixedDelay of 1ms', change: (mesh) => { splitRoute(mesh).fault = { delay: { fixedDelay: '1ms', percentage: { value: 100 } } }; } },
  { variation: 'a port named http-web', change: (mesh) => { mesh.service.spec.ports[1].name = 'http-web'; } },
  { variation: 'a port name without protocol, with appProtocol', change: (mesh) => { mesh.service.spec.ports[1] = { name: 'metrics', appProtocol: 'http', port: 9100 }; } },
  { variation: 'a Namespace labelled istio-injection=enabled', change: (mesh) => { mesh.extra.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default', labels: { 'istio-injection': 'enabled' } } }); } },
  { variation: 'a Namespace labelled istio.io/rev', change: (mesh) => { mesh.extra.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default', labels: { 'istio.io/rev': 'stable' } } }); } },
  {
    variation: 'a server host * marked intended',
    change: (mesh) => {
      mesh.gateway.spec.servers[0].hosts.push('*');
      mesh.gateway.metadata.annotations = { [INTENDED_FINDINGS_ANNOTATION]: 'dr-empty-policy, gw-wildcard-host' };
    },
  },
  ...GATEWAY_API_FINE_INPUTS,
  ...SECURITY_FINE_INPUTS,
  ...TRAFFIC_FINE_INPUTS,
];
