import { X509Certificate } from 'node:crypto';
import { Finding } from '../finding';
import { FindingsOf } from '../findings-of';
import { MeshIndex, PodTemplate, getOrCreate } from '../mesh-index';
import { SourcedManifest, appliesToMesh, inGroup, isCore, itemsOf, namespaceOf, qualifyHost, selects } from '../../manifest/manifest';
import { exportScopes } from './export-to';

/** The Gateway API bundle version that Istio needs at least, by CRD name; older CRDs are not watched. */
const GATEWAY_API_MINIMUM_VERSIONS: Readonly<Record<string, string>> = {
  'grpcroutes.gateway.networking.k8s.io': '1.1.0',
  'backendtlspolicies.gateway.networking.k8s.io': '1.4.0',
  'tlsroutes.gateway.networking.k8s.io': '1.5.0',
  'tcproutes.gateway.networking.k8s.io': '1.6.0',
};
const BUNDLE_VERSION_ANNOTATION = 'gateway.networking.k8s.io/bundle-version';
/** Secret types and keys from which a gateway reads a server certificate. */
const CERTIFICATE_KEYS = [['tls.crt', 'tls.key'], ['cert', 'key']];

/** Findings that compare objects of several kinds across the mesh; each finding is about one object. */
export function meshFindings(objects: SourcedManifest[], index: MeshIndex): Finding[] {
  const checks = [meshHostConflicts, gatewayWorkloads, gatewayConflicts, gatewayCredentials, sidecarSelectors, serviceEntryProtocols, crdVersions];
  return checks.flatMap((check) => {
    try {
      return check(index);
    } catch (error) {
      // A check that trips over input it did not expect must not hide what the other checks find.
      if (objects.length === 0) return [];
      const f = new FindingsOf(objects[0]);
      f.error('internal-error', '', `the mesh check ${check.name} failed: ${(error as Error).message}`, 'report it, with the input');
      return f.findings;
    }
  });
}

/** Two copies of one object are a duplicate, which is reported as such, not a conflict of two objects. */
function isSameObject(a: SourcedManifest, b: SourcedManifest): boolean {
  return a.manifest.kind === b.manifest.kind && namespaceOf(a.manifest) === namespaceOf(b.manifest) && a.manifest.metadata.name === b.manifest.metadata.name;
}

function labelsOf(value: unknown): Record<string, string> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, string> : {};
}

function describe(selector: Record<string, string>): string {
  return Object.entries(selector).map(([key, value]) => `${key}=${value}`).join(',');
}

/**
 * Two mesh-bound VirtualServices for one host, seen from a namespace: Istio uses only one of them. What a
 * VirtualService exports to a namespace (exportTo) decides where it is seen; exported to all, it is seen everywhere.
 */
function meshHostConflicts(index: MeshIndex): Finding[] {
  const earlier = new Map<string, { sourced: SourcedManifest; scopes: string[] }[]>();
  return index.istioObjects('VirtualService')
    .filter(({ manifest }) => appliesToMesh(manifest.spec))
    .flatMap((sourced) => {
      const namespace = namespaceOf(sourced.manifest);
      const scopes = exportScopes(sourced.manifest.spec?.exportTo, namespace);
      return itemsOf<unknown>(sourced.manifest.spec?.hosts).flatMap((host, at) => {
        if (typeof host !== 'string') return [];
        const qualified = qualifyHost(host, namespace);
        const previous = getOrCreate(earlier, qualified, () => []);
        const owner = previous.find((other) => !isSameObject(other.sourced, sourced) && overlaps(other.scopes, scopes));
        previous.push({ sourced, scopes });
        if (!owner) return [];
        const f = new FindingsOf(sourced);
        f.error('vs-mesh-host-conflict', `spec.hosts[${at}]`, `VirtualService ${namespaceOf(owner.sourced.manifest)}/${owner.sourced.manifest.metadata.name} (${owner.sourced.source}) also routes ${qualified} in the mesh, for the same namespaces`, 'merge the routes of a host into one VirtualService, or export each to other namespaces');
        return f.findings;
      });
    });
}

/** Whether two exportTo scopes share a namespace. */
function overlaps(a: string[], b: string[]): boolean {
  return a.includes('*') || b.includes('*') || a.some((scope) => b.includes(scope));
}

/** The pod templates a Gateway's selector picks, in any namespace; none when it has no selector. */
function gatewayPods(gateway: SourcedManifest, index: MeshIndex): PodTemplate[] {
  const selector = labelsOf(gateway.manifest.spec?.selector);
  return Object.keys(selector).length === 0 ? [] : index.podsSelectedAnywhere(selector);
}

/**
 * A Gateway selects the proxies that serve it. When the input holds pods with a key of its selector but none with
 * all of it, the selector is probably wrong; a server port that no Service of the gateway pods targets is not
 * reachable through the gateway Service.
 */
function gatewayWorkloads(index: MeshIndex): Finding[] {
  return index.istioObjects('Gateway').flatMap((gateway) => {
    const f = new FindingsOf(gateway);
    const selector = labelsOf(gateway.manifest.spec?.selector);
    const keys = Object.keys(selector);
    const pods = gatewayPods(gateway, index);
    if (keys.length > 0 && pods.length === 0 && index.pods.some((pod) => keys.some((key) => pod.labels[key] !== undefined))) {
      f.warning('gw-selector-no-workload', 'spec.selector', `no pod template of the input carries ${describe(selector)}, so no gateway proxy serves this Gateway`, 'select the labels of the gateway deployment, e.g. istio: ingressgateway');
    }
    const services = index.objects.filter(({ manifest }) => isCore(manifest, 'Service') && Object.keys(labelsOf(manifest.spec?.selector)).length > 0
      && pods.some((pod) => pod.namespace === namespaceOf(manifest) && selects(labelsOf(manifest.spec.selector), pod.labels)));
    if (services.length === 0) return f.findings;
    const targets = new Set(services.flatMap(({ manifest }) => itemsOf<any>(manifest.spec?.ports)
      .filter((port) => (port.protocol ?? 'TCP') === 'TCP')
      .flatMap((port) => [typeof port.targetPort === 'number' ? port.targetPort : port.port, port.port])));
    itemsOf<any>(gateway.manifest.spec?.servers).forEach((server, at) => {
      const number = server.port?.number;
      // Port 0 is a unix socket; an invalid number is reported as such.
      if (typeof number === 'number' && number >= 1 && number <= 65535 && !targets.has(number)) {
        f.warning('gw-port-not-on-service', `spec.servers[${at}].port.number`, `port ${number} is no port or target port of the Services of the gateway pods (${services.map(({ manifest }) => manifest.metadata.name).join(', ')})`, 'listen on a port the gateway Service targets, or add the port to that Service');
      }
    });
    return f.findings;
  });
}

interface ServerKey {
  readonly gateway: SourcedManifest;
  readonly at: number;
  readonly selector: Record<string, string>;
  readonly server: any;
}

/** Whether two Gateways' selectors pick the same proxies: equal selectors, or a pod of the input that both select. */
function sameProxies(a: Record<string, string>, b: Record<string, string>, index: MeshIndex): boolean {
  if (describe(a) === describe(b)) return true;
  return index.podsSelectedAnywhere(a).some((pod) => selects(b, pod.labels));
}

/** The host of a server host, without its namespace. */
function bareHost(host: unknown): string | undefined {
  return typeof host === 'string' ? host.split('/').pop() : undefined;
}

/**
 * Servers of different Gateways on the same proxies: on one TLS port and host, only one of them is served (IST0145);
 * one certificate on several Gateways makes HTTP/2 clients that reuse a connection get 404s (IST0138).
 */
function gatewayConflicts(index: MeshIndex): Finding[] {
  const servers: ServerKey[] = index.istioObjects('Gateway').flatMap((gateway) => itemsOf<any>(gateway.manifest.spec?.servers)
    .map((server, at) => ({ gateway, at, selector: labelsOf(gateway.manifest.spec?.selector), server })));
  const byPort = new Map<unknown, ServerKey[]>();
  for (const key of servers) getOrCreate(byPort, key.server.port?.number, () => []).push(key);
  const findings = servers.flatMap((key, position) => {
    const f = new FindingsOf(key.gateway);
    // The later server of a conflicting pair reports it, naming the earlier one.
    const others = (byPort.get(key.server.port?.number) ?? []).filter((other) => servers.indexOf(other) < position && !isSameObject(other.gateway, key.gateway) && sameProxies(key.selector, other.selector, index));
    const hosts = itemsOf<unknown>(key.server.hosts).map(bareHost).filter((host): host is string => host !== undefined);
    // Plain HTTP servers of one port are merged into one listener, where every VirtualService applies; servers that
    // terminate or pass through TLS are not, and istiod drops the later one.
    const conflicting = !terminatesTls(key.server) ? [] : others.filter((other) => terminatesTls(other.server) && (other.server.bind ?? '') === (key.server.bind ?? '')
      && itemsOf<unknown>(other.server.hosts).map(bareHost).some((host) => host !== undefined && hosts.includes(host)));
    if (conflicting.length > 0) {
      const names = [...new Set(conflicting.map(({ gateway }) => `${namespaceOf(gateway.manifest)}/${gateway.manifest.metadata.name}`))];
      f.error('gw-conflict', `spec.servers[${key.at}]`, `Gateway ${names.join(', ')} serves the same host on port ${key.server.port?.number} of the same proxies, and only one of them is served`, 'serve each host and port of a gateway from one Gateway, or select other proxies');
    }
    return f.findings;
  });
  return [...findings, ...sharedCertificates(servers, index)];
}

function terminatesTls(server: any): boolean {
  const protocol = typeof server?.port?.protocol === 'string' ? server.port.protocol.toUpperCase() : '';
  return protocol === 'HTTPS' || protocol === 'TLS';
}

function certificateOf(tls: any): string | undefined {
  if (tls === null || typeof tls !== 'object') return undefined;
  if (typeof tls.credentialName === 'string' && tls.credentialName !== '') return `secret ${tls.credentialName}`;
  if (typeof tls.serverCertificate === 'string' && typeof tls.privateKey === 'string') return `file ${tls.serverCertificate}`;
  return undefined;
}

function sharedCertificates(servers: ServerKey[], index: MeshIndex): Finding[] {
  const reported = new Set<SourcedManifest>();
  return servers.flatMap((key, position) => {
    const certificate = certificateOf(key.server.tls);
    if (certificate === undefined || reported.has(key.gateway)) return [];
    const other = servers.slice(0, position).find((candidate) => !isSameObject(candidate.gateway, key.gateway) && certificateOf(candidate.server.tls) === certificate && sameProxies(key.selector, candidate.selector, index));
    if (!other) return [];
    reported.add(key.gateway);
    const f = new FindingsOf(key.gateway);
    f.warning('gw-certificate-shared', `spec.servers[${key.at}].tls`, `Gateway ${namespaceOf(other.gateway.manifest)}/${other.gateway.manifest.metadata.name} serves the same certificate (${certificate}); HTTP/2 clients reuse one connection for both and get 404s`, 'serve the hosts of one certificate from one Gateway, or give each Gateway its own certificate');
    return f.findings;
  });
}

/**
 * When the input holds Secrets, a gateway's credentialName must name one in the namespace of the gateway proxies
 * (or, when those are not in the input, in some namespace), holding a PEM certificate and key.
 */
function gatewayCredentials(index: MeshIndex): Finding[] {
  if (index.secrets.size === 0) return [];
  return index.istioObjects('Gateway').flatMap((gateway) => {
    const f = new FindingsOf(gateway);
    const namespaces = [...new Set(gatewayPods(gateway, index).map((pod) => pod.namespace))];
    itemsOf<any>(gateway.manifest.spec?.servers).forEach((server, at) => {
      const name = server.tls?.credentialName;
      if (typeof name !== 'string' || name === '' || name.includes('://')) return;
      const candidates = [...index.secrets.entries()].filter(([key]) => key.endsWith(`/${name}`) && (namespaces.length === 0 || namespaces.includes(key.split('/')[0])));
      const field = `spec.servers[${at}].tls.credentialName`;
      if (candidates.length === 0) {
        f.warning('gw-credential-not-found', field, `no Secret ${name} in ${namespaces.length > 0 ? `namespace ${namespaces.join(', ')} of the gateway proxies` : 'the input'}`, 'create the TLS Secret in the namespace of the gateway deployment, or fix the name');
        return;
      }
      const problem = candidates.map(([, secret]) => credentialProblem(secret.data)).find((found) => found !== undefined);
      if (problem !== undefined && candidates.every(([, secret]) => credentialProblem(secret.data) !== undefined)) {
        f.error('gw-credential-invalid', field, `Secret ${name} ${problem}, so the gateway cannot serve TLS with it`, 'store a PEM certificate in tls.crt and its key in tls.key (kubectl create secret tls)');
      }
    });
    return f.findings;
  });
}

function credentialProblem(data: unknown): string | undefined {
  const entries = labelsOf(data);
  const keys = CERTIFICATE_KEYS.find(([cert, key]) => entries[cert] !== undefined && entries[key] !== undefined);
  if (!keys) return 'holds no tls.crt and tls.key';
  const decode = (value: unknown) => (typeof value === 'string' ? Buffer.from(value, 'base64').toString('utf8') : '');
  const certificate = decode(entries[keys[0]]);
  try {
    new X509Certificate(certificate);
  } catch {
    return `holds no PEM certificate in ${keys[0]}`;
  }
  if (!decode(entries[keys[1]]).includes('PRIVATE KEY-----')) return `holds no PEM private key in ${keys[1]}`;
  return undefined;
}

/**
 * A Sidecar applies to the pods its selector picks in its namespace, and one without a selector to the namespace:
 * a selector that picks no pod (when the input holds pods of the namespace), two Sidecars for one pod, or two
 * without a selector leave it to chance which one applies.
 */
function sidecarSelectors(index: MeshIndex): Finding[] {
  const sidecars = index.istioObjects('Sidecar');
  const podSidecars = new Map<PodTemplate['owner'], SourcedManifest[]>();
  const defaults = new Map<string, SourcedManifest[]>();
  const findings: Finding[] = [];
  for (const sidecar of sidecars) {
    const namespace = namespaceOf(sidecar.manifest);
    const selector = labelsOf(sidecar.manifest.spec?.workloadSelector?.labels);
    if (Object.keys(selector).length === 0) {
      getOrCreate(defaults, namespace, () => []).push(sidecar);
      continue;
    }
    const pods = index.podsSelectedBy(namespace, selector);
    for (const pod of pods) getOrCreate(podSidecars, pod.owner, () => []).push(sidecar);
    if (pods.length === 0 && index.hasPodsIn(namespace)) {
      const f = new FindingsOf(sidecar);
      f.warning('sidecar-selector-no-workload', 'spec.workloadSelector.labels', `no pod template of namespace ${namespace} carries ${describe(selector)}`, 'select the labels of the workload\'s pod template');
      findings.push(...f.findings);
    }
  }
  const reported = new Set<SourcedManifest>();
  for (const [owner, selecting] of podSidecars) {
    // The later Sidecars report the conflict, naming the first one.
    for (const sidecar of selecting.slice(1).filter((candidate) => !reported.has(candidate) && !isSameObject(candidate, selecting[0]))) {
      reported.add(sidecar);
      const f = new FindingsOf(sidecar);
      f.error('sidecar-selector-conflict', 'spec.workloadSelector.labels', `Sidecar ${selecting[0].manifest.metadata.name} selects the pods of ${owner.kind} ${owner.metadata.name} too; only one of them applies`, 'give every workload one Sidecar');
      findings.push(...f.findings);
    }
  }
  for (const [namespace, unselected] of defaults) {
    for (const sidecar of unselected.slice(1).filter((candidate) => !isSameObject(candidate, unselected[0]))) {
      const f = new FindingsOf(sidecar);
      f.error('sidecar-default-conflict', 'spec.workloadSelector', `Sidecar ${unselected[0].manifest.metadata.name} is already the one of namespace ${namespace} without a workload selector; only one of them applies`, 'keep one Sidecar without a selector per namespace');
      findings.push(...f.findings);
    }
  }
  return findings;
}

/** Several ServiceEntries for one host and port, seen from the same namespaces, with different protocols (IST0177). */
function serviceEntryProtocols(index: MeshIndex): Finding[] {
  const byKey = new Map<string, { sourced: SourcedManifest; protocol: string; scopes: string[] }[]>();
  for (const sourced of index.istioObjects('ServiceEntry')) {
    const spec = sourced.manifest.spec ?? {};
    const scopes = exportScopes(spec.exportTo, namespaceOf(sourced.manifest));
    for (const host of itemsOf<unknown>(spec.hosts).filter((value): value is string => typeof value === 'string')) {
      for (const port of itemsOf<any>(spec.ports)) {
        const protocol = typeof port.protocol === 'string' ? port.protocol.toUpperCase() : '';
        getOrCreate(byKey, `${host}|${port.number}`, () => []).push({ sourced, protocol, scopes });
      }
    }
  }
  const reported = new Set<SourcedManifest>();
  return [...byKey.entries()].flatMap(([key, entries]) => entries.flatMap((entry, position) => {
    const seen = (other: typeof entry) => overlaps(other.scopes, entry.scopes);
    // The later ServiceEntry reports the conflict, naming the earlier ones.
    const conflicting = entries.slice(0, position).filter((other) => !isSameObject(other.sourced, entry.sourced) && other.protocol !== entry.protocol && seen(other));
    if (conflicting.length === 0 || reported.has(entry.sourced)) return [];
    reported.add(entry.sourced);
    const [host, port] = key.split('|');
    const f = new FindingsOf(entry.sourced);
    f.warning('se-protocol-conflict', 'spec.ports', `ServiceEntry ${conflicting.map(({ sourced }) => `${namespaceOf(sourced.manifest)}/${sourced.manifest.metadata.name}`).join(', ')} declares port ${port} of ${host} with protocol ${conflicting[0].protocol || 'unset'}, this one with ${entry.protocol || 'unset'}`, 'declare each host and port with one protocol');
    return f.findings;
  }));
}

/** Gateway API CRDs in the input, whose bundle version is below what Istio watches (IST0176). */
function crdVersions(index: MeshIndex): Finding[] {
  return index.objects.filter(({ manifest }) => inGroup(manifest, 'apiextensions.k8s.io') && manifest.kind === 'CustomResourceDefinition').flatMap((sourced) => {
    const name = sourced.manifest.metadata.name ?? '';
    const minimum = GATEWAY_API_MINIMUM_VERSIONS[name];
    const version = sourced.manifest.metadata.annotations?.[BUNDLE_VERSION_ANNOTATION];
    if (minimum === undefined || typeof version !== 'string' || !isBelow(version, minimum)) return [];
    const f = new FindingsOf(sourced);
    f.warning('crd-version-below-minimum', `metadata.annotations.${BUNDLE_VERSION_ANNOTATION}`, `the CRD is at Gateway API ${version}, and Istio needs at least ${minimum}: it ignores every ${name.split('.')[0]} object`, `install the Gateway API CRDs ${minimum} or later`);
    return f.findings;
  });
}

/** Whether a version like `v1.2.0` or `1.5.0-rc.1` is below `minimum`; a pre-release counts as its release. */
function isBelow(version: string, minimum: string): boolean {
  const parse = (text: string) => /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text)?.slice(1, 4).map((part) => Number(part ?? 0));
  const have = parse(version);
  const need = parse(minimum);
  if (!have || !need) return false;
  for (let at = 0; at < 3; at += 1) {
    if (have[at] !== need[at]) return have[at] < need[at];
  }
  return false;
}
