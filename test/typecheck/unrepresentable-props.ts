// Compiled by `npm run typecheck`, never run: combinations of props that Istio rejects, or that cannot work, are
// compile errors. Each `@ts-expect-error` fails the typecheck if the error goes away.
import { Testing } from 'cdk8s';
import {
  ClientTls, ConsistentHash, DestinationRule, DestinationRuleProps, GatewayTls, GatewayTlsMode, HttpRoute, LoadBalancer,
  LocalityFailover, LocalityLoadBalancing, MeshService, MeshServiceProps, SimpleLoadBalancer, TlsMode, WorkloadVolume,
} from '../../lib';

const chart = Testing.chart();
const service = new MeshService(chart, 'Service', { app: 'reviews' });

// @ts-expect-error a consistent hash is by one key only
export const twoHashKeys: ConsistentHash = { httpHeaderName: 'x-user', useSourceIp: true };

// @ts-expect-error a load balancer is simple or a consistent hash, not both
export const simpleAndHash: LoadBalancer = { simple: SimpleLoadBalancer.ROUND_ROBIN, consistentHash: { useSourceIp: true } };

// @ts-expect-error locality load balancing distributes or fails over, not both
export const distributeAndFailover: LocalityLoadBalancing = { distribute: [], failover: [] };

// @ts-expect-error MUTUAL TLS presents a client certificate, from a Secret
export const mutualWithoutCertificate: ClientTls = { mode: TlsMode.MUTUAL };

// @ts-expect-error DISABLE sends no SNI
export const plainTextSni: ClientTls = { mode: TlsMode.DISABLE, sni: 'reviews' };

// @ts-expect-error a gateway terminating SIMPLE TLS needs its certificate
export const simpleWithoutCertificate: GatewayTls = { mode: GatewayTlsMode.SIMPLE };

// @ts-expect-error a gateway passing TLS through has no certificate
export const passthroughWithCertificate: GatewayTls = { mode: GatewayTlsMode.PASSTHROUGH, credentialName: 'tls' };

// @ts-expect-error a route delegates or forwards, not both
export const delegateAndForward: HttpRoute = { delegate: { name: 'reviews' }, route: [{ host: 'reviews' }] };

// @ts-expect-error a DestinationRule is of a Service or of a host, not both
export const serviceAndHost: DestinationRuleProps = { service, host: 'reviews' };

// @ts-expect-error the TLS shorthand and a whole traffic policy do not mix
export const shorthandAndPolicy: DestinationRuleProps = { host: 'reviews', tlsMode: TlsMode.SIMPLE, trafficPolicy: {} };

// @ts-expect-error one port, or several, not both
export const portAndPorts: MeshServiceProps = { app: 'reviews', port: 9080, ports: [{ port: 9080 }] };

// @ts-expect-error a volume is a Secret, a ConfigMap or an empty folder
export const secretAndConfigMap: WorkloadVolume = { name: 'config', mountPath: '/etc/app', secretName: 'a', configMapName: 'b' };

// @ts-expect-error locality failover needs outlier detection, without which nothing ever fails over
new LocalityFailover(chart, 'Failover', { host: 'reviews', failover: [{ from: 'us-east', to: 'us-west' }] });

new DestinationRule(chart, 'Rule', { host: 'reviews', trafficPolicy: { tls: { mode: TlsMode.MUTUAL, credentialName: 'reviews-client' } } });
