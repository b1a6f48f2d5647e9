import { Testing } from 'cdk8s';
import { AuthorizationPolicy, PolicyTarget, RequestAuthentication } from '../../lib';
import { analyzedChart, deployedService, only, synth, synthErrorLines } from '../support/manifests';

const ISSUER = 'https://accounts.example.com';

describe('RequestAuthentication', () => {
  test('renders the JWT rules of the selected workloads, the JWKS URL as the CRD\'s jwks_uri', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();
    new AuthorizationPolicy(chart, 'RequireJwt', { name: 'require-jwt', selector: { app: 'greeter-service' }, rules: [{ from: [{ requestPrincipals: ['*'] }] }] });

    // WHEN
    new RequestAuthentication(chart, 'Jwt', {
      name: 'greeter',
      selector: { app: 'greeter-service' },
      jwtRules: [{ issuer: ISSUER, jwksUri: `${ISSUER}/keys`, audiences: ['greeter'], fromHeaders: [{ name: 'x-jwt', prefix: 'Bearer ' }], forwardOriginalToken: true, outputPayloadToHeader: 'x-jwt-payload' }],
    });

    // THEN
    const manifest = only(synth(chart), 'RequestAuthentication');
    expect(manifest.apiVersion).toEqual('security.istio.io/v1');
    expect(manifest.spec).toEqual({
      selector: { matchLabels: { app: 'greeter-service' } },
      jwtRules: [{ issuer: ISSUER, jwks_uri: `${ISSUER}/keys`, audiences: ['greeter'], fromHeaders: [{ name: 'x-jwt', prefix: 'Bearer ' }], forwardOriginalToken: true, outputPayloadToHeader: 'x-jwt-payload' }],
    });
    expect(warnings).toEqual([]);
  });

  test('attaches to a gateway by targetRefs, with an inline key set and tokens from a query parameter', () => {
    // GIVEN
    const chart = Testing.chart();
    const jwks = '{"keys":[{"kty":"RSA","e":"AQAB","n":"abc"}]}';

    // WHEN
    new RequestAuthentication(chart, 'Jwt', { name: 'edge', targets: [PolicyTarget.gateway('public')], jwtRules: [{ issuer: ISSUER, jwks, fromParams: ['access_token'] }] });

    // THEN
    expect(only(synth(chart), 'RequestAuthentication').spec).toEqual({
      targetRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'public' }],
      jwtRules: [{ issuer: ISSUER, jwks, fromParams: ['access_token'] }],
    });
  });

  test('warns when no AuthorizationPolicy requires a token, and is quiet once one does', () => {
    // GIVEN
    const alone = analyzedChart();
    deployedService(alone.chart, 'Greeter', { app: 'greeter-service' });
    new RequestAuthentication(alone.chart, 'Jwt', { name: 'greeter', selector: { app: 'greeter-service' }, jwtRules: [{ issuer: ISSUER }] });
    const guarded = analyzedChart();
    deployedService(guarded.chart, 'Greeter', { app: 'greeter-service' });
    new RequestAuthentication(guarded.chart, 'Jwt', { name: 'greeter', selector: { app: 'greeter-service' }, jwtRules: [{ issuer: ISSUER }] });
    new AuthorizationPolicy(guarded.chart, 'RequireJwt', { name: 'require-jwt', selector: { app: 'greeter-service' }, rules: [{ from: [{ requestPrincipals: ['*'] }] }] });

    // WHEN
    synth(alone.chart);
    synth(guarded.chart);

    // THEN
    expect(alone.warnings).toEqual([
      '[test/Jwt] warning requestauthn-without-authz jwtRules: only rejects invalid tokens: requests without a token still reach greeter-service-v1, as no AuthorizationPolicy there requires a request principal. '
      + 'Fix: add an AuthorizationPolicy that allows requestPrincipals ["*"] (or denies notRequestPrincipals ["*"]) for these workloads',
    ]);
    expect(guarded.warnings).toEqual([]);
  });

  test('fails the synth for a rule without issuer and a jwksUri that is no URL', () => {
    // GIVEN
    const { chart } = analyzedChart();
    new RequestAuthentication(chart, 'Jwt', { name: 'edge', targets: [PolicyTarget.gateway('public')], jwtRules: [{ issuer: '', jwksUri: 'keys.json' }] });

    // WHEN
    const lines = synthErrorLines(chart);

    // THEN
    expect(lines).toEqual([
      '[test/Jwt] error jwt-issuer-missing jwtRules[0].issuer: a JWT rule needs the issuer whose tokens it accepts. Fix: set issuer, e.g. https://accounts.example.com',
      '[test/Jwt] error jwt-jwks-uri-invalid jwtRules[0].jwksUri: "keys.json" is no http(s) URL. Fix: give the URL of the issuer\'s JSON Web Key Set',
    ]);
  });
});
