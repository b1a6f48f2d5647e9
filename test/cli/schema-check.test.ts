import { FindingLevel } from '../../lib/analysis/finding';
import { schemaFindings, servedIstioTypes } from '../../lib/cli/schema-check';
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

/** The findings of one object, read from `shop.yaml` at line 12. */
function findingsOf(manifest: Manifest) {
  return schemaFindings([{ manifest, source: 'shop.yaml:12' }]);
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

  describe('Kubernetes kinds, with kubernetes-models', () => {
    test('a valid Deployment and a valid Service give no finding', () => {
      // GIVEN
      const service = object('v1', 'Service', { selector: { app: 'reviews' }, ports: [{ name: 'http', port: 9080, targetPort: 'http' }] }, 'reviews');

      // WHEN
      const findings = schemaFindings([{ manifest: deployment({ replicas: 2 }), source: 'shop.yaml:1' }, { manifest: service, source: 'shop.yaml:30' }]);

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

    test('a kind no schema is known for gets an info finding', () => {
      // GIVEN
      const policy = object('security.istio.io/v1', 'AuthorizationPolicy', { action: 'ALLOW' }, 'allow');

      // WHEN
      const findings = findingsOf(policy);

      // THEN
      expect(findings).toEqual([{
        level: FindingLevel.INFO, code: 'schema-unknown', source: 'shop.yaml:12', kind: 'AuthorizationPolicy', namespace: 'shop', name: 'allow',
        field: 'apiVersion', message: 'no schema is known for security.istio.io/v1 AuthorizationPolicy (group security.istio.io)',
        fix: 'nothing to do; the object is checked by the mesh rules only',
      }]);
    });
  });
});
