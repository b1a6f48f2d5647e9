import { itemsOf, namespaceOf } from '../../manifest/manifest';
import { FindingsOf } from '../findings-of';
import { isDnsLabel } from './hosts';

/** The namespaces that see an object: `*` for every one; an empty list exports to every namespace too. */
export function exportScopes(exportTo: unknown, namespace: string): string[] {
  const entries = itemsOf<unknown>(exportTo).filter((entry): entry is string => typeof entry === 'string');
  if (entries.length === 0 || entries.includes('*')) return ['*'];
  return [...new Set(entries.filter((entry) => entry !== '~').map((entry) => (entry === '.' ? namespace : entry)))];
}

/** Whether an object exported to `scopes` is seen from `namespace`. */
export function isVisibleIn(scopes: string[], namespace: string): boolean {
  return scopes.includes('*') || scopes.includes(namespace);
}

/**
 * The exportTo list of a VirtualService, DestinationRule or ServiceEntry: namespaces, `.` (the own one), `*` (all)
 * and, for a ServiceEntry, `~` (none); no entry twice, `*` and `~` alone; a DestinationRule with a workload selector
 * exports to its own namespace only.
 */
export function checkExportTo(f: FindingsOf, exportTo: unknown, selectsWorkloads = false): void {
  const namespace = namespaceOf(f.manifest);
  const isServiceEntry = f.manifest.kind === 'ServiceEntry';
  const entries = itemsOf<unknown>(exportTo);
  const seen = new Set<string>();
  entries.forEach((entry, at) => {
    const field = `spec.exportTo[${at}]`;
    if (typeof entry !== 'string') return;
    const target = entry === '.' ? namespace : entry;
    const valid = entry === '.' || entry === '*' || (entry === '~' && isServiceEntry) || isDnsLabel(entry);
    if (!valid) f.error('export-to-invalid', field, `${JSON.stringify(entry)} is not a namespace, '.' or '*'${isServiceEntry ? ' or \'~\'' : ''}`, 'name a namespace, or use \'.\' for the own one and \'*\' for all');
    if (seen.has(target)) f.error('export-to-invalid', field, `exports to ${target} twice`, 'list every namespace once (\'.\' is the own namespace)');
    seen.add(target);
  });
  if (entries.length > 1 && entries.includes('*')) f.error('export-to-invalid', 'spec.exportTo', 'exports to every namespace (*) and to some besides', 'keep \'*\' alone, or list the namespaces');
  if (entries.length > 1 && entries.includes('~')) f.error('export-to-invalid', 'spec.exportTo', 'exports to no namespace (~) and to some besides', 'keep \'~\' alone, or list the namespaces');
  if (selectsWorkloads && (entries.length > 1 || entries.some((entry) => entry !== '.' && entry !== namespace))) {
    f.error('export-to-invalid', 'spec.exportTo', 'a DestinationRule with a workload selector applies in its own namespace only', 'export it to \'.\' only, or remove exportTo');
  }
}
