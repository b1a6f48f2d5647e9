import { isSecurity } from '../../manifest/security';
import { isIstio } from '../../manifest/manifest';
import { _isLabelKey, _isLabelValue } from '../../values/names';
import { FindingsOf } from '../findings-of';

/** Where each kind keeps the labels of the workloads it selects: Istio has two shapes of workload selector. */
const SELECTOR_FIELDS: ReadonlyArray<{ readonly kind: string; readonly security: boolean; readonly path: readonly [string, string] }> = [
  { kind: 'DestinationRule', security: false, path: ['workloadSelector', 'matchLabels'] },
  { kind: 'ServiceEntry', security: false, path: ['workloadSelector', 'labels'] },
  { kind: 'Sidecar', security: false, path: ['workloadSelector', 'labels'] },
  { kind: 'AuthorizationPolicy', security: true, path: ['selector', 'matchLabels'] },
  { kind: 'PeerAuthentication', security: true, path: ['selector', 'matchLabels'] },
  { kind: 'RequestAuthentication', security: true, path: ['selector', 'matchLabels'] },
];

const LABEL_VALUE_FIX = 'use at most 63 letters, digits, \'-\', \'_\' and \'.\', starting and ending with a letter or digit';

/**
 * The workload selector of an Istio object, as istiod validates it: no empty key and no `*` (rejected), values of at
 * most 63 characters (rejected by the CRD), labels no pod can carry (selecting nothing), and no labels at all, which
 * istiod accepts with a warning and applies to every workload of the namespace.
 */
export function checkWorkloadSelector(f: FindingsOf): void {
  const { manifest } = f;
  if (manifest.spec?.workloadSelector === undefined && manifest.spec?.selector === undefined) return;
  const where = SELECTOR_FIELDS.find(({ kind, security }) => (security ? isSecurity(manifest, kind) : isIstio(manifest, kind)));
  const selector = where && manifest.spec[where.path[0]];
  if (where === undefined || selector === null || typeof selector !== 'object') return;
  const field = `spec.${where.path.join('.')}`;
  const labels: unknown = selector[where.path[1]];
  const entries = labels !== null && typeof labels === 'object' ? Object.entries(labels) : [];
  if (entries.length === 0) {
    f.warning('selector-invalid', field, 'the workload selector has no labels, so it applies to every workload of the namespace', `give the labels of the workloads it is for, or remove spec.${where.path[0]}`);
  }
  for (const [key, value] of entries) checkSelectorLabel(f, key, value, key === '' ? field : `${field}.${key}`);
}

function checkSelectorLabel(f: FindingsOf, key: string, value: unknown, field: string): void {
  if (key === '') {
    f.error('selector-invalid', field, 'the selector has an empty label key, which istiod rejects', 'name the label, e.g. app');
  } else if (key.includes('*') || (typeof value === 'string' && value.includes('*'))) {
    f.error('selector-invalid', field, `${key}=${String(value)} has a wildcard, which istiod rejects: a selector matches labels exactly`, 'select the exact labels of the workloads');
  } else if (typeof value !== 'string') {
    // Values other than strings are the schema's to report.
  } else if (value.length > 63) {
    f.error('label-value-invalid', field, `${JSON.stringify(value)} is longer than 63 characters, which the API server rejects`, LABEL_VALUE_FIX);
  } else if (!_isLabelKey(key) || !_isLabelValue(value)) {
    f.warning('selector-label-invalid', field, `no pod can carry the label ${key}=${value}, so the selector selects nothing`, `${_isLabelKey(key) ? 'fix the value' : 'fix the key'}: ${LABEL_VALUE_FIX}`);
  }
}
