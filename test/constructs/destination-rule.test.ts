import { Chart, Duration, JsonPatch, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import {
  DestinationRule, DestinationRuleOptions, MeshService, ServiceVersion, SimpleLoadBalancer, TlsMode, TrafficPolicy, VirtualService,
} from '../../lib';
import { analyzedChart, deployedService, only, synth, synthErrorLines, defaultChart } from '../support/manifests';

const HOST = 'greeter-service.default.svc.cluster.local';
const V1: ServiceVersion = { name: 'v1', image: 'learnistio/greeter-service:1.0.0' };
const V2: ServiceVersion = { name: 'v2', image: 'learnistio/greeter-service:2.0.0' };

/** The greeter Service, with running pods of v1 and v2. */
function greeter(scope: Construct): MeshService {
  return deployedService(scope, 'Service', { app: 'greeter-service', versions: ['v1', 'v2'] });
}

describe('DestinationRule', () => {
  test('makes a subset of every declared version that selects its version label, for the Service host', () => {
    // GIVEN
    const chart = defaultChart();
    const service = greeter(chart);

    // WHEN
    const rule = new DestinationRule(chart, 'Rule', { service, versions: [V1, V2] });

    // THEN
    const manifest = only(synth(chart), 'DestinationRule');
    expect(manifest.apiVersion).toEqual('networking.istio.io/v1');
    expect(manifest.metadata.name).toEqual('greeter-service');
    expect(manifest.spec).toEqual({
      host: 'greeter-service.default.svc.cluster.local',
      subsets: [
        { name: 'v1', labels: { version: 'v1' } },
        { name: 'v2', labels: { version: 'v2' } },
      ],
      trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' } },
    });
    expect(rule.host).toEqual('greeter-service.default.svc.cluster.local');
    expect(rule.subsetNames).toEqual(['v1', 'v2']);
    expect(rule.service).toBe(service);
    expect(manifest).toMatchSnapshot();
  });

  test('is in the route-targets sync wave', () => {
    // GIVEN
    const chart = defaultChart();

    // WHEN
    new DestinationRule(chart, 'Rule', { service: greeter(chart), versions: [V1] });

    // THEN
    expect(only(synth(chart), 'DestinationRule').metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '1' });
  });

  test('takes its host from the Service in the chart namespace, and its name from the props', () => {
    // GIVEN
    const chart = new Chart(Testing.app(), 'test', { namespace: 'shop' });
    const service = deployedService(chart, 'Service', { app: 'greeter-service', name: 'greeter' });

    // WHEN
    new DestinationRule(chart, 'Rule', { service, versions: [V1], name: 'greeter-versions' });

    // THEN
    const manifest = only(synth(chart), 'DestinationRule');
    expect(manifest.metadata).toMatchObject({ name: 'greeter-versions', namespace: 'shop' });
    expect(manifest.spec.host).toEqual('greeter.shop.svc.cluster.local');
  });

  test.each([
    [TlsMode.DISABLE, 'DISABLE', undefined],
    // SIMPLE verifies the server with the CA of the credential Secret (ca.crt).
    [TlsMode.SIMPLE, 'SIMPLE', 'greeter-ca'],
    [TlsMode.ISTIO_MUTUAL, 'ISTIO_MUTUAL', undefined],
  ])('writes TLS mode %s as %s', (tlsMode, written, credentialName) => {
    // GIVEN
    const chart = defaultChart();

    // WHEN
    new DestinationRule(chart, 'Rule', { service: greeter(chart), versions: [V1], tlsMode, credentialName });

    // THEN
    expect(only(synth(chart), 'DestinationRule').spec.trafficPolicy).toEqual({ tls: { mode: written, ...(credentialName ? { credentialName } : {}) } });
  });

  test('reports TLS mode MUTUAL without credentialName, which Istio rejects without a client certificate', () => {
    // GIVEN
    const chart = defaultChart();

    // WHEN
    new DestinationRule(chart, 'Rule', { service: greeter(chart), versions: [V1], tlsMode: TlsMode.MUTUAL });

    // THEN
    expect(synthErrorLines(chart)).toEqual([
      '[test/Rule] error dr-tls-credential-missing credentialName: MUTUAL TLS needs a client certificate. '
        + 'Fix: name the Secret that holds it in credentialName, or use ISTIO_MUTUAL for mesh workloads',
    ]);
  });

  test('writes TLS mode MUTUAL with the Secret named by credentialName', () => {
    // GIVEN
    const chart = defaultChart();

    // WHEN
    new DestinationRule(chart, 'Rule', { service: greeter(chart), versions: [V1], tlsMode: TlsMode.MUTUAL, credentialName: 'greeter-client-cert' });

    // THEN
    expect(only(synth(chart), 'DestinationRule').spec.trafficPolicy).toEqual({ tls: { mode: 'MUTUAL', credentialName: 'greeter-client-cert' } });
  });

  test('splits traffic between subsets as destinations on the Service host and port', () => {
    // GIVEN
    const chart = defaultChart();
    const service = deployedService(chart, 'Service', { app: 'greeter-service', port: 8080, versions: ['v1', 'v2'] });
    const rule = new DestinationRule(chart, 'Rule', { service, versions: [V1, V2] });

    // WHEN
    const destinations = rule.split({ v1: 90, v2: 10 });

    // THEN
    expect(destinations).toEqual([
      { host: 'greeter-service.default.svc.cluster.local', port: 8080, subset: 'v1', weight: 90 },
      { host: 'greeter-service.default.svc.cluster.local', port: 8080, subset: 'v2', weight: 10 },
    ]);
  });

  test('gives the destination of one subset on the Service host and port', () => {
    // GIVEN
    const chart = defaultChart();
    const rule = new DestinationRule(chart, 'Rule', { service: greeter(chart), versions: [V1, V2] });

    // WHEN
    const destination = rule.destination('v2');

    // THEN
    expect(destination).toEqual({ host: 'greeter-service.default.svc.cluster.local', port: 3000, subset: 'v2' });
  });

  test('returns a copy of its subset names, so that changing it changes neither the DestinationRule nor its manifest', () => {
    // GIVEN
    const chart = defaultChart();
    const rule = new DestinationRule(chart, 'Rule', { service: greeter(chart), versions: [V1, V2] });

    // WHEN
    const returned = rule.subsetNames;
    returned.push('v3');

    // THEN
    expect(returned).toEqual(['v1', 'v2', 'v3']);
    expect(rule.subsetNames).toEqual(['v1', 'v2']);
    expect(only(synth(chart), 'DestinationRule').spec.subsets.map((subset: { name: string }) => subset.name)).toEqual(['v1', 'v2']);
  });

  test('defines subsets for the routes of its own app only', () => {
    // GIVEN
    const chart = defaultChart();
    const other = defaultChart();
    new DestinationRule(chart, 'Rule', { service: greeter(chart), versions: [V1] });
    greeter(other);

    // WHEN
    new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http: [{ route: [{ host: HOST, subset: 'v1' }] }] });
    new VirtualService(other, 'Routes', { name: 'greeter-service', hosts: [HOST], http: [{ route: [{ host: HOST, subset: 'v1' }] }] });

    // THEN
    expect(only(synth(chart), 'VirtualService').spec.http[0].route[0].destination.subset).toEqual('v1');
    expect(synthErrorLines(other)).toEqual([
      `[test/Routes] error destination-subset-undefined http[0].route[0].subset: no DestinationRule for ${HOST} defines subset v1. Fix: add a DestinationRule for ${HOST} with the subset`,
    ]);
  });

  describe('reports bad input at synth', () => {
    const NAME_FIX = 'use lower-case letters, digits and \'-\', e.g. v2';

    test('an empty version list, which no object shows, as a problem of the props', () => {
      // GIVEN
      const { chart, warnings } = analyzedChart({ namespace: 'default' });
      const service = greeter(chart);

      // WHEN
      new DestinationRule(chart, 'Rule', { service, versions: [] });

      // THEN
      expect(synthErrorLines(chart)).toEqual(['[test/Rule] versions: no version to make a subset of (got []). Fix: declare at least one version, e.g. { name: \'v1\', image: ... }']);
      expect(warnings).toEqual([]);
    });

    test('a name the API server rejects, naming the prop', () => {
      // GIVEN
      const { chart, warnings } = analyzedChart({ namespace: 'default' });
      const service = greeter(chart);

      // WHEN
      new DestinationRule(chart, 'Rule', { service, versions: [V1, V2], name: 'Greeter_Versions' });

      // THEN
      expect(synthErrorLines(chart)).toEqual([
        '[test/Rule] error name-invalid name: "Greeter_Versions" is not a valid name (DNS-1123 subdomain). '
          + 'Fix: use lower-case letters, digits, \'.\' and \'-\', at most 253 characters, starting with a letter or digit and ending with a letter or digit',
      ]);
      expect(warnings).toEqual([]);
    });

    test.each<[string, DestinationRuleOptions & { readonly tlsMode?: TlsMode }, string[], string[]]>([
      ['the same version twice', { versions: [V1, V2, { ...V1, image: 'other' }] },
        ['[test/Rule] error dr-subset-duplicate versions[2].name: subset v1 is defined twice. Fix: give every subset a distinct name'], []],
      ['an upper-case version name', { versions: [V1, { ...V2, name: 'V2' }] },
        [`[test/Rule] error dr-subset-name-invalid versions[1].name: "V2" is not a DNS-1123 label. Fix: ${NAME_FIX}`],
        ['[test/Rule] warning dr-subset-without-pods versions[1].labels: subset V2 selects none of the pods of greeter-service.default.svc.cluster.local. '
          + 'Fix: deploy the version before routing to it, or fix the subset labels']],
      ['a version name with an underscore', { versions: [{ ...V1, name: 'v1_beta' }] },
        [`[test/Rule] error dr-subset-name-invalid versions[0].name: "v1_beta" is not a DNS-1123 label. Fix: ${NAME_FIX}`],
        ['[test/Rule] warning dr-subset-without-pods versions[0].labels: subset v1_beta selects none of the pods of greeter-service.default.svc.cluster.local. '
          + 'Fix: deploy the version before routing to it, or fix the subset labels']],
      ['a version name over 63 characters', { versions: [{ ...V1, name: 'v'.repeat(64) }] },
        [`[test/Rule] error dr-subset-name-invalid versions[0].name: "${'v'.repeat(64)}" is not a DNS-1123 label. Fix: ${NAME_FIX}`,
          `[test/Rule] error label-value-invalid versions[0].labels.version: "${'v'.repeat(64)}" is not a label value. `
            + 'Fix: use at most 63 letters, digits, \'-\', \'_\' and \'.\', starting and ending with a letter or digit, as a string'],
        [`[test/Rule] warning dr-subset-without-pods versions[0].labels: subset ${'v'.repeat(64)} selects none of the pods of greeter-service.default.svc.cluster.local. `
          + 'Fix: deploy the version before routing to it, or fix the subset labels']],
      ['a workload selector with a wildcard value', { workloadSelector: { app: '*' } },
        ['[test/Rule] error selector-invalid workloadSelector.app: app=* has a wildcard, which istiod rejects: a selector matches labels exactly. Fix: select the exact labels of the workloads'], []],
      ['a workload selector without labels', { workloadSelector: {} }, [],
        ['[test/Rule] warning selector-invalid workloadSelector: the workload selector has no labels, so it applies to every workload of the namespace. '
          + 'Fix: give the labels of the workloads it is for, or remove spec.workloadSelector']],
      ['a workload selector on a label no pod can carry', { workloadSelector: { 'app/x/y': 'greeter' } }, [],
        [`[test/Rule] warning selector-label-invalid workloadSelector.app/x/y: no pod can carry the label app/x/y=greeter, so the selector selects nothing. Fix: fix the key: use at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit`]],
    ])('%s, with the construct path, the code, the prop, the message and the fix', (_, defect, errors, expectedWarnings) => {
      // GIVEN
      const { chart, warnings } = analyzedChart({ namespace: 'default' });
      const service = greeter(chart);

      // WHEN
      new DestinationRule(chart, 'Rule', { service, versions: [V1, V2], ...defect });

      // THEN
      if (errors.length > 0) expect(synthErrorLines(chart)).toEqual(errors);
      else synth(chart);
      expect(warnings).toEqual(expectedWarnings);
    });
  });

  describe('for a host as written, with a whole traffic policy', () => {
    test('writes the host as given (a short name), subsets with their own policy, a workload selector and exportTo', () => {
      // GIVEN
      const chart = Testing.chart();
      deployedService(chart, 'Service', { app: 'reviews', port: 9080, versions: ['v1', 'v2'] });

      // WHEN
      const rule = new DestinationRule(chart, 'Rule', {
        host: 'reviews',
        subsets: [
          { name: 'v1', labels: { version: 'v1' } },
          { name: 'v2', labels: { version: 'v2' }, trafficPolicy: { loadBalancer: { simple: SimpleLoadBalancer.RANDOM } } },
        ],
        trafficPolicy: { loadBalancer: { simple: SimpleLoadBalancer.LEAST_REQUEST } },
        workloadSelector: { app: 'productpage' },
        exportTo: ['.'],
      });

      // THEN
      expect(only(synth(chart), 'DestinationRule').spec).toEqual({
        host: 'reviews',
        subsets: [
          { name: 'v1', labels: { version: 'v1' } },
          { name: 'v2', labels: { version: 'v2' }, trafficPolicy: { loadBalancer: { simple: 'RANDOM' } } },
        ],
        trafficPolicy: { loadBalancer: { simple: 'LEAST_REQUEST' } },
        workloadSelector: { matchLabels: { app: 'productpage' } },
        exportTo: ['.'],
      });
      expect(rule.name).toEqual('reviews');
      expect(rule.service).toBeUndefined();
      expect(rule.destination('v2')).toEqual({ host: 'reviews', port: undefined, subset: 'v2' });
    });

    test('writes no policy for an empty one, which leaves TLS to automatic mutual TLS, and names a wildcard host\'s rule', () => {
      // GIVEN
      const chart = Testing.chart();

      // WHEN
      new DestinationRule(chart, 'Rule', { host: '*.example.com', trafficPolicy: {} });

      // THEN
      const manifest = only(synth(chart), 'DestinationRule');
      expect(manifest.metadata.name).toEqual('wildcard.example.com');
      expect(manifest.spec).toEqual({ host: '*.example.com' });
    });

    test('writes every part of a traffic policy under Istio\'s field names, durations in seconds', () => {
      // GIVEN
      const chart = Testing.chart();
      const policy: TrafficPolicy = {
        loadBalancer: { consistentHash: { httpCookie: { name: 'user', path: '/', ttl: Duration.seconds(0) } }, locality: { enabled: true, failover: [{ from: 'us-east', to: 'us-west' }] } },
        connectionPool: { maxConnections: 100, connectTimeout: Duration.millis(30), http1MaxPendingRequests: 10, http2MaxRequests: 1000, maxRequestsPerConnection: 10, maxRetries: 3, idleTimeout: Duration.minutes(1) },
        outlierDetection: { consecutive5xxErrors: 7, consecutiveGatewayErrors: 3, interval: Duration.seconds(5), baseEjectionTime: Duration.minutes(15), maxEjectionPercent: 50, minHealthPercent: 20 },
        tls: { mode: TlsMode.SIMPLE, credentialName: 'api-ca', sni: 'api.example.com', subjectAltNames: ['api.example.com'] },
        portLevelSettings: [{ port: 8443, tls: { mode: TlsMode.ISTIO_MUTUAL } }, { port: 9090, loadBalancer: { consistentHash: { useSourceIp: true } } }],
      };

      // WHEN
      new DestinationRule(chart, 'Rule', { host: 'api.example.com', trafficPolicy: policy, workloadSelector: { app: 'client' } });

      // THEN
      expect(only(synth(chart), 'DestinationRule').spec.trafficPolicy).toEqual({
        loadBalancer: {
          consistentHash: { httpCookie: { name: 'user', path: '/', ttl: '0s' } },
          localityLbSetting: { enabled: true, failover: [{ from: 'us-east', to: 'us-west' }] },
        },
        connectionPool: {
          tcp: { maxConnections: 100, connectTimeout: '0.03s' },
          http: { http1MaxPendingRequests: 10, http2MaxRequests: 1000, maxRequestsPerConnection: 10, maxRetries: 3, idleTimeout: '60s' },
        },
        outlierDetection: { consecutive5xxErrors: 7, consecutiveGatewayErrors: 3, interval: '5s', baseEjectionTime: '900s', maxEjectionPercent: 50, minHealthPercent: 20 },
        tls: { mode: 'SIMPLE', credentialName: 'api-ca', sni: 'api.example.com', subjectAltNames: ['api.example.com'] },
        portLevelSettings: [
          { port: { number: 8443 }, tls: { mode: 'ISTIO_MUTUAL' } },
          { port: { number: 9090 }, loadBalancer: { consistentHash: { useSourceIp: true } } },
        ],
      });
    });

    test.each<[string, TrafficPolicy, string[], string[]]>([
      ['locality weights that do not add up to 100', {
        loadBalancer: { locality: { distribute: [{ from: 'us-west/*', to: { 'us-west/*': 70, 'us-east/*': 20 } }] } },
        outlierDetection: { consecutive5xxErrors: 1 },
      }, ['[test/Rule] error dr-locality-invalid trafficPolicy.loadBalancer.locality.distribute[0].to: the locality weights do not add up to 100. Fix: make the weights add up to 100'], []],
      ['failover without outlier detection', { loadBalancer: { locality: { failover: [{ from: 'us-east', to: 'us-west' }] } } }, [],
        ['[test/Rule] warning dr-locality-invalid trafficPolicy.loadBalancer.locality: failover without outlier detection never fails over: no endpoint is ever found unhealthy. Fix: add an outlierDetection policy']],
      ['an ejection percentage above 100', { outlierDetection: { maxEjectionPercent: 150 } },
        ['[test/Rule] error dr-outlier-invalid trafficPolicy.outlierDetection.maxEjectionPercent: 150 is not a percentage. Fix: use a value from 0 to 100'], []],
      ['a cookie without a name', { loadBalancer: { consistentHash: { httpCookie: { name: '' } } } },
        ['[test/Rule] error dr-load-balancer-invalid trafficPolicy.loadBalancer.consistentHash.httpCookie.name: a cookie to hash on has no name. Fix: name the cookie'], []],
      ['a cookie without a name on a port', { portLevelSettings: [{ port: 443, loadBalancer: { consistentHash: { httpCookie: { name: '' } } } }] },
        ['[test/Rule] error dr-load-balancer-invalid trafficPolicy.portLevelSettings[0].loadBalancer.consistentHash.httpCookie.name: a cookie to hash on has no name. Fix: name the cookie'], []],
      ['a port policy for port 0', { portLevelSettings: [{ port: 0, tls: { mode: TlsMode.ISTIO_MUTUAL } }] },
        ['[test/Rule] error port-invalid trafficPolicy.portLevelSettings[0].port: 0 is not a port number. Fix: use a whole number from 1 to 65535'], []],
      ['a port policy without settings', { portLevelSettings: [{ port: 8080 }] },
        ['[test/Rule] error dr-port-policy-invalid trafficPolicy.portLevelSettings[0]: is an empty port traffic policy, which Istio rejects. '
          + 'Fix: give loadBalancer, connectionPool, outlierDetection or tls, or remove it'], []],
      ['a negative connection limit on a port', { portLevelSettings: [{ port: 443, connectionPool: { maxConnections: -1 } }] },
        ['[test/Rule] error dr-connection-pool-invalid trafficPolicy.portLevelSettings[0].connectionPool.maxConnections: -1 is negative. Fix: use 0 or more'], []],
      ['MUTUAL TLS on a port without a client credential', { portLevelSettings: [{ port: 443, tls: { mode: TlsMode.MUTUAL, credentialName: '' } }] },
        ['[test/Rule] error dr-tls-credential-missing trafficPolicy.portLevelSettings[0].tls.credentialName: MUTUAL TLS needs a client certificate. '
          + 'Fix: name the Secret that holds it in credentialName, or use ISTIO_MUTUAL for mesh workloads'], []],
      ['SIMPLE TLS on a port without a CA', { portLevelSettings: [{ port: 443, tls: { mode: TlsMode.SIMPLE } }] }, [],
        ['[test/Rule] warning dr-port-tls-no-ca trafficPolicy.portLevelSettings[0].tls.caCertificates: SIMPLE TLS to api.example.com port 443 names no CA, so the server\'s certificate is not verified. '
          + 'Fix: give caCertificates, or a credentialName Secret with ca.crt and a workload selector']],
      ['a simple load balancer beside a consistent hash, from JavaScript', {
        loadBalancer: { simple: SimpleLoadBalancer.ROUND_ROBIN, consistentHash: { useSourceIp: true } } as unknown as TrafficPolicy['loadBalancer'],
      }, ['[test/Rule] error dr-load-balancer-invalid trafficPolicy.loadBalancer.consistentHash: simple and consistentHash cannot be set together. '
        + 'Fix: keep one of them: simple picks any endpoint, consistentHash keeps sessions on one'], []],
      ['locality load balancing on, without outlier detection', { loadBalancer: { locality: { enabled: true } } }, [],
        ['[test/Rule] warning dr-locality-invalid trafficPolicy.loadBalancer.locality: failover without outlier detection never fails over: no endpoint is ever found unhealthy. Fix: add an outlierDetection policy']],
      ['a connection limit below 0', { connectionPool: { http2MaxRequests: -1 } },
        ['[test/Rule] error dr-connection-pool-invalid trafficPolicy.connectionPool.http2MaxRequests: -1 is negative. Fix: use 0 or more'], []],
    ])('reports %s, naming the prop of the policy', (_, trafficPolicy, errors, expectedWarnings) => {
      // GIVEN
      const { chart, warnings } = analyzedChart();

      // WHEN
      new DestinationRule(chart, 'Rule', { host: 'api.example.com', trafficPolicy });

      // THEN
      if (errors.length > 0) expect(synthErrorLines(chart)).toEqual(errors);
      else synth(chart);
      expect(warnings).toEqual(expectedWarnings);
    });
  });

  test('applies JSON patches to the manifest as written: a field keeps the manifest\'s name that the patch gives it', () => {
    // GIVEN
    const chart = Testing.chart();
    const rule = new DestinationRule(chart, 'Rule', { host: 'reviews', trafficPolicy: { outlierDetection: { consecutive5xxErrors: 1 } } });

    // WHEN
    rule.apiObject.addJsonPatch(JsonPatch.replace('/spec/trafficPolicy/outlierDetection/consecutive5xxErrors', 3));
    rule.apiObject.addJsonPatch(JsonPatch.add('/spec/trafficPolicy/tunnel', { protocol: 'CONNECT', targetHost: 'reviews', targetPort: 9080 }));

    // THEN
    expect(only(synth(chart), 'DestinationRule').spec.trafficPolicy).toEqual({
      outlierDetection: { consecutive5xxErrors: 3 },
      tunnel: { protocol: 'CONNECT', targetHost: 'reviews', targetPort: 9080 },
    });
  });

});
