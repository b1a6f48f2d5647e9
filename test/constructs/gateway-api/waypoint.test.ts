import { GatewayApiHttpRoute, MeshService, RouteParent, USE_WAYPOINT_LABEL, Waypoint, WaypointTrafficType } from '../../../lib';
import { analyzedChart, deployedService, only, synth } from '../../support/manifests';

describe('Waypoint', () => {
  test('is a Gateway of class istio-waypoint with the HBONE listener, used by the namespace', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart({ namespace: 'shop' });

    // WHEN
    const waypoint = new Waypoint(chart, 'Waypoint', { forNamespace: true });

    // THEN
    const manifests = synth(chart);
    const gateway = only(manifests, 'Gateway');
    expect(gateway.metadata).toEqual(expect.objectContaining({ name: 'waypoint', namespace: 'shop', labels: { 'istio.io/waypoint-for': 'service' } }));
    expect(gateway.spec).toEqual({
      gatewayClassName: 'istio-waypoint',
      listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE', allowedRoutes: { namespaces: { from: 'Same' } } }],
    });
    const namespace = only(manifests, 'Namespace');
    expect(namespace.metadata.name).toEqual('shop');
    expect(namespace.metadata.namespace).toBeUndefined();
    expect(namespace.metadata.labels).toEqual({ [USE_WAYPOINT_LABEL]: 'waypoint', 'istio.io/dataplane-mode': 'ambient' });
    expect(waypoint.gateway.name).toEqual('waypoint');
    expect(warnings).toEqual([]);
  });

  test('labels the Services that use it, whose mesh routes it then applies', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart({ namespace: 'shop' });
    const orders = deployedService(chart, 'Orders', { app: 'orders', port: 8080, versions: ['v1', 'v2'] });
    const versions = ['v1', 'v2'].map((version) => new MeshService(chart, `Orders-${version}-svc`, { app: 'orders', version, port: 8080 }));

    // WHEN
    new Waypoint(chart, 'Waypoint', { name: 'orders-waypoint', trafficFor: WaypointTrafficType.ALL, services: [orders] });
    new GatewayApiHttpRoute(chart, 'Route', {
      name: 'orders',
      parents: [RouteParent.service(orders.name, { port: orders.port })],
      rules: [{ backends: versions.map((service, at) => ({ service: service.name, port: 8080, weight: at === 0 ? 90 : 10 })) }],
    });

    // THEN
    const manifests = synth(chart);
    expect(manifests.find((manifest) => manifest.kind === 'Service' && manifest.metadata.name === 'orders')?.metadata.labels).toEqual({ app: 'orders', [USE_WAYPOINT_LABEL]: 'orders-waypoint' });
    expect(only(manifests, 'Gateway').metadata.labels).toEqual({ 'istio.io/waypoint-for': 'all' });
    expect(manifests.filter((manifest) => manifest.kind === 'Namespace')).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
