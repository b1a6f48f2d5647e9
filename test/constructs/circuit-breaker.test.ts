import { Duration, Testing } from 'cdk8s';
import { CircuitBreaker } from '../../lib';
import { analyzedChart, only, synth, synthErrorLines } from '../support/manifests';

describe('CircuitBreaker', () => {
  test('is a DestinationRule of the host with the connection limits and the ejection of failing endpoints', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const breaker = new CircuitBreaker(chart, 'Breaker', {
      host: 'httpbin',
      limits: { maxConnections: 1, http1MaxPendingRequests: 1, maxRequestsPerConnection: 1 },
      ejection: { consecutive5xxErrors: 1, interval: Duration.seconds(1), baseEjectionTime: Duration.minutes(3), maxEjectionPercent: 100 },
    });

    // THEN
    const manifest = only(synth(chart), 'DestinationRule');
    expect(manifest.metadata.name).toEqual('httpbin');
    expect(breaker.rule.host).toEqual('httpbin');
    expect(manifest.spec).toEqual({
      host: 'httpbin',
      trafficPolicy: {
        connectionPool: { tcp: { maxConnections: 1 }, http: { http1MaxPendingRequests: 1, maxRequestsPerConnection: 1 } },
        outlierDetection: { consecutive5xxErrors: 1, interval: '1s', baseEjectionTime: '180s', maxEjectionPercent: 100 },
      },
    });
  });

  test.each<[string, ConstructorParameters<typeof CircuitBreaker>[2], string[]]>([
    ['no limit', { host: 'httpbin', limits: {} }, [
      '[test/Breaker] error dr-connection-pool-invalid limits: is an empty connection pool, which Istio rejects. Fix: give http or tcp settings, or remove it',
    ]],
    ['a negative limit', { host: 'httpbin', limits: { maxConnections: -1 } }, [
      '[test/Breaker] error dr-connection-pool-invalid limits.maxConnections: -1 is negative. Fix: use 0 or more',
    ]],
    ['an ejection percentage above 100', { host: 'httpbin', limits: { maxConnections: 1 }, ejection: { consecutive5xxErrors: 1, maxEjectionPercent: 150 } }, [
      '[test/Breaker] error dr-outlier-invalid ejection.maxEjectionPercent: 150 is not a percentage. Fix: use a value from 0 to 100',
    ]],
  ])('reports %s', (_, props, errors) => {
    // GIVEN
    const { chart, warnings } = analyzedChart();

    // WHEN
    new CircuitBreaker(chart, 'Breaker', props);

    // THEN
    expect(synthErrorLines(chart)).toEqual(errors);
    expect(warnings).toEqual([]);
  });
});
