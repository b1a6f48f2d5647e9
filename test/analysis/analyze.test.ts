import * as fs from 'node:fs';
import * as path from 'node:path';
import { FindingLevel, INTENDED_FINDINGS_ANNOTATION, analyzeManifests, formatFinding } from '../../lib';
import { BaselineMesh, MeshObject, REVIEWS_HOST, baselineMesh, deployment, meshWith, objectsOf, reviews, sourced, summarize } from './support/fixtures';

const ANALYSIS_DIR = path.resolve(__dirname, '..', '..', 'lib', 'analysis');

/** A mesh with one defect and every finding it must cause, as `level code field`. */
interface BadInput {
  readonly defect: string;
  readonly change: (mesh: BaselineMesh) => void;
  readonly findings: string[];
}

/** The second HTTP route of the mesh VirtualService: the weighted split with timeout and retries. */
function split(mesh: BaselineMesh): any {
  return mesh.routes.spec.http[1];
}

function istio(kind: string, name: string, spec: any, namespace = 'default'): MeshObject {
  return { apiVersion: 'networking.istio.io/v1', kind, metadata: { name, namespace }, spec };
}

function addServer(mesh: BaselineMesh, server: any): void {
  mesh.gateway.spec.servers.push(server);
}

const BAD_INPUTS: BadInput[] = [
  // VirtualService hosts and gateways
  {
    defect: 'a VirtualService without hosts',
    change: (mesh) => { mesh.routes.spec.hosts = []; },
    findings: ['error vs-no-hosts spec.hosts'],
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
      mesh.extra.push(istio('VirtualService', 'reviews-canary', { hosts: [REVIEWS_HOST], http: [{ route: [{ destination: reviews() }] }] }));
    },
    findings: ['error vs-mesh-host-conflict spec.hosts[0]'],
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
    change: (mesh) => { split(mesh).mirror = reviews('v3'); },
    findings: ['error destination-subset-undefined spec.http[1].mirror.subset'],
  },
  {
    defect: 'a mirrors entry to a subset no DestinationRule defines',
    change: (mesh) => { split(mesh).mirrors = [{ destination: reviews('v3'), percentage: { value: 10 } }]; },
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
    findings: ['error route-no-action spec.http[0]'],
  },
  {
    defect: 'a route with both mirror and mirrors',
    change: (mesh) => {
      split(mesh).mirror = reviews('v2');
      split(mesh).mirrors = [{ destination: reviews('v2'), percentage: { value: 10 } }];
    },
    findings: ['error mirror-conflict spec.http[1]'],
  },
  {
    defect: 'a negative weight',
    change: (mesh) => { split(mesh).route[1].weight = -10; },
    findings: ['error weight-negative spec.http[1].route[1].weight'],
  },
  {
    defect: 'a split whose weights are all 0',
    change: (mesh) => { split(mesh).route.forEach((destination: any) => { destination.weight = 0; }); },
    findings: ['error weights-all-zero spec.http[1].route'],
  },
  {
    defect: 'a mirrorPercentage above 100',
    change: (mesh) => {
      split(mesh).mirror = reviews('v2');
      split(mesh).mirrorPercentage = { value: 150 };
    },
    findings: ['error percentage-range spec.http[1].mirrorPercentage.value'],
  },
  {
    defect: 'a negative mirrors[].percentage',
    change: (mesh) => { split(mesh).mirrors = [{ destination: reviews('v2'), percentage: { value: -1 } }]; },
    findings: ['error percentage-range spec.http[1].mirrors[0].percentage.value'],
  },
  {
    defect: 'a fault delay percentage above 100',
    change: (mesh) => { split(mesh).fault = { delay: { fixedDelay: '1s', percentage: { value: 101 } } }; },
    findings: ['error percentage-range spec.http[1].fault.delay.percentage.value'],
  },
  {
    defect: 'a fault abort percentage above 100',
    change: (mesh) => { split(mesh).fault = { abort: { httpStatus: 503, percentage: { value: 200 } } }; },
    findings: ['error percentage-range spec.http[1].fault.abort.percentage.value'],
  },
  {
    defect: 'a timeout that is not a duration',
    change: (mesh) => { split(mesh).timeout = '5 seconds'; },
    findings: ['error duration-invalid spec.http[1].timeout'],
  },
  {
    defect: 'a timeout of 0.5ms',
    change: (mesh) => { split(mesh).timeout = '0.5ms'; },
    findings: ['error duration-too-short spec.http[1].timeout'],
  },
  {
    defect: 'a perTryTimeout of 0.5ms',
    change: (mesh) => { split(mesh).retries.perTryTimeout = '0.5ms'; },
    findings: ['error duration-too-short spec.http[1].retries.perTryTimeout'],
  },
  {
    defect: 'a fault fixedDelay of 0.5ms',
    change: (mesh) => { split(mesh).fault = { delay: { fixedDelay: '0.5ms', percentage: { value: 10 } } }; },
    findings: ['error duration-too-short spec.http[1].fault.delay.fixedDelay'],
  },
  {
    defect: 'a directResponse status above 599',
    change: (mesh) => { mesh.gatewayRoutes.spec.http[0] = { directResponse: { status: 700 } }; },
    findings: ['error status-range spec.http[0].directResponse.status'],
  },
  {
    defect: 'a fault abort status below 200',
    change: (mesh) => { split(mesh).fault = { abort: { httpStatus: 99, percentage: { value: 10 } } }; },
    findings: ['error status-range spec.http[1].fault.abort.httpStatus'],
  },
  {
    defect: 'retries without attempts',
    change: (mesh) => { split(mesh).retries = { perTryTimeout: '2s' }; },
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
  // route order
  {
    defect: 'a route after the catch-all',
    change: (mesh) => { mesh.routes.spec.http.reverse(); },
    findings: ['error route-unreachable spec.http[1].match[0]'],
  },
  {
    defect: 'a match that an earlier match already takes',
    change: (mesh) => {
      mesh.routes.spec.http.splice(1, 0, { match: [{ uri: { prefix: '/v2/ratings' } }], route: [{ destination: reviews('v1') }] });
    },
    findings: ['error match-duplicate spec.http[1].match[0]'],
  },
  // DestinationRule
  {
    defect: 'a DestinationRule without host',
    change: (mesh) => { mesh.extra.push(istio('DestinationRule', 'orphan', { subsets: [] })); },
    findings: ['error dr-no-host spec.host'],
  },
  {
    defect: 'a second DestinationRule for the same host',
    change: (mesh) => { mesh.extra.push(istio('DestinationRule', 'reviews-tls', { host: REVIEWS_HOST, trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' } } })); },
    findings: ['warning dr-host-conflict spec.host'],
  },
  {
    defect: 'an empty trafficPolicy',
    change: (mesh) => { mesh.destinationRule.spec.trafficPolicy = {}; },
    findings: ['warning dr-empty-policy spec.trafficPolicy'],
  },
  {
    defect: 'an empty tls policy',
    change: (mesh) => { mesh.destinationRule.spec.trafficPolicy = { tls: {} }; },
    findings: ['warning dr-empty-policy spec.trafficPolicy.tls'],
  },
  {
    defect: 'an empty subset trafficPolicy',
    change: (mesh) => { mesh.destinationRule.spec.subsets[1].trafficPolicy = {}; },
    findings: ['warning dr-empty-policy spec.subsets[1].trafficPolicy'],
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
  // Gateway
  {
    defect: 'a Gateway without servers',
    change: (mesh) => { mesh.extra.push(istio('Gateway', 'internal', { selector: { istio: 'ingressgateway' }, servers: [] })); },
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
];

/** Variations of the baseline that look suspicious but are valid. */
const FINE_INPUTS: Array<{ readonly variation: string; readonly change: (mesh: BaselineMesh) => void }> = [
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
  { variation: 'a timeout of 1ms', change: (mesh) => { split(mesh).timeout = '1ms'; } },
  { variation: 'a timeout of 1m30s', change: (mesh) => { split(mesh).timeout = '1m30s'; } },
  { variation: 'a fault fixedDelay of 1ms', change: (mesh) => { split(mesh).fault = { delay: { fixedDelay: '1ms', percentage: { value: 100 } } }; } },
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
];

describe('analyzeManifests', () => {
  test('finds nothing in the baseline mesh', () => {
    // GIVEN
    const objects = sourced(objectsOf(baselineMesh()));

    // WHEN
    const findings = analyzeManifests(objects);

    // THEN
    expect(findings).toEqual([]);
    expect(objects.map(({ manifest }) => `${manifest.kind}/${manifest.metadata.name}`)).toEqual([
      'Service/reviews', 'Deployment/reviews-v1', 'Deployment/reviews-v2', 'DestinationRule/reviews', 'VirtualService/reviews',
      'Gateway/public', 'VirtualService/app', 'ServiceEntry/external-api',
    ]);
  });

  test('the table of bad inputs covers every rule code of the mesh rules', () => {
    // GIVEN
    const ruleFiles = fs.readdirSync(ANALYSIS_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('-rules.ts') || file === 'analyze.ts');
    const ruleCodes = new Set(ruleFiles.flatMap((file) => [...fs.readFileSync(path.join(ANALYSIS_DIR, file), 'utf8')
      .matchAll(/\bf\.(?:error|warning|info)\('([a-z0-9-]+)'/g)].map((match) => match[1])));

    // WHEN
    const covered = new Set(BAD_INPUTS.flatMap(({ findings }) => findings.map((finding) => finding.split(' ')[1])));

    // THEN
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(50);
    expect(ruleCodes.size).toBeGreaterThanOrEqual(47);
    expect([...covered].sort()).toEqual([...ruleCodes].sort());
  });

  test.each(BAD_INPUTS)('reports $defect', ({ change, findings }) => {
    // GIVEN
    const objects = meshWith(change);

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(summarize(found)).toEqual(findings);
  });

  test.each(FINE_INPUTS)('accepts $variation', ({ change }) => {
    // GIVEN
    const objects = meshWith(change);

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(found).toEqual([]);
  });

  test('does not report subsets without pods when the host has no workload at all', () => {
    // GIVEN
    const objects = meshWith((mesh) => { mesh.omitted.push(mesh.v1, mesh.v2); });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(summarize(found)).toEqual(['warning service-selects-nothing spec.selector']);
  });

  test('an error cannot be waived by the intended-findings annotation', () => {
    // GIVEN
    const objects = meshWith((mesh) => {
      mesh.routes.spec.hosts = [];
      mesh.routes.metadata.annotations = { [INTENDED_FINDINGS_ANNOTATION]: 'vs-no-hosts' };
    });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(summarize(found)).toEqual(['error vs-no-hosts spec.hosts']);
  });

  test('a warning not listed in the intended-findings annotation is still reported', () => {
    // GIVEN
    const objects = meshWith((mesh) => {
      mesh.gateway.spec.servers[0].hosts.push('*');
      mesh.gateway.metadata.annotations = { [INTENDED_FINDINGS_ANNOTATION]: 'gw-host-invalid' };
    });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(summarize(found)).toEqual(['warning gw-wildcard-host spec.servers[0].hosts[1]']);
  });

  test('qualifies short host names with the namespace of the VirtualService', () => {
    // GIVEN
    const objects = meshWith((mesh) => {
      mesh.extra.push(istio('VirtualService', 'reviews', { hosts: ['reviews'], http: [{ route: [{ destination: { host: 'reviews', subset: 'v1' } }] }] }, 'shop'));
    });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(found.map(({ level, code, namespace, message }) => ({ level, code, namespace, message }))).toEqual([
      { level: FindingLevel.WARNING, code: 'destination-host-unknown', namespace: 'shop', message: 'reviews is neither a Service nor a ServiceEntry host of the mesh' },
      { level: FindingLevel.ERROR, code: 'destination-subset-undefined', namespace: 'shop', message: 'no DestinationRule for reviews.shop.svc.cluster.local defines subset v1' },
    ]);
  });

  test('a name.namespace host from another namespace is the Service of that namespace', () => {
    // GIVEN
    const objects = meshWith((mesh) => {
      mesh.extra.push(istio('VirtualService', 'reviews', { hosts: ['reviews.default'], http: [{ route: [{ destination: { host: 'reviews.default', subset: 'v1', port: { number: 9080 } } }] }] }, 'shop'));
    });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(summarize(found)).toEqual(['error vs-mesh-host-conflict spec.hosts[0]']);
  });

  test('a finding names the source, object and field, with what is wrong and how to fix it', () => {
    // GIVEN
    const objects = meshWith((mesh) => { split(mesh).route[1].destination.subset = 'v3'; });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(found).toEqual([{
      level: FindingLevel.ERROR,
      code: 'destination-subset-undefined',
      source: 'test.yaml:5',
      kind: 'VirtualService',
      namespace: 'default',
      name: 'reviews',
      field: 'spec.http[1].route[1].destination.subset',
      message: `no DestinationRule for ${REVIEWS_HOST} defines subset v3`,
      fix: 'use one of v1, v2, or add the subset',
    }]);
  });

  test('an object without namespace is in the default namespace', () => {
    // GIVEN
    const objects = meshWith((mesh) => {
      delete mesh.serviceEntry.metadata.namespace;
      mesh.serviceEntry.spec.hosts.push('*');
    });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(found.map(({ kind, namespace, name, source }) => `${source} ${kind} ${namespace}/${name}`)).toEqual([
      'test.yaml:8 ServiceEntry default/external-api',
      'test.yaml:8 ServiceEntry default/external-api',
    ]);
  });

  test('formatFinding writes one line starting with the level and the code', () => {
    // GIVEN
    const [finding] = analyzeManifests(meshWith((mesh) => { mesh.gateway.spec.servers[0].hosts.push('*'); }));

    // WHEN
    const line = formatFinding(finding);

    // THEN
    expect(line).toEqual('warning gw-wildcard-host test.yaml:6 Gateway default/public spec.servers[0].hosts[1]: exposes every host name. '
      + 'Fix: list real host names, or mark it intended (Gateway construct: wildcardHostsIntended: true; '
      + 'YAML: annotation istio-traffic.cdk8s.io/intended-findings: gw-wildcard-host)');
    expect(line.startsWith(`${finding.level} ${finding.code} `)).toBe(true);
  });

  test('an object duplicated in another file names the first one', () => {
    // GIVEN
    const mesh = baselineMesh();
    const objects = [...sourced(objectsOf(mesh)), ...sourced([structuredClone(mesh.gateway)], 'copy.yaml')];

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(found.map(({ code, source, message }) => ({ code, source, message }))).toEqual([
      { code: 'duplicate-object', source: 'copy.yaml:1', message: 'Gateway default/public is also defined at test.yaml:6' },
    ]);
  });
});
