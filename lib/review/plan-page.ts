import { PhaseManifests, phaseSummaries, planTable } from './plan-table';
import { _TrafficModels, _compareVersions } from './traffic-model';

/** Colours of the versions' lines, in version order, with the words the page uses for them. */
const LINE_COLOURS: Array<[string, string]> = [
  ['#2563eb', 'blue'], ['#d97706', 'amber'], ['#059669', 'green'], ['#7c3aed', 'purple'], ['#dc2626', 'red'], ['#6b7280', 'grey'],
];

/** How the requests that match no rule of a Service spread over its versions in one phase. */
export interface VersionWeights {
  /** The Service, e.g. `greeter-service`. */
  readonly service: string;
  /** Its versions in order, e.g. `['v1', 'v2']`. */
  readonly versions: string[];
  /** Per phase, the percentage of each version, in the order of `versions`; 0 where a version has no share. */
  readonly weights: number[][];
}

/** The weights of every Service that has more than one version in some phase, over the phases. */
export function versionWeights(phases: PhaseManifests[]): VersionWeights[] {
  return weightsOf(phases, new _TrafficModels());
}

function weightsOf(phases: PhaseManifests[], models: _TrafficModels): VersionWeights[] {
  const shares = phases.map(({ manifests }) => models.model(manifests).versions);
  const services = [...new Set(shares.flat().map((entry) => entry.service))];
  return services.map((service) => {
    const perPhase = shares.map((phase) => phase.find((entry) => entry.service === service)?.shares ?? {});
    const versions = [...new Set(perPhase.flatMap((entry) => Object.keys(entry)))].sort(_compareVersions);
    return { service, versions, weights: perPhase.map((entry) => versions.map((version) => entry[version] ?? 0)) };
  }).filter((entry) => entry.versions.length > 1);
}

/** The label of a phase on the chart's axis: its number, `07` of `07-mirror-100`, or its position. */
function axisLabel(phase: string, index: number): string {
  return /^(\d+)-/.exec(phase)?.[1] ?? String(index + 1);
}

/**
 * A line chart of one Service's versions over the phases, the line colours set in its front matter and named in
 * its title (an xychart has no legend).
 */
export function weightChart(phases: string[], weights: VersionWeights): string {
  const colours = weights.versions.map((_version, index) => LINE_COLOURS[index % LINE_COLOURS.length]);
  const text = (value: string) => value.replace(/["\\]/g, '');
  const legend = weights.versions.map((version, index) => `${version} ${colours[index][1]}`).join(', ');
  return [
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${colours.map(([colour]) => colour).join(', ')}"`,
    '---',
    'xychart-beta',
    `  title "${text(`${weights.service}: ${legend}`)}"`,
    `  x-axis "phase" [${phases.map((phase, index) => `"${text(axisLabel(phase, index))}"`).join(', ')}]`,
    '  y-axis "% of requests" 0 --> 100',
    ...weights.versions.map((version, index) => `  line "${text(version)}" [${weights.weights.map((phase) => phase[index]).join(', ')}]`),
  ].join('\n');
}

/**
 * The PLAN.md page of a rollout: the plan table that `istio-traffic plan` prints, and per Service of several
 * versions a chart of each version's share of requests over the phases.
 */
export function planPage(phases: PhaseManifests[]): string {
  return _planPage(phases, new _TrafficModels());
}

/**
 * `planPage`, with the models the phases' traffic pages built.
 * @internal
 */
export function _planPage(phases: PhaseManifests[], models: _TrafficModels): string {
  const names = phases.map((phase) => phase.phase);
  const charts = weightsOf(phases, models).flatMap((weights) => [
    '```mermaid',
    weightChart(names, weights),
    '```',
    '',
  ]);
  return [
    '# Rollout plan',
    '',
    'Every phase, each against the phase before it (what `istio-traffic plan` prints), generated from the phase folders.',
    '',
    planTable(phaseSummaries(phases)),
    '',
    ...(charts.length > 0 ? [
      '## Share of requests per version',
      '',
      'Of the requests that match no rule of the Service\'s VirtualService (all of them when it has none), the percentage '
        + 'each version receives, per phase (the numbers of the phase folders). Mirrored copies and requests that a rule '
        + 'sends elsewhere are not counted.',
      '',
      ...charts,
    ] : []),
  ].join('\n');
}
