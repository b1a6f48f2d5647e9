import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { Finding, FindingLevel } from '../../lib/analysis/finding';
import { GATEWAY_API_CHANNELS, SchemaCheckOptions, schemaFindings, servedCrdTypes, servedIstioTypes } from '../../lib/cli/schema-check';
import { Manifest } from '../../lib/manifest/manifest';

const ISTIO_KINDS = ['DestinationRule', 'EnvoyFilter', 'Gateway', 'ProxyConfig', 'ServiceEntry', 'Sidecar', 'VirtualService', 'WorkloadEntry', 'WorkloadGroup'];

/** A valid spec of every networking.istio.io kind, setting most of the fields that this library's users set. */
const VALID_SPECS: Record<string, unknown> = {
  DestinationRule: {
    host: 'reviews',
    trafficPolicy: { loadBalancer: { simple: 'ROUND_ROBIN' }, connectionPool: { tcp: { maxConnections: 100 } }, outlierDetection: { consecutive5xxErrors: 5, interval: '10s' } },
    subsets: [{ name: 'v1', labels: { version: 'v1' } }, { name: 'v2', labels: { version: 'v2' }, trafficPolicy: { loadBalancer: { simple: 'LEAST_REQUEST' } } }],
  },
  EnvoyFilter: {
    workloadSelector: { labels: { app: 'reviews' } },
    configPatches: [{ applyTo: 'HTTP_FILTER', match: { context: 'SIDECAR_INBOUND' }, patch: { operation: 'INSERT_BEFORE', value: { name: 'envoy.filters.http.lua', typed_config: { inlineCode: '-- noop' } } } }],
  },
  Gateway: {
    selector: { istio: 'ingressgateway' },
    servers: [{ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['shop.example.com'], tls: { mode: 'SIMPLE', credentialName: 'shop-cert' } }],
  },
  ProxyConfig: { selector: { matchLabels: { app: 'reviews' } }, concurrency: 2, environmentVariables: { ISTIO_META_DNS_CAPTURE: 'true' } },
  ServiceEntry: {
    hosts: ['api.example.com'],
    location: 'MESH_EXTERNAL',
    resolution: 'DNS',
    ports: [{ number: 443, name: 'tls', protocol: 'TLS' }],
  },
  Sidecar: { egress: [{ hosts: ['./*', 'istio-system/*'] }], outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' } },
  VirtualService: {
    hosts: ['reviews'],
    http: [
      { match: [{ headers: { 'end-user': { exact: 'jason' } } }], route: [{ destination: { host: 'reviews', subset: 'v2' } }] },
      { route: [{ destination: { host: 'reviews', subset: 'v1', port: { number: 9080 } }, weight: 90 }, { destination: { host: 'reviews', subset: 'v2' }, weight: 10 }], timeout: '5s', retries: { attempts: 3, perTryTimeout: '2s' } },
    ],
  },
  WorkloadEntry: { address: '10.0.0.7', labels: { app: 'reviews', version: 'v1' }, ports: { http: 9080 }, serviceAccount: 'reviews' },
  WorkloadGroup: { metadata: { labels: { app: 'reviews' } }, template: { ports: { http: 9080 }, serviceAccount: 'reviews' }, probe: { httpGet: { path: '/ready', port: 9080 } } },
};

function object(apiVersion: string, kind: string, spec: unknown, name = kind.toLowerCase()): Manifest {
  return { apiVersion, kind, metadata: { name, namespace: 'shop', labels: { 'app.kubernetes.io/name': 'shop' } }, spec };
}

function deployment(spec: Record<string, unknown>): Manifest {
  return object('apps/v1', 'Deployment', {
    selector: { matchLabels: { app: 'reviews' } },
    template: { metadata: { labels: { app: 'reviews' } }, spec: { containers: [{ name: 'reviews', image: 'reviews:1', ports: [{ containerPort: 9080 }] }] } },
    ...spec,
  }, 'reviews');
}

/** The findings without the Istio message code, which finding.ts decides. */
function withoutIstioCode(findings: Finding[]): Array<Omit<Finding, 'istioCode'>> {
  return findings.map(({ istioCode: _, ...finding }) => finding);
}

/** The findings of one object, read from `shop.yaml` at line 12. */
function findingsOf(manifest: Manifest, options: SchemaCheckOptions = {}) {
  return withoutIstioCode(schemaFindings([{ manifest, source: 'shop.yaml:12' }], options));
}

/** `code field` of each finding of the object, and their messages. */
function problemsOf(manifest: Manifest, options: SchemaCheckOptions = {}): Array<{ problem: string; level: FindingLevel; message: string }> {
  return findingsOf(manifest, options).map(({ code, field, level, message }) => ({ problem: `${code} ${field}`, level, message }));
}

/** An error finding about an object of `shop.yaml:12` in namespace shop. */
function error(kind: string, name: string, code: string, field: string, message: string, fix: string) {
  return { level: FindingLevel.ERROR, code, source: 'shop.yaml:12', kind, namespace: 'shop', name, field, message, fix };
}

describe('schemaFindings', () => {
  describe('networking.istio.io, against the CRD schemas', () => {
    test('the CRDs serve every version of every kind that there is a valid object of', () => {
      // WHEN
      const served = servedIstioTypes();

      // THEN
      expect([...new Set(served.map(({ kind }) => kind))].sort()).toEqual(ISTIO_KINDS);
      expect(Object.keys(VALID_SPECS)).toEqual(ISTIO_KINDS);
      expect(served.length).toEqual(23);
    });

    test.each(servedIstioTypes())('a valid $apiVersion $kind gives no finding', ({ apiVersion, kind }) => {
      // GIVEN
      const manifest = object(apiVersion, kind, VALID_SPECS[kind]);

      // WHEN
      const findings = findingsOf(manifest);

      // THEN
      expect(findings).toEqual([]);
    });

    test('a misspelled field of a VirtualService route is an unknown field, with the fields it may have been', () => {
      // GIVEN
      const routes = object('networking.istio.io/v1', 'VirtualService', { hosts: ['reviews'], http: [{ rout: [{ destination: { host: 'reviews' } }] }] }, 'reviews');

      // WHEN
      const findings = findingsOf(routes);

      // THEN
      expect(findings).toEqual([error('VirtualService', 'reviews', 'schema-unknown-field', 'spec.http[0].rout',
        'not declared by the schema of networking.istio.io/v1 VirtualService: the API server rejects the object, or drops the field',
        'remove it, or fix its spelling: known fields are corsPolicy, delegate, directResponse, fault, headers, match, mirror, mirrorPercent, '
        + 'mirrorPercentage, mirror_percent, mirrors, name, redirect, retries, rewrite, route, timeout')]);
    });

    test('a misspelled field of a DestinationRule load balancer is an unknown field', () => {
      // GIVEN
      const rule = object('networking.istio.io/v1', 'DestinationRule', { host: 'reviews', trafficPolicy: { loadBalancer: { simpel: 'ROUND_ROBIN' } } }, 'reviews');

      // WHEN
      const findings = findingsOf(rule);

      // THEN
      expect(findings).toEqual([error('DestinationRule', 'reviews', 'schema-unknown-field', 'spec.trafficPolicy.loadBalancer.simpel',
        'not declared by the schema of networking.istio.io/v1 DestinationRule: the API server rejects the object, or drops the field',
        'remove it, or fix its spelling: known fields are consistentHash, localityLbSetting, simple, warmup, warmupDurationSecs')]);
    });

    test('a field of free-form content (an EnvoyFilter patch value) is not unknown', () => {
      // GIVEN
      const filter = object('networking.istio.io/v1alpha3', 'EnvoyFilter', {
        configPatches: [{ applyTo: 'CLUSTER', patch: { operation: 'MERGE', value: { anything: { nested: [1, 2] } } } }],
      }, 'filter');

      // WHEN
      const findings = findingsOf(filter);

      // THEN
      expect(findings).toEqual([]);
    });

    test('a misspelled metadata field is unknown, as ObjectMeta declares it', () => {
      // GIVEN
      const gateway = { ...object('networking.istio.io/v1', 'Gateway', VALID_SPECS.Gateway, 'ingress'), metadata: { name: 'ingress', namespace: 'shop', lables: { app: 'shop' } } };

      // WHEN
      const findings = findingsOf(gateway);

      // THEN
      expect(findings.map(({ code, field }) => `${code} ${field}`)).toEqual(['schema-unknown-field metadata.lables']);
      expect(findings[0].fix).toMatch(/^remove it, or fix its spelling: known fields are annotations, creationTimestamp, .*, labels, managedFields, name, namespace, /);
    });

    test('a type mismatch and a value that is not one of an enum are invalid, each at its field', () => {
      // GIVEN
      const rule = object('networking.istio.io/v1', 'DestinationRule', {
        host: 'reviews',
        trafficPolicy: { loadBalancer: { simple: 'ROUNDROBIN' } },
        subsets: [{ name: 'v1', trafficPolicy: { connectionPool: { tcp: { maxConnections: 'many' } } } }],
      }, 'reviews');

      // WHEN
      const findings = findingsOf(rule);

      // THEN
      expect(findings).toEqual([
        error('DestinationRule', 'reviews', 'schema-invalid', 'spec.subsets[0].trafficPolicy.connectionPool.tcp.maxConnections',
          'must be integer (schema of networking.istio.io/v1 DestinationRule)', 'correct the field to match the API schema'),
        error('DestinationRule', 'reviews', 'schema-invalid', 'spec.trafficPolicy.loadBalancer.simple',
          'must be one of UNSPECIFIED, LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST (schema of networking.istio.io/v1 DestinationRule)',
          'correct the field to match the API schema'),
      ]);
    });

    test('two fields of which only one may be set, and a missing required field, are invalid', () => {
      // GIVEN
      const routes = object('networking.istio.io/v1', 'VirtualService', {
        hosts: ['reviews'],
        http: [{ match: [{ uri: { exact: '/', prefix: '/api' } }], route: [{ destination: { subset: 'v1' } }] }],
      }, 'reviews');

      // WHEN
      const findings = findingsOf(routes);

      // THEN
      expect(findings).toEqual([
        error('VirtualService', 'reviews', 'schema-invalid', 'spec.http[0].match[0].uri',
          'sets exact and prefix, but only one of exact, prefix, regex may be set (schema of networking.istio.io/v1 VirtualService)',
          'correct the field to match the API schema'),
        error('VirtualService', 'reviews', 'schema-invalid', 'spec.http[0].route[0].destination.host',
          'is required (schema of networking.istio.io/v1 VirtualService)', 'correct the field to match the API schema'),
      ]);
    });

    test('an apiVersion that the CRD does not serve is an error, naming the versions it serves', () => {
      // GIVEN
      const gateway = object('networking.istio.io/v2', 'Gateway', VALID_SPECS.Gateway, 'ingress');

      // WHEN
      const findings = findingsOf(gateway);

      // THEN
      expect(findings).toEqual([error('Gateway', 'ingress', 'schema-version-not-served', 'apiVersion',
        'the Gateway CRD does not serve networking.istio.io/v2 (it serves v1, v1beta1, v1alpha3)', 'use apiVersion networking.istio.io/v1')]);
    });

    test('an unknown kind of networking.istio.io is an error, naming the kinds there are', () => {
      // GIVEN
      const routes = object('networking.istio.io/v1', 'VirtualServce', VALID_SPECS.VirtualService, 'reviews');

      // WHEN
      const findings = findingsOf(routes);

      // THEN
      expect(findings).toEqual([error('VirtualServce', 'reviews', 'schema-kind-unknown', 'kind', 'networking.istio.io has no kind VirtualServce',
        `use one of the kinds of networking.istio.io: ${ISTIO_KINDS.join(', ')}`)]);
    });
  });

  describe('networking.istio.io, the CEL rules of the CRDs', () => {
    test('a ServiceEntry with CIDR addresses and DNS resolution breaks a rule, with its message, as the API server rejects it', () => {
      // GIVEN
      const entry = object('networking.istio.io/v1', 'ServiceEntry', { ...(VALID_SPECS.ServiceEntry as object), addresses: ['10.20.0.0/16'], resolution: 'DNS' }, 'api');

      // WHEN
      const findings = findingsOf(entry);

      // THEN
      expect(findings).toEqual([error('ServiceEntry', 'api', 'schema-rule-violated', 'spec',
        'Invalid value: CIDR addresses are allowed only for NONE/STATIC resolution types (rule `!((has(self.addresses) ? self.addresses : [])'
        + '.exists(k, k.contains("/")) && !((has(self.resolution) ? self.resolution : "NONE") in ["STATIC", "NONE"]))` of the schema of networking.istio.io/v1 ServiceEntry)',
        'correct the object so that the rule holds: the API server rejects it otherwise')]);
    });

    test('the same CIDR addresses with STATIC resolution and endpoints pass', () => {
      // GIVEN
      const entry = object('networking.istio.io/v1', 'ServiceEntry', {
        ...(VALID_SPECS.ServiceEntry as object), addresses: ['10.20.0.0/16'], resolution: 'STATIC', endpoints: [{ address: '10.20.0.7', ports: { tls: 8443 } }],
      }, 'api');

      // WHEN
      const findings = findingsOf(entry);

      // THEN
      expect(findings).toEqual([]);
    });

    test('rules on nested values: a duplicated port number, an endpoint port out of range, a timeout below 1ms, a wildcard selector value', () => {
      // GIVEN
      const entry = object('networking.istio.io/v1', 'ServiceEntry', {
        hosts: ['api.example.com'],
        resolution: 'STATIC',
        ports: [{ number: 443, name: 'tls', protocol: 'TLS' }, { number: 443, name: 'https', protocol: 'HTTPS' }],
        endpoints: [{ address: '10.0.0.1', ports: { tls: 70000 } }],
      }, 'api');
      const routes = object('networking.istio.io/v1', 'VirtualService', { hosts: ['reviews'], http: [{ route: [{ destination: { host: 'reviews' } }], timeout: '0s' }] }, 'reviews');
      const sidecar = object('networking.istio.io/v1', 'Sidecar', { workloadSelector: { labels: { app: 'reviews-*' } }, egress: [{ hosts: ['./*'] }] }, 'reviews');

      // WHEN
      const problems = [entry, routes, sidecar].flatMap((manifest) => problemsOf(manifest));

      // THEN
      expect(problems.map(({ problem, level }) => `${level} ${problem}`)).toEqual([
        'error schema-rule-violated spec.ports',
        'error schema-rule-violated spec.endpoints[0].ports.tls',
        'error schema-rule-violated spec.http[0].timeout',
        'error schema-rule-violated spec.workloadSelector.labels.app',
      ]);
      expect(problems.map(({ message }) => message.replace(/ \(rule .*$/, ''))).toEqual([
        'Invalid value: port number cannot be duplicated',
        'Invalid value: port must be between 1-65535',
        'Invalid value: must be a valid duration greater than 1ms',
        'Invalid value: wildcard is not supported in selector',
      ]);
    });

    test('a duration CEL cannot read fails its rule, with what CEL reports', () => {
      // GIVEN
      const routes = object('networking.istio.io/v1', 'VirtualService', { hosts: ['reviews'], http: [{ route: [{ destination: { host: 'reviews' } }], timeout: '5 seconds' }] }, 'reviews');

      // WHEN
      const problems = problemsOf(routes);

      // THEN
      expect(problems).toEqual([{ problem: 'schema-rule-failed spec.http[0].timeout', level: FindingLevel.ERROR, message: expect.stringMatching(
        /^Invalid value: the rule `duration\(self\) >= duration\('1ms'\)` of the schema of networking.istio.io\/v1 VirtualService fails: .+/) }]);
    });

    test('a Gateway with both credentialName and credentialNames breaks a rule; with tlsCertificates alone it passes', () => {
      // GIVEN
      const server = (tls: object) => ({ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['shop.example.com'], tls: { mode: 'SIMPLE', ...tls } });
      const both = object('networking.istio.io/v1', 'Gateway', { selector: { istio: 'ingressgateway' }, servers: [server({ credentialName: 'a', credentialNames: ['a', 'b'] })] }, 'both');
      const certificates = object('networking.istio.io/v1', 'Gateway', {
        selector: { istio: 'ingressgateway' }, servers: [server({ tlsCertificates: [{ serverCertificate: '/etc/certs/tls.crt', privateKey: '/etc/certs/tls.key' }] })],
      }, 'files');

      // WHEN
      const problems = [both, certificates].map((manifest) => problemsOf(manifest));

      // THEN
      expect(problems[0].map(({ problem, message }) => `${problem}: ${message.replace(/ \(rule .*$/, '')}`)).toEqual([
        'schema-rule-violated spec.servers[0].tls: Invalid value: only one of credentialName or credentialNames can be set',
      ]);
      expect(problems[1]).toEqual([]);
    });
  });

  describe('security.istio.io, against the CRD schemas and their CEL rules', () => {
    const VALID_SECURITY: Record<string, unknown[]> = {
      PeerAuthentication: [
        { mtls: { mode: 'STRICT' } },
        { selector: { matchLabels: { app: 'greeter' } }, mtls: { mode: 'STRICT' }, portLevelMtls: { 9090: { mode: 'PERMISSIVE' } } },
      ],
      AuthorizationPolicy: [
        {},
        {
          selector: { matchLabels: { app: 'greeter' } },
          action: 'ALLOW',
          rules: [{
            from: [{ source: { principals: ['cluster.local/ns/default/sa/hello-web'] } }, { source: { namespaces: ['istio-system'] } }],
            to: [{ operation: { methods: ['GET', 'POST'], paths: ['/greet/*'], ports: ['3000'] } }],
            when: [{ key: 'request.headers[x-canary]', values: ['true'] }],
          }],
        },
        { action: 'DENY', rules: [{ from: [{ source: { notNamespaces: ['default'], notIpBlocks: ['10.0.0.0/8'] } }], to: [{ operation: { notPaths: ['/healthz'] } }] }] },
        { targetRefs: [{ kind: 'Gateway', group: 'gateway.networking.k8s.io', name: 'waypoint' }], action: 'ALLOW', rules: [{ from: [{ source: { serviceAccounts: ['default/hello-web'] } }] }] },
        { selector: { matchLabels: { istio: 'ingressgateway' } }, action: 'CUSTOM', provider: { name: 'ext-authz' }, rules: [{ to: [{ operation: { paths: ['/admin/*'] } }] }] },
      ],
      RequestAuthentication: [
        { selector: { matchLabels: { app: 'hello-web' } }, jwtRules: [{ issuer: 'https://accounts.example.com', jwksUri: 'https://accounts.example.com/.well-known/jwks.json', forwardOriginalToken: true }] },
        { jwtRules: [{ issuer: 'issuer-1', jwks: '{"keys":[]}', fromHeaders: [{ name: 'x-jwt', prefix: 'Bearer ' }], timeout: '5s' }] },
      ],
    };

    test('the CRDs serve v1 and v1beta1 of every kind', () => {
      // WHEN
      const served = servedCrdTypes('security.istio.io');

      // THEN
      expect(served.map(({ apiVersion, kind }) => `${apiVersion} ${kind}`).sort()).toEqual(['v1', 'v1beta1']
        .flatMap((version) => Object.keys(VALID_SECURITY).map((kind) => `security.istio.io/${version} ${kind}`)).sort());
    });

    test.each(servedCrdTypes('security.istio.io'))('valid $apiVersion $kind objects give no finding', ({ apiVersion, kind }) => {
      // GIVEN
      const manifests = VALID_SECURITY[kind].map((spec, index) => object(apiVersion, kind, spec, `${kind.toLowerCase()}-${index}`));

      // WHEN
      const findings = manifests.flatMap((manifest) => findingsOf(manifest));

      // THEN
      expect(manifests.length).toBeGreaterThan(0);
      expect(findings).toEqual([]);
    });

    test.each([
      ['AuthorizationPolicy', { selector: { matchLabels: { app: 'greeter' } }, targetRefs: [{ kind: 'Service', group: '', name: 'greeter' }] },
        'schema-rule-violated spec', 'Invalid value: only one of targetRefs or selector can be set'],
      ['AuthorizationPolicy', { rules: [{ from: [{ source: { serviceAccounts: ['default/hello-web'], principals: ['cluster.local/ns/default/sa/hello-web'] } }] }] },
        'schema-rule-violated spec.rules[0].from[0].source', 'Invalid value: Cannot set serviceAccounts with namespaces or principals'],
      ['AuthorizationPolicy', { targetRefs: [{ kind: 'Gateway', group: 'gateway.networking.k8s.io', name: 'waypoint', namespace: 'istio-system' }] },
        'schema-rule-violated spec.targetRefs[0].namespace', 'Invalid value: cross namespace referencing is not currently supported'],
      ['AuthorizationPolicy', { selector: { matchLabels: { 'app*': 'greeter' } } }, 'schema-rule-violated spec.selector.matchLabels', 'Invalid value: wildcard not allowed in label key match'],
      ['AuthorizationPolicy', { action: 'ALLOWED' }, 'schema-invalid spec.action', 'must be one of ALLOW, DENY, AUDIT, CUSTOM (schema of security.istio.io/v1 AuthorizationPolicy)'],
      ['AuthorizationPolicy', { rules: [{ from: [{ source: { principal: ['cluster.local/ns/default/sa/hello-web'] } }] }] }, 'schema-unknown-field spec.rules[0].from[0].source.principal',
        'not declared by the schema of security.istio.io/v1 AuthorizationPolicy: the API server rejects the object, or drops the field'],
      ['PeerAuthentication', { portLevelMtls: { 9090: { mode: 'DISABLE' } } }, 'schema-rule-violated spec', 'Invalid value: portLevelMtls requires selector'],
      ['PeerAuthentication', { selector: { matchLabels: { app: 'greeter' } }, portLevelMtls: { 0: { mode: 'DISABLE' } } }, 'schema-rule-violated spec.portLevelMtls',
        'Invalid value: port must be between 1-65535'],
      ['PeerAuthentication', { mtls: { mode: 'strict' } }, 'schema-invalid spec.mtls.mode', 'must be one of UNSET, DISABLE, PERMISSIVE, STRICT (schema of security.istio.io/v1 PeerAuthentication)'],
      ['RequestAuthentication', { jwtRules: [{ issuer: 'a', jwksUri: 'https://a.example.com/jwks', jwks: '{}' }] }, 'schema-rule-violated spec.jwtRules[0]',
        'Invalid value: only one of jwks or jwksUri can be set'],
      ['RequestAuthentication', { jwtRules: [{ issuer: 'a', jwksUri: 'ftp://a.example.com/jwks' }] }, 'schema-rule-violated spec.jwtRules[0].jwksUri',
        'Invalid value: url must have scheme http:// or https://'],
      ['RequestAuthentication', { jwtRules: [{ issuer: 'a', timeout: '500us' }] }, 'schema-rule-violated spec.jwtRules[0].timeout', 'Invalid value: must be a valid duration greater than 1ms'],
      ['RequestAuthentication', { jwtRules: [{ issuer: 'a', fromHeaders: [{ prefix: 'Bearer ' }] }] }, 'schema-invalid spec.jwtRules[0].fromHeaders[0].name',
        'is required (schema of security.istio.io/v1 RequestAuthentication)'],
    ])('an invalid %s is one error: %j -> %s', (kind, spec, problem, message) => {
      // GIVEN
      const manifest = object('security.istio.io/v1', kind, spec, 'policy');

      // WHEN
      const problems = problemsOf(manifest);

      // THEN
      expect(problems.map((found) => ({ ...found, message: found.message.replace(/ \(rule `[\s\S]*$/, '') }))).toEqual([{ problem, level: FindingLevel.ERROR, message }]);
    });
  });

  describe('Gateway API, against the CRD schemas of the standard channel and their CEL rules', () => {
    const GATEWAY_API = 'gateway.networking.k8s.io/v1';
    const ingress = (listeners: unknown[]) => object(GATEWAY_API, 'Gateway', { gatewayClassName: 'istio', listeners }, 'ingress');
    const HTTP_LISTENER = { name: 'http', port: 80, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'Same' } } };
    const route = (spec: object, name = 'shop') => object(GATEWAY_API, 'HTTPRoute', { parentRefs: [{ name: 'ingress', sectionName: 'http' }], ...spec }, name);

    /** Real-looking objects of every standard kind, as the Istio and Gateway API docs write them. */
    const VALID_GATEWAY_API: Manifest[] = [
      object(GATEWAY_API, 'GatewayClass', { controllerName: 'istio.io/gateway-controller' }, 'istio'),
      ingress([
        HTTP_LISTENER,
        { name: 'https', hostname: 'shop.example.com', port: 443, protocol: 'HTTPS', tls: { mode: 'Terminate', certificateRefs: [{ name: 'shop-cert' }] },
          allowedRoutes: { namespaces: { from: 'Selector', selector: { matchLabels: { 'shared-gateway-access': 'true' } } } } },
        { name: 'passthrough', hostname: 'db.example.com', port: 8443, protocol: 'TLS', tls: { mode: 'Passthrough' } },
      ]),
      object(GATEWAY_API, 'Gateway', { gatewayClassName: 'istio-waypoint', listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }] }, 'waypoint'),
      route({
        hostnames: ['shop.example.com'],
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/api' }, headers: [{ name: 'x-canary', value: 'true' }], queryParams: [{ type: 'Exact', name: 'debug', value: '1' }], method: 'GET' }],
            filters: [{ type: 'RequestHeaderModifier', requestHeaderModifier: { set: [{ name: 'x-shop', value: 'v2' }], remove: ['x-legacy'] } }],
            backendRefs: [{ name: 'shop-v2', port: 8080 }],
            timeouts: { request: '10s', backendRequest: '2s' },
          },
          { matches: [{ path: { value: '/' } }], backendRefs: [{ name: 'shop-v1', port: 8080, weight: 90 }, { name: 'shop-v2', port: 8080, weight: 10 }] },
          { matches: [{ path: { type: 'Exact', value: '/old' } }], filters: [{ type: 'RequestRedirect', requestRedirect: { path: { type: 'ReplaceFullPath', replaceFullPath: '/new' }, statusCode: 301 } }] },
          {
            matches: [{ path: { type: 'PathPrefix', value: '/v1' } }],
            filters: [{ type: 'URLRewrite', urlRewrite: { path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/v2' } } },
              { type: 'RequestMirror', requestMirror: { backendRef: { name: 'shop-v3', port: 8080 }, percent: 10 } }],
            backendRefs: [{ name: 'shop-v2', port: 8080 }],
          },
        ],
      }),
      object(GATEWAY_API, 'HTTPRoute', {
        parentRefs: [{ group: '', kind: 'Service', name: 'greeter', port: 3000 }],
        rules: [{ backendRefs: [{ name: 'greeter-v1', port: 3000, weight: 80 }, { name: 'greeter-v2', port: 3000, weight: 20 }] }],
      }, 'greeter'),
      object(GATEWAY_API, 'GRPCRoute', {
        parentRefs: [{ name: 'ingress' }], hostnames: ['grpc.example.com'],
        rules: [{ matches: [{ method: { service: 'shop.Catalog', method: 'List' } }], backendRefs: [{ name: 'catalog', port: 9090 }] }],
      }, 'catalog'),
      object(GATEWAY_API, 'TLSRoute', { parentRefs: [{ name: 'ingress', sectionName: 'passthrough' }], hostnames: ['db.example.com'], rules: [{ backendRefs: [{ name: 'db', port: 5432 }] }] }, 'db'),
      object('gateway.networking.k8s.io/v1beta1', 'ReferenceGrant', {
        from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'shop' }], to: [{ group: '', kind: 'Service' }],
      }, 'shop-routes'),
      object(GATEWAY_API, 'ListenerSet', {
        parentRef: { name: 'ingress' },
        listeners: [{ name: 'team-a', hostname: 'a.example.com', port: 443, protocol: 'HTTPS', tls: { mode: 'Terminate', certificateRefs: [{ name: 'team-a-cert' }] } }],
      }, 'team-a'),
      object(GATEWAY_API, 'BackendTLSPolicy', {
        targetRefs: [{ group: '', kind: 'Service', name: 'payments', sectionName: 'https' }],
        validation: { caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: 'payments-ca' }], hostname: 'payments.example.com' },
      }, 'payments'),
    ];

    test('the standard channel serves the kinds of Gateway API v1.5.1, and not the experimental ones', () => {
      // WHEN
      const served = servedCrdTypes('gateway.networking.k8s.io').map(({ apiVersion, kind }) => `${apiVersion} ${kind}`).sort();

      // THEN
      expect(served).toEqual([
        'gateway.networking.k8s.io/v1 BackendTLSPolicy', 'gateway.networking.k8s.io/v1 GRPCRoute', 'gateway.networking.k8s.io/v1 Gateway',
        'gateway.networking.k8s.io/v1 GatewayClass', 'gateway.networking.k8s.io/v1 HTTPRoute', 'gateway.networking.k8s.io/v1 ListenerSet',
        'gateway.networking.k8s.io/v1 ReferenceGrant', 'gateway.networking.k8s.io/v1 TLSRoute',
        'gateway.networking.k8s.io/v1beta1 Gateway', 'gateway.networking.k8s.io/v1beta1 GatewayClass', 'gateway.networking.k8s.io/v1beta1 HTTPRoute',
        'gateway.networking.k8s.io/v1beta1 ReferenceGrant',
      ]);
      expect(servedCrdTypes('gateway.networking.k8s.io', 'experimental').map(({ kind }) => kind)).toEqual(expect.arrayContaining(['TCPRoute', 'UDPRoute']));
    });

    test('real-looking objects of every standard kind give no finding, on either channel', () => {
      // WHEN
      const findings = GATEWAY_API_CHANNELS.map((channel) => withoutIstioCode(schemaFindings(VALID_GATEWAY_API.map((manifest) => ({ manifest, source: 'shop.yaml:12' })), { gatewayApiChannel: channel })));

      // THEN
      expect([...new Set(VALID_GATEWAY_API.map((manifest) => manifest.kind))].sort())
        .toEqual([...new Set(servedCrdTypes('gateway.networking.k8s.io').map(({ kind }) => kind))].sort());
      expect(findings).toEqual([[], []]);
    });

    test('defaults apply before the rules: a backendRef without port is a Service (the default kind) and needs a port', () => {
      // GIVEN
      const noPort = route({ rules: [{ backendRefs: [{ name: 'shop-v1' }] }] });
      const configMap = route({ rules: [{ backendRefs: [{ group: 'example.com', kind: 'Bucket', name: 'assets' }] }] }, 'assets');

      // WHEN
      const problems = [noPort, configMap].map((manifest) => problemsOf(manifest));

      // THEN
      expect(problems[0]).toEqual([{ problem: 'schema-rule-violated spec.rules[0].backendRefs[0]', level: FindingLevel.ERROR, message:
        'Invalid value: Must have port for Service reference (rule `(size(self.group) == 0 && self.kind == \'Service\') ? has(self.port) : true` '
        + 'of the schema of gateway.networking.k8s.io/v1 HTTPRoute)' }]);
      expect(problems[1]).toEqual([]);
    });

    test('defaults apply before the rules: a path match without type is a PathPrefix, and must start with /', () => {
      // GIVEN
      const relative = route({ rules: [{ matches: [{ path: { value: 'api' } }], backendRefs: [{ name: 'shop-v1', port: 8080 }] }] });

      // WHEN
      const problems = problemsOf(relative);

      // THEN
      expect(problems.map(({ problem, message }) => `${problem}: ${message.replace(/ \(rule .*$/, '')}`)).toEqual([
        'schema-rule-violated spec.rules[0].matches[0].path: Invalid value: value must be an absolute path and start with \'/\' when type one of [\'Exact\', \'PathPrefix\']',
      ]);
    });

    test('a listener list is a map keyed by name: a repeated name is a duplicate, and breaks the rule of unique names', () => {
      // GIVEN
      const gateway = ingress([HTTP_LISTENER, { ...HTTP_LISTENER, port: 8080 }]);

      // WHEN
      const problems = problemsOf(gateway);

      // THEN
      expect(problems.map(({ problem, message }) => `${problem}: ${message.replace(/ \(rule .*$/, '')}`)).toEqual([
        'schema-list-duplicate spec.listeners[1]: Duplicate value: {"name":"http"}: has the same name as spec.listeners[0], '
          + 'and the schema of gateway.networking.k8s.io/v1 Gateway makes the list a map',
        'schema-rule-violated spec.listeners: Invalid value: Listener name must be unique within the Gateway',
      ]);
    });

    test('header matches are a map keyed by name, and a header modifier\'s remove list is a set', () => {
      // GIVEN
      const headers = route({ rules: [{
        matches: [{ headers: [{ name: 'x-canary', value: 'true' }, { name: 'x-canary', value: 'yes' }] }],
        filters: [{ type: 'RequestHeaderModifier', requestHeaderModifier: { remove: ['x-a', 'x-b', 'x-a'] } }],
        backendRefs: [{ name: 'shop-v1', port: 8080 }],
      }] });

      // WHEN
      const problems = problemsOf(headers);

      // THEN
      expect(problems.map(({ problem, message }) => `${problem}: ${message}`)).toEqual([
        'schema-list-duplicate spec.rules[0].matches[0].headers[1]: Duplicate value: {"name":"x-canary"}: has the same name as '
          + 'spec.rules[0].matches[0].headers[0], and the schema of gateway.networking.k8s.io/v1 HTTPRoute makes the list a map',
        'schema-list-duplicate spec.rules[0].filters[0].requestHeaderModifier.remove[2]: Duplicate value: "x-a": has the same value as '
          + 'spec.rules[0].filters[0].requestHeaderModifier.remove[0], and the schema of gateway.networking.k8s.io/v1 HTTPRoute makes the list a set',
      ]);
    });

    test('maxItems, maxLength, pattern and minimum are checked as the API server checks them', () => {
      // GIVEN
      const listeners = Array.from({ length: 65 }, (_, index) => ({ name: `l${index}`, port: 1000 + index, protocol: 'HTTP' }));
      const tooMany = ingress(listeners);
      const badValues = ingress([{ name: 'HTTP', port: 0, protocol: 'HTTP', hostname: `${'a'.repeat(254)}.example.com` }]);

      // WHEN
      const problems = [tooMany, badValues].map((manifest) => problemsOf(manifest).map(({ problem, message }) => `${problem}: ${message.replace(/ \(schema of .*$/, '')}`));

      // THEN
      expect(problems[0]).toEqual(['schema-invalid spec.listeners: must NOT have more than 64 items']);
      expect(problems[1]).toEqual([
        'schema-invalid spec.listeners[0].hostname: must NOT have more than 253 characters',
        'schema-invalid spec.listeners[0].name: must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"',
        'schema-invalid spec.listeners[0].port: must be >= 1',
      ]);
    });

    test('the rules of real HTTPRoute mistakes: a redirect and a rewrite together, a redirect with backends, a filter without its field, two parents without sectionName', () => {
      // GIVEN
      const redirectAndRewrite = route({ rules: [{ filters: [
        { type: 'RequestRedirect', requestRedirect: { scheme: 'https' } },
        { type: 'URLRewrite', urlRewrite: { hostname: 'shop.internal' } },
      ] }] }, 'both');
      const redirectWithBackends = route({ rules: [{ filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https' } }], backendRefs: [{ name: 'shop-v1', port: 8080 }] }] }, 'backends');
      const missingField = route({ rules: [{ filters: [{ type: 'RequestMirror' }], backendRefs: [{ name: 'shop-v1', port: 8080 }] }] }, 'mirror');
      const twoParents = object(GATEWAY_API, 'HTTPRoute', { parentRefs: [{ name: 'ingress' }, { name: 'ingress', sectionName: 'http' }] }, 'parents');

      // WHEN
      const messages = [redirectAndRewrite, redirectWithBackends, missingField, twoParents]
        .map((manifest) => problemsOf(manifest).map(({ problem, message }) => `${problem}: ${message.replace(/ \(rule .*$/, '')}`));

      // THEN
      expect(messages).toEqual([
        ['schema-rule-violated spec.rules[0].filters: Invalid value: May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both'],
        ['schema-rule-violated spec.rules[0]: Invalid value: RequestRedirect filter must not be used together with backendRefs'],
        ['schema-rule-violated spec.rules[0].filters[0]: Invalid value: filter.requestMirror must be specified for RequestMirror filter.type'],
        ['schema-rule-violated spec.parentRefs: Invalid value: sectionName must be specified when parentRefs includes 2 or more references to the same parent'],
      ]);
    });

    test('a TLS listener without a TLS mode, and TLS on an HTTP listener, break the listener rules', () => {
      // GIVEN
      const gateway = ingress([
        { name: 'tls', port: 443, protocol: 'TLS', hostname: 'db.example.com' },
        { ...HTTP_LISTENER, tls: { mode: 'Terminate', certificateRefs: [{ name: 'cert' }] } },
      ]);

      // WHEN
      const problems = problemsOf(gateway);

      // THEN
      expect(problems.map(({ problem, message }) => `${problem}: ${message.replace(/ \(rule .*$/, '')}`)).toEqual([
        'schema-rule-violated spec.listeners: Invalid value: tls must not be specified for protocols [\'HTTP\', \'TCP\', \'UDP\']',
        'schema-rule-violated spec.listeners: Invalid value: tls mode must be set for protocol TLS',
      ]);
    });
  });

  describe('Gateway API, the experimental channel', () => {
    const retry = object('gateway.networking.k8s.io/v1', 'HTTPRoute', {
      parentRefs: [{ name: 'ingress' }], rules: [{ backendRefs: [{ name: 'shop-v1', port: 8080 }], retry: { attempts: 3, backoff: '100ms', codes: [503] } }],
    }, 'retry');
    const tcp = object('gateway.networking.k8s.io/v1alpha2', 'TCPRoute', { parentRefs: [{ name: 'ingress', sectionName: 'postgres' }], rules: [{ backendRefs: [{ name: 'db', port: 5432 }] }] }, 'db');
    const mesh = object('gateway.networking.x-k8s.io/v1alpha1', 'XMesh', { controllerName: 'istio.io/mesh-controller' }, 'mesh');
    const tlsAlpha = object('gateway.networking.k8s.io/v1alpha2', 'TLSRoute', { parentRefs: [{ name: 'ingress' }], hostnames: ['db.example.com'], rules: [{ backendRefs: [{ name: 'db', port: 5432 }] }] }, 'db');
    const experimentalCrd: Manifest = {
      apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition',
      metadata: { name: 'httproutes.gateway.networking.k8s.io', annotations: { 'gateway.networking.k8s.io/channel': 'experimental', 'gateway.networking.k8s.io/bundle-version': 'v1.5.1' } },
      spec: { group: 'gateway.networking.k8s.io', names: { kind: 'HTTPRoute', plural: 'httproutes' }, scope: 'Namespaced', versions: [] },
    };

    test('on the standard channel, an experimental field, kind or version is an error that says how to opt in', () => {
      // WHEN
      const problems = [retry, tcp, mesh, tlsAlpha].map((manifest) => problemsOf(manifest));

      // THEN
      expect(problems.map((found) => found.map(({ problem }) => problem))).toEqual([
        ['schema-experimental-field spec.rules[0].retry'], ['schema-experimental-kind kind'], ['schema-experimental-kind kind'], ['schema-experimental-kind apiVersion'],
      ]);
      expect(findingsOf(retry)[0].fix).toEqual('install the Gateway API experimental channel CRDs and analyze them with the objects, '
        + 'or run analyze with --gateway-api-channel experimental; or remove it');
      expect(problems[1][0].message).toEqual('TCPRoute is a kind of the Gateway API experimental channel, which the standard channel CRDs do not define');
      expect(problems[3][0].message).toEqual('the standard channel TLSRoute CRD does not serve gateway.networking.k8s.io/v1alpha2 (it serves v1); the experimental channel does');
    });

    test('with the experimental channel chosen, they are valid, and their own rules apply', () => {
      // GIVEN
      const tcpTwoParents = object('gateway.networking.k8s.io/v1alpha2', 'TCPRoute', {
        parentRefs: [{ name: 'ingress' }, { name: 'ingress', sectionName: 'postgres' }], rules: [{ backendRefs: [{ name: 'db', port: 5432 }] }],
      }, 'db');

      // WHEN
      const problems = [retry, tcp, mesh, tlsAlpha, tcpTwoParents].map((manifest) => problemsOf(manifest, { gatewayApiChannel: 'experimental' }));

      // THEN
      expect(problems.slice(0, 4)).toEqual([[], [], [], []]);
      expect(problems[4].map(({ problem }) => problem)).toEqual(['schema-rule-violated spec.parentRefs']);
    });

    test('the experimental channel is chosen by the experimental CRDs in the input, unless the option says otherwise', () => {
      // GIVEN
      const input = [experimentalCrd, retry, tcp].map((manifest) => ({ manifest, source: 'shop.yaml:1' }));

      // WHEN
      const detected = schemaFindings(input);
      const standard = schemaFindings(input, { gatewayApiChannel: 'standard' });
      const standardCrd = schemaFindings([{ ...experimentalCrd, metadata: { ...experimentalCrd.metadata, annotations: { 'gateway.networking.k8s.io/channel': 'standard' } } }, retry]
        .map((manifest) => ({ manifest, source: 'shop.yaml:1' })));

      // THEN
      expect(detected.filter((finding) => finding.kind !== 'CustomResourceDefinition')).toEqual([]);
      expect(standard.map(({ code }) => code)).toEqual(expect.arrayContaining(['schema-experimental-field', 'schema-experimental-kind']));
      expect(standardCrd.map(({ code }) => code)).toContain('schema-experimental-field');
    });
  });

  describe('wrong types anywhere', () => {
    const SAMPLES: Manifest[] = [
      object('gateway.networking.k8s.io/v1', 'Gateway', { gatewayClassName: 'istio', listeners: [{ name: 'http', port: 80, protocol: 'HTTP', hostname: 'a.example.com', tls: { mode: 'Terminate', certificateRefs: [{ name: 'c' }] } }] }),
      object('gateway.networking.k8s.io/v1', 'HTTPRoute', {
        parentRefs: [{ name: 'ingress', sectionName: 'http' }], hostnames: ['a.example.com'],
        rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/' }, headers: [{ name: 'x', value: 'y' }] }],
          filters: [{ type: 'RequestRedirect', requestRedirect: { path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/b' } } }], backendRefs: [{ name: 's', port: 80, weight: 1 }] }],
      }),
      object('security.istio.io/v1', 'AuthorizationPolicy', { selector: { matchLabels: { app: 'a' } }, rules: [{ from: [{ source: { principals: ['p'], serviceAccounts: ['default/a'] } }], to: [{ operation: { ports: ['80'] } }] }] }),
      object('security.istio.io/v1', 'PeerAuthentication', { selector: { matchLabels: { app: 'a' } }, portLevelMtls: { 80: { mode: 'STRICT' } } }),
      object('security.istio.io/v1', 'RequestAuthentication', { jwtRules: [{ issuer: 'i', jwksUri: 'https://a/j', timeout: '1s' }] }),
      object('networking.istio.io/v1', 'ServiceEntry', { hosts: ['a.example.com'], addresses: ['10.0.0.0/8'], resolution: 'STATIC', ports: [{ number: 80, name: 'http' }], endpoints: [{ address: 'unix:///a', ports: { http: 80 } }] }),
    ];
    const WRONG_VALUES: unknown[] = [null, 'text', 7, 1.5, true, [], [null], {}, { unexpected: [1] }];

    /** Every field path of the value, and the value with that field replaced. */
    function replacements(value: unknown, replace: unknown): unknown[] {
      if (Array.isArray(value)) {
        return value.flatMap((item, index) => [replace, ...replacements(item, replace)].map((next) => value.map((old, at) => (at === index ? next : old))));
      }
      if (value === null || typeof value !== 'object') return [];
      return Object.entries(value).flatMap(([key, child]) => [replace, ...replacements(child, replace)].map((next) => ({ ...value, [key]: next })));
    }

    test('a null item, a string, number, boolean, list or map in place of any field of any kind gives findings, and never throws', () => {
      // GIVEN
      const variants = SAMPLES.flatMap((sample) => WRONG_VALUES.flatMap((wrong) => replacements(sample.spec, wrong).map((spec) => ({ ...sample, spec }))));

      // WHEN
      const findings = schemaFindings(variants.map((manifest) => ({ manifest, source: 'shop.yaml:1' })));

      // THEN
      expect(variants.length).toBeGreaterThan(500);
      expect(findings.length).toBeGreaterThan(variants.length / 2);
      expect(findings.every((finding) => finding.level === FindingLevel.ERROR && finding.message.length > 0 && finding.field.length > 0)).toBe(true);
    });

    test('an object the check cannot handle is an internal error of that object, and the others are checked', () => {
      // GIVEN an object whose spec throws when read
      const broken = object('gateway.networking.k8s.io/v1', 'Gateway', undefined, 'broken');
      Object.defineProperty(broken, 'spec', { enumerable: true, get: () => { throw new Error('unreadable'); } });
      const valid = object('security.istio.io/v1', 'PeerAuthentication', { mtls: { mode: 'STRICT' } }, 'strict');
      const invalid = object('security.istio.io/v1', 'PeerAuthentication', { mtls: { mode: 'strict' } }, 'lowercase');

      // WHEN
      const findings = withoutIstioCode(schemaFindings([broken, valid, invalid].map((manifest) => ({ manifest, source: 'shop.yaml:12' }))));

      // THEN
      expect(findings.map(({ level, code, name, field }) => `${level} ${code} ${name} ${field}`)).toEqual([
        'error internal-error broken ', 'error schema-invalid lowercase spec.mtls.mode',
      ]);
      expect(findings[0].message).toEqual('the schema check failed on this object: unreadable');
    });

    test('a list of listeners that is a string is a type error, and the rules of the object are not evaluated, as the API server does', () => {
      // GIVEN
      const gateway = object('gateway.networking.k8s.io/v1', 'Gateway', { gatewayClassName: 'istio', listeners: 'http' }, 'ingress');

      // WHEN
      const problems = problemsOf(gateway);

      // THEN
      expect(problems.map(({ problem, message }) => `${problem}: ${message}`)).toEqual(['schema-invalid spec.listeners: must be array (schema of gateway.networking.k8s.io/v1 Gateway)']);
    });

    test('a null field is dropped as the API server drops it; a null list item is invalid', () => {
      // GIVEN
      const nullField = object('gateway.networking.k8s.io/v1', 'Gateway', { gatewayClassName: 'istio', listeners: [{ ...{ name: 'http', port: 80, protocol: 'HTTP' }, hostname: null }] }, 'a');
      const nullItem = object('gateway.networking.k8s.io/v1', 'Gateway', { gatewayClassName: 'istio', listeners: [null] }, 'b');

      // WHEN
      const problems = [nullField, nullItem].map((manifest) => problemsOf(manifest).map(({ problem, message }) => `${problem}: ${message}`));

      // THEN
      expect(problems).toEqual([[], ['schema-invalid spec.listeners[0]: must be object (schema of gateway.networking.k8s.io/v1 Gateway)']]);
    });
  });

  describe('Kubernetes kinds, with kubernetes-models', () => {
    test('a valid Deployment and a valid Service give no finding', () => {
      // GIVEN
      const service = object('v1', 'Service', { selector: { app: 'reviews' }, ports: [{ name: 'http', port: 9080, targetPort: 'http' }] }, 'reviews');

      // WHEN
      const findings = withoutIstioCode(schemaFindings([{ manifest: deployment({ replicas: 2 }), source: 'shop.yaml:1' }, { manifest: service, source: 'shop.yaml:30' }]));

      // THEN
      expect(findings).toEqual([]);
    });

    test('a replica field on a Deployment is an unknown field, with the fields of a Deployment spec', () => {
      // GIVEN
      const reviews = deployment({ replica: 2 });

      // WHEN
      const findings = findingsOf(reviews);

      // THEN
      expect(findings).toEqual([error('Deployment', 'reviews', 'schema-unknown-field', 'spec.replica',
        'not declared by the schema of apps/v1 Deployment: the API server rejects the object, or drops the field',
        'remove it, or fix its spelling: known fields are minReadySeconds, paused, progressDeadlineSeconds, replicas, revisionHistoryLimit, selector, strategy, template')]);
    });

    test('a misspelled field deep in a pod template is unknown, and a wrong type is invalid', () => {
      // GIVEN
      const reviews = deployment({ replicas: 'two' });
      reviews.spec.template.spec.containers[0].ports[0].protcol = 'TCP';

      // WHEN
      const findings = findingsOf(reviews);

      // THEN
      expect(findings).toEqual([
        error('Deployment', 'reviews', 'schema-unknown-field', 'spec.template.spec.containers[0].ports[0].protcol',
          'not declared by the schema of apps/v1 Deployment: the API server rejects the object, or drops the field',
          'remove it, or fix its spelling: known fields are containerPort, hostIP, hostPort, name, protocol'),
        error('Deployment', 'reviews', 'schema-invalid', 'spec.replicas', 'must be integer (schema of apps/v1 Deployment)', 'correct the field to match the API schema'),
      ]);
    });

    test('a CustomResourceDefinition is checked field by field, but not inside its schemas and printer columns, which the API server checks as schemas', () => {
      // GIVEN Istio's and the Gateway API's own CRDs, whose schemas hold x-kubernetes extensions and descriptions
      const crds = ['istio/istio-crds-1.30.3.yaml', 'gateway-api/gateway-api-crds-v1.5.1-standard.yaml']
        .flatMap((file) => parseAllDocuments(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'shared', file), 'utf8')))
        .map((document) => document.toJS() as Manifest)
        .filter((manifest) => manifest?.kind === 'CustomResourceDefinition');
      const misspelled = { ...crds[0], spec: { ...crds[0].spec, scop: crds[0].spec.scope } };

      // WHEN
      const findings = crds.flatMap((crd) => findingsOf(crd));

      // THEN
      expect(crds.length).toBeGreaterThan(20);
      expect(findings).toEqual([]);
      expect(problemsOf(misspelled).map(({ problem }) => problem)).toEqual(['schema-unknown-field spec.scop']);
    });

    test('a kind no schema is known for gets an info finding', () => {
      // GIVEN
      const telemetry = object('telemetry.istio.io/v1', 'Telemetry', { accessLogging: [{ providers: [{ name: 'envoy' }] }] }, 'logs');

      // WHEN
      const findings = findingsOf(telemetry);

      // THEN
      expect(findings).toEqual([{
        level: FindingLevel.INFO, code: 'schema-unknown', source: 'shop.yaml:12', kind: 'Telemetry', namespace: 'shop', name: 'logs',
        field: 'apiVersion', message: 'no schema is known for telemetry.istio.io/v1 Telemetry (group telemetry.istio.io)',
        fix: 'nothing to do; the object is checked by the mesh rules only',
      }]);
    });
  });
});
