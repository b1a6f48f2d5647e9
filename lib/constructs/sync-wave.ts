import { ApiObject } from 'cdk8s';

/**
 * Argo CD sync waves that make every phase make-before-break inside one sync:
 * workloads exist before subsets select them, and subsets exist before routes use them.
 */
export enum SyncWave {
  /** ServiceAccounts, PeerAuthentications and the policies that allow callers: in force before the workloads that call. */
  POLICIES = -1,
  /** Deployments and Services. */
  WORKLOADS = 0,
  /** DestinationRules, Gateways and ServiceEntries: what routes refer to. */
  ROUTE_TARGETS = 1,
  /** VirtualServices. */
  ROUTES = 2,
}

/**
 * Annotates an object with its Argo CD sync wave.
 * @internal
 */
export function _setSyncWave(object: ApiObject, wave: SyncWave): void {
  object.metadata.addAnnotation('argocd.argoproj.io/sync-wave', String(wave));
}
