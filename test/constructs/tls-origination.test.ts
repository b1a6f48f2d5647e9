import { Testing } from 'cdk8s';
import { SimpleLoadBalancer, TlsOrigination, TlsOriginationProps } from '../../lib';
import { analyzedChart, only, synth, synthErrorLines } from '../support/manifests';

describe('TlsOrigination', () => {
  test('is a ServiceEntry whose HTTP port targets the TLS port, and a DestinationRule with SIMPLE TLS on the HTTP port', () => {
    // GIVEN
    const { chart } = analyzedChart();

    // WHEN
    const origination = new TlsOrigination(chart, 'Cnn', { host: 'edition.cnn.com' });

    // THEN
    const manifests = synth(chart);
    expect(only(manifests, 'ServiceEntry').metadata.name).toEqual('edition-cnn-com');
    expect(only(manifests, 'ServiceEntry').spec).toEqual({
      hosts: ['edition.cnn.com'],
      ports: [{ number: 80, name: 'http-port', protocol: 'HTTP', targetPort: 443 }, { number: 443, name: 'https-port', protocol: 'HTTPS' }],
      resolution: 'DNS',
      location: 'MESH_EXTERNAL',
    });
    expect(only(manifests, 'DestinationRule').spec).toEqual({
      host: 'edition.cnn.com', trafficPolicy: { portLevelSettings: [{ port: { number: 80 }, tls: { mode: 'SIMPLE' } }] },
    });
    expect(origination.rule.host).toEqual('edition.cnn.com');
    expect(origination.serviceEntry.hosts).toEqual(['edition.cnn.com']);
  });

  test('verifies the host with the CA of a Secret, sends the SNI given, on other ports', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new TlsOrigination(chart, 'Api', { name: 'api', host: 'api.example.com', httpPort: 8080, tlsPort: 8443, caCredentialName: 'api-ca', sni: 'api.example.com' });

    // THEN
    const manifests = synth(chart);
    expect(only(manifests, 'ServiceEntry').spec.ports).toEqual([
      { number: 8080, name: 'http-port', protocol: 'HTTP', targetPort: 8443 }, { number: 8443, name: 'https-port', protocol: 'HTTPS' },
    ]);
    expect(only(manifests, 'DestinationRule').spec.trafficPolicy.portLevelSettings).toEqual([
      { port: { number: 8080 }, tls: { mode: 'SIMPLE', credentialName: 'api-ca', sni: 'api.example.com' } },
    ]);
  });

  test('opens mutual TLS with the client certificate of a Secret, for the workloads selected, picking endpoints round robin', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();

    // WHEN
    new TlsOrigination(chart, 'Nginx', {
      name: 'originate-mtls-for-nginx',
      host: 'my-nginx.mesh-external.svc.cluster.local',
      clientCredentialName: 'client-credential',
      workloadSelector: { app: 'curl' },
      loadBalancer: SimpleLoadBalancer.ROUND_ROBIN,
      sni: 'my-nginx.mesh-external.svc.cluster.local',
    });

    // THEN
    const manifests = synth(chart);
    expect(only(manifests, 'DestinationRule').spec).toEqual({
      host: 'my-nginx.mesh-external.svc.cluster.local',
      workloadSelector: { matchLabels: { app: 'curl' } },
      trafficPolicy: {
        loadBalancer: { simple: 'ROUND_ROBIN' },
        portLevelSettings: [{ port: { number: 80 }, tls: { mode: 'MUTUAL', credentialName: 'client-credential', sni: 'my-nginx.mesh-external.svc.cluster.local' } }],
      },
    });
    expect(manifests.filter((manifest) => manifest.kind === 'Secret')).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('refuses, all at once, a CA beside the client credential and a client credential without workloadSelector', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();

    // WHEN
    new TlsOrigination(chart, 'Nginx', { host: 'my-nginx.mesh-external.svc.cluster.local', clientCredentialName: 'client-credential', caCredentialName: 'nginx-ca' });

    // THEN
    expect(synthErrorLines(chart)).toEqual([
      '[test/Nginx] caCredentialName: names a CA beside clientCredentialName, whose Secret holds its own (ca.crt) (got "nginx-ca"). Fix: set clientCredentialName only',
      '[test/Nginx] workloadSelector: is needed with clientCredentialName: a sidecar reads a Secret only for a DestinationRule that selects its workload (got undefined). '
        + 'Fix: set workloadSelector to the labels of the calling workloads',
    ]);
    expect(warnings).toEqual([]);
  });

  describe('reports bad input at synth', () => {
    const PORT_FIX = 'use a whole number from 1 to 65535';
    const NAME_FIX = 'use lower-case letters, digits, \'.\' and \'-\', at most 253 characters, starting with a letter or digit and ending with a letter or digit';

    test.each<[string, Partial<TlsOriginationProps>, string[]]>([
      ['an empty client credential', { clientCredentialName: '', workloadSelector: { app: 'curl' } }, [
        '[test/Nginx] error dr-tls-credential-missing clientCredentialName: MUTUAL TLS needs a client certificate. '
          + 'Fix: name the Secret that holds it in credentialName, or use ISTIO_MUTUAL for mesh workloads',
      ]],
      ['a TLS port above 65535', { caCredentialName: 'nginx-ca', tlsPort: 70000 }, [
        `[test/Nginx] error port-invalid tlsPort: 70000 is not a port number. Fix: ${PORT_FIX}`,
      ]],
      ['an HTTP port of 0', { caCredentialName: 'nginx-ca', httpPort: 0 }, [
        `[test/Nginx] error port-invalid httpPort: 0 is not a port number. Fix: ${PORT_FIX}`,
      ]],
      ['the TLS port as the HTTP port', { caCredentialName: 'nginx-ca', httpPort: 443 }, [
        '[test/Nginx] error se-port-duplicate tlsPort: port 443 is declared by spec.ports[0] too. Fix: declare every port number once',
      ]],
      ['a workload selector with a wildcard', { caCredentialName: 'nginx-ca', workloadSelector: { app: 'curl*' } }, [
        '[test/Nginx] error selector-invalid workloadSelector.app: app=curl* has a wildcard, which istiod rejects: a selector matches labels exactly. Fix: select the exact labels of the workloads',
      ]],
      ['a name that is no object name', { caCredentialName: 'nginx-ca', name: 'Nginx_TLS' }, [
        `[test/Nginx] error name-invalid name: "Nginx_TLS" is not a valid name (DNS-1123 subdomain). Fix: ${NAME_FIX}`,
      ]],
    ])('%s, with the construct path, the code, the prop, the message and the fix', (_case, props, errors) => {
      // GIVEN
      const { chart, warnings } = analyzedChart();

      // WHEN
      new TlsOrigination(chart, 'Nginx', { host: 'my-nginx.mesh-external.svc.cluster.local', ...props });

      // THEN
      expect(synthErrorLines(chart)).toEqual(errors);
      expect(warnings).toEqual([]);
    });
  });

  test('warns, as istioctl does, that without a CA the proxy verifies the host with its system CAs only', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();

    // WHEN
    new TlsOrigination(chart, 'Cnn', { host: 'edition.cnn.com' });

    // THEN
    synth(chart);
    expect(warnings.map((line) => line.split(':')[0])).toEqual(['[test/Cnn] warning dr-port-tls-no-ca caCredentialName']);
  });

  test('reports a host Istio rejects, naming the construct', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();

    // WHEN
    new TlsOrigination(chart, 'Bad', { name: 'bad', host: 'Edition.CNN.com', caCredentialName: 'cnn-ca' });

    // THEN
    expect(synthErrorLines(chart).map((line) => line.split(':')[0])).toEqual([
      '[test/Bad] error se-host-invalid host', '[test/Bad] error dr-host-invalid host',
    ]);
    expect(warnings).toEqual([]);
  });
});
