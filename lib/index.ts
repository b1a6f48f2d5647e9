// Values and plan data
export * from './values/string-match';
export * from './values/http-match';
export * from './values/http-route';
export * from './values/l4-route';
export * from './values/rollout-plan';
export * from './values/service-version';
export * from './values/gateway-api-route';
export * from './values/api-groups';
export * from './values/traffic-policy';
// The read model of manifests, and the analysis
export * from './manifest/manifest';
export * from './manifest/gateway-api';
export * from './manifest/security';
export * from './analysis/access';
export * from './analysis/access-matrix';
export * from './analysis/analyze';
export * from './analysis/finding';
export * from './analysis/findings-of';
export * from './analysis/least-privilege';
export * from './analysis/transitions';
// Fleets: the configuration of many services across environments, and moving them step by step
export { ConfigError, ConfigProblem, formatConfigProblem } from './fleet/config-reader';
export * from './fleet/fleet-config';
export {
  StepChange, describeChange, nextStep, promotion, rollback, rollbackStep, safeSequence, stepRank, stepWeights, withLiveStep,
} from './fleet/fleet-rollout';
// Constructs
export * from './constructs/api-version';
export * from './constructs/istio-object';
export * from './constructs/mesh-analysis';
export * from './constructs/circuit-breaker';
export * from './constructs/destination-rule';
export * from './constructs/egress-gateway-route';
export * from './constructs/gateway';
export * from './constructs/authorization-policy';
export * from './constructs/locality-failover';
export * from './constructs/mesh-service';
export * from './constructs/peer-authentication';
export * from './constructs/request-authentication';
export * from './constructs/security-posture';
export * from './constructs/service-entry';
export * from './constructs/sidecar';
export * from './constructs/sync-wave';
export * from './constructs/tls-origination';
export * from './constructs/versioned-service';
export * from './constructs/versioned-workload';
export * from './constructs/virtual-service';
export * from './constructs/fleet-chart';
export * from './constructs/gateway-api/gateway-api-object';
export * from './constructs/gateway-api/gateway-api-gateway';
export * from './constructs/gateway-api/gateway-api-http-route';
export * from './constructs/gateway-api/gateway-api-grpc-route';
export * from './constructs/gateway-api/gateway-api-tls-route';
export * from './constructs/gateway-api/gateway-api-tcp-route';
export * from './constructs/gateway-api/gateway-api-rollout';
export * from './constructs/gateway-api/reference-grant';
export * from './constructs/gateway-api/waypoint';
// Output and review
export * from './output/app-output';
export * from './output/atomic-output';
export * from './output/phase-folders';
export * from './output/fleet-folders';
export * from './review/traffic-diagram';
export * from './review/traffic-summary';
export * as istio from '../imports/networking.istio.io.cjs';
export * as istioSecurity from '../imports/security.istio.io.cjs';
export * as gatewayApi from '../imports/gateway.networking.k8s.io.cjs';
export * as gatewayApiExperimental from '../imports/experimental-gateway.networking.k8s.io.cjs';
