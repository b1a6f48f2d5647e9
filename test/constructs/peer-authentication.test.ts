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
    ['a selector with a wildcard', { selector: { app: 'greeter-*' } },
      ['[test/Mtls] error selector-invalid selector.app: app=greeter-* has a wildcard, which istiod rejects: a selector matches labels exactly. Fix: select the exact labels of the workloads']],
    ['a selector value over 63 characters', { selector: { app: 'a'.repeat(64) } },
      [`[test/Mtls] error label-value-invalid selector.app: "${'a'.repeat(64)}" is longer than 63 characters, which the API server rejects. Fix: use at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit`]],
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

  test('warns that a selector without labels applies to every workload of the namespace', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();

    // WHEN
    new PeerAuthentication(chart, 'Mtls', { name: 'default', selector: {} });

    // THEN
    synth(chart);
    expect(warnings).toEqual([
      '[test/Mtls] warning selector-invalid selector: the workload selector has no labels, so it applies to every workload of the namespace. Fix: give the labels of the workloads it is for, or remove spec.selector',
    ]);
  });
});
