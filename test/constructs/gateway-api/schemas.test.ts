import { Chart, Duration } from 'cdk8s';
import {
  GatewayApiChannel, GatewayApiGateway, GatewayApiGrpcRoute, GatewayApiHttpRoute, GatewayApiTcpRoute, GatewayApiTlsRoute, HttpMethod,
  ListenerProtocol, ListenerTlsMode, Manifest, ReferenceGrant, RouteParent, StringMatch, Waypoint,
} from '../../../lib';
import { schemaFindings } from '../../../lib/cli/schema-check';
import { formatFinding } from '../../../lib';
import { analyzedChart, deployedService } from '../../support/manifests';

/** A chart of `default` with the Services the routes refer to: app and its versions, greeter, db. */
function servicesChart(): { chart: Chart; warnings: string[] } {
  const { chart, warnings } = analyzedChart({ namespace: 'default' });
  deployedService(chart, 'App', { app: 'app', port: 8080, versions: ['v1', 'v2', 'v3'] });
  for (const version of ['v1', 'v2', 'v3']) deployedService(chart, `AppService-${version}`, { app: 'app', version, port: 8080, versions: [] });
  deployedService(chart, 'Greeter', { app: 'greeter', port: 50051 });
  deployedService(chart, 'Db', { app: 'db', port: 5432 });
  return { chart, warnings };
}

/** The findings of the CRD schemas and CEL rules of a channel about the chart's Gateway API objects. */
function schemaLines(chart: Chart, channel: 'standard' | 'experimental'): string[] {
  const objects = (chart.toJson() as Manifest[]).map((manifest, at) => ({ manifest, source: `object ${at + 1}` }));
  expect(objects.filter(({ manifest }) => manifest.apiVersion.startsWith('gateway.networking.k8s.io')).length).toBeGreaterThan(0);
  return schemaFindings(objects, { gatewayApiChannel: channel }).filter((finding) => finding.level !== 'info').map((finding) => formatFinding(finding));
}

describe('the Gateway API constructs against the v1.5.1 CRD schemas and CEL rules', () => {
  test('every kind of the standard channel, with every filter and field, is accepted', () => {
    // GIVEN
    const { chart, warnings } = servicesChart();
    const gateway = new GatewayApiGateway(chart, 'Gateway', {
      name: 'edge',
      listeners: [
        { port: 80, hostname: 'app.example.com' },
        { port: 443, protocol: ListenerProtocol.HTTPS, hostname: 'app.example.com', certificateSecrets: ['app-tls'] },
        { name: 'db', port: 5432, protocol: ListenerProtocol.TLS, tlsMode: ListenerTlsMode.PASSTHROUGH, hostname: 'db.example.com' },
      ],
    });

    // WHEN
    new GatewayApiHttpRoute(chart, 'Http', {
      name: 'app',
      parents: [gateway.parent('https'), RouteParent.service('app', { port: 8080 })],
      hostnames: ['app.example.com'],
      rules: [
        {
          matches: [{ path: StringMatch.prefix('/api'), headers: { 'x-beta': StringMatch.regex('t.*') }, queryParams: { q: StringMatch.exact('1') }, method: HttpMethod.POST }],
          backends: [{ service: 'app-v2', port: 8080, weight: 1 }],
          requestHeaders: { set: { 'x-a': '1' }, add: { 'x-b': '2' }, remove: ['x-c'] },
          responseHeaders: { set: { 'x-d': '4' } },
          rewrite: { path: { prefix: '/v2' }, hostname: 'app.internal' },
          mirrors: [{ backend: { service: 'app-v3', port: 8080 }, percent: 10 }],
          cors: { allowOrigins: ['https://app.example.com'], allowMethods: [HttpMethod.GET], allowHeaders: ['x-a'], exposeHeaders: ['x-d'], maxAge: Duration.seconds(60) },
          timeout: Duration.seconds(10),
          backendTimeout: Duration.seconds(5),
        },
        { matches: [{ path: StringMatch.exact('/old') }], redirect: { path: { fullPath: '/new' }, hostname: 'app.example.com', port: 443, scheme: 'https', statusCode: 308 } },
        { backends: [{ service: 'app-v1', port: 8080, weight: 90 }, { service: 'app-v2', port: 8080, weight: 10 }], mirrors: [{ backend: { service: 'app-v3', port: 8080 }, fraction: { numerator: 1, denominator: 1000 } }] },
      ],
    });
    new GatewayApiGrpcRoute(chart, 'Grpc', {
      name: 'greeter', parents: [gateway.parent('https')], hostnames: ['app.example.com'],
      rules: [{
        matches: [{ service: 'helloworld.Greeter', method: 'SayHello', headers: { env: StringMatch.exact('dev') } }],
        backends: [{ service: 'greeter', port: 50051 }],
        requestHeaders: { add: { 'x-a': '1' } },
        responseHeaders: { set: { 'x-b': '2' } },
        mirrors: [{ backend: { service: 'greeter', port: 50051 }, fraction: { numerator: 1 } }],
      }],
    });
    new GatewayApiTlsRoute(chart, 'Tls', { name: 'db', parents: [gateway.parent('db')], hostnames: ['db.example.com'], backends: [{ service: 'db', port: 5432 }] });
    new ReferenceGrant(chart, 'Grant', { name: 'routes', from: [{ kind: 'HTTPRoute', namespace: 'shop' }], to: [{ kind: 'Service' }] });
    new Waypoint(chart, 'Waypoint');

    // THEN
    expect(schemaLines(chart, 'standard')).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('retries and TCPRoutes are accepted by the experimental channel, and retries refused by the standard one', () => {
    // GIVEN
    const { chart, warnings } = servicesChart();
    const gateway = new GatewayApiGateway(chart, 'Gateway', { name: 'edge', listeners: [{ name: 'tcp', port: 5432, protocol: ListenerProtocol.TCP }] });
    new GatewayApiTcpRoute(chart, 'Tcp', { name: 'db', parents: [gateway.parent('tcp')], backends: [{ service: 'db', port: 5432 }] });
    new GatewayApiHttpRoute(chart, 'Http', {
      name: 'app',
      parents: [RouteParent.service('app', { port: 8080 })],
      channel: GatewayApiChannel.EXPERIMENTAL,
      rules: [{ backends: [{ service: 'app-v1', port: 8080 }], retry: { attempts: 3, backoff: Duration.millis(200), codes: [502, 503] } }],
    });

    // WHEN
    const experimental = schemaLines(chart, 'experimental');
    const standard = schemaLines(chart, 'standard');

    // THEN
    expect(experimental).toEqual([]);
    expect(standard.some((line) => / HTTPRoute default\/app spec\.rules\[0\]\.retry: /.test(line))).toBe(true);
    expect(standard.some((line) => / TCPRoute default\/db /.test(line))).toBe(true);
    expect(warnings.map((line) => line.split(' ')[2])).toEqual(['gwapi-alpha-listener', 'gwapi-version-experimental', 'gwapi-alpha-kind']);
  });
});
