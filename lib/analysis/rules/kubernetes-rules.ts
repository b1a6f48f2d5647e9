import { _isLabelValue, _isObjectName } from '../../values/names';
import { WORKLOAD_KINDS, isCore, itemsOf, namespaceOf, podLabelsOf } from '../../manifest/manifest';
import { FindingsOf } from '../findings-of';
import { MeshIndex } from '../mesh-index';
import { checkPort } from './value-rules';

/** Namespaces of the cluster and of Istio itself, whose Services Istio's port name check skips. */
const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease', 'local-path-storage', 'istio-system']);

/** Port name prefixes from which Istio selects the protocol. */
const ISTIO_PORT_NAME = /^(http|http2|https|grpc|grpc-web|mongo|mysql|redis|tcp|tls|udp)(-.*)?$/;

/** Checks every object's name and labels. */
export function checkName(f: FindingsOf): void {
  const name = f.manifest.metadata.name;
  if (name === undefined || name === '') {
    f.error('name-missing', 'metadata.name', 'the object has no name', 'set metadata.name');
  } else if (!_isObjectName(name, isCore(f.manifest, 'Service'))) {
    const isService = isCore(f.manifest, 'Service');
    f.error('name-invalid', 'metadata.name', `${JSON.stringify(name)} is not a valid ${isService ? 'Service name (DNS-1035 label)' : 'name (DNS-1123 subdomain)'}`, `use lower-case letters, digits${isService ? '' : ', \'.\''} and '-', at most ${isService ? 63 : 253} characters, starting with a letter${isService ? '' : ' or digit'} and ending with a letter or digit`);
  }
  checkLabels(f, f.manifest.metadata.labels, 'metadata.labels');
}

function checkLabels(f: FindingsOf, labels: Record<string, unknown> | undefined, field: string): void {
  for (const [key, value] of Object.entries(labels ?? {})) {
    if (typeof value !== 'string' || !_isLabelValue(value)) {
      f.error('label-value-invalid', `${field}.${key}`, `${JSON.stringify(value)} is not a label value`, 'use at most 63 letters, digits, \'-\', \'_\' and \'.\', starting and ending with a letter or digit, as a string');
    }
  }
}

/** Checks of a workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job). */
export function checkWorkload(f: FindingsOf): void {
  if (!WORKLOAD_KINDS.has(f.manifest.kind)) return;
  const labels = podLabelsOf(f.manifest) ?? {};
  checkLabels(f, labels, 'spec.template.metadata.labels');
  const replicas = f.manifest.spec?.replicas;
  // Other types are the schema's to report.
  if (typeof replicas === 'number' && (!Number.isInteger(replicas) || replicas < 0)) {
    f.error('replicas-invalid', 'spec.replicas', `${JSON.stringify(replicas)} is not a number of pods`, 'use a whole number, 0 or more');
  }
  const matchLabels: Record<string, string> = f.manifest.spec?.selector?.matchLabels ?? {};
  for (const [key, value] of Object.entries(matchLabels)) {
    if (labels[key] !== value) {
      f.error('workload-selector-mismatch', `spec.selector.matchLabels.${key}`, `selects ${key}=${value}, which the pod template does not carry`, 'select only labels of spec.template.metadata.labels');
    }
  }
  if (f.manifest.kind !== 'Job') {
    for (const key of ['app', 'version'].filter((label) => labels[label] === undefined)) {
      f.warning('pod-label-missing', 'spec.template.metadata.labels', `the pods have no ${key} label, which Istio telemetry and subsets use`, `add the ${key} label to the pod template`);
    }
  }
  itemsOf<any>(f.manifest.spec?.template?.spec?.containers).forEach((container, at) => {
    itemsOf<any>(container.ports).forEach((port, portAt) => checkPort(f, port.containerPort, `spec.template.spec.containers[${at}].ports[${portAt}].containerPort`));
  });
}

/** Checks of a Service. */
export function checkService(f: FindingsOf, index: MeshIndex): void {
  if (!isCore(f.manifest, 'Service')) return;
  const selector: Record<string, string> | undefined = f.manifest.spec?.selector;
  checkLabels(f, selector, 'spec.selector');
  if (selector && Object.keys(selector).length > 0 && index.podsSelectedBy(namespaceOf(f.manifest), selector).length === 0) {
    f.warning('service-selects-nothing', 'spec.selector', `no pod template of the app carries ${Object.entries(selector).map(([key, value]) => `${key}=${value}`).join(', ')}`, 'fix the selector, or add the workload');
  }
  const checksNames = !isControlPlane(f);
  itemsOf<any>(f.manifest.spec?.ports).forEach((port, at) => {
    checkPort(f, port.port, `spec.ports[${at}].port`);
    if (typeof port.targetPort === 'number') checkPort(f, port.targetPort, `spec.ports[${at}].targetPort`);
    if (checksNames && port.appProtocol === undefined && port.protocol !== 'UDP' && !ISTIO_PORT_NAME.test(port.name ?? '')) {
      f.warning('service-port-protocol', `spec.ports[${at}].name`, `Istio cannot tell the protocol of port ${port.port} from its name ${JSON.stringify(port.name ?? '')}`, 'name it after the protocol (http, http2, grpc, tcp, tls..., optionally with a -suffix) or set appProtocol');
    }
  });
}

/** Services of the cluster's and Istio's own namespaces, and of Istio's control plane, are not Istio's to name. */
function isControlPlane(f: FindingsOf): boolean {
  const labels = f.manifest.metadata.labels ?? {};
  return SYSTEM_NAMESPACES.has(namespaceOf(f.manifest)) || labels.istio !== undefined || labels.release === 'istio';
}

/** Checks of a Namespace. */
export function checkNamespace(f: FindingsOf): void {
  if (!isCore(f.manifest, 'Namespace')) return;
  const labels = f.manifest.metadata.labels ?? {};
  if (labels['istio-injection'] !== 'enabled' && labels['istio.io/rev'] === undefined) {
    f.info('namespace-injection-disabled', 'metadata.labels', 'pods of this namespace get no sidecar, so no routing rule applies to their calls', 'label it istio-injection=enabled (or istio.io/rev=<revision>)');
  }
}
