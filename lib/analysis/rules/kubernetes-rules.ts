import { _isObjectName } from '../../values/names';
import { FindingsOf, namespaceOf } from '../../manifest/manifest';
import { MeshIndex } from '../mesh-index';

/** Port name prefixes from which Istio selects the protocol. */
const ISTIO_PORT_NAME = /^(http|http2|https|grpc|grpc-web|mongo|mysql|redis|tcp|tls|udp)(-.*)?$/;
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

/** Checks every object's name (constructs of this library check the names they are given). */
export function checkName(f: FindingsOf): void {
  const name = f.manifest.metadata.name;
  if (name === undefined || name === '') {
    f.error('name-missing', 'metadata.name', 'the object has no name', 'set metadata.name');
    return;
  }
  if (f.sourced.checkedByConstruct) return;
  const isService = f.manifest.apiVersion === 'v1' && f.manifest.kind === 'Service';
  if (!_isObjectName(name, isService)) {
    f.error('name-invalid', 'metadata.name', `${JSON.stringify(name)} is not a valid ${isService ? 'Service name (DNS-1035 label)' : 'name (DNS-1123 subdomain)'}`, 'use lower-case letters, digits, \'-\' (and \'.\' outside Services), starting with a letter or digit');
  }
}

/** Checks of a Deployment, StatefulSet, DaemonSet or ReplicaSet. */
export function checkWorkload(f: FindingsOf): void {
  if (!WORKLOAD_KINDS.has(f.manifest.kind)) return;
  const labels: Record<string, string> = f.manifest.spec?.template?.metadata?.labels ?? {};
  const matchLabels: Record<string, string> = f.manifest.spec?.selector?.matchLabels ?? {};
  for (const [key, value] of Object.entries(matchLabels)) {
    if (labels[key] !== value) {
      f.error('workload-selector-mismatch', `spec.selector.matchLabels.${key}`, `selects ${key}=${value}, which the pod template does not carry`, 'select only labels of spec.template.metadata.labels');
    }
  }
  for (const key of ['app', 'version'].filter((label) => labels[label] === undefined)) {
    f.warning('pod-label-missing', 'spec.template.metadata.labels', `the pods have no ${key} label, which Istio telemetry and subsets use`, `add the ${key} label to the pod template`);
  }
}

/** Checks of a Service. */
export function checkService(f: FindingsOf, index: MeshIndex): void {
  if (f.manifest.apiVersion !== 'v1' || f.manifest.kind !== 'Service') return;
  const selector: Record<string, string> | undefined = f.manifest.spec?.selector;
  if (selector && Object.keys(selector).length > 0 && index.podsSelectedBy(namespaceOf(f.manifest), selector).length === 0) {
    f.warning('service-selects-nothing', 'spec.selector', `no pod template of the app carries ${Object.entries(selector).map(([key, value]) => `${key}=${value}`).join(', ')}`, 'fix the selector, or add the workload');
  }
  (f.manifest.spec?.ports ?? []).forEach((port: any, at: number) => {
    if (port.appProtocol === undefined && !ISTIO_PORT_NAME.test(port.name ?? '')) {
      f.warning('service-port-protocol', `spec.ports[${at}].name`, `Istio cannot tell the protocol of port ${port.port} from its name ${JSON.stringify(port.name ?? '')}`, 'name it after the protocol (http, http2, grpc, tcp, tls..., optionally with a -suffix) or set appProtocol');
    }
  });
}

/** Checks of a Namespace. */
export function checkNamespace(f: FindingsOf): void {
  if (f.manifest.apiVersion !== 'v1' || f.manifest.kind !== 'Namespace') return;
  const labels = f.manifest.metadata.labels ?? {};
  if (labels['istio-injection'] !== 'enabled' && labels['istio.io/rev'] === undefined) {
    f.info('namespace-injection-disabled', 'metadata.labels', 'pods of this namespace get no sidecar, so no routing rule applies to their calls', 'label it istio-injection=enabled (or istio.io/rev=<revision>)');
  }
}
