import { Testing } from 'cdk8s';
import { PeerAuthentication, PeerAuthenticationMode, SecurityApiVersion } from '../../lib';
import { analyzedChart, only, synth, synthErrorLines } from '../support/manifests';

describe('PeerAuthentication', () => {
  test('is STRICT for the namespace by default, in security.istio.io/v1, before the workloads', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const peer = new PeerAuthentication(chart, 'Mtls', { name: 'default' });

    // THEN
    const manifest = only(synth(chart), 'PeerAuthentication');
    expect(peer.mode).toEqual(PeerAuthenticationMode.STRICT);
    expect(manifest.apiVersion).toEqual('security.istio.io/v1');
    expect(manifest.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '-1' });
    expect(manifest.spec).toEqual({ mtls: { mode: 'STRICT' } });
  });

  test('writes a workload selector and port-level modes, in v1beta1 when asked', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new PeerAuthentication(chart, 'Mtls', {
      name: 'greeter', selector: { app: 'greeter-service' }, mode: PeerAuthenticationMode.PERMISSIVE,
      portLevel: { 9090: PeerAuthenticationMode.DISABLE }, apiVersion: SecurityApiVersion.V1BETA1,
    });

    // THEN
    const manifest = only(synth(chart), 'PeerAuthentication');
    expect(manifest.apiVersion).toEqual('security.istio.io/v1beta1');
    expect(manifest.spec).toEqual({ selector: { matchLabels: { app: 'greeter-service' } }, mtls: { mode: 'PERMISSIVE' }, portLevelMtls: { 9090: { mode: 'DISABLE' } } });
  });

  test.each([
    ['port-level modes without a selector', { portLevel: { 9090: PeerAuthenticationMode.DISABLE } },
      ['[test/Mtls] error peer-port-level-without-selector portLevel: port-level mTLS needs a workload selector; istiod rejects it otherwise. Fix: add a selector with the workload\'s labels']],
    ['a port that is no port number', { selector: { app: 'a' }, portLevel: { 70000: PeerAuthenticationMode.DISABLE } },
      ['[test/Mtls] error peer-port-invalid portLevel[70000]: "70000" is no port number. Fix: key port-level settings by the workload port, 1 to 65535']],
  ])('fails the synth for %s, naming the prop', (_, props, lines) => {
    // GIVEN
    const { chart, warnings } = analyzedChart();
    new PeerAuthentication(chart, 'Mtls', { name: 'default', ...props });

    // WHEN
    const problems = synthErrorLines(chart);

    // THEN
    expect(problems).toEqual(lines);
    expect(warnings).toEqual([]);
  });
});
