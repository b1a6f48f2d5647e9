import { Chart, Testing } from 'cdk8s';
import { GatewayApiGateway, GatewayApiHttpRoute, ListenerProtocol, ListenerTlsMode, ReferenceGrant, RouteNamespaces } from '../../../lib';
import { analyzedChart, deployedService, only, synth, synthErrorLines } from '../../support/manifests';

describe('GatewayApiGateway', () => {
  test('renders class istio, listeners named after their protocol, TLS with certificate Secrets and allowed namespaces', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const gateway = new GatewayApiGateway(chart, 'Gateway', {
      name: 'edge',
      listeners: [
        { port: 80, hostname: 'app.example.com' },
        { port: 8080 },
        { port: 443, protocol: ListenerProtocol.HTTPS, hostname: 'app.example.com', certificateSecrets: ['app-tls', 'default/app-ecdsa'], allowedRoutes: RouteNamespaces.ALL },
        { name: 'db', port: 5432, protocol: ListenerProtocol.TLS, tlsMode: ListenerTlsMode.PASSTHROUGH, hostname: 'db.example.com' },
      ],
    });

    // THEN
    const manifest = only(synth(chart), 'Gateway');
    expect(manifest.apiVersion).toEqual('gateway.networking.k8s.io/v1');
    expect(manifest.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '1' });
    expect(manifest.spec).toEqual({
      gatewayClassName: 'istio',
      listeners: [
        { name: 'http', port: 80, protocol: 'HTTP', hostname: 'app.example.com', allowedRoutes: { namespaces: { from: 'Same' } } },
        { name: 'http-8080', port: 8080, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'Same' } } },
        {
          name: 'https', port: 443, protocol: 'HTTPS', hostname: 'app.example.com', allowedRoutes: { namespaces: { from: 'All' } },
          tls: { mode: 'Terminate', certificateRefs: [{ group: '', kind: 'Secret', name: 'app-tls' }, { group: '', kind: 'Secret', name: 'app-ecdsa', namespace: 'default' }] },
        },
        { name: 'db', port: 5432, protocol: 'TLS', hostname: 'db.example.com', allowedRoutes: { namespaces: { from: 'Same' } }, tls: { mode: 'Passthrough' } },
      ],
    });
    expect(gateway.listenerNames).toEqual(['http', 'http-8080', 'https', 'db']);
    expect(gateway.parent('https')._toGatewayApi()).toEqual({ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'edge', namespace: 'default', sectionName: 'https' });
  });

  test('a certificate of another namespace needs a ReferenceGrant there', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart({ namespace: 'default' });

    // WHEN
    new GatewayApiGateway(chart, 'Gateway', { name: 'edge', listeners: [{ port: 443, protocol: ListenerProtocol.HTTPS, certificateSecrets: ['certs/app-tls'] }] });

    // THEN
    expect(synthErrorLines(chart)).toEqual([
      '[test/Gateway] error gwapi-reference-grant-missing listeners[0].tls.certificateRefs[0]: the certificate Secret certs/app-tls is in another namespace, and no ReferenceGrant there allows Gateways of default to use it. Fix: add a ReferenceGrant in certs from Gateway in default to Secret app-tls',
    ]);
    expect(warnings).toEqual([]);
  });

  test('a TCP listener is a warning naming the flag Istio 1.30 needs for it', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart({ namespace: 'default' });

    // WHEN
    new GatewayApiGateway(chart, 'Gateway', { name: 'edge', listeners: [{ port: 5432, protocol: ListenerProtocol.TCP }] });
    synth(chart);

    // THEN
    expect(warnings).toEqual([
      '[test/Gateway] warning gwapi-alpha-listener listeners[0].protocol: Istio 1.30 serves TCP listeners only when istiod runs with PILOT_ENABLE_ALPHA_GATEWAY_API=true. Fix: install Istio with --set values.pilot.env.PILOT_ENABLE_ALPHA_GATEWAY_API=true',
    ]);
  });

  test('a listener that allows its own namespace only refuses a route of another one', () => {
    // GIVEN
    const app = Testing.app();
    const infra = new Chart(app, 'infra', { namespace: 'infra' });
    const shop = new Chart(app, 'shop', { namespace: 'shop' });
    const gateway = new GatewayApiGateway(infra, 'Gateway', { name: 'edge', listeners: [{ port: 80 }] });
    deployedService(shop, 'Orders', { app: 'orders', port: 8080 });

    // WHEN
    new GatewayApiHttpRoute(shop, 'Route', { name: 'orders', parents: [gateway.parent()], rules: [{ backends: [{ service: 'orders', port: 8080 }] }] });

    // THEN
    expect(() => app.synth()).toThrow(/\[shop\/Route\] error gwapi-listener-not-allowed parents\[0\]: no listener of Gateway infra\/edge allows a HTTPRoute of namespace shop/);
  });

  test('a ReferenceGrant lets a route use a Service of another namespace', () => {
    // GIVEN
    const { app, chart } = analyzedChart({ namespace: 'default' });
    const data = new Chart(app, 'data', { namespace: 'data' });
    deployedService(data, 'Ratings', { app: 'ratings', port: 8080 });
    const gateway = new GatewayApiGateway(chart, 'Gateway', { name: 'edge', listeners: [{ port: 80 }] });
    new GatewayApiHttpRoute(chart, 'Route', { name: 'ratings', parents: [gateway.parent()], rules: [{ backends: [{ service: 'ratings', namespace: 'data', port: 8080 }] }] });

    // WHEN
    new ReferenceGrant(data, 'Grant', { name: 'routes-from-default', from: [{ kind: 'HTTPRoute', namespace: 'default' }], to: [{ kind: 'Service', name: 'ratings' }] });

    // THEN
    const grant = only(synth(data), 'ReferenceGrant');
    expect(grant.apiVersion).toEqual('gateway.networking.k8s.io/v1');
    expect(grant.spec).toEqual({
      from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'default' }],
      to: [{ group: '', kind: 'Service', name: 'ratings' }],
    });
    expect(() => app.synth()).not.toThrow();
  });
});
