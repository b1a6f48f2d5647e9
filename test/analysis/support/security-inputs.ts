import { CALLS_ANNOTATION, INTENDED_FINDINGS_ANNOTATION } from '../../../lib';
import type { BadInput, FineInput } from './bad-inputs';
import { BaselineMesh, MeshObject, NAMESPACE, REVIEWS_PORT, deployment } from './fixtures';

export const GATEWAY_PRINCIPAL = 'cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account';
export const PRODUCTPAGE_PRINCIPAL = 'cluster.local/ns/default/sa/productpage';

/** A security.istio.io/v1 object of the kind. */
export function securityObject(kind: string, name: string, spec: any, namespace = NAMESPACE): MeshObject {
  return { apiVersion: 'security.istio.io/v1', kind, metadata: { name, namespace }, spec };
}

/** STRICT mTLS for the namespace. */
export function strict(): MeshObject {
  return securityObject('PeerAuthentication', 'default', { mtls: { mode: 'STRICT' } });
}

/** The namespace's default-deny, marked intended. */
export function allowNothing(): MeshObject {
  const policy = securityObject('AuthorizationPolicy', 'allow-nothing', {});
  policy.metadata.annotations = { [INTENDED_FINDINGS_ANNOTATION]: 'authz-allow-nothing' };
  return policy;
}

/** An ALLOW policy for the pods of `selector` from `principals` on the reviews port. */
export function allow(name: string, selector: Record<string, string>, principals: string[], operation: any = { ports: [String(REVIEWS_PORT)] }): MeshObject {
  return securityObject('AuthorizationPolicy', name, { selector: { matchLabels: selector }, rules: [{ from: [{ source: { principals } }], to: [{ operation }] }] });
}

/** Deployment `productpage-<version>` running as `account`, calling reviews by the URL in REVIEWS_URL. */
export function productpage(version: string, account: string): MeshObject {
  const workload = deployment(`productpage-${version}`, { app: 'productpage', version });
  workload.spec.template.spec.serviceAccountName = account;
  workload.spec.template.spec.containers[0].env = [{ name: 'REVIEWS_URL', value: `http://reviews:${REVIEWS_PORT}` }];
  return workload;
}

/** Zero trust for the baseline: STRICT, default-deny, the gateway allowed to reviews. */
function zeroTrust(mesh: BaselineMesh, ...more: MeshObject[]): void {
  mesh.extra.push(strict(), allowNothing(), allow('reviews', { app: 'reviews' }, [GATEWAY_PRINCIPAL]), ...more);
}

/** Zero trust with productpage v1 calling reviews, allowed, and more objects. */
function zeroTrustWithCaller(mesh: BaselineMesh, ...more: MeshObject[]): void {
  zeroTrust(mesh, productpage('v1', 'productpage'), ...more);
  policy(mesh, 'reviews').spec.rules[0].from[0].source.principals.push(PRODUCTPAGE_PRINCIPAL);
}

/** The pods of reviews in ambient mode (enrolled by their label). */
function ambient(mesh: BaselineMesh): void {
  for (const workload of [mesh.v1, mesh.v2]) workload.spec.template.metadata.labels['istio.io/dataplane-mode'] = 'ambient';
}

function policy(mesh: BaselineMesh, name: string): MeshObject {
  return mesh.extra.find((object) => object.kind === 'AuthorizationPolicy' && object.metadata.name === name)!;
}

/** Defects of security.istio.io objects, of DestinationRules against STRICT mTLS, and of calls against policies. */
export const SECURITY_BAD_INPUTS: BadInput[] = [
  {
    defect: 'an ALLOW policy without rules that is not marked intended',
    change: (mesh) => { mesh.extra.push(securityObject('AuthorizationPolicy', 'reviews', { selector: { matchLabels: { app: 'reviews' } } })); },
    findings: ['warning authz-allow-nothing spec.rules', 'error authz-call-denied spec.http[0].route[0].destination'],
  },
  {
    defect: 'a principal naming a service account the app does not define',
    change: (mesh) => zeroTrustWithCaller(mesh, allow('ratings', { app: 'reviews' }, ['cluster.local/ns/default/sa/ratings'])),
    findings: ['warning authz-principal-unknown spec.rules[0].from[0].source.principals[0]'],
  },
  {
    defect: 'a principal that is no <trust domain>/ns/<ns>/sa/<sa>',
    change: (mesh) => zeroTrust(mesh, allow('bad', { app: 'reviews' }, ['default/productpage'])),
    findings: ['warning authz-principal-invalid spec.rules[0].from[0].source.principals[0]'],
  },
  {
    defect: 'a policy whose selector matches no workload',
    change: (mesh) => zeroTrust(mesh, allow('ratings', { app: 'ratings' }, [GATEWAY_PRINCIPAL])),
    findings: ['warning security-selector-no-workload spec.selector.matchLabels'],
  },
  {
    defect: 'a DENY policy on the path that an ALLOW rule allows on the same workloads',
    change: (mesh) => zeroTrust(mesh,
      securityObject('AuthorizationPolicy', 'no-admin', { action: 'DENY', selector: { matchLabels: { app: 'reviews' } }, rules: [{ to: [{ operation: { paths: ['/admin*'] } }] }] }),
      allow('admin', { app: 'reviews' }, [GATEWAY_PRINCIPAL], { paths: ['/admin/stats'] })),
    findings: ['warning authz-deny-allow-conflict spec.rules[0].to[0].operation.paths[0]'],
  },
  {
    defect: 'a principal rule while the workloads\' mTLS is PERMISSIVE',
    change: (mesh) => { mesh.extra.push(allow('reviews', { app: 'reviews' }, [GATEWAY_PRINCIPAL])); },
    findings: ['warning authz-principal-not-strict spec.rules'],
  },
  {
    defect: 'a DENY namespace rule under a PERMISSIVE workload-level PeerAuthentication',
    change: (mesh) => {
      mesh.extra.push(strict(), securityObject('PeerAuthentication', 'reviews', { selector: { matchLabels: { app: 'reviews' } }, mtls: { mode: 'PERMISSIVE' } }),
        securityObject('AuthorizationPolicy', 'no-test', { action: 'DENY', selector: { matchLabels: { app: 'reviews' } }, rules: [{ from: [{ source: { namespaces: ['test'] } }] }] }));
    },
    findings: ['warning authz-principal-not-strict spec.rules'],
  },
  {
    defect: 'a DestinationRule with tls DISABLE to workloads that require STRICT mTLS',
    change: (mesh) => { mesh.extra.push(strict()); mesh.destinationRule.spec.trafficPolicy = { tls: { mode: 'DISABLE' } }; },
    findings: ['error dr-tls-to-strict spec.trafficPolicy.tls.mode'],
  },
  {
    defect: 'a subset with tls SIMPLE to workloads that require STRICT mTLS',
    change: (mesh) => { mesh.extra.push(strict()); mesh.destinationRule.spec.subsets[1].trafficPolicy = { tls: { mode: 'SIMPLE' } }; },
    findings: ['error dr-tls-to-strict spec.subsets[1].trafficPolicy.tls.mode'],
  },
  {
    defect: 'a port-level tls DISABLE to a port that is STRICT at port level',
    change: (mesh) => {
      mesh.extra.push(securityObject('PeerAuthentication', 'reviews', { selector: { matchLabels: { app: 'reviews' } }, portLevelMtls: { [String(REVIEWS_PORT)]: { mode: 'STRICT' } } }));
      mesh.destinationRule.spec.trafficPolicy = { portLevelSettings: [{ port: { number: REVIEWS_PORT }, tls: { mode: 'DISABLE' } }] };
    },
    findings: ['error dr-tls-to-strict spec.trafficPolicy.portLevelSettings[0].tls.mode'],
  },
  {
    defect: 'a RequestAuthentication without a policy that requires a request principal',
    change: (mesh) => { mesh.extra.push(securityObject('RequestAuthentication', 'reviews', { selector: { matchLabels: { app: 'reviews' } }, jwtRules: [{ issuer: 'https://accounts.example.com' }] })); },
    findings: ['warning requestauthn-without-authz spec.jwtRules'],
  },
  {
    defect: 'a JWT rule without issuer, with both jwks and a jwksUri that is no URL',
    change: (mesh) => {
      mesh.extra.push(securityObject('RequestAuthentication', 'reviews', { selector: { matchLabels: { app: 'reviews' } }, jwtRules: [{ jwks: '{"keys":[]}', jwksUri: 'keys.json' }] }),
        securityObject('AuthorizationPolicy', 'require-jwt', { selector: { matchLabels: { app: 'reviews' } }, rules: [{ from: [{ source: { requestPrincipals: ['*'] } }] }] }));
    },
    findings: ['error jwt-issuer-missing spec.jwtRules[0].issuer', 'warning jwt-jwks-twice spec.jwtRules[0].jwks', 'error jwt-jwks-uri-invalid spec.jwtRules[0].jwksUri'],
  },
  {
    defect: 'an L7 rule enforced by ztunnel in an ambient namespace without a waypoint',
    change: (mesh) => { ambient(mesh); zeroTrust(mesh, allow('get-only', { app: 'reviews' }, [GATEWAY_PRINCIPAL], { methods: ['GET'] })); },
    findings: ['error authz-l7-without-waypoint spec.rules'],
  },
  {
    defect: 'a CUSTOM policy without provider',
    change: (mesh) => zeroTrust(mesh,
      securityObject('AuthorizationPolicy', 'ext', { action: 'CUSTOM', selector: { matchLabels: { app: 'reviews' } }, rules: [{ to: [{ operation: { paths: ['/ext*'] } }] }] })),
    findings: ['error authz-custom-no-provider spec.provider.name'],
  },
  {
    defect: 'a provider on an ALLOW policy',
    change: (mesh) => {
      const provided = allow('ext', { app: 'reviews' }, [GATEWAY_PRINCIPAL]);
      provided.spec.provider = { name: 'opa' };
      zeroTrust(mesh, provided);
    },
    findings: ['error authz-provider-not-custom spec.provider'],
  },
  {
    defect: 'a policy with both selector and targetRefs',
    change: (mesh) => zeroTrust(mesh, securityObject('AuthorizationPolicy', 'both', {
      selector: { matchLabels: { app: 'reviews' } }, targetRefs: [{ group: '', kind: 'Service', name: 'reviews' }], rules: [{}],
    })),
    findings: ['error security-selector-and-target spec.targetRefs'],
  },
  {
    defect: 'a policy port that is no port number',
    change: (mesh) => zeroTrust(mesh, allow('bad-port', { app: 'reviews' }, [GATEWAY_PRINCIPAL], { ports: ['http'] })),
    findings: ['error authz-port-invalid spec.rules[0].to[0].operation.ports[0]'],
  },
  {
    defect: 'port-level mTLS without a selector, on a port that is no number',
    change: (mesh) => { mesh.extra.push(securityObject('PeerAuthentication', 'default', { mtls: { mode: 'STRICT' }, portLevelMtls: { http: { mode: 'DISABLE' } } })); },
    findings: ['error peer-port-level-without-selector spec.portLevelMtls', 'error peer-port-invalid spec.portLevelMtls.http'],
  },
  {
    defect: 'an mTLS mode that does not exist',
    change: (mesh) => { mesh.extra.push(securityObject('PeerAuthentication', 'default', { mtls: { mode: 'MUTUAL' } })); },
    findings: ['error peer-mode-invalid spec.mtls.mode'],
  },
  {
    defect: 'a calls annotation that is not JSON',
    change: (mesh) => { mesh.v1.metadata.annotations = { [CALLS_ANNOTATION]: 'reviews:9080' }; },
    findings: ['error calls-annotation-invalid metadata.annotations'],
  },
  {
    defect: 'a canary of the caller running as another service account than the policies allow',
    change: (mesh) => zeroTrustWithCaller(mesh, productpage('v2', 'productpage-canary')),
    findings: ['error authz-call-denied spec.template.spec.containers[0].env[0].value'],
  },
  {
    defect: 'routes that send requests to a version that the policies do not cover',
    change: (mesh) => {
      mesh.extra.push(strict(), allowNothing(), productpage('v1', 'productpage'), allow('reviews-v1', { app: 'reviews', version: 'v1' }, [GATEWAY_PRINCIPAL, PRODUCTPAGE_PRINCIPAL]));
    },
    findings: ['error authz-route-denied spec.http[0].route[0].destination', 'error authz-route-denied spec.http[1].route[1].destination'],
  },
  {
    defect: 'a declared call with a method the policy does not allow',
    change: (mesh) => {
      const caller = productpage('v1', 'productpage');
      // The annotation says more about the call than the URL in the environment, and replaces it.
      caller.metadata.annotations = { [CALLS_ANNOTATION]: JSON.stringify([{ host: 'reviews', port: REVIEWS_PORT, methods: ['DELETE'] }]) };
      zeroTrust(mesh, caller, allow('productpage', { app: 'reviews' }, [PRODUCTPAGE_PRINCIPAL], { ports: [String(REVIEWS_PORT)], methods: ['GET'] }));
    },
    findings: ['error authz-call-denied metadata.annotations.istio-traffic.cdk8s.io/calls'],
  },
];

/** Security configurations that are valid. */
export const SECURITY_FINE_INPUTS: FineInput[] = [
  { variation: 'zero trust: STRICT, default-deny, the gateway allowed', change: (mesh) => zeroTrust(mesh) },
  { variation: 'zero trust with a caller that the policy allows', change: (mesh) => zeroTrustWithCaller(mesh) },
  {
    variation: 'a canary of the caller whose identity the policy covers too',
    change: (mesh) => {
      zeroTrustWithCaller(mesh, productpage('v2', 'productpage-canary'));
      policy(mesh, 'reviews').spec.rules[0].from[0].source.principals.push('cluster.local/ns/default/sa/productpage-canary');
    },
  },
  {
    variation: 'a RequestAuthentication with a policy requiring a request principal',
    change: (mesh) => zeroTrust(mesh,
      securityObject('RequestAuthentication', 'reviews', { selector: { matchLabels: { app: 'reviews' } }, jwtRules: [{ issuer: 'https://accounts.example.com', jwksUri: 'https://accounts.example.com/keys' }] }),
      securityObject('AuthorizationPolicy', 'require-jwt', { action: 'DENY', selector: { matchLabels: { app: 'reviews' } }, rules: [{ from: [{ source: { notRequestPrincipals: ['*'] } }], to: [{ operation: { paths: ['/api*'] } }] }] })),
  },
  {
    variation: 'an L7 rule in an ambient namespace on a policy bound to the waypoint',
    change: (mesh) => {
      ambient(mesh);
      zeroTrust(mesh, securityObject('AuthorizationPolicy', 'get-only', { targetRefs: [{ group: '', kind: 'Service', name: 'reviews' }], rules: [{ from: [{ source: { principals: [GATEWAY_PRINCIPAL] } }], to: [{ operation: { methods: ['GET'] } }] }] }));
    },
  },
  { variation: 'a DestinationRule with ISTIO_MUTUAL under STRICT', change: (mesh) => { zeroTrust(mesh); mesh.destinationRule.spec.trafficPolicy = { tls: { mode: 'ISTIO_MUTUAL' } }; } },
  { variation: 'a DestinationRule with tls DISABLE under PERMISSIVE', change: (mesh) => { mesh.destinationRule.spec.trafficPolicy = { tls: { mode: 'DISABLE' } }; } },
];
