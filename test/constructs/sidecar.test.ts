import { Testing } from 'cdk8s';
import { CaptureMode, IstioApiVersion, OutboundTrafficPolicy, Sidecar, SidecarProps } from '../../lib';
import { analyzedChart, only, synth, synthErrorLines } from '../support/manifests';

const HOSTS_FIX = 'write the namespace (a name, \'.\' for the own one, \'*\' for any, \'~\' for none), a slash and a host or \'*\', e.g. istio-system/*';
const PORT_FIX = 'use a whole number from 1 to 65535';
const ENDPOINT_FIX = 'use 127.0.0.1:PORT, 0.0.0.0:PORT or unix:///path';

/** The lines of the synth error about the Sidecar at test/Sidecar; fails the test when it prints warnings. */
function problemLines(props: SidecarProps): string[] {
  const { chart, warnings } = analyzedChart();
  new Sidecar(chart, 'Sidecar', { name: 'greeter', ...props });
  const lines = synthErrorLines(chart);
  expect(warnings).toEqual([]);
  return lines;
}

describe('Sidecar', () => {
  test('renders the workload selector, ingress and egress listeners, and the outbound traffic policy', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new Sidecar(chart, 'Sidecar', {
      name: 'greeter',
      workloadSelector: { app: 'greeter-service' },
      ingress: [{ port: { number: 3000, protocol: 'HTTP' }, defaultEndpoint: '127.0.0.1:3000', bind: '0.0.0.0', captureMode: CaptureMode.IPTABLES }],
      egress: [
        { hosts: ['*/api.example.com'], port: { number: 443, protocol: 'TLS', name: 'tls-api' }, bind: '127.0.0.1', captureMode: CaptureMode.NONE },
        { hosts: ['./*', 'istio-system/*'] },
      ],
      outboundTrafficPolicy: OutboundTrafficPolicy.REGISTRY_ONLY,
    });

    // THEN
    const manifest = only(synth(chart), 'Sidecar');
    expect(manifest.apiVersion).toEqual('networking.istio.io/v1');
    expect(manifest.metadata.name).toEqual('greeter');
    expect(manifest.spec).toEqual({
      workloadSelector: { labels: { app: 'greeter-service' } },
      ingress: [{ port: { number: 3000, protocol: 'HTTP', name: 'http' }, defaultEndpoint: '127.0.0.1:3000', bind: '0.0.0.0', captureMode: 'IPTABLES' }],
      egress: [
        { hosts: ['*/api.example.com'], port: { number: 443, protocol: 'TLS', name: 'tls-api' }, bind: '127.0.0.1', captureMode: 'NONE' },
        { hosts: ['./*', 'istio-system/*'] },
      ],
      outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' },
    });
  });

  test.each([
    [OutboundTrafficPolicy.REGISTRY_ONLY, 'REGISTRY_ONLY'],
    [OutboundTrafficPolicy.ALLOW_ANY, 'ALLOW_ANY'],
  ])('writes outbound traffic policy %s as mode %s', (policy, mode) => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new Sidecar(chart, 'Sidecar', { name: 'greeter', egress: [{ hosts: ['./*'] }], outboundTrafficPolicy: policy });

    // THEN
    expect(only(synth(chart), 'Sidecar').spec.outboundTrafficPolicy).toEqual({ mode });
  });

  test('writes only what is given', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new Sidecar(chart, 'Sidecar', { name: 'greeter', egress: [{ hosts: ['./*'] }] });

    // THEN
    expect(only(synth(chart), 'Sidecar').spec).toEqual({ egress: [{ hosts: ['./*'] }] });
  });

  test.each([
    [undefined, 'networking.istio.io/v1'],
    [IstioApiVersion.V1, 'networking.istio.io/v1'],
    [IstioApiVersion.V1BETA1, 'networking.istio.io/v1beta1'],
    [IstioApiVersion.V1ALPHA3, 'networking.istio.io/v1alpha3'],
  ])('with apiVersion %s writes %s', (apiVersion, written) => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new Sidecar(chart, 'Sidecar', { name: 'greeter', egress: [{ hosts: ['./*'] }], apiVersion });

    // THEN
    const manifest = only(synth(chart), 'Sidecar');
    expect(manifest.apiVersion).toEqual(written);
    expect(manifest.spec).toEqual({ egress: [{ hosts: ['./*'] }] });
  });

  test('is in the route-targets sync wave', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new Sidecar(chart, 'Sidecar', { name: 'greeter', egress: [{ hosts: ['./*'] }] });

    // THEN
    expect(only(synth(chart), 'Sidecar').metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '1' });
  });

  test('without a name, writes the name derived from the construct path', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const sidecar = new Sidecar(chart, 'Sidecar', { egress: [{ hosts: ['./*'] }] });

    // THEN
    const name = only(synth(chart), 'Sidecar').metadata.name;
    expect(name).toMatch(/^test-sidecar-[0-9a-f]{8}$/);
    expect(name).toEqual(sidecar.apiObject.name);
  });

  test.each([
    ['a unix socket endpoint on port 0', { port: { number: 0, protocol: 'HTTP' }, defaultEndpoint: 'unix:///var/run/app.sock' }],
    ['the any address', { port: { number: 8080, protocol: 'HTTP' }, defaultEndpoint: '0.0.0.0:8080' }],
    ['the IPv6 loopback', { port: { number: 8080, protocol: 'HTTP' }, defaultEndpoint: '[::1]:8080' }],
  ])('accepts an ingress listener to %s', (_, listener) => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new Sidecar(chart, 'Sidecar', { name: 'greeter', ingress: [listener] });

    // THEN
    expect(only(synth(chart), 'Sidecar').spec.ingress).toEqual([{ ...listener, port: { ...listener.port, name: 'http' } }]);
  });

  test.each(['./*', '*/*', '~/*', 'istio-system/*', 'default/greeter-service.default.svc.cluster.local', '*/*.example.com', 'prod-us1/api.example.com'])(
    'accepts the egress host %j',
    (host) => {
      // GIVEN
      const chart = Testing.chart();

      // WHEN
      new Sidecar(chart, 'Sidecar', { name: 'greeter', egress: [{ hosts: [host] }] });

      // THEN
      expect(only(synth(chart), 'Sidecar').spec.egress).toEqual([{ hosts: [host] }]);
    },
  );

  describe('reports bad input at synth, naming the construct path, the code, the prop, the value and the fix', () => {
    test.each<[string, SidecarProps, string[]]>([
      ['an egress host without a namespace', { egress: [{ hosts: ['default'] }] },
        [`[test/Sidecar] error sidecar-egress-host-invalid egress[0].hosts[0]: "default" is not namespace/dnsName. Fix: ${HOSTS_FIX}`]],
      ['an egress host with two slashes', { egress: [{ hosts: ['./*', 'a/b/c'] }] },
        [`[test/Sidecar] error sidecar-egress-host-invalid egress[0].hosts[1]: "a/b/c" is not namespace/dnsName. Fix: ${HOSTS_FIX}`]],
      ['an upper-case egress namespace', { egress: [{ hosts: ['Default/*'] }] },
        [`[test/Sidecar] error sidecar-egress-host-invalid egress[0].hosts[0]: "Default/*" is not namespace/dnsName. Fix: ${HOSTS_FIX}`]],
      ['an egress host name with an underscore', { egress: [{ hosts: ['*/Bad_Host'], port: { number: 8080, protocol: 'HTTP' } }, { hosts: ['./*'] }] },
        [`[test/Sidecar] error sidecar-egress-host-invalid egress[0].hosts[0]: "*/Bad_Host" is not namespace/dnsName. Fix: ${HOSTS_FIX}`]],
      ['an egress listener without hosts', { egress: [{ hosts: [] }] },
        ['[test/Sidecar] error sidecar-egress-no-hosts egress[0].hosts: an egress listener needs a host. Fix: list hosts as namespace/dnsName, e.g. ./*']],
      ['an egress port of 70000', { egress: [{ hosts: ['./*'], port: { number: 70000, protocol: 'HTTP' } }] },
        [`[test/Sidecar] error port-invalid egress[0].port.number: 70000 is not a port number. Fix: ${PORT_FIX}`]],
      ['an ingress endpoint on another host', { ingress: [{ port: { number: 8080, protocol: 'HTTP' }, defaultEndpoint: '10.0.0.1:8080' }] },
        [`[test/Sidecar] error sidecar-endpoint-invalid ingress[0].defaultEndpoint: "10.0.0.1:8080" is not a loopback, any-address or unix socket endpoint. Fix: ${ENDPOINT_FIX}`]],
      ['an ingress endpoint without a port', { ingress: [{ port: { number: 8080, protocol: 'HTTP' }, defaultEndpoint: '127.0.0.1' }] },
        [`[test/Sidecar] error sidecar-endpoint-invalid ingress[0].defaultEndpoint: "127.0.0.1" is not a loopback, any-address or unix socket endpoint. Fix: ${ENDPOINT_FIX}`]],
      ['ingress port 0 with a TCP endpoint', { ingress: [{ port: { number: 0, protocol: 'HTTP' }, defaultEndpoint: '127.0.0.1:8080' }] },
        [`[test/Sidecar] error port-invalid ingress[0].port.number: 0 is not a port number. Fix: ${PORT_FIX}`]],
      ['a workload selector with an empty key', { workloadSelector: { '': 'greeter' }, egress: [{ hosts: ['./*'] }] },
        ['[test/Sidecar] error selector-invalid workloadSelector: the selector has an empty label key, which istiod rejects. Fix: name the label, e.g. app']],
      ['a workload selector with a wildcard key', { workloadSelector: { 'app*': 'greeter' }, egress: [{ hosts: ['./*'] }] },
        ['[test/Sidecar] error selector-invalid workloadSelector.app*: app*=greeter has a wildcard, which istiod rejects: a selector matches labels exactly. Fix: select the exact labels of the workloads']],
    ])('%s', (_, props, expected) => {
      // GIVEN / WHEN
      const lines = problemLines(props);

      // THEN
      expect(lines).toEqual(expected);
    });
  });
});
