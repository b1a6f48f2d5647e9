import { Finding, Manifest, SourcedManifest } from '../../../lib';

/** A plain Kubernetes object that a test may change before it is analyzed. */
export interface MeshObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name?: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec?: any;
  [field: string]: unknown;
}

/** The objects of a small valid mesh, by role, plus any objects a test adds. */
export interface BaselineMesh {
  /** Service `reviews` with the ports http (9080) and http-metrics (9100). */
  readonly service: MeshObject;
  /** Deployment `reviews-v1`. */
  readonly v1: MeshObject;
  /** Deployment `reviews-v2`. */
  readonly v2: MeshObject;
  /** DestinationRule `reviews` with the subsets v1 and v2. */
  readonly destinationRule: MeshObject;
  /** Mesh VirtualService `reviews`: /v2 to v2, everything else split 90/10. */
  readonly routes: MeshObject;
  /** Gateway `public`, serving app.example.com on port 80. */
  readonly gateway: MeshObject;
  /** VirtualService `app` bound to the gateway, routing app.example.com to reviews. */
  readonly gatewayRoutes: MeshObject;
  /** ServiceEntry `external-api` for api.external.com. */
  readonly serviceEntry: MeshObject;
  /** Objects a test adds, analyzed after the others. */
  readonly extra: MeshObject[];
  /** Objects of the baseline a test leaves out. */
  readonly omitted: MeshObject[];
}

export const NAMESPACE = 'default';
export const REVIEWS_HOST = 'reviews.default.svc.cluster.local';
export const REVIEWS_PORT = 9080;

/** A Deployment of `app` whose pods carry the app and version labels, selected by both. */
export function deployment(name: string, labels: Record<string, string>, namespace = NAMESPACE): MeshObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace, labels: { ...labels } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { ...labels } },
      template: {
        metadata: { labels: { ...labels } },
        spec: { containers: [{ name: 'app', image: `example/${name}:1.0.0`, ports: [{ containerPort: REVIEWS_PORT }] }] },
      },
    },
  };
}

/** A networking.istio.io/v1 object of the kind. */
export function istioObject(kind: string, name: string, spec: any, namespace = NAMESPACE): MeshObject {
  return { apiVersion: 'networking.istio.io/v1', kind, metadata: { name, namespace }, spec };
}

/** A destination of `reviews` on its http port. */
export function reviews(subset?: string): { host: string; subset?: string; port: { number: number } } {
  return { host: 'reviews', ...(subset === undefined ? {} : { subset }), port: { number: REVIEWS_PORT } };
}

/** A fresh copy of the valid mesh: every call returns new objects, so that a test may change them. */
export function baselineMesh(): BaselineMesh {
  return {
    service: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'reviews', namespace: NAMESPACE, labels: { app: 'reviews' } },
      spec: {
        selector: { app: 'reviews' },
        ports: [
          { name: 'http', port: REVIEWS_PORT, targetPort: REVIEWS_PORT },
          { name: 'http-metrics', port: 9100, targetPort: 9100 },
        ],
      },
    },
    v1: deployment('reviews-v1', { app: 'reviews', version: 'v1' }),
    v2: deployment('reviews-v2', { app: 'reviews', version: 'v2' }),
    destinationRule: {
      apiVersion: 'networking.istio.io/v1',
      kind: 'DestinationRule',
      metadata: { name: 'reviews', namespace: NAMESPACE },
      spec: {
        host: 'reviews',
        subsets: [
          { name: 'v1', labels: { version: 'v1' } },
          { name: 'v2', labels: { version: 'v2' } },
        ],
      },
    },
    routes: {
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      metadata: { name: 'reviews', namespace: NAMESPACE },
      spec: {
        hosts: ['reviews'],
        http: [
          { match: [{ uri: { prefix: '/v2' } }], route: [{ destination: reviews('v2') }] },
          {
            route: [{ destination: reviews('v1'), weight: 90 }, { destination: reviews('v2'), weight: 10 }],
            timeout: '5s',
            retries: { attempts: 3, perTryTimeout: '2s', retryOn: '5xx' },
          },
        ],
      },
    },
    gateway: {
      apiVersion: 'networking.istio.io/v1',
      kind: 'Gateway',
      metadata: { name: 'public', namespace: NAMESPACE },
      spec: {
        selector: { istio: 'ingressgateway' },
        servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['app.example.com'] }],
      },
    },
    gatewayRoutes: {
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      metadata: { name: 'app', namespace: NAMESPACE },
      spec: {
        hosts: ['app.example.com'],
        gateways: ['public'],
        // By subset, as the mesh's routes do: a route to the whole Service would reach every version.
        http: [{ route: [{ destination: { ...reviews('v1'), host: REVIEWS_HOST } }] }],
      },
    },
    serviceEntry: {
      apiVersion: 'networking.istio.io/v1',
      kind: 'ServiceEntry',
      metadata: { name: 'external-api', namespace: NAMESPACE },
      spec: {
        hosts: ['api.external.com'],
        location: 'MESH_EXTERNAL',
        ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }],
        resolution: 'DNS',
      },
    },
    extra: [],
    omitted: [],
  };
}

/** The objects of the mesh that are not omitted, in file order. */
export function objectsOf(mesh: BaselineMesh): MeshObject[] {
  const { service, v1, v2, destinationRule, routes, gateway, gatewayRoutes, serviceEntry, extra, omitted } = mesh;
  return [service, v1, v2, destinationRule, routes, gateway, gatewayRoutes, serviceEntry, ...extra].filter((object) => !omitted.includes(object));
}

/** The second HTTP route of the mesh VirtualService: the weighted split with timeout and retries. */
export function splitRoute(mesh: BaselineMesh): any {
  return mesh.routes.spec.http[1];
}

/** Objects as read from `file`, each with the line `file:<position>` as its source. */
export function sourced(objects: Manifest[], file = 'test.yaml'): SourcedManifest[] {
  return objects.map((manifest, index) => ({ manifest, source: `${file}:${index + 1}` }));
}

/** The baseline mesh after `change`, as sourced objects: `change` introduces exactly one defect. */
export function meshWith(change: (mesh: BaselineMesh) => void): SourcedManifest[] {
  const mesh = baselineMesh();
  change(mesh);
  return sourced(objectsOf(mesh));
}

/** `level code field` of every finding, in the order found, so that a test can compare them at once. */
export function summarize(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.level} ${finding.code} ${finding.field}`);
}
