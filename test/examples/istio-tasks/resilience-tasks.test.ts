import { ExpectedObject, expectObjects, istioObjects, podOf, taskObjects } from './support';

// The objects of Istio's circuit breaking, mirroring and locality load balancing tasks (istio.io
// content/en/docs/tasks/traffic-management/circuit-breaking/, mirroring/, locality-load-balancing/), in
// networking.istio.io/v1. Older pages wrote outlierDetection.consecutiveErrors, deprecated for consecutive5xxErrors,
// and mirror_percent / mirrorPercent, replaced by mirrorPercentage: the current fields are expected.

const HELLOWORLD = 'helloworld.sample.svc.cluster.local';

/** The mirroring task's subsets of httpbin. */
const HTTPBIN_SUBSETS: ExpectedObject = {
  kind: 'DestinationRule',
  metadata: { name: 'httpbin' },
  spec: { host: 'httpbin', subsets: [{ name: 'v1', labels: { version: 'v1' } }, { name: 'v2', labels: { version: 'v2' } }] },
};

describe('resilience tasks', () => {
  test('circuit breaking: one connection, one pending request and one request per connection to httpbin; eject at the first 5xx', () => {
    // GIVEN / WHEN
    const objects = taskObjects('circuit-breaking', '01-circuit-breaker');

    // THEN
    expect(istioObjects(objects)).toEqual(['DestinationRule/httpbin']);
    expectObjects(objects, [{
      kind: 'DestinationRule',
      metadata: { name: 'httpbin' },
      spec: {
        host: 'httpbin',
        trafficPolicy: {
          connectionPool: { tcp: { maxConnections: 1 }, http: { http1MaxPendingRequests: 1, maxRequestsPerConnection: 1 } },
          outlierDetection: { consecutive5xxErrors: 1, interval: '1s', baseEjectionTime: '3m', maxEjectionPercent: 100 },
        },
      },
    }]);
    // samples/httpbin/sample-client/fortio-deploy.yaml: the load generator, a client without a version.
    expect(podOf(objects, 'fortio-deploy').labels).toEqual({ app: 'fortio' });
  });

  test('mirroring 01-all-v1: the default routing policy, every request to httpbin v1', () => {
    // GIVEN / WHEN
    const objects = taskObjects('mirroring', '01-all-v1');

    // THEN
    expect(istioObjects(objects)).toEqual(['DestinationRule/httpbin', 'VirtualService/httpbin']);
    expectObjects(objects, [HTTPBIN_SUBSETS, {
      kind: 'VirtualService',
      metadata: { name: 'httpbin' },
      spec: { hosts: ['httpbin'], http: [{ route: [{ destination: { host: 'httpbin', subset: 'v1' }, weight: 100 }] }] },
    }]);
    expect(['httpbin-v1', 'httpbin-v2'].map((name) => podOf(objects, name).labels)).toEqual([{ app: 'httpbin', version: 'v1' }, { app: 'httpbin', version: 'v2' }]);
  });

  test('mirroring 02-mirror-v2: every request to httpbin v1 copied to v2', () => {
    // GIVEN / WHEN
    const objects = taskObjects('mirroring', '02-mirror-v2');

    // THEN
    expect(istioObjects(objects)).toEqual(['DestinationRule/httpbin', 'VirtualService/httpbin']);
    expectObjects(objects, [HTTPBIN_SUBSETS, {
      kind: 'VirtualService',
      metadata: { name: 'httpbin' },
      spec: {
        hosts: ['httpbin'],
        http: [{ route: [{ destination: { host: 'httpbin', subset: 'v1' }, weight: 100 }], mirror: { host: 'httpbin', subset: 'v2' }, mirrorPercentage: { value: 100 } }],
      },
    }]);
  });

  test('locality failover: region1 fails over to region2, with the outlier detection that ejects region1\'s endpoints', () => {
    // GIVEN / WHEN
    const objects = taskObjects('locality-failover', '01-failover');

    // THEN
    expect(istioObjects(objects)).toEqual(['DestinationRule/helloworld']);
    expectObjects(objects, [{
      kind: 'DestinationRule',
      metadata: { name: 'helloworld', namespace: 'sample' },
      spec: {
        host: HELLOWORLD,
        trafficPolicy: {
          connectionPool: { http: { maxRequestsPerConnection: 1 } },
          loadBalancer: { simple: 'ROUND_ROBIN', localityLbSetting: { enabled: true, failover: [{ from: 'region1', to: 'region2' }] } },
          outlierDetection: { consecutive5xxErrors: 1, interval: '1s', baseEjectionTime: '1m' },
        },
      },
    }]);
  });

  test('locality weighted distribution: requests from region1/zone1 split 70/20/10 between three localities', () => {
    // GIVEN / WHEN
    const objects = taskObjects('locality-distribute', '01-distribute');

    // THEN
    expect(istioObjects(objects)).toEqual(['DestinationRule/helloworld']);
    expectObjects(objects, [{
      kind: 'DestinationRule',
      metadata: { name: 'helloworld', namespace: 'sample' },
      spec: {
        host: HELLOWORLD,
        trafficPolicy: {
          loadBalancer: {
            localityLbSetting: {
              enabled: true,
              distribute: [{ from: 'region1/zone1/*', to: { 'region1/zone1/*': 70, 'region1/zone2/*': 20, 'region3/zone4/*': 10 } }],
            },
          },
          outlierDetection: { consecutive5xxErrors: 100, interval: '1s', baseEjectionTime: '1m' },
        },
      },
    }]);
  });
});
