import { Testing } from 'cdk8s';
import {
  AuthorizationAction, AuthorizationPolicy, INTENDED_FINDINGS_ANNOTATION, PeerAuthentication, PolicyTarget, Principal, SecurityApiVersion,
} from '../../lib';
import { analyzedChart, deployedService, only, synth, synthErrorLines } from '../support/manifests';

const HELLOWEB = 'cluster.local/ns/default/sa/helloweb';

describe('AuthorizationPolicy', () => {
  test('renders typed rules: principals, namespaces, ports as strings, methods, paths and conditions', () => {
    // GIVEN
    const chart = Testing.chart();

    new PeerAuthentication(chart, 'Mtls', { name: 'default' });

    // WHEN
    const policy = new AuthorizationPolicy(chart, 'Greeter', {
      name: 'greeter-service',
      selector: { app: 'greeter-service' },
      rules: [{
        from: [{ principals: [Principal.serviceAccount('default', 'helloweb')], notNamespaces: ['test'] }],
        to: [{ ports: [3000], methods: ['GET'], paths: ['/hello*'], notPorts: [9090] }],
        when: [{ key: 'request.headers[x-version]', values: ['v2'] }],
      }],
    });

    // THEN
    const manifest = only(synth(chart), 'AuthorizationPolicy');
    expect(policy.action).toEqual(AuthorizationAction.ALLOW);
    expect(manifest.apiVersion).toEqual('security.istio.io/v1');
    expect(manifest.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '-1' });
    expect(manifest.spec).toEqual({
      action: 'ALLOW',
      selector: { matchLabels: { app: 'greeter-service' } },
      rules: [{
        from: [{ source: { principals: [HELLOWEB], notNamespaces: ['test'] } }],
        to: [{ operation: { ports: ['3000'], methods: ['GET'], paths: ['/hello*'], notPorts: ['9090'] } }],
        when: [{ key: 'request.headers[x-version]', values: ['v2'] }],
      }],
    });
  });

  test.each([
    [AuthorizationAction.DENY, 'DENY'], [AuthorizationAction.AUDIT, 'AUDIT'],
  ])('writes action %s', (action, written) => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new AuthorizationPolicy(chart, 'Policy', { name: 'p', action, rules: [{ from: [{ ipBlocks: ['10.0.0.0/8'] }] }], apiVersion: SecurityApiVersion.V1BETA1 });

    // THEN
    const manifest = only(synth(chart), 'AuthorizationPolicy');
    expect([manifest.apiVersion, manifest.spec.action]).toEqual(['security.istio.io/v1beta1', written]);
  });

  test('a CUSTOM policy names its provider; targets a gateway, a Service or a ServiceEntry', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new AuthorizationPolicy(chart, 'Ext', {
      name: 'ext-authz', action: AuthorizationAction.CUSTOM, provider: 'opa',
      targets: [PolicyTarget.gateway('public'), PolicyTarget.service('reviews'), PolicyTarget.serviceEntry('api')],
      rules: [{ to: [{ paths: ['/admin*'] }] }],
    });

    // THEN
    expect(only(synth(chart), 'AuthorizationPolicy').spec).toEqual({
      action: 'CUSTOM',
      provider: { name: 'opa' },
      targetRefs: [
        { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'public' },
        { group: '', kind: 'Service', name: 'reviews' },
        { group: 'networking.istio.io', kind: 'ServiceEntry', name: 'api' },
      ],
      rules: [{ to: [{ operation: { paths: ['/admin*'] } }] }],
    });
  });

  test('allowNothing is the intended default-deny of the namespace', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();

    // WHEN
    AuthorizationPolicy.allowNothing(chart, 'DefaultDeny');

    // THEN
    const manifest = only(synth(chart), 'AuthorizationPolicy');
    expect(manifest.metadata.name).toEqual('allow-nothing');
    expect(manifest.metadata.annotations?.[INTENDED_FINDINGS_ANNOTATION]).toEqual('authz-allow-nothing');
    expect(manifest.spec).toEqual({ action: 'ALLOW' });
    expect(warnings).toEqual([]);
  });

  test('warns about an ALLOW policy without rules that is not marked intended, and about a principal rule under PERMISSIVE', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();
    deployedService(chart, 'Greeter', { app: 'greeter-service' });
    new AuthorizationPolicy(chart, 'Nothing', { name: 'nothing', selector: { app: 'greeter-service' } });
    new AuthorizationPolicy(chart, 'GreeterPolicy', { name: 'greeter', selector: { app: 'greeter-service' }, rules: [{ from: [{ principals: [Principal.ingressGateway()] }] }] });

    // WHEN
    synth(chart);

    // THEN
    expect(warnings).toEqual([
      '[test/Nothing] warning authz-allow-nothing rules: an ALLOW policy without rules matches no request, so it denies every request to the workloads it applies to. Fix: add the rules that allow the callers, or mark the policy as an intended default-deny',
      '[test/GreeterPolicy] warning authz-principal-not-strict rules: matches peer identities (principals, namespaces), but the mTLS of greeter-service-v1 is not STRICT: plaintext callers carry no principal and are denied. Fix: require STRICT mTLS with a PeerAuthentication for these workloads',
    ]);
  });

  test('a principal rule under STRICT mTLS is quiet', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();
    deployedService(chart, 'Greeter', { app: 'greeter-service' });
    new PeerAuthentication(chart, 'Mtls', { name: 'default' });
    new AuthorizationPolicy(chart, 'GreeterPolicy', { name: 'greeter', selector: { app: 'greeter-service' }, rules: [{ from: [{ principals: [Principal.ingressGateway()] }] }] });

    // WHEN
    synth(chart);

    // THEN
    expect(warnings).toEqual([]);
  });

  test('fails the synth for a CUSTOM policy without provider, with both selector and targets, and a port out of range', () => {
    // GIVEN
    const { chart } = analyzedChart();
    new AuthorizationPolicy(chart, 'Ext', {
      name: 'ext', action: AuthorizationAction.CUSTOM, selector: { app: 'a' }, targets: [PolicyTarget.service('a')], rules: [{ to: [{ ports: [0] }] }],
    });

    // WHEN
    const lines = synthErrorLines(chart);

    // THEN
    expect(lines).toEqual([
      '[test/Ext] error security-selector-and-target targets: sets both selector and targetRefs, which istiod rejects. Fix: use selector for sidecars, targetRefs for a Gateway, a Service or a waypoint',
      '[test/Ext] error authz-custom-no-provider provider: a CUSTOM policy needs the extension provider that decides. Fix: name an extensionProvider of the mesh config in provider.name',
      '[test/Ext] error authz-port-invalid rules[0].to[0].ports[0]: "0" is no port number. Fix: write the workload port as a string of 1 to 65535, e.g. "3000"',
    ]);
  });
});
