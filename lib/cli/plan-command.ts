import * as fs from 'node:fs';
import * as path from 'node:path';
import { Manifest, groupOf, namespaceOf } from '../manifest/manifest';
import { LIVE_FOLDER } from '../output/phase-folders';
import { TrafficDestination, TrafficRouting, trafficRoutings } from '../review/traffic-summary';
import { readYaml, yamlFiles } from './yaml-input';

/** What one phase does, in words. */
export interface PhaseSummary {
  /** Folder of the phase. */
  readonly phase: string;
  /** Weights of the routes without conditions, per VirtualService. */
  readonly weights: string[];
  /** Routes with conditions, and where they go. */
  readonly matches: string[];
  /** Mirrors and the share of requests they get copies of. */
  readonly mirrors: string[];
  /** Objects that the previous phase did not have. */
  readonly added: string[];
  /** Objects that differ from the previous phase. */
  readonly changed: string[];
  /** Objects of the previous phase that this one drops. */
  readonly removed: string[];
}

/** The phase folders of a synthesized rollout, in order (the copy in `live/` left out). */
export function phaseFolders(outdir: string): string[] {
  return fs.readdirSync(outdir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== LIVE_FOLDER)
    .map((entry) => entry.name)
    .sort();
}

/** A summary of every phase below `outdir`, each against the phase before it. */
export function planOf(outdir: string): PhaseSummary[] {
  let previous = new Map<string, Manifest>();
  return phaseFolders(outdir).map((phase) => {
    const objects = new Map(readYaml(yamlFiles([path.join(outdir, phase)])).objects.map(({ manifest }) => [objectKey(manifest), manifest]));
    const routings = trafficRoutings([...objects.values()]);
    const summary = {
      phase,
      ...trafficOf(routings),
      added: [...objects.keys()].filter((key) => !previous.has(key)),
      changed: [...objects.keys()].filter((key) => previous.has(key) && JSON.stringify(previous.get(key)) !== JSON.stringify(objects.get(key))),
      removed: [...previous.keys()].filter((key) => !objects.has(key)),
    };
    previous = objects;
    return summary;
  });
}

function objectKey(manifest: Manifest): string {
  const group = groupOf(manifest);
  return `${manifest.kind}${group ? `.${group}` : ''} ${namespaceOf(manifest)}/${manifest.metadata.name}`;
}

function target(destination: TrafficDestination): string {
  const service = destination.host.endsWith('.svc.cluster.local') ? destination.host.split('.')[0] : destination.host;
  return destination.subset === undefined ? service : `${service} ${destination.subset}`;
}

function trafficOf(routings: TrafficRouting[]): Pick<PhaseSummary, 'weights' | 'matches' | 'mirrors'> {
  const weights: string[] = [];
  const matches: string[] = [];
  const mirrors: string[] = [];
  for (const routing of routings) {
    for (const route of routing.routes) {
      const split = route.destinations.map((destination) => `${target(destination)} ${destination.weight}%`).join(', ');
      const outcome = [route.action, split].filter(Boolean).join(', ');
      if (route.matches.length === 0) weights.push(`${routing.name}: ${outcome}`);
      else matches.push(`${routing.name}: ${route.matches.join(' or ')} → ${outcome}`);
      mirrors.push(...route.mirrors.map((mirror) => `${routing.name}: ${target(mirror)} ${mirror.weight}%`));
    }
  }
  return { weights, matches, mirrors };
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

const COLUMNS: [string, (summary: PhaseSummary) => string[]][] = [
  ['Phase', (summary) => [summary.phase]],
  ['Weights', (summary) => summary.weights],
  ['Matches', (summary) => summary.matches],
  ['Mirror', (summary) => summary.mirrors],
  ['Added', (summary) => summary.added],
  ['Changed', (summary) => summary.changed],
  ['Removed', (summary) => summary.removed],
];

/** The plan as a Markdown table, one row per phase. */
export function planTable(summaries: PhaseSummary[]): string {
  const cell = (values: string[]) => (values.length > 0 ? values.join('<br>').replace(/\|/g, '\\|') : '-');
  return [
    `| ${COLUMNS.map(([title]) => title).join(' | ')} |`,
    `| ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...summaries.map((summary) => `| ${COLUMNS.map(([, values]) => cell(values(summary))).join(' | ')} |`),
  ].join('\n');
}
