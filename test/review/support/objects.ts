import type { Manifest } from '../../../lib';

/** Small builders of the objects the traffic diagram reads, as they appear in synthesized YAML. */

const ISTIO = 'networking.istio.io/v1';

export function service(name: string, namespace = 'shop', selector: Record<string, string> = { app: name }): Manifest {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace }, spec: { selector, ports: [{ name: 'http', port: 8080 }] } };
}

/** A Deployment whose pods carry `labels`, running one container of `image`. */
export function deployment(
  name: string,
  labels: Record<string, string>,
  image: string,
  options: { replicas?: number; namespace?: string; env?: Record<string, string> } = {},
): Manifest {
  const env = Object.entries(options.env ?? {}).map(([envName, value]) => ({ name: envName, value }));
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: options.namespace ?? 'shop', labels },
    spec: {
      ...(options.replicas === undefined ? {} : { replicas: options.replicas }),
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name: 'main', image, ...(env.length > 0 ? { env } : {}) }] } },
    },
  };
}

/** The Deployment of one version of an app: labels `app` and `version`, image `registry.example.com/<app>:<tag>`. */
export function version(app: string, name: string, tag: string, replicas = 2, namespace = 'shop'): Manifest {
  return deployment(`${app}-${name}`, { app, version: name }, `registry.example.com/${app}:${tag}`, { replicas, namespace });
}

export function destinationRule(host: string, subsets: string[], spec: Record<string, unknown> = {}, namespace = 'shop'): Manifest {
  return {
    apiVersion: ISTIO,
    kind: 'DestinationRule',
    metadata: { name: host.split('.')[0], namespace },
    spec: { host, subsets: subsets.map((subset) => ({ name: subset, labels: { version: subset } })), ...spec },
  };
}

export function virtualService(name: string, spec: Record<string, unknown>, namespace = 'shop'): Manifest {
  return { apiVersion: ISTIO, kind: 'VirtualService', metadata: { name, namespace }, spec };
}

export function gateway(name: string, servers: Array<Record<string, unknown>>, namespace = 'shop'): Manifest {
  return { apiVersion: ISTIO, kind: 'Gateway', metadata: { name, namespace }, spec: { selector: { istio: 'ingressgateway' }, servers } };
}

export function serviceEntry(name: string, hosts: string[], ports: Array<Record<string, unknown>>, namespace = 'shop'): Manifest {
  return { apiVersion: ISTIO, kind: 'ServiceEntry', metadata: { name, namespace }, spec: { hosts, ports, location: 'MESH_EXTERNAL', resolution: 'DNS' } };
}

export function sidecar(name: string, app: string, egressHosts: string[], namespace = 'shop'): Manifest {
  return {
    apiVersion: ISTIO,
    kind: 'Sidecar',
    metadata: { name, namespace },
    spec: { workloadSelector: { labels: { app } }, outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' }, egress: [{ hosts: egressHosts }] },
  };
}

/** A route destination of `reviews` (in namespace shop) to a subset, with a weight when given. */
export function toSubset(subset: string, weight?: number, host = 'reviews'): Record<string, unknown> {
  return { destination: { host, subset }, ...(weight === undefined ? {} : { weight }) };
}

export const REVIEWS_HOST = 'reviews.shop.svc.cluster.local';

/** The reviews Service in shop with versions v1 and v2 (tags 1.0 and 2.0, two pods each) and subsets for both. */
export function reviewsWithSubsets(options: { withV2Pods?: boolean } = {}): Manifest[] {
  return [
    service('reviews'),
    version('reviews', 'v1', '1.0'),
    ...(options.withV2Pods === false ? [] : [version('reviews', 'v2', '2.0')]),
    destinationRule(REVIEWS_HOST, ['v1', 'v2'], { trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' } } }),
  ];
}

/** A mesh VirtualService for reviews with the given HTTP routes. */
export function reviewsRoutes(...http: Array<Record<string, unknown>>): Manifest {
  return virtualService('reviews', { hosts: ['reviews'], http });
}

/** A web front end (Service and Deployment `web`) calling reviews through `REVIEWS_URL`. */
export function webCallingReviews(url = 'http://reviews.shop.svc.cluster.local:8080'): Manifest[] {
  return [service('web'), deployment('web', { app: 'web', version: 'v1' }, 'registry.example.com/web:1.0', { replicas: 3, env: { REVIEWS_URL: url } })];
}
