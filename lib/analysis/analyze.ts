import { checkDestinationRule } from './rules/destination-rule-rules';
import { Finding } from './finding';
import { checkGateway } from './rules/gateway-rules';
import { GatewayApiIndex, checkGatewayApiObject } from './rules/gateway-api-rules';
import { checkName, checkNamespace, checkService, checkWorkload } from './rules/kubernetes-rules';
import { SourcedManifest, groupOf, isIstio, namespaceOf } from '../manifest/manifest';
import { FindingsOf } from './findings-of';
import { MeshIndex } from './mesh-index';
import { meshFindings } from './rules/mesh-rules';
import { checkServiceEntry } from './rules/service-entry-rules';
import { checkSecurity } from './rules/security-rules';
import { checkSidecar } from './rules/sidecar-rules';
import { checkVirtualService } from './rules/virtual-service-rules';
import { checkWorkloadSelector } from './rules/workload-selector';

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
  return [...findings, ...checkSecurity(objects, index), ...duplicateObjects(objects), ...meshFindings(objects, index)];
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
  checkWorkloadSelector(f);
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
