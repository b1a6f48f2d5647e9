// Values and plan data
export * from './values/string-match';
export * from './values/http-match';
export * from './values/http-route';
export * from './values/l4-route';
export * from './values/rollout-plan';
export * from './values/service-version';
export * from './values/traffic-policy';
// The read model of manifests, and the analysis
export * from './manifest/manifest';
export * from './manifest/security';
export * from './analysis/access';
export * from './analysis/access-matrix';
export * from './analysis/analyze';
export * from './analysis/finding';
export * from './analysis/findings-of';
export * from './analysis/least-privilege';
export * from './analysis/transitions';
// Constructs
export * from './constructs/api-version';
export * from './constructs/istio-object';
export * from './constructs/mesh-analysis';
export * from './constructs/destination-rule';
export * from './constructs/gateway';
export * from './constructs/authorization-policy';
export * from './constructs/mesh-service';
export * from './constructs/peer-authentication';
export * from './constructs/request-authentication';
export * from './constructs/security-posture';
export * from './constructs/service-entry';
export * from './constructs/sidecar';
export * from './constructs/sync-wave';
export * from './constructs/versioned-service';
export * from './constructs/versioned-workload';
export * from './constructs/virtual-service';
// Output and review
export * from './output/atomic-output';
export * from './output/phase-folders';
export * from './review/traffic-diagram';
export * from './review/traffic-summary';
export * as istio from '../imports/networking.istio.io';
export * as istioSecurity from '../imports/security.istio.io';
