import { Chart, Testing } from 'cdk8s';
import { Gateway, GatewayProps, GatewayProtocol, GatewayServer, GatewayTlsMode } from '../../lib';
import { only, synth } from '../support/manifests';

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
      servers: [{ port: 443, protocol: GatewayProtocol.TLS, hosts: ['db.example.com'], tls: { mode, credentialName: 'db-tls' } }],
    });

    // THEN
    expect(only(synth(chart), 'Gateway').spec.servers[0].tls).toEqual({ mode: written, credentialName: 'db-tls' });
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
    let warn: jest.SpyInstance;
    beforeEach(() => { warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined); });
    afterEach(() => warn.mockRestore());

    test('naming the construct path, the field, the value and the fix', () => {
      // GIVEN
      const chart = Testing.chart();

      // WHEN
      new Gateway(chart, 'Gateway', { name: 'gateway', servers: [HTTP_HELLOWEB, { port: 8080, hosts: ['*'] }] });

      // THEN
      expect(only(synth(chart), 'Gateway').spec.servers[1].hosts).toEqual(['*']);
      expect(warn.mock.calls).toEqual([[
        'warning gw-wildcard-host test/Gateway/Resource Gateway default/gateway spec.servers[1].hosts[0]: exposes every host name. '
          + 'Fix: list real host names, or mark it intended (Gateway construct: wildcardHostsIntended: true; '
          + 'YAML: annotation istio-traffic.cdk8s.io/intended-findings: gw-wildcard-host)',
      ]]);
    });

    test('once per synth, however many charts of the app are synthesized', () => {
      // GIVEN
      const app = Testing.app();
      const chart = new Chart(app, 'test');
      const other = new Chart(app, 'other');
      new Gateway(chart, 'Gateway', { name: 'gateway', servers: [{ port: 80, hosts: ['helloweb.dev', '*'] }] });
      new Gateway(other, 'Gateway', { name: 'other', servers: [HTTP_HELLOWEB] });

      // WHEN
      synth(chart);
      synth(other);

      // THEN
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0][0]).toMatch(/test\/Gateway\b.*servers\[0\]\.hosts.*exposes every host name/);
    });

    test('not for a gateway without a * host', () => {
      // GIVEN
      const chart = Testing.chart();

      // WHEN
      new Gateway(chart, 'Gateway', { name: 'gateway', servers: [{ port: 80, hosts: ['helloweb.dev', '*.helloweb.dev'] }] });

      // THEN
      expect(only(synth(chart), 'Gateway').spec.servers[0].hosts).toEqual(['helloweb.dev', '*.helloweb.dev']);
      expect(warn).not.toHaveBeenCalled();
    });

    test('unless the * host is intended', () => {
      // GIVEN
      const chart = Testing.chart();

      // WHEN
      new Gateway(chart, 'Gateway', { name: 'gateway', servers: [{ port: 80, hosts: ['*'] }], wildcardHostsIntended: true });

      // THEN
      expect(only(synth(chart), 'Gateway').spec.servers[0].hosts).toEqual(['*']);
      expect(warn).not.toHaveBeenCalled();
    });
  });

  describe('reports bad input at synth', () => {
    test.each<[string, GatewayProps, RegExp]>([
      ['no server', { servers: [] },
        /\[test\/Gateway\] servers: a gateway needs a server \(got \[\]\)\. Fix: add a server with a port and hosts/],
      ['a server without hosts', { servers: [HTTP_HELLOWEB, { port: 8080, hosts: [] }] },
        /\[test\/Gateway\] servers\[1\]\.hosts: a server needs a host \(got \[\]\)\. Fix: list the host names it serves/],
      ['port 0', { servers: [{ ...HTTP_HELLOWEB, port: 0 }] },
        /\[test\/Gateway\] servers\[0\]\.port: is not a port number \(got 0\)\. Fix: use a whole number from 1 to 65535/],
      ['port 70000', { servers: [{ ...HTTP_HELLOWEB, port: 70000 }] },
        /\[test\/Gateway\] servers\[0\]\.port: is not a port number \(got 70000\)\. Fix: use a whole number from 1 to 65535/],
      ['port 1.5', { servers: [{ ...HTTP_HELLOWEB, port: 1.5 }] },
        /\[test\/Gateway\] servers\[0\]\.port: is not a port number \(got 1\.5\)\. Fix: use a whole number from 1 to 65535/],
      ['an HTTPS server without TLS settings', { servers: [{ port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['helloweb.dev'] }] },
        /\[test\/Gateway\] servers\[0\]\.tls: a HTTPS server needs TLS settings \(got undefined\)\. Fix: add tls: \{ mode: GatewayTlsMode\.SIMPLE, credentialName/],
      ['a TLS server without TLS settings', { servers: [{ port: 443, protocol: GatewayProtocol.TLS, hosts: ['db.example.com'] }] },
        /\[test\/Gateway\] servers\[0\]\.tls: a TLS server needs TLS settings \(got undefined\)\. Fix: add tls:/],
      ['SIMPLE TLS without a certificate', { servers: [{ port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['helloweb.dev'], tls: { mode: GatewayTlsMode.SIMPLE } }] },
        /\[test\/Gateway\] servers\[0\]\.tls\.credentialName: SIMPLE TLS needs a certificate \(got undefined\)\. Fix: name the TLS Secret/],
      ['MUTUAL TLS without a certificate', { servers: [HTTP_HELLOWEB, { port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['helloweb.dev'], tls: { mode: GatewayTlsMode.MUTUAL } }] },
        /\[test\/Gateway\] servers\[1\]\.tls\.credentialName: MUTUAL TLS needs a certificate \(got undefined\)\. Fix: name the TLS Secret in the gateway's namespace that holds it/],
      ['OPTIONAL_MUTUAL TLS without a certificate', { servers: [{ port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['helloweb.dev'], tls: { mode: GatewayTlsMode.OPTIONAL_MUTUAL } }] },
        /\[test\/Gateway\] servers\[0\]\.tls\.credentialName: OPTIONAL_MUTUAL TLS needs a certificate \(got undefined\)\. Fix: name the TLS Secret/],
      ['an HTTPS redirect on a TLS server', {
        servers: [{ port: 443, protocol: GatewayProtocol.TLS, hosts: ['db.example.com'], tls: { mode: GatewayTlsMode.PASSTHROUGH }, httpsRedirect: true }],
      }, /\[test\/Gateway\] servers\[0\]\.httpsRedirect: redirects to HTTPS from a TLS server \(got true\)\. Fix: set httpsRedirect on the plain HTTP server only/],
      ['an HTTPS redirect on the HTTPS server', {
        servers: [{ port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['helloweb.dev'], tls: { mode: GatewayTlsMode.SIMPLE, credentialName: 'helloweb-tls' }, httpsRedirect: true }],
      }, /\[test\/Gateway\] servers\[0\]\.httpsRedirect: redirects to HTTPS from a HTTPS server \(got true\)\. Fix: set httpsRedirect on the plain HTTP server only/],
    ])('%s', (_, props, error) => {
      // GIVEN
      const chart = Testing.chart();

      // WHEN
      new Gateway(chart, 'Gateway', { name: 'gateway', ...props });

      // THEN
      expect(() => synth(chart)).toThrow(error);
    });
  });
});
