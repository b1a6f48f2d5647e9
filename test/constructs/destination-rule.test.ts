import { Chart, Testing } from 'cdk8s';
import { DestinationRule, DestinationRuleProps, MeshService, ServiceVersion, TlsMode } from '../../lib';
import { only, synth } from '../support/manifests';

const V1: ServiceVersion = { name: 'v1', image: 'learnistio/greeter-service:1.0.0' };
const V2: ServiceVersion = { name: 'v2', image: 'learnistio/greeter-service:2.0.0' };

function greeter(chart: Chart): MeshService {
  return new MeshService(chart, 'Service', { app: 'greeter-service' });
}

describe('DestinationRule', () => {
  test('makes a subset of every declared version that selects its version label, for the Service host', () => {
    // GIVEN
    const chart = Testing.chart();
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
    const chart = Testing.chart();

    // WHEN
    new DestinationRule(chart, 'Rule', { service: greeter(chart), versions: [V1] });

    // THEN
    expect(only(synth(chart), 'DestinationRule').metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '1' });
  });

  test('takes its host from the Service in the chart namespace, and its name from the props', () => {
    // GIVEN
    const chart = new Chart(Testing.app(), 'test', { namespace: 'shop' });
    const service = new MeshService(chart, 'Service', { app: 'greeter-service', name: 'greeter' });

    // WHEN
    new DestinationRule(chart, 'Rule', { service, versions: [V1], name: 'greeter-versions' });

    // THEN
    const manifest = only(synth(chart), 'DestinationRule');
    expect(manifest.metadata).toMatchObject({ name: 'greeter-versions', namespace: 'shop' });
    expect(manifest.spec.host).toEqual('greeter.shop.svc.cluster.local');
  });

  test.each([
    [TlsMode.DISABLE, 'DISABLE'],
    [TlsMode.SIMPLE, 'SIMPLE'],
    [TlsMode.ISTIO_MUTUAL, 'ISTIO_MUTUAL'],
  ])('writes TLS mode %s as %s', (tlsMode, written) => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new DestinationRule(chart, 'Rule', { service: greeter(chart), versions: [V1], tlsMode });

    // THEN
    expect(only(synth(chart), 'DestinationRule').spec.trafficPolicy).toEqual({ tls: { mode: written } });
  });

  test('reports TLS mode MUTUAL without credentialName, which Istio rejects without a client certificate', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new DestinationRule(chart, 'Rule', { service: greeter(chart), versions: [V1], tlsMode: TlsMode.MUTUAL });

    // THEN
    expect(() => synth(chart)).toThrow(
      /\[test\/Rule\] credentialName: MUTUAL TLS needs a client certificate \(got undefined\)\. Fix: name the Secret that holds it, or use TlsMode\.ISTIO_MUTUAL for mesh workloads/,
    );
  });

  test('writes TLS mode MUTUAL with the Secret named by credentialName', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new DestinationRule(chart, 'Rule', { service: greeter(chart), versions: [V1], tlsMode: TlsMode.MUTUAL, credentialName: 'greeter-client-cert' });

    // THEN
    expect(only(synth(chart), 'DestinationRule').spec.trafficPolicy).toEqual({ tls: { mode: 'MUTUAL', credentialName: 'greeter-client-cert' } });
  });

  test('splits traffic between subsets as destinations on the Service host and port', () => {
    // GIVEN
    const chart = Testing.chart();
    const service = new MeshService(chart, 'Service', { app: 'greeter-service', port: 8080 });
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
    const chart = Testing.chart();
    const rule = new DestinationRule(chart, 'Rule', { service: greeter(chart), versions: [V1, V2] });

    // WHEN
    const destination = rule.destination('v2');

    // THEN
    expect(destination).toEqual({ host: 'greeter-service.default.svc.cluster.local', port: 3000, subset: 'v2' });
  });

  test('is found by host within its own app only', () => {
    // GIVEN
    const chart = Testing.chart();
    const other = Testing.chart();
    const rule = new DestinationRule(chart, 'Rule', { service: greeter(chart), versions: [V1] });

    // WHEN
    const found = DestinationRule._forHost(chart, 'greeter-service.default.svc.cluster.local');
    const foundElsewhere = DestinationRule._forHost(other, 'greeter-service.default.svc.cluster.local');

    // THEN
    expect(found).toEqual([rule]);
    expect(foundElsewhere).toEqual([]);
  });

  describe('reports bad input at synth', () => {
    test.each<[string, Partial<DestinationRuleProps>, RegExp]>([
      ['an empty version list', { versions: [] },
        /\[test\/Rule\] versions: no version to make a subset of \(got \[\]\)\. Fix: declare at least one version/],
      ['the same version twice', { versions: [V1, V2, { ...V1, image: 'other' }] },
        /\[test\/Rule\] versions: declares the same version twice \(got "v1"\)\. Fix: give every version a distinct name/],
      ['an upper-case version name', { versions: [V1, { ...V2, name: 'V2' }] },
        /\[test\/Rule\] versions\[1\]\.name: must be a DNS-1123 label \(got "V2"\)\. Fix: use at most 63 lower-case letters/],
      ['a version name with an underscore', { versions: [{ ...V1, name: 'v1_beta' }] },
        /\[test\/Rule\] versions\[0\]\.name: must be a DNS-1123 label \(got "v1_beta"\)\. Fix: use at most 63 lower-case letters/],
      ['a version name over 63 characters', { versions: [{ ...V1, name: 'v'.repeat(64) }] },
        /\[test\/Rule\] versions\[0\]\.name: must be a DNS-1123 label \(got "v{64}"\)\. Fix: use at most 63 lower-case letters/],
    ])('%s', (_, defect, error) => {
      // GIVEN
      const chart = Testing.chart();
      const service = greeter(chart);

      // WHEN
      new DestinationRule(chart, 'Rule', { service, versions: [V1, V2], ...defect });

      // THEN
      expect(() => synth(chart)).toThrow(error);
    });
  });
});
