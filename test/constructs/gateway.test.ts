import { Chart, Testing } from 'cdk8s';
import { Gateway, GatewayProps, GatewayProtocol, GatewayServer, GatewayTls, GatewayTlsMode, TlsProtocolVersion } from '../../lib';

/** TLS settings the types forbid, as JavaScript, or a cast, can still write them. */
const untyped = (tls: object): GatewayTls => tls as GatewayTls;
/** TLS settings of the mode, with a credential only for the modes that terminate TLS with a certificate of their own. */
const withCredential = (mode: string): object => (['SIMPLE', 'MUTUAL', 'OPTIONAL_MUTUAL'].includes(mode) ? { mode, credentialName: 'db-tls' } : { mode });
import { analyzedChart, only, synth, synthErrorLines } from '../support/manifests';

const HTTP_HELLOWEB: GatewayServer = { port: 80, hosts: ['helloweb.dev'] };

describe('Gateway', () => {
  test('serves its hosts on the ingress gateway pods, port named after the protocol', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const gateway = new Gateway(chart, 'Gateway', { name: 'gateway', servers: [{ port: 80, hosts: ['helloweb.dev'] }] });

    // THEN
    const manifest = only(synth(chart), 'Gateway');
    expect(manifest.apiVersion).toEqual('networking.istio.io/v1');
    expect(manifest.metadata.name).toEqual('gateway');
    expect(manifest.spec).toEqual({
      selector: { istio: 'ingressgateway' },
      servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['helloweb.dev'] }],
    });
    expect(gateway.name).toEqual('gateway');
    expect(gateway.hosts).toEqual(['helloweb.dev']);
    expect(manifest).toMatchSnapshot();
  });

  test('is in the route-targets sync wave', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new Gateway(chart, 'Gateway', { name: 'gateway', servers: [HTTP_HELLOWEB] });

    // THEN
    expect(only(synth(chart), 'Gateway').metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '1' });
  });

  test('takes the selector, protocols and port names from the props, and lists every host once', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const gateway = new Gateway(chart, 'Gateway', {
      name: 'egress',
      selector: { istio: 'egressgateway' },
      servers: [
        { port: 80, hosts: ['a.example.com', 'b.example.com'] },
        { port: 8080, protocol: GatewayProtocol.HTTP2, hosts: ['a.example.com'] },
        { port: 9000, protocol: GatewayProtocol.TCP, portName: 'tcp-db', hosts: ['db.example.com'] },
      ],
    });

    // THEN
    expect(only(synth(chart), 'Gateway').spec).toEqual({
      selector: { istio: 'egressgateway' },
      servers: [
        { port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['a.example.com', 'b.example.com'] },
        { port: { number: 8080, name: 'http2', protocol: 'HTTP2' }, hosts: ['a.example.com'] },
        { port: { number: 9000, name: 'tcp-db', protocol: 'TCP' }, hosts: ['db.example.com'] },
      ],
    });
    expect(gateway.hosts).toEqual(['a.example.com', 'b.example.com', 'db.example.com']);
  });

  test('returns a copy of its hosts, so that changing it changes neither the Gateway nor its manifest', () => {
    // GIVEN
    const chart = Testing.chart();
    const gateway = new Gateway(chart, 'Gateway', { name: 'gateway', servers: [HTTP_HELLOWEB] });

    // WHEN
    const returned = gateway.hosts;
    returned.push('other.example.com');

    // THEN
    expect(returned).toEqual(['helloweb.dev', 'other.example.com']);
    expect(gateway.hosts).toEqual(['helloweb.dev']);
    expect(only(synth(chart), 'Gateway').spec.servers[0].hosts).toEqual(['helloweb.dev']);
  });

  test('exposes the chart namespace, so that routes in other namespaces can refer to it', () => {
    // GIVEN
    const chart = new Chart(Testing.app(), 'test', { namespace: 'istio-system' });

    // WHEN
    const gateway = new Gateway(chart, 'Gateway', { name: 'gateway', servers: [HTTP_HELLOWEB] });

    // THEN
    expect(gateway.namespace).toEqual('istio-system');
    expect(only(synth(chart), 'Gateway').metadata.namespace).toEqual('istio-system');
  });

  test('without a name, writes the name derived from the construct path, the one it exposes', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const gateway = new Gateway(chart, 'Gateway', { servers: [HTTP_HELLOWEB] });

    // THEN
    expect(gateway.name).toMatch(/^test-gateway-[0-9a-f]{8}$/);
    expect(only(synth(chart), 'Gateway').metadata.name).toEqual(gateway.name);
  });

  test('terminates TLS with the certificate of the named Secret', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new Gateway(chart, 'Gateway', {
      name: 'gateway',
      servers: [{ port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['helloweb.dev'], tls: { mode: GatewayTlsMode.SIMPLE, credentialName: 'helloweb-tls' } }],
    });

    // THEN
    expect(only(synth(chart), 'Gateway').spec.servers).toEqual([{
      port: { number: 443, name: 'https', protocol: 'HTTPS' },
      hosts: ['helloweb.dev'],
      tls: { mode: 'SIMPLE', credentialName: 'helloweb-tls' },
    }]);
  });

  test.each([
    [GatewayTlsMode.PASSTHROUGH, 'PASSTHROUGH'],
    [GatewayTlsMode.SIMPLE, 'SIMPLE'],
    [GatewayTlsMode.MUTUAL, 'MUTUAL'],
    [GatewayTlsMode.ISTIO_MUTUAL, 'ISTIO_MUTUAL'],
    [GatewayTlsMode.OPTIONAL_MUTUAL, 'OPTIONAL_MUTUAL'],
  ])('writes TLS mode %s as %s', (mode, written) => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new Gateway(chart, 'Gateway', {
      name: 'gateway',
      servers: [{ port: 443, protocol: GatewayProtocol.TLS, hosts: ['db.example.com'], tls: untyped(withCredential(mode)) }],
    });

    // THEN
    expect(only(synth(chart), 'Gateway').spec.servers[0].tls).toEqual(withCredential(written));
  });

  test('redirects plain HTTP to HTTPS with httpsRedirect on the HTTP server', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new Gateway(chart, 'Gateway', {
      name: 'gateway',
      servers: [
        { port: 80, hosts: ['helloweb.dev'], httpsRedirect: true },
        { port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['helloweb.dev'], tls: { mode: GatewayTlsMode.SIMPLE, credentialName: 'helloweb-tls' } },
      ],
    });

    // THEN
    expect(only(synth(chart), 'Gateway').spec.servers[0]).toEqual({
      port: { number: 80, name: 'http', protocol: 'HTTP' },
      hosts: ['helloweb.dev'],
      tls: { httpsRedirect: true },
    });
  });

  describe('warns at synth, without failing it, about a * host', () => {
    const WILDCARD_FIX = 'list real host names, or mark it intended (Gateway construct: wildcardHostsIntended: true; '
      + 'YAML: annotation istio-traffic.cdk8s.io/intended-findings: gw-wildcard-host)';

    test('naming the construct path, the code, the prop and the fix', () => {
      // GIVEN
      const { chart, warnings } = analyzedChart();

      // WHEN
      new Gateway(chart, 'Gateway', { name: 'gateway', servers: [HTTP_HELLOWEB, { port: 8080, hosts: ['*'] }] });

      // THEN
      expect(only(synth(chart), 'Gateway').spec.servers[1].hosts).toEqual(['*']);
      expect(warnings).toEqual([`[test/Gateway] warning gw-wildcard-host servers[1].hosts[0]: exposes every host name. Fix: ${WILDCARD_FIX}`]);
    });

    test('once per synth, however many charts of the app are synthesized', () => {
      // GIVEN
      const { app, chart, warnings } = analyzedChart();
      const other = new Chart(app, 'other');
      new Gateway(chart, 'Gateway', { name: 'gateway', servers: [{ port: 80, hosts: ['helloweb.dev', '*'] }] });
      new Gateway(other, 'Gateway', { name: 'other', servers: [HTTP_HELLOWEB] });

      // WHEN
      synth(chart);
      synth(other);

      // THEN
      expect(warnings).toEqual([`[test/Gateway] warning gw-wildcard-host servers[0].hosts[1]: exposes every host name. Fix: ${WILDCARD_FIX}`]);
    });

    test('not for a gateway without a * host', () => {
      // GIVEN
      const { chart, warnings } = analyzedChart();

      // WHEN
      new Gateway(chart, 'Gateway', { name: 'gateway', servers: [{ port: 80, hosts: ['helloweb.dev', '*.helloweb.dev'] }] });

      // THEN
      expect(only(synth(chart), 'Gateway').spec.servers[0].hosts).toEqual(['helloweb.dev', '*.helloweb.dev']);
      expect(warnings).toEqual([]);
    });

    test('unless the * host is intended', () => {
      // GIVEN
      const { chart, warnings } = analyzedChart();

      // WHEN
      new Gateway(chart, 'Gateway', { name: 'gateway', servers: [{ port: 80, hosts: ['*'] }], wildcardHostsIntended: true });

      // THEN
      expect(only(synth(chart), 'Gateway').spec.servers[0].hosts).toEqual(['*']);
      expect(warnings).toEqual([]);
    });
  });

  describe('reports bad input at synth', () => {
    const PORT_FIX = 'use a whole number from 1 to 65535';
    const TLS_FIX = 'add tls with a mode and, for SIMPLE or MUTUAL, a credentialName';
    const CREDENTIAL_FIX = 'name the TLS Secret, in the gateway deployment\'s namespace, in credentialName';
    const REDIRECT_FIX = 'set httpsRedirect on the plain HTTP server only';

    test.each<[string, GatewayProps, string]>([
      ['no server', { servers: [] },
        '[test/Gateway] error gw-no-servers servers: the gateway has no server. Fix: add a server with a port and hosts'],
      ['a server without hosts', { servers: [HTTP_HELLOWEB, { port: 8080, hosts: [] }] },
        '[test/Gateway] error gw-server-no-hosts servers[1].hosts: the server serves no host. Fix: list the host names it serves, e.g. app.example.com'],
      ['port 0', { servers: [{ ...HTTP_HELLOWEB, port: 0 }] },
        `[test/Gateway] error port-invalid servers[0].port: 0 is not a port number. Fix: ${PORT_FIX}`],
      ['port 70000', { servers: [{ ...HTTP_HELLOWEB, port: 70000 }] },
        `[test/Gateway] error port-invalid servers[0].port: 70000 is not a port number. Fix: ${PORT_FIX}`],
      ['port 1.5', { servers: [{ ...HTTP_HELLOWEB, port: 1.5 }] },
        `[test/Gateway] error port-invalid servers[0].port: 1.5 is not a port number. Fix: ${PORT_FIX}`],
      ['an HTTPS server without TLS settings', { servers: [{ port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['helloweb.dev'] }] },
        `[test/Gateway] error gw-tls-missing servers[0].tls: a HTTPS server has no TLS settings. Fix: ${TLS_FIX}`],
      ['a TLS server without TLS settings', { servers: [{ port: 443, protocol: GatewayProtocol.TLS, hosts: ['db.example.com'] }] },
        `[test/Gateway] error gw-tls-missing servers[0].tls: a TLS server has no TLS settings. Fix: ${TLS_FIX}`],
      ['SIMPLE TLS without a certificate', { servers: [{ port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['helloweb.dev'], tls: untyped({ mode: GatewayTlsMode.SIMPLE }) }] },
        `[test/Gateway] error gw-credential-missing servers[0].tls.credentialName: SIMPLE TLS has no certificate. Fix: ${CREDENTIAL_FIX}`],
      ['MUTUAL TLS without a certificate', { servers: [HTTP_HELLOWEB, { port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['helloweb.dev'], tls: untyped({ mode: GatewayTlsMode.MUTUAL }) }] },
        `[test/Gateway] error gw-credential-missing servers[1].tls.credentialName: MUTUAL TLS has no certificate. Fix: ${CREDENTIAL_FIX}`],
      ['OPTIONAL_MUTUAL TLS without a certificate', { servers: [{ port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['helloweb.dev'], tls: untyped({ mode: GatewayTlsMode.OPTIONAL_MUTUAL }) }] },
        `[test/Gateway] error gw-credential-missing servers[0].tls.credentialName: OPTIONAL_MUTUAL TLS has no certificate. Fix: ${CREDENTIAL_FIX}`],
      ['ISTIO_MUTUAL TLS with a certificate of its own', { servers: [{ port: 15443, protocol: GatewayProtocol.TLS, hosts: ['db.example.com'], tls: untyped({ mode: GatewayTlsMode.ISTIO_MUTUAL, credentialName: 'db-tls' }) }] },
        '[test/Gateway] error gw-tls-invalid servers[0].tls.credentialName: ISTIO_MUTUAL uses the mesh certificates and takes none of its own. Fix: remove credentialName, or use mode MUTUAL'],
      ['TLS settings on a TCP server', { servers: [{ port: 31400, protocol: GatewayProtocol.TCP, hosts: ['db.example.com'], tls: { mode: GatewayTlsMode.PASSTHROUGH } }] },
        '[test/Gateway] error gw-tls-invalid servers[0].tls: a TCP server cannot have TLS settings. Fix: serve TLS on an HTTPS or TLS port, or remove the tls settings'],
    ])('fails synth on %s, with the construct path, the code, the prop, the message and the fix', (_, props, error) => {
      // GIVEN
      const { chart, warnings } = analyzedChart();

      // WHEN
      new Gateway(chart, 'Gateway', { name: 'gateway', ...props });

      // THEN
      expect(synthErrorLines(chart)).toEqual([error]);
      expect(warnings).toEqual([]);
    });

    test.each<[string, GatewayProps, string]>([
      ['an HTTPS redirect on a TLS server', {
        servers: [{ port: 443, protocol: GatewayProtocol.TLS, hosts: ['db.example.com'], tls: { mode: GatewayTlsMode.PASSTHROUGH }, httpsRedirect: true }],
      }, `[test/Gateway] warning gw-https-redirect-protocol servers[0].httpsRedirect: redirects to HTTPS from a TLS server, which only plain HTTP requests reach. Fix: ${REDIRECT_FIX}`],
      ['an HTTPS redirect on the HTTPS server', {
        servers: [{ port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['helloweb.dev'], tls: { mode: GatewayTlsMode.SIMPLE, credentialName: 'helloweb-tls' }, httpsRedirect: true }],
      }, `[test/Gateway] warning gw-https-redirect-protocol servers[0].httpsRedirect: redirects to HTTPS from a HTTPS server, which only plain HTTP requests reach. Fix: ${REDIRECT_FIX}`],
    ])('warns at synth, without failing it, about %s', (_, props, warning) => {
      // GIVEN
      const { chart, warnings } = analyzedChart();

      // WHEN
      new Gateway(chart, 'Gateway', { name: 'gateway', ...props });

      // THEN
      expect(only(synth(chart), 'Gateway').spec.servers[0].tls.httpsRedirect).toBe(true);
      expect(warnings).toEqual([warning]);
    });

    test.each<[string, GatewayTlsMode]>([
      ['PASSTHROUGH', GatewayTlsMode.PASSTHROUGH],
      ['AUTO_PASSTHROUGH', GatewayTlsMode.AUTO_PASSTHROUGH],
    ])('warns at synth, without failing it, that %s ignores a certificate', (name, mode) => {
      // GIVEN
      const { chart, warnings } = analyzedChart();

      // WHEN
      new Gateway(chart, 'Gateway', {
        name: 'gateway', servers: [{ port: 15443, protocol: GatewayProtocol.TLS, hosts: ['db.example.com'], tls: untyped({ mode, credentialName: 'db-tls' }) }],
      });

      // THEN
      expect(only(synth(chart), 'Gateway').spec.servers[0].tls).toEqual({ mode: name, credentialName: 'db-tls' });
      expect(warnings).toEqual([
        `[test/Gateway] warning gw-tls-invalid servers[0].tls.credentialName: ${name} does not terminate TLS, so its certificates are ignored. Fix: remove the certificate fields, or use mode SIMPLE`,
      ]);
    });
  });

  test('writes TLS by mode: protocol versions and client names for mutual TLS, AUTO_PASSTHROUGH, several and namespace/host hosts', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new Gateway(chart, 'Gateway', {
      name: 'edge',
      servers: [
        {
          port: 443, protocol: GatewayProtocol.HTTPS, portName: 'https-api', hosts: ['shop/api.example.com', 'shop/www.example.com'],
          tls: { mode: GatewayTlsMode.OPTIONAL_MUTUAL, credentialName: 'api-credential', minProtocolVersion: TlsProtocolVersion.TLSV1_2, maxProtocolVersion: TlsProtocolVersion.TLSV1_3, subjectAltNames: ['client.example.com'] },
        },
        { port: 15443, protocol: GatewayProtocol.TLS, portName: 'tls', hosts: ['*.local'], tls: { mode: GatewayTlsMode.AUTO_PASSTHROUGH } },
        { port: 15012, protocol: GatewayProtocol.TLS, portName: 'tls-istiod', hosts: ['istiod.istio-system.svc.cluster.local'], tls: { mode: GatewayTlsMode.ISTIO_MUTUAL, minProtocolVersion: TlsProtocolVersion.TLSV1_3 } },
      ],
    });

    // THEN
    expect(only(synth(chart), 'Gateway').spec.servers).toEqual([
      {
        port: { number: 443, name: 'https-api', protocol: 'HTTPS' },
        hosts: ['shop/api.example.com', 'shop/www.example.com'],
        tls: { mode: 'OPTIONAL_MUTUAL', credentialName: 'api-credential', minProtocolVersion: 'TLSV1_2', maxProtocolVersion: 'TLSV1_3', subjectAltNames: ['client.example.com'] },
      },
      { port: { number: 15443, name: 'tls', protocol: 'TLS' }, hosts: ['*.local'], tls: { mode: 'AUTO_PASSTHROUGH' } },
      { port: { number: 15012, name: 'tls-istiod', protocol: 'TLS' }, hosts: ['istiod.istio-system.svc.cluster.local'], tls: { mode: 'ISTIO_MUTUAL', minProtocolVersion: 'TLSV1_3' } },
    ]);
  });
});
