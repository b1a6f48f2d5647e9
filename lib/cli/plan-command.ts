import * as fs from 'node:fs';
import * as path from 'node:path';
import { LIVE_FOLDER, PLAN_PAGE } from '../output/phase-folders';
import { AccessCall, accessMatrix } from '../analysis/access-matrix';
import { isSecurity } from '../manifest/security';
import { accessTable } from '../review/access-table';
import { PhaseSummary, phaseSummaries, planTable } from '../review/plan-table';
import { readYaml, yamlFiles } from './yaml-input';

// The table is built in lib/review/, where the synth also writes it to PLAN.md.
export { planTable };
export type { PhaseSummary };

/**
 * The phase folders of a synthesized rollout, in order: the copy in `live/` left out, and so is a folder with a
 * `PLAN.md` of its own, which holds the phases of another rollout (`gateway-api/`).
 */
export function phaseFolders(outdir: string): string[] {
  return fs.readdirSync(outdir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== LIVE_FOLDER && !fs.existsSync(path.join(outdir, entry.name, PLAN_PAGE)))
    .map((entry) => entry.name)
    .sort();
}

/** A summary of every phase below `outdir`, each against the phase before it. */
export function planOf(outdir: string): PhaseSummary[] {
  return phaseSummaries(phasesOf(outdir));
}

function phasesOf(outdir: string) {
  return phaseFolders(outdir).map((phase) => ({
    phase,
    manifests: readYaml(yamlFiles([path.join(outdir, phase)])).objects.map(({ manifest }) => manifest),
  }));
}

/** Who may call whom in a phase with PeerAuthentications or AuthorizationPolicies: its calls, and the table. */
export interface PhaseAccess {
  /** The phase folder. */
  readonly phase: string;
  /** Every call, with its access. */
  readonly calls: AccessCall[];
  /** The access table, as `accessTable` writes it. */
  readonly table: string;
}

/** The access of every phase below `outdir` whose policies decide who may call whom. */
export function accessOf(outdir: string): PhaseAccess[] {
  return phasesOf(outdir)
    .filter(({ manifests }) => manifests.some((manifest) => isSecurity(manifest, 'AuthorizationPolicy') || isSecurity(manifest, 'PeerAuthentication')))
    .map(({ phase, manifests }) => {
      const matrix = accessMatrix(manifests);
      return { phase, calls: matrix.calls, table: accessTable(matrix) };
    });
}

/** The plan table followed by who may call whom in every phase with policies. */
export function planText(summaries: PhaseSummary[], access: PhaseAccess[]): string {
  return [planTable(summaries), ...access.map(({ phase, table }) => `\n## ${phase}\n\n${table}`)].join('\n');
}

/**
 * The plan as `istio-traffic plan --json` prints it. The structure is stable: keys keep their names and meanings,
 * new keys may be added.
 *
 * ```json
 * {
 *   "phases": [
 *     {
 *       "phase": "07-mirror-100",
 *       "weights": ["greeter-service: greeter-service v1 100%", "helloweb: helloweb 100%"],
 *       "matches": [],
 *       "mirrors": ["greeter-service: greeter-service v2 100%"],
 *       "added": [],
 *       "changed": ["VirtualService.networking.istio.io default/greeter-service"],
 *       "removed": []
 *     }
 *   ]
 * }
 * ```
 *
 * - `phases`: one entry per phase folder, in folder order, the copy in `live/` left out.
 * - `phase`: the name of the phase folder.
 * - `weights`: per route without conditions, `<VirtualService>: <service> [<subset>] <weight>%, ...`, or what it does
 *   instead of routing (`redirect 301 to <uri>`, `respond 503`), prefixed by a rewrite if any.
 * - `matches`: per route with conditions, `<VirtualService>: <condition> or ... → <outcome as in weights>`.
 * - `mirrors`: `<VirtualService>: <service> [<subset>] <percentage>%`.
 * - `added`, `changed`, `removed`: objects against the phase before, each `<Kind>[.<group>] <namespace>/<name>`;
 *   the first phase is compared with nothing.
 * - `access`: per phase with PeerAuthentications or AuthorizationPolicies, `phase` and `calls`, each call
 *   `{ caller, host, port, via, access, deniedBy }` (`access` is `allowed`, `partly` or `denied`).
 */
export interface PlanJson {
  /** Every phase, in order. */
  readonly phases: PhaseSummary[];
  /**
   * Who may call whom, in the phases with policies.
   * @default - none: no phase has policies
   */
  readonly access?: Array<{ readonly phase: string; readonly calls: AccessCall[] }>;
}

/** The plan as JSON (see `PlanJson`), keys in a fixed order, indented by two spaces. */
export function planJson(summaries: PhaseSummary[], access: PhaseAccess[] = []): string {
  const json: PlanJson = {
    phases: summaries.map(({ phase, weights, matches, mirrors, added, changed, removed }) => ({ phase, weights, matches, mirrors, added, changed, removed })),
    ...(access.length > 0 && { access: access.map(({ phase, calls }) => ({ phase, calls })) }),
  };
  return JSON.stringify(json, undefined, 2);
}
