import { SourcedManifest } from '../../../lib';
import { deployment, sourced } from './fixtures';
import { gatewayApiObject } from './gateway-api-inputs';

/** What a Gateway API phase of reviews holds. */
export interface GatewayApiPhaseOptions {
  /** Versions with a Service of their own (`reviews-<version>`). */
  readonly services: string[];
  /** Versions with a Deployment. */
  readonly deployed: string[];
  /**
   * Weights of the mesh route (GAMMA) by version.
   * @default - no route
   */
  readonly weights?: Record<string, number>;
  /**
   * Version that gets a copy of every request.
   * @default - none
   */
  readonly mirror?: string;
}

/**
 * The objects of a Gateway API phase of reviews, read from `<name>.yaml`: Service reviews, the mesh HTTPRoute
 * (second), a Service per version selecting app and version, and the Deployments.
 */
export function gatewayApiPhaseObjects(name: string, options: GatewayApiPhaseOptions): SourcedManifest[] {
  const service = (serviceName: string, selector: Record<string, string>) => ({
    apiVersion: 'v1', kind: 'Service', metadata: { name: serviceName, namespace: 'default' },
    spec: { selector, ports: [{ name: 'http', port: 9080 }] },
  });
  const backend = (version: string) => ({ name: `reviews-${version}`, port: 9080 });
  const route = options.weights && gatewayApiObject('HTTPRoute', 'reviews', {
    parentRefs: [{ group: '', kind: 'Service', name: 'reviews', port: 9080 }],
    rules: [{
      backendRefs: Object.entries(options.weights).map(([version, weight]) => ({ ...backend(version), weight })),
      ...(options.mirror ? { filters: [{ type: 'RequestMirror', requestMirror: { backendRef: backend(options.mirror), percent: 100 } }] } : {}),
    }],
  });
  return sourced([
    service('reviews', { app: 'reviews' }),
    ...(route ? [route] : []),
    ...options.services.map((version) => service(`reviews-${version}`, { app: 'reviews', version })),
    ...options.deployed.map((version) => deployment(`reviews-${version}`, { app: 'reviews', version })),
  ], `${name}.yaml`);
}
