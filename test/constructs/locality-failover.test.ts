import { Chart, Duration, Testing } from 'cdk8s';
import { LocalityFailover, SimpleLoadBalancer } from '../../lib';
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
      '[test/Failover/Rule] error dr-locality-invalid trafficPolicy.loadBalancer.locality.failover[0]: fails over from region1 to itself. Fix: fail over to a different region',
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
});
