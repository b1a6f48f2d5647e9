import { Manifest, SourcedManifest, inGroup, isCore, isIstio, itemsOf, namespaceOf, podLabelsOf, qualifyHost, selects } from '../../manifest/manifest';
import {
  DEFAULT_SERVICE_ACCOUNT, SECURITY_GROUP, callsAnnotationProblem, isSecurity, parsePrincipal, principalOf, serviceAccountOf,
} from '../../manifest/security';
import { Access, CallIndex, MeshCall, MtlsMode, SecurityIndex, actionOf, servicePorts } from '../access';
import { Finding } from '../finding';
import { FindingsOf } from '../findings-of';
import { MeshIndex, PodTemplate, getOrCreate } from '../mesh-index';

/** Label of a Namespace or pod that puts its workloads in ambient mode. */
const DATAPLANE_MODE_LABEL = 'istio.io/dataplane-mode';
/** Label of a Namespace or Service naming the waypoint that enforces its L7 policies. */
const USE_WAYPOINT_LABEL = 'istio.io/use-waypoint';

/** Source fields that name peer identities, which exist only over mutual TLS. */
const PEER_FIELDS = ['principals', 'notPrincipals', 'namespaces', 'notNamespaces', 'serviceAccounts', 'notServiceAccounts', 'trustDomains', 'notTrustDomains'];
/** Condition keys that read the peer identity. */
const PEER_KEYS = ['source.principal', 'source.namespace', 'source.serviceAccount'];
/** Operation fields only an L7 proxy can read. */
const L7_OPERATION_FIELDS = ['methods', 'notMethods', 'paths', 'notPaths', 'hosts', 'notHosts'];
const L7_SOURCE_FIELDS = ['requestPrincipals', 'notRequestPrincipals', 'remoteIpBlocks', 'notRemoteIpBlocks'];

/** What the security rules look up: pods by namespace, service accounts, the security objects. */
class SecurityContext {
  public readonly security: SecurityIndex;
  private readonly pods = new Map<string, PodTemplate[]>();
  private readonly accounts = new Map<string, Set<string>>();
  private readonly ambient = new Set<string>();
  private readonly waypointed = new Set<string>();

  constructor(public readonly objects: SourcedManifest[], public readonly index: MeshIndex) {
    this.security = new SecurityIndex(objects);
    for (const { manifest } of objects) {
      const labels = podLabelsOf(manifest);
      if (labels !== undefined) {
        const namespace = namespaceOf(manifest);
        getOrCreate(this.pods, namespace, () => []).push({ namespace, labels, owner: manifest });
        getOrCreate(this.accounts, namespace, () => new Set()).add(serviceAccountOf(manifest));
        if (labels[DATAPLANE_MODE_LABEL] === 'ambient') this.ambient.add(namespace);
      } else if (isCore(manifest, 'ServiceAccount')) {
        getOrCreate(this.accounts, namespaceOf(manifest), () => new Set()).add(manifest.metadata.name ?? '');
      } else if (isCore(manifest, 'Namespace')) {
        const name = manifest.metadata.name ?? '';
        if (manifest.metadata.labels?.[DATAPLANE_MODE_LABEL] === 'ambient') this.ambient.add(name);
        if (manifest.metadata.labels?.[USE_WAYPOINT_LABEL]) this.waypointed.add(name);
      }
    }
  }

  /** The pods of the namespace the object's selector picks (every pod of it without a selector). */
  public podsOf(manifest: Manifest): PodTemplate[] {
    const selector = manifest.spec?.selector?.matchLabels;
    return (this.pods.get(namespaceOf(manifest)) ?? []).filter((pod) => selects(selector, pod.labels));
  }

  /** Whether the app has workloads in the namespace: only then can a selector be known to match none. */
  public hasPods(namespace: string): boolean {
    return (this.pods.get(namespace)?.length ?? 0) > 0;
  }

  /** Whether the app defines the service account: a ServiceAccount object, or pods running as it. */
  public knowsAccount(namespace: string, account: string): boolean | undefined {
    const known = this.accounts.get(namespace);
    if (known === undefined) return undefined;
    return account === DEFAULT_SERVICE_ACCOUNT || known.has(account);
  }

  public isAmbient(namespace: string, labels: Record<string, string> | undefined): boolean {
    return this.ambient.has(namespace) || labels?.[DATAPLANE_MODE_LABEL] === 'ambient';
  }

  public hasWaypoint(namespace: string): boolean {
    return this.waypointed.has(namespace);
  }

  /** The pods an object selects, or stand-in pods with its selector's labels when the app has none of them. */
  public podsOrStandIn(namespace: string, selector: Record<string, string> | undefined): PodTemplate[] {
    const pods = (this.pods.get(namespace) ?? []).filter((pod) => selects(selector, pod.labels));
    return pods.length > 0 ? pods : [{ namespace, labels: selector ?? {}, owner: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'the workloads it selects', namespace } } }];
  }
}

/**
 * The security rules: each security.istio.io object on its own and against the workloads, Services, service
 * accounts and the other policies; DestinationRules against the mTLS their hosts require; and every call that the
 * workloads declare or the gateways route against the policies of the workloads that receive it.
 */
export function checkSecurity(objects: SourcedManifest[], index: MeshIndex): Finding[] {
  // Without security objects there is nothing to enforce: only the workloads' own annotations are checked.
  if (!objects.some(({ manifest }) => inGroup(manifest, SECURITY_GROUP))) {
    return objects.flatMap((sourced) => {
      if (podLabelsOf(sourced.manifest) === undefined) return [];
      const f = new FindingsOf(sourced);
      checkCallsAnnotation(f);
      return f.findings;
    });
  }
  const context = new SecurityContext(objects, index);
  const findings = objects.flatMap((sourced) => {
    const f = new FindingsOf(sourced);
    const { manifest } = sourced;
    if (isSecurity(manifest, 'AuthorizationPolicy')) checkAuthorizationPolicy(f, context);
    if (isSecurity(manifest, 'PeerAuthentication')) checkPeerAuthentication(f, context);
    if (isSecurity(manifest, 'RequestAuthentication')) checkRequestAuthentication(f, context);
    if (isIstio(manifest, 'DestinationRule') && context.security.enforces) checkTlsToStrict(f, context);
    if (podLabelsOf(manifest) !== undefined) checkCallsAnnotation(f);
    return f.findings;
  });
  return context.security.enforces ? [...findings, ...deniedCalls(context)] : findings;
}

function checkSelectorPods(f: FindingsOf, context: SecurityContext): void {
  const selector = f.manifest.spec?.selector;
  if (selector === undefined || !context.hasPods(namespaceOf(f.manifest))) return;
  if (context.podsOf(f.manifest).length === 0) {
    f.warning('security-selector-no-workload', 'spec.selector.matchLabels', `selects no pod of namespace ${namespaceOf(f.manifest)} (${JSON.stringify(selector.matchLabels ?? {})})`, 'select the app and version labels of a workload, or remove the object');
  }
}

function checkTargets(f: FindingsOf): void {
  const spec = f.manifest.spec ?? {};
  if (spec.selector !== undefined && (spec.targetRefs !== undefined || spec.targetRef !== undefined)) {
    f.error('security-selector-and-target', 'spec.targetRefs', 'sets both selector and targetRefs, which istiod rejects', 'use selector for sidecars, targetRefs for a Gateway, a Service or a waypoint');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// AuthorizationPolicy

function checkAuthorizationPolicy(f: FindingsOf, context: SecurityContext): void {
  const spec = f.manifest.spec ?? {};
  const action = actionOf(f.manifest);
  checkTargets(f);
  checkSelectorPods(f, context);
  if (action === 'CUSTOM' && typeof spec.provider?.name !== 'string') {
    f.error('authz-custom-no-provider', 'spec.provider.name', 'a CUSTOM policy needs the extension provider that decides', 'name an extensionProvider of the mesh config in provider.name');
  }
  if (action !== 'CUSTOM' && spec.provider !== undefined) {
    f.error('authz-provider-not-custom', 'spec.provider', `a provider is only for CUSTOM policies, not ${action}`, 'set action CUSTOM, or remove the provider');
  }
  const rules = itemsOf<any>(spec.rules);
  if (action === 'ALLOW' && rules.length === 0) {
    f.warning('authz-allow-nothing', 'spec.rules', 'an ALLOW policy without rules matches no request, so it denies every request to the workloads it applies to', 'add the rules that allow the callers, or mark the policy as an intended default-deny');
  }
  rules.forEach((rule, at) => checkRule(f, rule, `spec.rules[${at}]`, context));
  checkPrincipalsUnderPermissive(f, rules, context);
  checkL7InAmbient(f, rules, context);
  if (action === 'ALLOW') checkDenyConflicts(f, rules, context);
}

function checkRule(f: FindingsOf, rule: any, field: string, context: SecurityContext): void {
  itemsOf<any>(rule.from).forEach((from, at) => {
    const source = from.source ?? {};
    for (const key of ['principals', 'notPrincipals']) {
      itemsOf<unknown>(source[key]).forEach((principal, principalAt) => {
        const where = `${field}.from[${at}].source.${key}[${principalAt}]`;
        if (typeof principal !== 'string') return;
        const named = parsePrincipal(principal);
        if (named === undefined) {
          if (!principal.includes('*')) f.warning('authz-principal-invalid', where, `${JSON.stringify(principal)} is no <trust domain>/ns/<namespace>/sa/<service account>`, `write it as ${principalOf('<namespace>', '<service account>')}`);
          return;
        }
        if (context.knowsAccount(named.namespace, named.serviceAccount) === false) {
          f.warning('authz-principal-unknown', where, `names service account ${named.serviceAccount} of namespace ${named.namespace}, which no ServiceAccount and no workload of the app defines`, 'name the service account that the caller\'s pods run as (serviceAccountName), or define it');
        }
      });
    }
  });
  itemsOf<any>(rule.to).forEach((to, at) => {
    for (const key of ['ports', 'notPorts']) {
      itemsOf<unknown>(to.operation?.[key]).forEach((port, portAt) => {
        if (typeof port !== 'string' || !/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
          f.error('authz-port-invalid', `${field}.to[${at}].operation.${key}[${portAt}]`, `${JSON.stringify(port)} is no port number`, 'write the workload port as a string of 1 to 65535, e.g. "3000"');
        }
      });
    }
  });
}

function usesPeerIdentity(rules: any[]): boolean {
  return rules.some((rule) => itemsOf<any>(rule.from).some((from) => PEER_FIELDS.some((key) => Array.isArray(from.source?.[key])))
    || itemsOf<any>(rule.when).some((condition) => PEER_KEYS.includes(condition.key)));
}

/** Peer identities exist only over mutual TLS: a plaintext caller has none, so it fails ALLOW rules and escapes DENY rules. */
function checkPrincipalsUnderPermissive(f: FindingsOf, rules: any[], context: SecurityContext): void {
  if (!usesPeerIdentity(rules)) return;
  const namespace = namespaceOf(f.manifest);
  const pods = context.podsOrStandIn(namespace, f.manifest.spec?.selector?.matchLabels);
  const ports = rules.flatMap((rule) => itemsOf<any>(rule.to).flatMap((to) => itemsOf<string>(to.operation?.ports))).map(Number);
  const loose = pods.filter((pod) => (ports.length === 0 ? [undefined] : ports).some((port) => context.security.mtlsOf(pod, port) !== MtlsMode.STRICT));
  if (loose.length === 0) return;
  const consequence = actionOf(f.manifest) === 'DENY' ? 'plaintext requests carry no principal and escape this DENY policy' : 'plaintext callers carry no principal and are denied';
  f.warning('authz-principal-not-strict', 'spec.rules', `matches peer identities (principals, namespaces), but the mTLS of ${loose.map((pod) => pod.owner.metadata.name).join(', ')} is not STRICT: ${consequence}`, 'require STRICT mTLS with a PeerAuthentication for these workloads');
}

function hasL7(rules: any[]): boolean {
  return rules.some((rule) => itemsOf<any>(rule.to).some((to) => L7_OPERATION_FIELDS.some((key) => Array.isArray(to.operation?.[key])))
    || itemsOf<any>(rule.from).some((from) => L7_SOURCE_FIELDS.some((key) => Array.isArray(from.source?.[key])))
    || itemsOf<any>(rule.when).some((condition) => typeof condition.key === 'string' && (condition.key.startsWith('request.') || condition.key.startsWith('experimental.'))));
}

/** In ambient mode, ztunnel enforces selector policies at L4 only; it fails an L7 ALLOW rule closed. */
function checkL7InAmbient(f: FindingsOf, rules: any[], context: SecurityContext): void {
  const spec = f.manifest.spec ?? {};
  const namespace = namespaceOf(f.manifest);
  if (spec.targetRefs !== undefined || spec.targetRef !== undefined || !hasL7(rules)) return;
  if (!context.isAmbient(namespace, spec.selector?.matchLabels) && !context.podsOf(f.manifest).some((pod) => context.isAmbient(namespace, pod.labels))) return;
  const waypoint = context.hasWaypoint(namespace) ? 'the namespace has a waypoint, but this policy selects pods, so ztunnel enforces it' : 'no waypoint serves these workloads';
  f.error('authz-l7-without-waypoint', 'spec.rules', `has L7 rules (methods, paths, hosts, request principals or request conditions) in ambient mode, and ${waypoint}: ztunnel cannot read them and denies the requests`, 'deploy a waypoint and bind the policy to it with targetRefs (kind Service or Gateway), or keep the rules to L4 fields');
}

/** A DENY policy on the same workloads with a path of an ALLOW rule: DENY is evaluated first, so the ALLOW never applies there. */
function checkDenyConflicts(f: FindingsOf, rules: any[], context: SecurityContext): void {
  const pods = context.podsOrStandIn(namespaceOf(f.manifest), f.manifest.spec?.selector?.matchLabels);
  const denies = new Map<string, string>();
  for (const pod of pods) {
    for (const { manifest } of context.security.policiesOf(pod)) {
      if (actionOf(manifest) !== 'DENY') continue;
      for (const path of pathsOf(itemsOf<any>(manifest.spec?.rules), true)) if (!denies.has(path)) denies.set(path, manifest.metadata.name ?? '');
    }
  }
  if (denies.size === 0) return;
  rules.forEach((rule, ruleAt) => itemsOf<any>(rule.to).forEach((to, toAt) => itemsOf<string>(to.operation?.paths).forEach((path, pathAt) => {
    const denied = [...denies.entries()].find(([pattern]) => typeof path === 'string' && (pattern === path || pattern === '*' || (pattern.endsWith('*') && path.startsWith(pattern.slice(0, -1)))));
    if (denied) {
      f.warning('authz-deny-allow-conflict', `spec.rules[${ruleAt}].to[${toAt}].operation.paths[${pathAt}]`, `allows ${path}, which DENY policy ${denied[1]} denies on the same workloads (DENY is evaluated first)`, 'remove the path from one of the two policies, or narrow the DENY rule\'s sources');
    }
  })));
}

/** The paths of rules, only of rules without sources when `unconditional` (those deny every caller). */
function pathsOf(rules: any[], unconditional: boolean): string[] {
  return rules.filter((rule) => !unconditional || (itemsOf<any>(rule.from).length === 0 && itemsOf<any>(rule.when).length === 0))
    .flatMap((rule) => itemsOf<any>(rule.to).flatMap((to) => itemsOf<string>(to.operation?.paths))).filter((path) => typeof path === 'string');
}

// ---------------------------------------------------------------------------------------------------------------
// PeerAuthentication and RequestAuthentication

const MTLS_MODES = ['UNSET', 'DISABLE', 'PERMISSIVE', 'STRICT'];

function checkPeerAuthentication(f: FindingsOf, context: SecurityContext): void {
  const spec = f.manifest.spec ?? {};
  checkSelectorPods(f, context);
  const modes: Array<[unknown, string]> = [[spec.mtls?.mode, 'spec.mtls.mode']];
  const portLevel = spec.portLevelMtls ?? {};
  if (Object.keys(portLevel).length > 0 && spec.selector === undefined) {
    f.error('peer-port-level-without-selector', 'spec.portLevelMtls', 'port-level mTLS needs a workload selector; istiod rejects it otherwise', 'add a selector with the workload\'s labels');
  }
  for (const [port, setting] of Object.entries<any>(portLevel)) {
    if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
      f.error('peer-port-invalid', `spec.portLevelMtls.${port}`, `${JSON.stringify(port)} is no port number`, 'key port-level settings by the workload port, 1 to 65535');
    }
    modes.push([setting?.mode, `spec.portLevelMtls.${port}.mode`]);
  }
  for (const [mode, where] of modes) {
    if (mode !== undefined && !MTLS_MODES.includes(mode as string)) f.error('peer-mode-invalid', where, `${JSON.stringify(mode)} is no mTLS mode`, `use one of ${MTLS_MODES.join(', ')}`);
  }
}

function checkRequestAuthentication(f: FindingsOf, context: SecurityContext): void {
  const spec = f.manifest.spec ?? {};
  checkTargets(f);
  checkSelectorPods(f, context);
  itemsOf<any>(spec.jwtRules).forEach((rule, at) => {
    const field = `spec.jwtRules[${at}]`;
    if (typeof rule.issuer !== 'string' || rule.issuer === '') f.error('jwt-issuer-missing', `${field}.issuer`, 'a JWT rule needs the issuer whose tokens it accepts', 'set issuer, e.g. https://accounts.example.com');
    // The CRD takes the URL as jwksUri or jwks_uri (the generated classes write the latter).
    const uriField = rule.jwksUri !== undefined ? 'jwksUri' : 'jwks_uri';
    const uri = rule[uriField];
    if (rule.jwks !== undefined && uri !== undefined) f.warning('jwt-jwks-twice', `${field}.jwks`, 'sets both jwks and jwksUri; istiod uses only jwks', 'keep one of them');
    if (typeof uri === 'string' && !/^https?:\/\/[^/]+/.test(uri)) f.error('jwt-jwks-uri-invalid', `${field}.${uriField}`, `${JSON.stringify(uri)} is no http(s) URL`, 'give the URL of the issuer\'s JSON Web Key Set');
  });
  if (spec.targetRefs !== undefined || spec.targetRef !== undefined) return;
  const pods = context.podsOrStandIn(namespaceOf(f.manifest), spec.selector?.matchLabels);
  const unguarded = pods.filter((pod) => !context.security.policiesOf(pod).some(({ manifest }) => requiresRequestPrincipal(manifest)));
  if (unguarded.length > 0) {
    f.warning('requestauthn-without-authz', 'spec.jwtRules', `only rejects invalid tokens: requests without a token still reach ${unguarded.map((pod) => pod.owner.metadata.name).join(', ')}, as no AuthorizationPolicy there requires a request principal`, 'add an AuthorizationPolicy that allows requestPrincipals ["*"] (or denies notRequestPrincipals ["*"]) for these workloads');
  }
}

function requiresRequestPrincipal(policy: Manifest): boolean {
  return itemsOf<any>(policy.spec?.rules).some((rule) => itemsOf<any>(rule.from).some((from) => Array.isArray(from.source?.requestPrincipals) || Array.isArray(from.source?.notRequestPrincipals))
    || itemsOf<any>(rule.when).some((condition) => typeof condition.key === 'string' && condition.key.startsWith('request.auth.')));
}

// ---------------------------------------------------------------------------------------------------------------
// DestinationRules against STRICT workloads, the calls annotation, and calls against the policies

/** TLS settings of a DestinationRule, with their field and the port they are for. */
function tlsSettings(spec: any): Array<{ readonly tls: any; readonly field: string; readonly port?: number }> {
  const ofPolicy = (policy: any, field: string) => [
    { tls: policy?.tls, field: `${field}.tls` },
    ...itemsOf<any>(policy?.portLevelSettings).map((setting, at) => ({ tls: setting.tls, field: `${field}.portLevelSettings[${at}].tls`, port: setting.port?.number })),
  ];
  return [
    ...ofPolicy(spec.trafficPolicy, 'spec.trafficPolicy'),
    ...itemsOf<any>(spec.subsets).flatMap((subset, at) => ofPolicy(subset.trafficPolicy, `spec.subsets[${at}].trafficPolicy`)),
  ].filter((setting) => setting.tls?.mode === 'DISABLE' || setting.tls?.mode === 'SIMPLE');
}

function checkTlsToStrict(f: FindingsOf, context: SecurityContext): void {
  if (typeof f.manifest.spec?.host !== 'string') return;
  const host = qualifyHost(f.manifest.spec.host, namespaceOf(f.manifest));
  const service = context.index.services.get(host);
  if (!service?.spec?.selector) return;
  const pods = context.podsOrStandIn(namespaceOf(service), service.spec.selector);
  const ports = servicePorts(service);
  for (const setting of tlsSettings(f.manifest.spec)) {
    const targetPort = setting.port === undefined ? undefined : ports.find((port) => port.port === setting.port)?.targetPort ?? setting.port;
    const strict = pods.filter((pod) => context.security.mtlsOf(pod, targetPort) === MtlsMode.STRICT);
    if (strict.length === 0) continue;
    f.error('dr-tls-to-strict', `${setting.field}.mode`, `sends ${setting.tls.mode === 'DISABLE' ? 'plaintext' : 'TLS without the mesh certificate'} to ${host}, whose workloads (${strict.map((pod) => pod.owner.metadata.name).join(', ')}) require STRICT mTLS: requests fail with 503`, 'use ISTIO_MUTUAL (or remove the tls setting: auto mTLS picks it)');
  }
}

function checkCallsAnnotation(f: FindingsOf): void {
  const problem = callsAnnotationProblem(f.manifest);
  if (problem !== undefined) f.error('calls-annotation-invalid', 'metadata.annotations', `the calls annotation ${problem}`, 'write a JSON array of {"host", "port"?, "methods"?, "paths"?}');
}

/** Calls whose requests go to workloads that deny their caller: all of them (the call), or some (the route that sends them there). */
function deniedCalls(context: SecurityContext): Finding[] {
  const calls = new CallIndex(context.objects, context.index).calls;
  const reported = new Set<string>();
  return calls.flatMap((call) => {
    const decisions = call.destinations.map((destination) => ({
      destination, decision: context.security.decide(call.caller, destination.pod, { port: destination.targetPort, methods: call.methods, paths: call.paths }),
    }));
    const denied = decisions.filter(({ decision }) => decision.access === Access.DENIED);
    if (denied.length === 0) return [];
    const target = `${call.host}:${call.port}`;
    if (denied.length === decisions.length || denied.some(({ destination }) => destination.route === undefined)) {
      const f = new FindingsOf(call.sourced);
      const reasons = [...new Set(denied.map(({ decision }) => decision.reason))].join('; ');
      f.error('authz-call-denied', call.field, `${describeCaller(call)} calls ${target} (${call.via}), and ${reasons}: its requests get 403`, fixFor(call));
      return f.findings;
    }
    return denied.flatMap(({ destination, decision }) => {
      const route = destination.route!;
      const key = `${route.sourced.source} ${route.field} ${call.caller.principal} ${destination.pod.owner.metadata.name}`;
      if (reported.has(key)) return [];
      reported.add(key);
      const f = new FindingsOf(route.sourced);
      const share = route.mirror ? `copies of ${route.percent}% of the requests` : `${round(route.percent)}% of the requests`;
      f.error('authz-route-denied', route.field, `sends ${share} of ${describeCaller(call)} to ${target} to ${destination.pod.owner.metadata.name}, and ${decision.reason}: they get 403`, `${fixFor(call)}; every version must allow the callers of its Service`);
      return f.findings;
    });
  });
}

function describeCaller(call: MeshCall): string {
  return `${call.caller.name} (${call.caller.principal ?? 'no principal'})`;
}

function fixFor(call: MeshCall): string {
  return `allow ${call.caller.principal ?? 'the caller'} to port ${call.port} in an AuthorizationPolicy of the workloads of ${call.host} (SecurityPosture does so for every declared call), or run the caller as a service account the policies allow`;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
