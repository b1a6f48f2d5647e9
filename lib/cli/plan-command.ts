import * as fs from 'node:fs';
import * as path from 'node:path';
import { LIVE_FOLDER, PLAN_PAGE } from '../output/phase-folders';
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
  return phaseSummaries(phaseFolders(outdir).map((phase) => ({
    phase,
    manifests: readYaml(yamlFiles([path.join(outdir, phase)])).objects.map(({ manifest }) => manifest),
  })));
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
 */
export interface PlanJson {
  /** Every phase, in order. */
  readonly phases: PhaseSummary[];
}

/** The plan as JSON (see `PlanJson`), keys in a fixed order, indented by two spaces. */
export function planJson(summaries: PhaseSummary[]): string {
  const json: PlanJson = {
    phases: summaries.map(({ phase, weights, matches, mirrors, added, changed, removed }) => ({ phase, weights, matches, mirrors, added, changed, removed })),
  };
  return JSON.stringify(json, undefined, 2);
}
