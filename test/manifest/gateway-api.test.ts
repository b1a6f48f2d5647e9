import { GATEWAY_API_ORIGIN_ANNOTATION, Manifest, gatewayApiAsIstio, ruleTraffic, serviceParents } from '../../lib';

const service = (name: string, selector: Record<string, string>): Manifest => ({
  apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' }, spec: { selector, ports: [{ name: 'http', port: 3000 }] },
});
const GROUP = 'gateway.networking.k8s.io';

describe('ruleTraffic', () => {
  test('gives each backend its share of the relative weights, and each mirror its percent or fraction', () => {
    // GIVEN
    const rule = {
      backendRefs: [{ name: 'a-v1', port: 3000, weight: 3 }, { name: 'a-v2', port: 3000 }, { name: 'x', kind: 'ServiceImport', group: 'multicluster.x-k8s.io' }],
      filters: [
        { type: 'RequestMirror', requestMirror: { backendRef: { name: 'a-v3', namespace: 'other', port: 3000 }, fraction: { numerator: 1, denominator: 4 } } },
        { type: 'RequestMirror', requestMirror: { backendRef: { name: 'a-v4', port: 3000 } } },
      ],
    };

    // WHEN
    const traffic = ruleTraffic(rule, 'default', 'spec.rules[0]');

    // THEN
    expect(traffic.map(({ backend, percent, mirror, field }) => `${backend.namespace}/${backend.name} ${percent} ${mirror} ${field}`)).toEqual([
      'default/a-v1 60 false spec.rules[0].backendRefs[0]',
      'default/a-v2 20 false spec.rules[0].backendRefs[1]',
      'other/a-v3 25 true spec.rules[0].filters[0].requestMirror.backendRef',
      'default/a-v4 100 true spec.rules[0].filters[1].requestMirror.backendRef',
    ]);
  });
});

describe('gatewayApiAsIstio', () => {
  test('leaves manifests without Gateway API objects as they are', () => {
    // GIVEN
    const manifests = [service('a', { app: 'a' }), service('a-v1', { app: 'a', version: 'v1' })];

    // THEN
    expect(gatewayApiAsIstio(manifests)).toBe(manifests);
  });

  test('reads a mesh HTTPRoute as a VirtualService of its parent Service, and the version Services as its subsets', () => {
    // GIVEN
    const route: Manifest = {
      apiVersion: `${GROUP}/v1`, kind: 'HTTPRoute', metadata: { name: 'a', namespace: 'default' },
      spec: {
        parentRefs: [{ group: '', kind: 'Service', name: 'a', port: 3000 }],
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/old' }, headers: [{ name: 'User-Agent', type: 'RegularExpression', value: '.*Firefox.*' }] }],
            filters: [{ type: 'RequestRedirect', requestRedirect: { path: { type: 'ReplaceFullPath', replaceFullPath: '/new' }, hostname: 'a.default.svc.cluster.local', port: 3000 } }],
          },
          { backendRefs: [{ name: 'a-v1', port: 3000, weight: 90 }, { name: 'a-v2', port: 3000, weight: 10 }] },
        ],
      },
    };

    // WHEN
    const view = gatewayApiAsIstio([service('a', { app: 'a' }), service('a-v1', { app: 'a', version: 'v1' }), service('a-v2', { app: 'a', version: 'v2' }), route]);

    // THEN
    expect(serviceParents(route)).toEqual([{ name: 'a', namespace: 'default', port: 3000 }]);
    expect(view.map((manifest) => `${manifest.kind}/${manifest.metadata.name}`)).toEqual(['Service/a', 'VirtualService/a', 'DestinationRule/a']);
    expect(view[1].metadata.annotations).toEqual({ [GATEWAY_API_ORIGIN_ANNOTATION]: 'HTTPRoute default/a' });
    expect(view[1].spec).toEqual({
      hosts: ['a.default.svc.cluster.local'],
      http: [
        {
          match: [{ uri: { prefix: '/old' }, headers: { 'user-agent': { regex: '.*Firefox.*' } } }],
          redirect: { uri: '/new', authority: 'a.default.svc.cluster.local:3000', redirectCode: 302 },
        },
        {
          route: [
            { destination: { host: 'a.default.svc.cluster.local', subset: 'v1', port: { number: 3000 } }, weight: 90 },
            { destination: { host: 'a.default.svc.cluster.local', subset: 'v2', port: { number: 3000 } }, weight: 10 },
          ],
        },
      ],
    });
    expect(view[2].spec).toEqual({ host: 'a.default.svc.cluster.local', subsets: [{ name: 'v1', labels: { version: 'v1' } }, { name: 'v2', labels: { version: 'v2' } }] });
  });

  test('reads a Gateway as a Gateway of its listeners, an ingress route as bound to it, and leaves waypoints out', () => {
    // GIVEN
    const gateway: Manifest = {
      apiVersion: `${GROUP}/v1`, kind: 'Gateway', metadata: { name: 'edge', namespace: 'default' },
      spec: { gatewayClassName: 'istio', listeners: [{ name: 'https', port: 443, protocol: 'HTTPS', hostname: 'a.dev', tls: { certificateRefs: [{ name: 'a-tls' }] } }] },
    };
    const waypoint: Manifest = { apiVersion: `${GROUP}/v1`, kind: 'Gateway', metadata: { name: 'waypoint' }, spec: { gatewayClassName: 'istio-waypoint', listeners: [] } };
    const route: Manifest = {
      apiVersion: `${GROUP}/v1`, kind: 'HTTPRoute', metadata: { name: 'a' },
      spec: { parentRefs: [{ name: 'edge' }], hostnames: ['a.dev'], rules: [{ backendRefs: [{ name: 'a', port: 3000 }] }] },
    };

    // WHEN
    const view = gatewayApiAsIstio([gateway, waypoint, route]);

    // THEN
    expect(view.map((manifest) => `${manifest.apiVersion} ${manifest.kind}/${manifest.metadata.name}`)).toEqual(['networking.istio.io/v1 Gateway/edge', 'networking.istio.io/v1 VirtualService/a']);
    expect(view[0].spec).toEqual({ servers: [{ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['a.dev'], tls: { mode: 'SIMPLE', credentialName: 'a-tls' } }] });
    expect(view[1].spec).toEqual({ hosts: ['a.dev'], gateways: ['default/edge'], http: [{ route: [{ destination: { host: 'a.default.svc.cluster.local', port: { number: 3000 } } }] }] });
  });
});
