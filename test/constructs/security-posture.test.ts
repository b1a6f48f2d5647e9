import { App, Chart, Testing } from 'cdk8s';
import {
  AuthorizationPolicy, DestinationRule, Finding, Gateway, MeshAnalysis, MeshService, PeerAuthentication, PeerAuthenticationMode, Principal, RolloutPlan,
  SecurityPosture, TlsMode, VersionedService, VersionedWorkload, VirtualService, WarningAction,
} from '../../lib';
import { kindsAndNames, only, synth, synthErrorLines } from '../support/manifests';

const WEB = 'cluster.local/ns/default/sa/web';
const GATEWAY = 'cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account';

/** A chart `test` whose analysis hands every finding to `findings` and prints nothing. */
function quietChart(): { app: App; chart: Chart; findings: Finding[] } {
  const app = Testing.app();
  const findings: Finding[] = [];
  new MeshAnalysis(app, { warnings: WarningAction.IGNORE, onFinding: (finding) => findings.push(finding) });
  return { app, chart: new Chart(app, 'test', { namespace: 'default' }), findings };
}

/** Greeter (two versions through a rollout plan), and Web calling it; Web exposed by a gateway. */
function shop(chart: Chart, webCanaryAccount?: string): VersionedService {
  const greeter = new VersionedService(chart, 'Greeter', {
    app: 'greeter', port: 3000, serviceAccountName: 'greeter',
    plan: new RolloutPlan({ stable: { name: 'v1', image: 'greeter:1' }, candidate: { name: 'v2', image: 'greeter:2' }, steps: [{ candidateWeight: 10 }] }),
    phase: 'canary-10',
  });
  const web = new MeshService(chart, 'WebService', { app: 'web' });
  const calls = [{ service: greeter.service, env: 'GREETER_URL' }];
  new VersionedWorkload(chart, 'Web', { app: 'web', serviceAccountName: 'web', calls, version: { name: 'v1', image: 'web:1', deploymentName: 'web' } });
  if (webCanaryAccount) {
    new VersionedWorkload(chart, 'WebCanary', { app: 'web', serviceAccountName: 'web', calls, version: { name: 'v2', image: 'web:2', serviceAccountName: webCanaryAccount } });
  }
  const gateway = new Gateway(chart, 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['web.example.com'] }] });
  new VirtualService(chart, 'WebRoutes', { name: 'web', hosts: ['web.example.com'], gateways: [gateway], http: [{ route: [{ host: web.host, port: web.port }] }] });
  return greeter;
}

describe('SecurityPosture', () => {
  test('writes STRICT mTLS, a default-deny and an ALLOW per Service called, from the declared calls and the gateway routes', () => {
    // GIVEN
    const { chart, findings } = quietChart();
    shop(chart);

    // WHEN
    const posture = new SecurityPosture(chart, 'ZeroTrust');

    // THEN
    const manifests = synth(chart);
    expect(Object.keys(posture.allows)).toEqual(['greeter', 'web']);
    expect(only(manifests, 'PeerAuthentication').spec).toEqual({ mtls: { mode: 'STRICT' } });
    expect(only(manifests, 'AuthorizationPolicy', 'allow-nothing').metadata.annotations).toEqual({
      'argocd.argoproj.io/sync-wave': '0', 'istio-traffic.cdk8s.io/intended-findings': 'authz-allow-nothing',
    });
    expect(only(manifests, 'AuthorizationPolicy', 'greeter').spec).toEqual({
      action: 'ALLOW', selector: { matchLabels: { app: 'greeter' } }, rules: [{ from: [{ source: { principals: [WEB] } }], to: [{ operation: { ports: ['3000'] } }] }],
    });
    expect(only(manifests, 'AuthorizationPolicy', 'web').spec.rules).toEqual([{ from: [{ source: { principals: [GATEWAY] } }], to: [{ operation: { ports: ['3000'] } }] }]);
    // The allows come before the default-deny, in the file as in the sync waves.
    expect(kindsAndNames(manifests).filter((name) => name.startsWith('AuthorizationPolicy'))).toEqual([
      'AuthorizationPolicy/greeter', 'AuthorizationPolicy/web', 'AuthorizationPolicy/allow-nothing',
    ]);
    expect(findings).toEqual([]);
  });

  test('every version of a service runs as its identity: one ServiceAccount, named by both Deployments', () => {
    // GIVEN
    const { chart } = quietChart();
    shop(chart);
    new SecurityPosture(chart, 'ZeroTrust');

    // WHEN
    const manifests = synth(chart);

    // THEN
    expect(manifests.filter((manifest) => manifest.kind === 'ServiceAccount').map((manifest) => manifest.metadata.name)).toEqual(['greeter', 'web']);
    expect(manifests.filter((manifest) => manifest.kind === 'Deployment').map((manifest) => `${manifest.metadata.name} ${manifest.spec.template.spec.serviceAccountName}`))
      .toEqual(['greeter-v1 greeter', 'greeter-v2 greeter', 'web web']);
  });

  test('a canary of the caller with another identity is allowed too, as it declares the same calls', () => {
    // GIVEN
    const { chart, findings } = quietChart();
    shop(chart, 'web-canary');

    // WHEN
    new SecurityPosture(chart, 'ZeroTrust');

    // THEN
    expect(only(synth(chart), 'AuthorizationPolicy', 'greeter').spec.rules[0].from[0].source.principals).toEqual([WEB, 'cluster.local/ns/default/sa/web-canary']);
    expect(findings).toEqual([]);
  });

  test('at synth, a canary of the caller with a mismatched identity is caught: the policies written for the stable deny it', () => {
    // GIVEN
    const { chart } = quietChart();
    shop(chart, 'web-canary');
    new PeerAuthentication(chart, 'Mtls', { name: 'default' });
    AuthorizationPolicy.allowNothing(chart, 'DefaultDeny');
    new AuthorizationPolicy(chart, 'GreeterPolicy', { name: 'greeter', selector: { app: 'greeter' }, rules: [{ from: [{ principals: [WEB] }], to: [{ ports: [3000] }] }] });
    new AuthorizationPolicy(chart, 'WebPolicy', { name: 'web', selector: { app: 'web' }, rules: [{ from: [{ principals: [GATEWAY] }] }] });

    // WHEN
    const lines = synthErrorLines(chart);

    // THEN
    expect(lines).toEqual([
      '[test/WebCanary] error authz-call-denied calls: web-v2 (cluster.local/ns/default/sa/web-canary) calls greeter.default.svc.cluster.local:3000 (GREETER_URL), and no ALLOW policy of greeter-v1 matches; '
      + 'no ALLOW policy of greeter-v2 matches: its requests get 403. Fix: allow cluster.local/ns/default/sa/web-canary to port 3000 in an AuthorizationPolicy of the workloads of greeter.default.svc.cluster.local '
      + '(SecurityPosture does so for every declared call), or run the caller as a service account the policies allow',
    ]);
  });

  test('at synth, principal rules under PERMISSIVE mTLS are caught', () => {
    // GIVEN
    const { chart, findings } = quietChart();
    shop(chart);

    // WHEN
    new SecurityPosture(chart, 'ZeroTrust', { mtls: PeerAuthenticationMode.PERMISSIVE });
    synth(chart);

    // THEN
    expect(findings.map((finding) => `${finding.level} ${finding.code} ${finding.name}`)).toEqual([
      'warning authz-principal-not-strict greeter', 'warning authz-principal-not-strict web',
    ]);
  });

  test('at synth, a DestinationRule with tls DISABLE to STRICT workloads fails', () => {
    // GIVEN
    const { chart } = quietChart();
    const web = new MeshService(chart, 'WebService', { app: 'web' });
    new VersionedWorkload(chart, 'Web', { app: 'web', version: { name: 'v1', image: 'web:1' } });
    new DestinationRule(chart, 'Plaintext', { service: web, versions: [{ name: 'v1', image: 'web:1' }], tlsMode: TlsMode.DISABLE });
    new SecurityPosture(chart, 'ZeroTrust', { defaultDeny: false });

    // WHEN
    const lines = synthErrorLines(chart);

    // THEN
    expect(lines).toEqual([
      '[test/Plaintext] error dr-tls-to-strict tlsMode: sends plaintext to web.default.svc.cluster.local, whose workloads (web-v1) require STRICT mTLS: requests fail with 503. Fix: use ISTIO_MUTUAL (or remove the tls setting: auto mTLS picks it)',
    ]);
  });

  test('fails the synth when calls are declared after the posture, naming the fix', () => {
    // GIVEN
    const { chart } = quietChart();
    new SecurityPosture(chart, 'ZeroTrust');
    shop(chart);

    // WHEN
    const lines = synthErrorLines(chart);

    // THEN
    expect(lines).toContain('[test/ZeroTrust] calls: calls or routes were declared after the posture was created, so its policies do not allow them (got ["greeter","web"]). Fix: create the SecurityPosture after every workload, Service and route of its chart');
  });

  test('principals carry the trust domain given', () => {
    // GIVEN
    const { chart } = quietChart();
    shop(chart);

    // WHEN
    new SecurityPosture(chart, 'ZeroTrust', { trustDomain: 'example.org' });

    // THEN
    expect(only(synth(chart), 'AuthorizationPolicy', 'greeter').spec.rules[0].from[0].source.principals).toEqual([Principal.serviceAccount('default', 'web', 'example.org')]);
  });
});
