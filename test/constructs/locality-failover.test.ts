import { Chart, Duration, Testing } from 'cdk8s';
import { LocalityFailover, LocalityFailoverProps, SimpleLoadBalancer } from '../../lib';
import { analyzedChart, only, synth, synthErrorLines } from '../support/manifests';

const EJECTION = { consecutive5xxErrors: 1, interval: Duration.seconds(1), baseEjectionTime: Duration.minutes(1) };

describe('LocalityFailover', () => {
  test('is a DestinationRule with locality load balancing on, the failover regions and the outlier detection it needs', () => {
    // GIVEN
    const chart = new Chart(Testing.app(), 'test', { namespace: 'sample' });

    // WHEN
    new LocalityFailover(chart, 'Failover', {
      host: 'helloworld.sample.svc.cluster.local',
      failover: [{ from: 'region1', to: 'region2' }],
      outlierDetection: EJECTION,
      loadBalancer: SimpleLoadBalancer.ROUND_ROBIN,
      connectionPool: { maxRequestsPerConnection: 1 },
    });

    // THEN
    const manifest = only(synth(chart), 'DestinationRule');
    expect(manifest.metadata).toMatchObject({ name: 'helloworld.sample.svc.cluster.local', namespace: 'sample' });
    expect(manifest.spec.trafficPolicy).toEqual({
      connectionPool: { http: { maxRequestsPerConnection: 1 } },
      loadBalancer: { simple: 'ROUND_ROBIN', localityLbSetting: { enabled: true, failover: [{ from: 'region1', to: 'region2' }] } },
      outlierDetection: { consecutive5xxErrors: 1, interval: '1s', baseEjectionTime: '60s' },
    });
  });

  test('orders endpoints by failoverPriority labels, without a simple load balancer', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new LocalityFailover(chart, 'Failover', { name: 'reviews', host: 'reviews', failoverPriority: ['topology.istio.io/network', 'topology.kubernetes.io/region'], outlierDetection: EJECTION });

    // THEN
    expect(only(synth(chart), 'DestinationRule').spec.trafficPolicy.loadBalancer).toEqual({
      localityLbSetting: { enabled: true, failoverPriority: ['topology.istio.io/network', 'topology.kubernetes.io/region'] },
    });
  });

  test('without failover regions fails over in Istio\'s order: the caller\'s zone, its region, then any', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();

    // WHEN
    new LocalityFailover(chart, 'Failover', { host: 'reviews', outlierDetection: EJECTION });

    // THEN
    expect(only(synth(chart), 'DestinationRule').spec.trafficPolicy.loadBalancer).toEqual({ localityLbSetting: { enabled: true } });
    expect(warnings).toEqual([]);
  });

  test.each<[string, ConstructorParameters<typeof LocalityFailover>[2], string[]]>([
    ['a failover to the same region', { host: 'reviews', outlierDetection: EJECTION, failover: [{ from: 'region1', to: 'region1' }] }, [
      '[test/Failover] error dr-locality-invalid failover[0]: fails over from region1 to itself. Fix: fail over to a different region',
    ]],
    ['a failover from a zone', { host: 'reviews', outlierDetection: EJECTION, failover: [{ from: 'region1/zone1', to: 'region2' }] }, [
      '[test/Failover] error dr-locality-invalid failover[0]: failover names regions only, without zones or wildcards. Fix: write region names, e.g. us-east',
    ]],
    ['an ejection percentage above 100', { host: 'reviews', outlierDetection: { ...EJECTION, maxEjectionPercent: 150 } }, [
      '[test/Failover] error dr-outlier-invalid outlierDetection.maxEjectionPercent: 150 is not a percentage. Fix: use a value from 0 to 100',
    ]],
    ['a negative connection limit', { host: 'reviews', outlierDetection: EJECTION, connectionPool: { http1MaxPendingRequests: -1 } }, [
      '[test/Failover] error dr-connection-pool-invalid connectionPool.http1MaxPendingRequests: -1 is negative. Fix: use 0 or more',
    ]],
    ['a host that is no host name', { host: 'Reviews_Host', outlierDetection: EJECTION }, [
      '[test/Failover] error name-invalid name: "Reviews_Host" is not a valid name (DNS-1123 subdomain). '
        + 'Fix: use lower-case letters, digits, \'.\' and \'-\', at most 253 characters, starting with a letter or digit and ending with a letter or digit',
      '[test/Failover] error dr-host-invalid host: "Reviews_Host" has the invalid label "Reviews_Host". Fix: write a lower-case host name: a Service short name, name.namespace, an FQDN or *.domain',
    ]],
    ['failover regions beside a topology label in failoverPriority', {
      host: 'reviews', outlierDetection: EJECTION, failover: [{ from: 'region1', to: 'region2' }], failoverPriority: ['topology.kubernetes.io/region'],
    }, [
      '[test/Failover] error dr-locality-invalid failoverPriority: failover cannot be set together with the topology label topology.kubernetes.io/region in failoverPriority. '
        + 'Fix: keep failover, or order by topology labels in failoverPriority',
    ]],
  ])('reports %s', (_, props, errors) => {
    // GIVEN
    const { chart, warnings } = analyzedChart();

    // WHEN
    new LocalityFailover(chart, 'Failover', props);

    // THEN
    expect(synthErrorLines(chart)).toEqual(errors);
    expect(warnings).toEqual([]);
  });

  test('warns, when JavaScript leaves out both the failover regions and the outlier detection, that nothing fails over', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();
    const props = { host: 'reviews' } as unknown as LocalityFailoverProps;

    // WHEN
    new LocalityFailover(chart, 'Failover', props);

    // THEN
    expect(only(synth(chart), 'DestinationRule').spec.trafficPolicy).toEqual({ loadBalancer: { localityLbSetting: { enabled: true } } });
    expect(warnings).toEqual([
      '[test/Failover] warning dr-locality-invalid outlierDetection: failover without outlier detection never fails over: no endpoint is ever found unhealthy. '
        + 'Fix: add an outlierDetection policy',
    ]);
  });

  test('warns, when JavaScript leaves out the outlier detection the type requires, that nothing fails over', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();
    const props = { host: 'reviews', failover: [{ from: 'region1', to: 'region2' }] } as unknown as LocalityFailoverProps;

    // WHEN
    new LocalityFailover(chart, 'Failover', props);

    // THEN
    expect(only(synth(chart), 'DestinationRule').spec.trafficPolicy).toEqual({
      loadBalancer: { localityLbSetting: { enabled: true, failover: [{ from: 'region1', to: 'region2' }] } },
    });
    expect(warnings).toEqual([
      '[test/Failover] warning dr-locality-invalid outlierDetection: failover without outlier detection never fails over: no endpoint is ever found unhealthy. '
        + 'Fix: add an outlierDetection policy',
    ]);
  });
});
