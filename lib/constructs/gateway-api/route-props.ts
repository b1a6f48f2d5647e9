/**
 * The prop of a route construct behind a field of its manifest: `spec.parentRefs[0]` is `parents[0]`,
 * `spec.rules[1].backendRefs[0]` is `rules[1].backends[0]`.
 * @internal
 */
export function _routeProp(field: string): string {
  if (field === 'metadata.name') return 'name';
  return field.replace(/^spec\./, '').replace(/^parentRefs/, 'parents').replace(/\.backendRefs/, '.backends');
}
