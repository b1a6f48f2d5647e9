import type { BadInput, FineInput } from './bad-inputs';
import { BaselineMesh, MeshObject, NAMESPACE, REVIEWS_PORT } from './fixtures';

const GROUP = 'gateway.networking.k8s.io';

/** A gateway.networking.k8s.io/v1 object of the kind. */
export function gatewayApiObject(kind: string, name: string, spec: any, namespace = NAMESPACE, version = 'v1'): MeshObject {
  return { apiVersion: `${GROUP}/${version}`, kind, metadata: { name, namespace }, spec };
}

/** Gateway `web` of class istio: listener `http` on port 80 for app.example.com, routes of its namespace only. */
export function webGateway(): MeshObject {
  return gatewayApiObject('Gateway', 'web', {
    gatewayClassName: 'istio',
    listeners: [{ name: 'http', port: 80, protocol: 'HTTP', hostname: 'app.example.com', allowedRoutes: { namespaces: { from: 'Same' } } }],
  });
}

/** HTTPRoute `app` at Gateway `web`: app.example.com to reviews on its http port. */
export function appRoute(): MeshObject {
  return gatewayApiObject('HTTPRoute', 'app', {
    parentRefs: [{ group: GROUP, kind: 'Gateway', name: 'web' }],
    hostnames: ['app.example.com'],
    rules: [{ backendRefs: [{ group: '', kind: 'Service', name: 'reviews', port: REVIEWS_PORT }] }],
  });
}

/** HTTPRoute `reviews-mesh` of the mesh (GAMMA): requests to reviews go to reviews-v1 and reviews-v2 90/10. */
export function meshRoute(): MeshObject {
  return gatewayApiObject('HTTPRoute', 'reviews-mesh', {
    parentRefs: [{ group: '', kind: 'Service', name: 'reviews', port: REVIEWS_PORT }],
    rules: [{ backendRefs: [{ name: 'reviews', port: REVIEWS_PORT, weight: 90 }, { name: 'reviews', port: REVIEWS_PORT, weight: 10 }] }],
  });
}

/** A Service without selector (its endpoints are managed elsewhere) in `namespace`. */
function serviceIn(name: string, namespace: string): MeshObject {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace }, spec: { ports: [{ name: 'http', port: 8080 }] } };
}

/** The Gateway API objects the rows change, added to the baseline. */
interface GatewayApiMesh {
  readonly gateway: MeshObject;
  readonly route: MeshObject;
}

/** The baseline with Gateway `web` and HTTPRoute `app`, changed by `change`. */
function withGatewayApi(change: (objects: GatewayApiMesh, mesh: BaselineMesh) => void): (mesh: BaselineMesh) => void {
  return (mesh) => {
    const objects = { gateway: webGateway(), route: appRoute() };
    mesh.extra.push(objects.gateway, objects.route);
    change(objects, mesh);
  };
}

function backend(route: MeshObject): any {
  return route.spec.rules[0].backendRefs[0];
}

/** Defects of Gateway API objects and the findings each must cause. */
export const GATEWAY_API_BAD_INPUTS: BadInput[] = [
  {
    defect: 'an HTTPRoute whose parent Gateway does not exist',
    change: withGatewayApi(({ route }) => { route.spec.parentRefs[0].name = 'private'; }),
    findings: ['error gwapi-parent-not-found spec.parentRefs[0].name'],
  },
  {
    defect: 'an HTTPRoute whose parent is an Istio Gateway (not a Gateway API one)',
    change: withGatewayApi(({ route }) => { route.spec.parentRefs[0].name = 'public'; }),
    findings: ['error gwapi-parent-not-found spec.parentRefs[0].name'],
  },
  {
    defect: 'an HTTPRoute naming a listener the Gateway does not have',
    change: withGatewayApi(({ route }) => { route.spec.parentRefs[0].sectionName = 'https'; }),
    findings: ['error gwapi-parent-section-not-found spec.parentRefs[0].sectionName'],
  },
  {
    defect: 'an HTTPRoute naming a port no listener has',
    change: withGatewayApi(({ route }) => { route.spec.parentRefs[0].port = 8080; }),
    findings: ['error gwapi-parent-port-not-found spec.parentRefs[0].port'],
  },
  {
    defect: 'a mesh HTTPRoute whose parent Service does not exist',
    change: withGatewayApi((_, mesh) => { const route = meshRoute(); route.spec.parentRefs[0].name = 'ratings'; mesh.extra.push(route); }),
    findings: ['error gwapi-parent-not-found spec.parentRefs[0].name'],
  },
  {
    defect: 'a mesh HTTPRoute for a port its Service does not have',
    change: withGatewayApi((_, mesh) => { const route = meshRoute(); route.spec.parentRefs[0].port = 80; mesh.extra.push(route); }),
    findings: ['error gwapi-parent-port-not-found spec.parentRefs[0].port'],
  },
  {
    defect: 'a mesh HTTPRoute for a port name its Service does not have',
    change: withGatewayApi((_, mesh) => { const route = meshRoute(); route.spec.parentRefs[0].sectionName = 'grpc'; mesh.extra.push(route); }),
    findings: ['error gwapi-parent-section-not-found spec.parentRefs[0].sectionName'],
  },
  {
    defect: 'an HTTPRoute in a namespace the listener does not allow',
    change: withGatewayApi(({ route }, mesh) => {
      route.metadata.namespace = 'shop';
      route.spec.parentRefs[0].namespace = NAMESPACE;
      Object.assign(backend(route), { name: 'orders', port: 8080 });
      mesh.extra.push(serviceIn('orders', 'shop'));
    }),
    findings: ['error gwapi-listener-not-allowed spec.parentRefs[0]'],
  },
  {
    defect: 'an HTTPRoute at a listener that allows GRPCRoutes only',
    change: withGatewayApi(({ gateway }) => { gateway.spec.listeners[0].allowedRoutes.kinds = [{ kind: 'GRPCRoute' }]; }),
    findings: ['error gwapi-listener-not-allowed spec.parentRefs[0]'],
  },
  {
    defect: 'an HTTPRoute whose host names no listener serves',
    change: withGatewayApi(({ route }) => { route.spec.hostnames = ['shop.example.com']; }),
    findings: ['error gwapi-hostname-no-intersection spec.hostnames'],
  },
  {
    defect: 'a backendRef to a Service that does not exist',
    change: withGatewayApi(({ route }) => { backend(route).name = 'ratings'; }),
    findings: ['error gwapi-backend-not-found spec.rules[0].backendRefs[0].name'],
  },
  {
    defect: 'a backendRef to a port the Service does not have',
    change: withGatewayApi(({ route }) => { backend(route).port = 8080; }),
    findings: ['error gwapi-backend-port-not-found spec.rules[0].backendRefs[0].port'],
  },
  {
    defect: 'a backendRef to a Service without a port',
    change: withGatewayApi(({ route }) => { delete backend(route).port; }),
    findings: ['error gwapi-backend-port-missing spec.rules[0].backendRefs[0].port'],
  },
  {
    defect: 'a mirror to a Service that does not exist',
    change: withGatewayApi(({ route }) => {
      route.spec.rules[0].filters = [{ type: 'RequestMirror', requestMirror: { backendRef: { name: 'reviews-next', port: REVIEWS_PORT }, percent: 10 } }];
    }),
    findings: ['error gwapi-backend-not-found spec.rules[0].filters[0].requestMirror.backendRef.name'],
  },
  {
    defect: 'a backendRef to a Service of another namespace without a ReferenceGrant',
    change: withGatewayApi(({ route }, mesh) => { Object.assign(backend(route), { name: 'ratings', namespace: 'data', port: 8080 }); mesh.extra.push(serviceIn('ratings', 'data')); }),
    findings: ['error gwapi-reference-grant-missing spec.rules[0].backendRefs[0].namespace'],
  },
  {
    defect: 'a backendRef to another namespace whose ReferenceGrant names another Service',
    change: withGatewayApi(({ route }, mesh) => {
      Object.assign(backend(route), { name: 'ratings', namespace: 'data', port: 8080 });
      mesh.extra.push(serviceIn('ratings', 'data'), gatewayApiObject('ReferenceGrant', 'routes', {
        from: [{ group: GROUP, kind: 'HTTPRoute', namespace: NAMESPACE }], to: [{ group: '', kind: 'Service', name: 'details' }],
      }, 'data'));
    }),
    findings: ['error gwapi-reference-grant-missing spec.rules[0].backendRefs[0].namespace'],
  },
  {
    defect: 'a listener certificate in another namespace without a ReferenceGrant',
    change: withGatewayApi(({ gateway }) => {
      gateway.spec.listeners.push({ name: 'https', port: 443, protocol: 'HTTPS', hostname: 'app.example.com', tls: { mode: 'Terminate', certificateRefs: [{ kind: 'Secret', name: 'app-tls', namespace: 'istio-system' }] } });
    }),
    findings: ['error gwapi-reference-grant-missing spec.listeners[1].tls.certificateRefs[0]'],
  },
  {
    defect: 'a rule whose backends all have weight 0',
    change: withGatewayApi(({ route }) => { backend(route).weight = 0; }),
    findings: ['error gwapi-all-zero-weights spec.rules[0].backendRefs'],
  },
  {
    defect: 'an HTTPRoute of a version the CRDs do not serve (v1alpha2)',
    change: withGatewayApi(({ route }) => { route.apiVersion = `${GROUP}/v1alpha2`; }),
    findings: ['error gwapi-version-not-served apiVersion'],
  },
  {
    defect: 'a TLSRoute of a version only the experimental channel serves',
    change: (mesh) => { mesh.extra.push(gatewayApiObject('TLSRoute', 'db', { hostnames: ['db.example.com'], rules: [{ backendRefs: [{ name: 'reviews', port: REVIEWS_PORT }] }] }, NAMESPACE, 'v1alpha2')); },
    findings: ['warning gwapi-version-experimental apiVersion'],
  },
  {
    defect: 'an HTTPRoute of the deprecated v1beta1',
    change: withGatewayApi(({ route }) => { route.apiVersion = `${GROUP}/v1beta1`; }),
    findings: ['info gwapi-version-deprecated apiVersion'],
  },
  {
    defect: 'a TCPRoute at a TCP listener, which Istio reads only with the alpha flag',
    change: withGatewayApi(({ gateway }, mesh) => {
      gateway.spec.listeners.push({ name: 'tcp', port: 9000, protocol: 'TCP' });
      mesh.extra.push(gatewayApiObject('TCPRoute', 'raw', { parentRefs: [{ name: 'web', sectionName: 'tcp' }], rules: [{ backendRefs: [{ name: 'reviews', port: REVIEWS_PORT }] }] }, NAMESPACE, 'v1alpha2'));
    }),
    findings: ['warning gwapi-alpha-listener spec.listeners[1].protocol', 'warning gwapi-version-experimental apiVersion', 'warning gwapi-alpha-kind kind'],
  },
];

/** Gateway API variations that look suspicious but are valid. */
export const GATEWAY_API_FINE_INPUTS: FineInput[] = [
  { variation: 'an HTTPRoute and its Gateway (Gateway API)', change: withGatewayApi(() => undefined) },
  { variation: 'a mesh HTTPRoute whose parent is a Service (GAMMA)', change: withGatewayApi((_, mesh) => { mesh.extra.push(meshRoute()); }) },
  { variation: 'an HTTPRoute for *.example.com at a listener for app.example.com', change: withGatewayApi(({ route }) => { route.spec.hostnames = ['*.example.com']; }) },
  { variation: 'a listener without host name and an HTTPRoute for any host', change: withGatewayApi(({ gateway, route }) => { delete gateway.spec.listeners[0].hostname; delete route.spec.hostnames; }) },
  {
    variation: 'an HTTPRoute of another namespace at a listener that allows all',
    change: withGatewayApi(({ gateway, route }, mesh) => {
      gateway.spec.listeners[0].allowedRoutes.namespaces.from = 'All';
      route.metadata.namespace = 'shop';
      route.spec.parentRefs[0].namespace = NAMESPACE;
      Object.assign(backend(route), { name: 'orders', port: 8080 });
      mesh.extra.push(serviceIn('orders', 'shop'));
    }),
  },
  {
    variation: 'a backendRef to another namespace with a ReferenceGrant for it',
    change: withGatewayApi(({ route }, mesh) => {
      Object.assign(backend(route), { name: 'ratings', namespace: 'data', port: 8080 });
      mesh.extra.push(serviceIn('ratings', 'data'), gatewayApiObject('ReferenceGrant', 'routes', {
        from: [{ group: GROUP, kind: 'HTTPRoute', namespace: NAMESPACE }], to: [{ group: '', kind: 'Service' }],
      }, 'data'));
    }),
  },
  { variation: 'one backend of two at weight 0', change: withGatewayApi(({ route }) => { route.spec.rules[0].backendRefs.push({ name: 'reviews', port: 9100, weight: 0 }); }) },
];
