import { Manifest, groupOf, namespaceOf } from '../manifest/manifest';
import { TrafficDestination, TrafficRouting, trafficRoutings } from './traffic-summary';

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

/** One phase with the objects it holds. */
export interface PhaseManifests {
  /** Folder of the phase, e.g. `05-routed`. */
  readonly phase: string;
  /** Its objects, in file order. */
  readonly manifests: Manifest[];
}

/** The key of an object in a plan: `<Kind>[.<group>] <namespace>/<name>`. */
export function planObjectKey(manifest: Manifest): string {
  const group = groupOf(manifest);
  return `${manifest.kind}${group ? `.${group}` : ''} ${namespaceOf(manifest)}/${manifest.metadata.name}`;
}

/** A summary of every phase, each against the phase before it; the first is compared with nothing. */
export function phaseSummaries(phases: PhaseManifests[]): PhaseSummary[] {
  let previous = new Map<string, Manifest>();
  return phases.map(({ phase, manifests }) => {
    const objects = new Map(manifests.map((manifest) => [planObjectKey(manifest), manifest]));
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
