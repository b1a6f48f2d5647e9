import { Access, Caller, MtlsMode, OUTSIDE_CALLER, SecurityIndex, SourcedManifest, gatewayCaller, policyValueMatches } from '../../lib';
import { PodTemplate } from '../../lib/analysis/mesh-index';

const POD: PodTemplate = { namespace: 'default', labels: { app: 'greeter', version: 'v2' }, owner: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'greeter-v2' } } };
const WEB: Caller = { name: 'web', namespace: 'default', serviceAccount: 'web', principal: 'cluster.local/ns/default/sa/web' };
const OTHER: Caller = { name: 'other', namespace: 'test', serviceAccount: 'other', principal: 'cluster.local/ns/test/sa/other' };

function security(kind: string, name: string, spec: any, namespace = 'default'): SourcedManifest {
  return { manifest: { apiVersion: 'security.istio.io/v1', kind, metadata: { name, namespace }, spec }, source: `${name}.yaml` };
}

function decide(objects: SourcedManifest[], caller: Caller, request = { port: 3000 }): string {
  const decision = new SecurityIndex(objects).decide(caller, POD, request);
  return `${decision.access}: ${decision.reason}`;
}

describe('SecurityIndex', () => {
  test('allows everything without policies, and plaintext under PERMISSIVE', () => {
    // THEN
    expect(decide([], WEB)).toEqual('allowed: no ALLOW policy');
    expect(decide([], OUTSIDE_CALLER)).toEqual('allowed: no ALLOW policy');
    expect(new SecurityIndex([]).mtlsOf(POD, 3000)).toEqual(MtlsMode.PERMISSIVE);
  });

  test('reads mTLS from the workload\'s port, the workload, the namespace, then the mesh', () => {
    // GIVEN
    const mesh = security('PeerAuthentication', 'default', { mtls: { mode: 'STRICT' } }, 'istio-system');
    const namespace = security('PeerAuthentication', 'default', { mtls: { mode: 'PERMISSIVE' } });
    const workload = security('PeerAuthentication', 'greeter', { selector: { matchLabels: { app: 'greeter' } }, mtls: { mode: 'UNSET' }, portLevelMtls: { 9090: { mode: 'DISABLE' } } });

    // WHEN
    const index = new SecurityIndex([mesh, namespace, workload]);

    // THEN
    expect(new SecurityIndex([mesh]).mtlsOf(POD, 3000)).toEqual(MtlsMode.STRICT);
    expect(index.mtlsOf(POD, 3000)).toEqual(MtlsMode.PERMISSIVE);
    expect(index.mtlsOf(POD, 9090)).toEqual(MtlsMode.DISABLE);
    expect(decide([mesh], OUTSIDE_CALLER)).toEqual('denied: greeter-v2 requires mTLS (STRICT)');
  });

  test('denies what no ALLOW policy matches, once one applies; DENY comes first', () => {
    // GIVEN
    const allow = security('AuthorizationPolicy', 'greeter', { selector: { matchLabels: { app: 'greeter' } }, rules: [{ from: [{ source: { principals: ['cluster.local/ns/default/sa/web'] } }], to: [{ operation: { ports: ['3000'] } }] }] });
    const deny = security('AuthorizationPolicy', 'no-web', { action: 'DENY', rules: [{ from: [{ source: { namespaces: ['default'] } }] }] });

    // THEN
    expect(decide([allow], WEB)).toEqual('allowed: allowed');
    expect(decide([allow], WEB, { port: 9090 })).toEqual('denied: no ALLOW policy of greeter-v2 matches');
    expect(decide([allow], OTHER)).toEqual('denied: no ALLOW policy of greeter-v2 matches');
    expect(decide([allow, deny], WEB)).toEqual('denied: DENY policy no-web');
  });

  test('says partly when a rule looks at what the manifests cannot tell, or at methods the call does not declare', () => {
    // GIVEN
    const jwt = security('AuthorizationPolicy', 'jwt', { rules: [{ from: [{ source: { requestPrincipals: ['*'] } }] }] });
    const getOnly = security('AuthorizationPolicy', 'get', { rules: [{ to: [{ operation: { methods: ['GET'] } }] }] });
    const custom = security('AuthorizationPolicy', 'ext', { action: 'CUSTOM', provider: { name: 'opa' }, rules: [{}] });

    // THEN
    expect(decide([jwt], WEB)).toEqual('partly: depends on ALLOW policy jwt');
    expect(decide([getOnly], WEB)).toEqual('partly: depends on ALLOW policy get');
    expect(new SecurityIndex([getOnly]).decide(WEB, POD, { port: 3000, methods: ['GET'] }).access).toEqual(Access.ALLOWED);
    expect(new SecurityIndex([getOnly]).decide(WEB, POD, { port: 3000, methods: ['DELETE'] }).access).toEqual(Access.DENIED);
    expect(decide([custom], WEB)).toEqual('partly: depends on CUSTOM policy ext');
  });

  test('applies mesh-wide policies of the root namespace, and not policies that target gateways or waypoints', () => {
    // GIVEN
    const meshDeny = security('AuthorizationPolicy', 'deny-test', { action: 'DENY', rules: [{ from: [{ source: { notNamespaces: ['default'] } }] }] }, 'istio-system');
    const waypoint = security('AuthorizationPolicy', 'waypoint', { targetRefs: [{ kind: 'Service', group: '', name: 'greeter' }], rules: [] });

    // THEN
    expect(decide([meshDeny], OTHER)).toEqual('denied: DENY policy deny-test');
    expect(decide([meshDeny], WEB)).toEqual('allowed: no ALLOW policy');
    expect(decide([waypoint], WEB)).toEqual('allowed: no ALLOW policy');
  });

  test('matches principals exactly (whatever the trust domain), by prefix, by suffix, or any', () => {
    // THEN
    expect(policyValueMatches('*', 'x')).toBe(true);
    expect(policyValueMatches('cluster.local/ns/default/*', 'cluster.local/ns/default/sa/web')).toBe(true);
    expect(policyValueMatches('*/sa/web', 'cluster.local/ns/default/sa/web')).toBe(true);
    expect(policyValueMatches('cluster.local/ns/test/*', 'cluster.local/ns/default/sa/web')).toBe(false);
    const other = security('AuthorizationPolicy', 'td', { rules: [{ from: [{ source: { principals: ['example.org/ns/default/sa/web'] } }] }] });
    expect(decide([other], WEB)).toEqual('allowed: allowed');
  });
});

describe('gatewayCaller', () => {
  test('knows the identities of Istio\'s default ingress and egress gateways, and no other', () => {
    // GIVEN
    const gateway = (selector: Record<string, string>) => ({ apiVersion: 'networking.istio.io/v1', kind: 'Gateway', metadata: { name: 'g' }, spec: { selector } });

    // THEN
    expect(gatewayCaller(gateway({ istio: 'ingressgateway' }))?.principal).toEqual('cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account');
    expect(gatewayCaller(gateway({ istio: 'egressgateway' }))?.principal).toEqual('cluster.local/ns/istio-system/sa/istio-egressgateway-service-account');
    expect(gatewayCaller(gateway({ app: 'my-gateway' }))).toBeUndefined();
  });
});
