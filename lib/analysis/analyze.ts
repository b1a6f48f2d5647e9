import { checkDestinationRule } from './rules/destination-rule-rules';
import { Finding } from './finding';
import { checkGateway } from './rules/gateway-rules';
import { GatewayApiIndex, checkGatewayApiObject } from './rules/gateway-api-rules';
import { checkName, checkNamespace, checkService, checkWorkload } from './rules/kubernetes-rules';
import { SourcedManifest, appliesToMesh, groupOf, isIstio, itemsOf, namespaceOf, qualifyHost } from '../manifest/manifest';
import { FindingsOf } from './findings-of';
import { MeshIndex, getOrCreate } from './mesh-index';
import { checkServiceEntry } from './rules/service-entry-rules';
import { checkSidecar } from './rules/sidecar-rules';
import { checkVirtualService } from './rules/virtual-service-rules';

/**
 * Every finding about a mesh: each object on its own, and against the others (routes against Services,
 * DestinationRules and Gateways; subsets against pod templates; duplicates).
 */
export function analyzeManifests(objects: SourcedManifest[]): Finding[] {
  const index = new MeshIndex(objects);
  const gatewayApi = new GatewayApiIndex(objects);
  const findings = objects.flatMap((sourced) => {
    const f = new FindingsOf(sourced);
    try {
      checkObject(f, index);
      checkGatewayApiObject(f, gatewayApi);
    } catch (error) {
      // A rule that trips over input it did not expect must not hide what the other rules find.
      f.error('internal-error', '', `the analysis failed on this object: ${(error as Error).message}`, 'report it, with the object');
    }
    return f.findings;
  });
  return [...findings, ...duplicateObjects(objects), ...meshHostConflicts(objects)];
}

function checkObject(f: FindingsOf, index: MeshIndex): void {
  checkName(f);
  checkWorkload(f);
  checkService(f, index);
  checkNamespace(f);
  if (isIstio(f.manifest, 'VirtualService')) checkVirtualService(f, index);
  if (isIstio(f.manifest, 'DestinationRule')) checkDestinationRule(f, index);
  if (isIstio(f.manifest, 'Gateway')) checkGateway(f);
  if (isIstio(f.manifest, 'ServiceEntry')) checkServiceEntry(f);
  if (isIstio(f.manifest, 'Sidecar')) checkSidecar(f);
}

function duplicateObjects(objects: SourcedManifest[]): Finding[] {
  const seen = new Map<string, SourcedManifest>();
  return objects.flatMap((sourced) => {
    const { manifest } = sourced;
    const key = `${groupOf(manifest)}/${manifest.kind}/${namespaceOf(manifest)}/${manifest.metadata.name}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, sourced);
      return [];
    }
    const f = new FindingsOf(sourced);
    f.error('duplicate-object', 'metadata.name', `${manifest.kind} ${namespaceOf(manifest)}/${manifest.metadata.name} is also defined at ${first.source}`, 'give each object a distinct name, or remove one');
    return f.findings;
  });
}

/** Two mesh-bound VirtualServices for one host: Istio uses only one of them. */
function meshHostConflicts(objects: SourcedManifest[]): Finding[] {
  const owners = new Map<string, SourcedManifest>();
  return objects
    .filter(({ manifest }) => isIstio(manifest, 'VirtualService') && appliesToMesh(manifest.spec))
    .flatMap((sourced) => itemsOf<unknown>(sourced.manifest.spec?.hosts).flatMap((host, at) => {
      if (typeof host !== 'string') return [];
      const qualified = qualifyHost(host, namespaceOf(sourced.manifest));
      const owner = getOrCreate(owners, qualified, () => sourced);
      if (owner === sourced) return [];
      const f = new FindingsOf(sourced);
      f.error('vs-mesh-host-conflict', `spec.hosts[${at}]`, `VirtualService ${owner.manifest.metadata.name} (${owner.source}) also routes ${qualified} in the mesh`, 'merge the routes of a host into one VirtualService');
      return f.findings;
    }));
}

