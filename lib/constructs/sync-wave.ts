import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';

/** The context key that turns the sync-wave annotations off below a construct. */
const SYNC_WAVES_CONTEXT = 'istio-traffic.cdk8s.io/sync-waves';

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
  if (object.node.tryGetContext(SYNC_WAVES_CONTEXT) === false) return;
  object.metadata.addAnnotation('argocd.argoproj.io/sync-wave', String(wave));
}

/**
 * Leaves the Argo CD sync-wave annotation off every object below `scope` (an App or a Chart), for output applied
 * without Argo CD. Call it before adding constructs to `scope`.
 */
export function disableSyncWaves(scope: IConstruct): void {
  scope.node.setContext(SYNC_WAVES_CONTEXT, false);
}
