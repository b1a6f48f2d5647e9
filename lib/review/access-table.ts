import { Access } from '../analysis/access';
import { AccessMatrix } from '../analysis/access-matrix';

/**
 * Who may call whom, as Markdown: per Service port its mTLS mode, the callers it allows (all of them: `anyone`), and
 * the calls made to it, ✓ when allowed and ✗ DENIED when the policies refuse them; then the denied calls with why,
 * and what the workloads may reach outside the mesh when a Sidecar limits it.
 */
export function accessTable(matrix: AccessMatrix): string {
  const short = (host: string) => host.replace(/\.svc\.cluster\.local$/, '');
  const lines = [
    matrix.enforced ? 'Who may call whom (from the PeerAuthentications and AuthorizationPolicies):' : 'Who may call whom: no PeerAuthentication or AuthorizationPolicy, so every caller may call every Service.',
    '',
    '| Service | mTLS | Allowed callers | Calls made |',
    '| --- | --- | --- | --- |',
  ];
  for (const service of matrix.services) {
    const cells = matrix.cells.filter((cell) => cell.host === service.host && cell.port === service.port);
    const allowed = cells.filter((cell) => cell.access !== Access.DENIED);
    const everyone = allowed.length === cells.length;
    const callers = everyone ? 'anyone' : allowed.map((cell) => (cell.access === Access.PARTLY ? `${cell.caller} (partly)` : cell.caller)).join(', ') || 'nobody';
    const calls = matrix.calls.filter((call) => call.host === service.host && call.port === service.port)
      .map((call) => `${call.caller} ${call.access === Access.ALLOWED ? '✓' : call.access === Access.PARTLY ? '(partly)' : '✗ DENIED'}`);
    lines.push(`| ${short(service.host)}:${service.port} | ${service.mtls} | ${callers} | ${calls.join(', ') || '—'} |`);
  }
  const denied = matrix.calls.filter((call) => call.access !== Access.ALLOWED);
  if (denied.length > 0) {
    lines.push('', 'Calls the policies deny:', '');
    for (const call of denied) lines.push(`- ${call.caller} → ${short(call.host)}:${call.port} (${call.via}): ${call.access}; ${call.deniedBy.join('; ') || 'some requests depend on what the manifests do not tell'}`);
  }
  const limited = matrix.egress.filter((entry) => !entry.anyHost);
  if (limited.length > 0) {
    lines.push('', '| Workload | May reach outside the mesh (REGISTRY_ONLY) |', '| --- | --- |');
    for (const entry of limited) lines.push(`| ${entry.caller} | ${entry.hosts.join(', ') || 'nothing'} |`);
    const open = matrix.egress.filter((entry) => entry.anyHost).map((entry) => entry.caller);
    if (open.length > 0) lines.push('', `${open.join(', ')} may reach any host outside the mesh.`);
  }
  return lines.join('\n');
}

