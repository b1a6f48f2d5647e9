import { Chart, Testing } from 'cdk8s';
import {
  GatewayApiGateway, GatewayApiGrpcRoute, GatewayApiTcpRoute, GatewayApiTlsRoute, ListenerProtocol, ListenerTlsMode, RouteParent, StringMatch,
} from '../../../lib';
import { analyzedChart, deployedService, only, synth, synthErrorLines } from '../../support/manifests';

/** A chart with Service db (port 5432), Service greeter (gRPC, 50051) and Gateway `edge` with TLS and TCP listeners. */
function edgeChart(): { chart: Chart; warnings: string[]; gateway: GatewayApiGateway } {
  const { chart, warnings } = analyzedChart({ namespace: 'default' });
  deployedService(chart, 'Db', { app: 'db', port: 5432 });
  deployedService(chart, 'Greeter', { app: 'greeter', port: 50051 });
  const gateway = new GatewayApiGateway(chart, 'Gateway', {
    name: 'edge',
    listeners: [
      { name: 'grpc', port: 80 },
      { name: 'tls', port: 443, protocol: ListenerProtocol.TLS, tlsMode: ListenerTlsMode.PASSTHROUGH, hostname: 'db.example.com' },
      { name: 'tcp', port: 5432, protocol: ListenerProtocol.TCP },
    ],
  });
  return { chart, warnings, gateway };
}

describe('GatewayApiGrpcRoute', () => {
  test('renders service and method matches, header matches and weighted backends', () => {
    // GIVEN
    const { chart, gateway } = edgeChart();

    // WHEN
    new GatewayApiGrpcRoute(chart, 'Route', {
      name: 'greeter',
      parents: [gateway.parent('grpc'), RouteParent.service('greeter', { port: 50051 })],
      rules: [{
        matches: [{ service: 'helloworld.Greeter', method: 'SayHello', headers: { 'x-canary': StringMatch.exact('1'), env: StringMatch.regex('dev|test') } }],
        backends: [{ service: 'greeter', port: 50051, weight: 100 }],
      }],
    });

    // THEN
    const route = only(synth(chart), 'GRPCRoute');
    expect(route.apiVersion).toEqual('gateway.networking.k8s.io/v1');
    expect(route.spec.rules).toEqual([{
      matches: [{
        method: { type: 'Exact', service: 'helloworld.Greeter', method: 'SayHello' },
        headers: [{ name: 'x-canary', value: '1', type: 'Exact' }, { name: 'env', value: 'dev|test', type: 'RegularExpression' }],
      }],
      backendRefs: [{ group: '', kind: 'Service', name: 'greeter', port: 50051, weight: 100 }],
    }]);
    expect(route.spec.parentRefs[1]).toEqual({ group: '', kind: 'Service', name: 'greeter', port: 50051 });
  });

  test('renders header modifier and mirror filters', () => {
    // GIVEN
    const { chart, gateway } = edgeChart();

    // WHEN
    new GatewayApiGrpcRoute(chart, 'Route', {
      name: 'greeter',
      parents: [gateway.parent('grpc')],
      rules: [{
        backends: [{ service: 'greeter', port: 50051 }],
        requestHeaders: { set: { 'x-route': 'grpc' } },
        responseHeaders: { remove: ['x-debug'] },
        mirrors: [{ backend: { service: 'greeter', port: 50051 }, percent: 5 }],
      }],
    });

    // THEN
    expect(only(synth(chart), 'GRPCRoute').spec.rules[0].filters).toEqual([
      { type: 'RequestHeaderModifier', requestHeaderModifier: { set: [{ name: 'x-route', value: 'grpc' }] } },
      { type: 'ResponseHeaderModifier', responseHeaderModifier: { remove: ['x-debug'] } },
      { type: 'RequestMirror', requestMirror: { backendRef: { group: '', kind: 'Service', name: 'greeter', port: 50051 }, percent: 5 } },
    ]);
  });

  test('reports a header prefix match and a rule without backends', () => {
    // GIVEN
    const { chart, warnings, gateway } = edgeChart();

    // WHEN
    new GatewayApiGrpcRoute(chart, 'Route', {
      name: 'greeter',
      parents: [gateway.parent('grpc')],
      rules: [{ matches: [{ headers: { env: StringMatch.prefix('de') } }], backends: [] }],
    });

    // THEN
    expect(synthErrorLines(chart)).toEqual([
      '[test/Route] rules[0].backends: the rule has no backend: Istio answers every call with an error (got []). Fix: give at least one backend',
      '[test/Route] rules[0].matches[0].headers.env: not portable to Gateway API: a header prefix match (got "de"). Fix: use StringMatch.regex(...) or StringMatch.exact(...)',
    ]);
    expect(warnings.map((line) => line.split(' ')[2])).toEqual(['gwapi-alpha-listener']);
  });
});

describe('GatewayApiTlsRoute', () => {
  test('renders SNI host names and backends at a TLS listener', () => {
    // GIVEN
    const { chart, gateway, warnings } = edgeChart();

    // WHEN
    new GatewayApiTlsRoute(chart, 'Route', { name: 'db', parents: [gateway.parent('tls')], hostnames: ['db.example.com'], backends: [{ service: 'db', port: 5432 }] });

    // THEN
    const route = only(synth(chart), 'TLSRoute');
    expect(route.apiVersion).toEqual('gateway.networking.k8s.io/v1');
    expect(route.spec).toEqual({
      parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'edge', namespace: 'default', sectionName: 'tls' }],
      hostnames: ['db.example.com'],
      rules: [{ backendRefs: [{ group: '', kind: 'Service', name: 'db', port: 5432 }] }],
    });
    expect(warnings).toEqual(['[test/Gateway] warning gwapi-alpha-listener listeners[2].protocol: Istio 1.30 serves TCP listeners only when istiod runs with PILOT_ENABLE_ALPHA_GATEWAY_API=true. Fix: install Istio with --set values.pilot.env.PILOT_ENABLE_ALPHA_GATEWAY_API=true']);
  });

  test('reports no host name, no backend, and a host name the listener does not serve', () => {
    // GIVEN
    const { chart, gateway } = edgeChart();

    // WHEN
    new GatewayApiTlsRoute(chart, 'Empty', { name: 'empty', parents: [gateway.parent('tls')], hostnames: [], backends: [] });
    new GatewayApiTlsRoute(chart, 'Other', { name: 'other', parents: [gateway.parent('tls')], hostnames: ['cache.example.com'], backends: [{ service: 'db', port: 5432 }] });

    // THEN
    expect(synthErrorLines(chart)).toEqual([
      '[test/Empty] hostnames: a TLSRoute needs at least one SNI host name (got []). Fix: give the host names clients connect to',
      '[test/Empty] backends: the route has no backend: connections are closed (got []). Fix: give at least one backend',
      '[test/Other] error gwapi-hostname-no-intersection hostnames: none of cache.example.com is served by a listener of Gateway default/edge that takes the route (db.example.com). Fix: use a host name of a listener, or add a listener for it',
    ]);
  });
});

describe('GatewayApiTcpRoute', () => {
  test('renders a TCPRoute of the experimental channel, with a warning naming the flag Istio needs', () => {
    // GIVEN
    const { chart, gateway, warnings } = edgeChart();

    // WHEN
    new GatewayApiTcpRoute(chart, 'Route', { name: 'db', parents: [gateway.parent('tcp')], backends: [{ service: 'db', port: 5432 }] });

    // THEN
    const route = only(synth(chart), 'TCPRoute');
    expect(route.apiVersion).toEqual('gateway.networking.k8s.io/v1alpha2');
    expect(route.spec.rules).toEqual([{ backendRefs: [{ group: '', kind: 'Service', name: 'db', port: 5432 }] }]);
    expect(warnings).toEqual([
      '[test/Gateway] warning gwapi-alpha-listener listeners[2].protocol: Istio 1.30 serves TCP listeners only when istiod runs with PILOT_ENABLE_ALPHA_GATEWAY_API=true. Fix: install Istio with --set values.pilot.env.PILOT_ENABLE_ALPHA_GATEWAY_API=true',
      '[test/Route] warning gwapi-version-experimental apiVersion: only the experimental channel of the Gateway API CRDs serves TCPRoute v1alpha2. Fix: install the experimental CRDs of Gateway API v1.5.1, or use a kind and version of the standard channel',
      '[test/Route] warning gwapi-alpha-kind kind: Istio 1.30 reads TCPRoute only when istiod runs with PILOT_ENABLE_ALPHA_GATEWAY_API=true. Fix: install Istio with --set values.pilot.env.PILOT_ENABLE_ALPHA_GATEWAY_API=true (and the experimental CRDs)',
    ]);
  });

  test('reports a route without backends, and one at a listener of another protocol', () => {
    // GIVEN
    const { chart, gateway } = edgeChart();

    // WHEN
    new GatewayApiTcpRoute(chart, 'Empty', { name: 'empty', parents: [gateway.parent('tcp')], backends: [] });
    new GatewayApiTcpRoute(chart, 'Http', { name: 'http', parents: [gateway.parent('grpc')], backends: [{ service: 'db', port: 5432 }] });

    // THEN
    expect(synthErrorLines(chart)).toEqual([
      '[test/Empty] backends: the route has no backend: connections are closed (got []). Fix: give at least one backend',
      '[test/Http] error gwapi-listener-not-allowed parents[0]: no listener of Gateway default/edge allows a TCPRoute of namespace default (allowedRoutes, protocol). Fix: set allowedRoutes.namespaces.from: All (or a selector) on a listener of a matching protocol, or move the route to namespace default',
    ]);
  });

  test('Testing charts without a namespace put the route in default', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const route = new GatewayApiTcpRoute(chart, 'Route', { name: 'db', parents: [RouteParent.gateway('edge')], backends: [{ service: 'db', port: 5432 }] });

    // THEN
    expect(route.namespace).toEqual('default');
    expect(route.name).toEqual('db');
  });
});
