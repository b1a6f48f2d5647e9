import { BadInput, FineInput } from './bad-inputs';
import { istioObject, reviews } from './fixtures';

/** The traffic policy of the baseline DestinationRule, created when the row needs one. */
function policy(mesh: Parameters<BadInput['change']>[0]): any {
  mesh.destinationRule.spec.trafficPolicy ??= {};
  return mesh.destinationRule.spec.trafficPolicy;
}

/** Defects of traffic policies, TCP and TLS routes, delegates and exportTo: the fields of the constructs' new props. */
export const TRAFFIC_BAD_INPUTS: BadInput[] = [
  {
    defect: 'locality weights that do not add up to 100',
    change: (mesh) => {
      policy(mesh).loadBalancer = { localityLbSetting: { distribute: [{ from: 'us-west/zone1/*', to: { 'us-west/zone1/*': 80, 'us-west/zone2/*': 10 } }] } };
      policy(mesh).outlierDetection = { consecutive5xxErrors: 5 };
    },
    findings: ['error dr-locality-invalid spec.trafficPolicy.loadBalancer.localityLbSetting.distribute[0].to'],
  },
  {
    defect: 'locality failover without outlier detection',
    change: (mesh) => { policy(mesh).loadBalancer = { localityLbSetting: { failover: [{ from: 'us-east', to: 'us-west' }] } }; },
    findings: ['warning dr-locality-invalid spec.trafficPolicy.loadBalancer.localityLbSetting'],
  },
  {
    defect: 'a consistent hash by a cookie without a name',
    change: (mesh) => { policy(mesh).loadBalancer = { consistentHash: { httpCookie: { name: '', ttl: '0s' } } }; },
    findings: ['error dr-load-balancer-invalid spec.trafficPolicy.loadBalancer.consistentHash.httpCookie.name'],
  },
  {
    defect: 'a simple load balancer beside a consistent hash',
    change: (mesh) => { policy(mesh).loadBalancer = { simple: 'ROUND_ROBIN', consistentHash: { useSourceIp: true } }; },
    findings: ['error dr-load-balancer-invalid spec.trafficPolicy.loadBalancer.consistentHash'],
  },
  {
    defect: 'locality load balancing without outlier detection, in Istio\'s own failover order',
    change: (mesh) => { policy(mesh).loadBalancer = { localityLbSetting: { enabled: true } }; },
    findings: ['warning dr-locality-invalid spec.trafficPolicy.loadBalancer.localityLbSetting'],
  },
  {
    defect: 'a workload selector with a wildcard',
    change: (mesh) => { mesh.destinationRule.spec.workloadSelector = { matchLabels: { app: 'review*' } }; },
    findings: ['error selector-invalid spec.workloadSelector.matchLabels.app'],
  },
  {
    defect: 'a Sidecar whose workload selector has no labels',
    change: (mesh) => { mesh.extra.push(istioObject('Sidecar', 'reviews', { workloadSelector: {}, egress: [{ hosts: ['./*'] }] })); },
    findings: ['warning selector-invalid spec.workloadSelector.labels'],
  },
  {
    defect: 'an ejection percentage above 100',
    change: (mesh) => { policy(mesh).outlierDetection = { consecutive5xxErrors: 1, maxEjectionPercent: 150 }; },
    findings: ['error dr-outlier-invalid spec.trafficPolicy.outlierDetection.maxEjectionPercent'],
  },
  {
    defect: 'a port policy without a port',
    change: (mesh) => { policy(mesh).portLevelSettings = [{ tls: { mode: 'SIMPLE', credentialName: 'reviews-ca' } }]; },
    findings: ['error dr-port-policy-invalid spec.trafficPolicy.portLevelSettings[0].port'],
  },
  {
    defect: 'a TCP route without destinations',
    change: (mesh) => { mesh.routes.spec.tcp = [{ match: [{ port: 9100 }], route: [] }]; },
    findings: ['error tcp-route-invalid spec.tcp[0].route'],
  },
  {
    defect: 'a TLS route for an SNI host the VirtualService does not route',
    change: (mesh) => {
      mesh.extra.push(istioObject('VirtualService', 'tls-passthrough', {
        hosts: ['secure.example.com'],
        gateways: ['public'],
        tls: [{ match: [{ port: 443, sniHosts: ['other.example.com'] }], route: [{ destination: reviews('v1') }] }],
      }));
      mesh.gateway.spec.servers.push({ port: { number: 443, name: 'tls', protocol: 'TLS' }, hosts: ['secure.example.com'], tls: { mode: 'PASSTHROUGH' } });
    },
    findings: ['error tls-route-invalid spec.tls[0].match[0].sniHosts[0]'],
  },
  {
    defect: 'a delegate VirtualService, without hosts, with TCP routes',
    change: (mesh) => {
      mesh.gatewayRoutes.spec.http = [{ match: [{ uri: { prefix: '/reviews' } }], delegate: { name: 'reviews-delegate' } }];
      mesh.extra.push(istioObject('VirtualService', 'reviews-delegate', { tcp: [{ route: [{ destination: reviews('v1') }] }] }));
    },
    findings: ['error vs-delegate-invalid spec.tcp'],
  },
  {
    defect: 'an exportTo entry that is no namespace',
    change: (mesh) => { mesh.routes.spec.exportTo = ['Not_A_Namespace']; },
    findings: ['error export-to-invalid spec.exportTo[0]'],
  },
];

/** Valid uses of the same fields. */
export const TRAFFIC_FINE_INPUTS: FineInput[] = [
  {
    variation: 'locality failover with outlier detection, and sticky sessions by cookie',
    change: (mesh) => {
      policy(mesh).loadBalancer = { consistentHash: { httpCookie: { name: 'user', ttl: '0s' } }, localityLbSetting: { enabled: true, failover: [{ from: 'us-east', to: 'us-west' }] } };
      policy(mesh).outlierDetection = { consecutive5xxErrors: 1, interval: '1s', baseEjectionTime: '1m' };
      policy(mesh).connectionPool = { tcp: { maxConnections: 1 }, http: { http1MaxPendingRequests: 1, maxRequestsPerConnection: 1 } };
    },
  },
  {
    variation: 'locality weights without outlier detection, and a workload selector on a prefixed label',
    change: (mesh) => {
      policy(mesh).loadBalancer = { localityLbSetting: { distribute: [{ from: 'us-west/*', to: { 'us-west/*': 80, 'us-east/*': 20 } }] } };
      mesh.destinationRule.spec.workloadSelector = { matchLabels: { 'app.kubernetes.io/name': 'productpage' } };
    },
  },
  {
    variation: 'a root VirtualService delegating /reviews to one without hosts',
    change: (mesh) => {
      mesh.gatewayRoutes.spec.http = [{ match: [{ uri: { prefix: '/reviews' } }], delegate: { name: 'reviews-delegate' } }];
      mesh.extra.push(istioObject('VirtualService', 'reviews-delegate', { http: [{ route: [{ destination: { ...reviews('v1') } }] }] }));
    },
  },
];
