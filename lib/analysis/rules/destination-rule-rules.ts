import { _isDnsLabel } from '../../values/names';
import { namespaceOf, qualifyHost } from '../../manifest/manifest';
import { FindingsOf } from '../findings-of';
import { MeshIndex } from '../mesh-index';

/** Checks of one DestinationRule against the rest of the mesh. */
export function checkDestinationRule(f: FindingsOf, index: MeshIndex): void {
  const spec = f.manifest.spec ?? {};
  if (typeof spec.host !== 'string') {
    f.error('dr-no-host', 'spec.host', 'the rule applies to no host', 'set spec.host to a Service or ServiceEntry host');
    return;
  }
  const host = qualifyHost(spec.host, namespaceOf(f.manifest));
  const rules = index.destinationRules.get(host) ?? [];
  if (rules.length > 1 && rules[0] !== f.manifest) {
    f.warning('dr-host-conflict', 'spec.host', `another DestinationRule (${rules[0].metadata.name}) applies to ${host}; Istio merges them unpredictably`, 'keep one DestinationRule per host');
  }
  checkEmptyPolicies(f, spec);
  checkTls(f, spec.trafficPolicy?.tls, 'spec.trafficPolicy.tls');
  const seen = new Set<string>();
  (spec.subsets ?? []).forEach((subset: any, at: number) => {
    const field = `spec.subsets[${at}]`;
    if (typeof subset.name !== 'string' || !_isDnsLabel(subset.name)) {
      f.error('dr-subset-name-invalid', `${field}.name`, `${JSON.stringify(subset.name)} is not a DNS-1123 label`, 'use lower-case letters, digits and \'-\', e.g. v2');
    }
    if (seen.has(subset.name)) f.error('dr-subset-duplicate', `${field}.name`, `subset ${subset.name} is defined twice`, 'give every subset a distinct name');
    seen.add(subset.name);
    checkSubsetPods(f, subset, field, host, index);
  });
}

function checkEmptyPolicies(f: FindingsOf, spec: any): void {
  const isEmpty = (value: unknown) => value !== undefined && value !== null && typeof value === 'object' && Object.keys(value).length === 0;
  const policies: [unknown, string][] = [
    [spec.trafficPolicy, 'spec.trafficPolicy'],
    [spec.trafficPolicy?.tls, 'spec.trafficPolicy.tls'],
    ...(spec.subsets ?? []).map((subset: any, at: number): [unknown, string] => [subset.trafficPolicy, `spec.subsets[${at}].trafficPolicy`]),
  ];
  for (const [policy, field] of policies) {
    if (isEmpty(policy)) f.warning('dr-empty-policy', field, 'is an empty policy, which changes nothing', 'remove it, or give its settings');
  }
}

/** MUTUAL TLS presents a client certificate, which the rule must name. */
function checkTls(f: FindingsOf, tls: any, field: string): void {
  if (tls?.mode === 'MUTUAL' && !tls.credentialName && !(tls.clientCertificate && tls.privateKey)) {
    f.error('dr-tls-credential-missing', `${field}.credentialName`, 'MUTUAL TLS needs a client certificate', 'name the Secret that holds it in credentialName, or use ISTIO_MUTUAL for mesh workloads');
  }
}

/** A subset that selects no pod of its Service's workloads routes to nothing (when the app has the workloads). */
function checkSubsetPods(f: FindingsOf, subset: any, field: string, host: string, index: MeshIndex): void {
  const service = index.services.get(host);
  if (!service?.spec?.selector) return;
  const namespace = namespaceOf(service);
  if (index.podsSelectedBy(namespace, service.spec.selector).length === 0) return;
  const selector = { ...service.spec.selector, ...(subset.labels ?? {}) };
  if (index.podsSelectedBy(namespace, selector).length === 0) {
    f.warning('dr-subset-without-pods', `${field}.labels`, `subset ${subset.name} selects none of the pods of ${host}`, 'deploy the version before routing to it, or fix the subset labels');
  }
}
