import { MermaidIds, quoted, textWidth, wrapAll } from './mermaid-text';
import {
  TrafficChange, TrafficEdge, TrafficEdgeKind, TrafficModel, TrafficNode, TrafficNodeKind, VersionRole, formatPercent,
} from './traffic-model';

/** Mermaid shapes around a quoted label, per kind of box. */
const SHAPES: Record<TrafficNodeKind, [string, string]> = {
  [TrafficNodeKind.CLIENTS]: ['([', '])'],
  [TrafficNodeKind.ANY_WORKLOAD]: ['([', '])'],
  [TrafficNodeKind.GATEWAY]: ['[', ']'],
  [TrafficNodeKind.EGRESS_GATEWAY]: ['[/', '\\]'],
  [TrafficNodeKind.VIRTUAL_SERVICE]: ['{{', '}}'],
  [TrafficNodeKind.SERVICE]: ['[', ']'],
  [TrafficNodeKind.VERSION]: ['[', ']'],
  [TrafficNodeKind.WORKLOAD]: ['[', ']'],
  [TrafficNodeKind.ACTION]: ['>', ']'],
  [TrafficNodeKind.EXTERNAL]: ['[(', ')]'],
  [TrafficNodeKind.BLOCKED]: ['[', ']'],
  [TrafficNodeKind.REMOVED]: ['[', ']'],
};

/** Node classes, in the order their styles apply: a later one wins where both set the same property. */
const CLASSES: Array<[string, string]> = [
  ['changed', 'fill:#dbeafe,stroke:#2563eb'],
  ['candidate', 'stroke:#d97706,stroke-width:3px'],
  ['nopods', 'fill:#f9fafb,stroke-dasharray:4 3,color:#6b7280'],
  ['removed', 'fill:#f3f4f6,stroke:#9ca3af,stroke-dasharray:4 3,color:#6b7280'],
  ['blocked', 'fill:#fee2e2,stroke:#dc2626,color:#991b1b'],
];

const CANDIDATE_COLOR = '#d97706';
const NO_TRAFFIC = 'stroke:#9ca3af,stroke-width:1px,stroke-dasharray:2 4';
const MIRROR_DASHES = 'stroke-dasharray:8 5';

/** Line width of an arrow that carries a share of requests: 1px plus 4px for all of them. */
export function strokeWidth(percent: number): number {
  return Math.round((1 + (4 * Math.min(Math.max(percent, 0), 100)) / 100) * 10) / 10;
}

function nodeLines(node: TrafficNode): string[] {
  const notes = node.change === TrafficChange.ADDED ? ['(new)']
    : node.change === TrafficChange.REMOVED && node.kind !== TrafficNodeKind.REMOVED ? ['(removed)']
      : node.was.map((was) => `(was ${was})`);
  return wrapAll([node.title, ...node.details, ...notes]);
}

/** The label of an arrow: its texts, then its share and what the share was. */
export function edgeLines(edge: TrafficEdge): string[] {
  const mirror = edge.kind === TrafficEdgeKind.MIRROR;
  const texts = mirror ? edge.texts.filter((text) => text !== 'mirror') : edge.texts;
  if (edge.change === TrafficChange.REMOVED) return wrapAll([...texts, `${mirror ? 'mirror ' : ''}removed (was ${formatPercent(edge.wasPercent ?? 0)})`]);
  const share = edge.percent === undefined ? [] : [`${mirror ? 'mirror ' : ''}${formatPercent(edge.percent)}${edge.wasPercent !== undefined ? ` (was ${formatPercent(edge.wasPercent)})` : ''}`];
  const note = edge.change === TrafficChange.ADDED && edge.wasPercent === undefined ? ['(new)']
    : edge.change === TrafficChange.CHANGED && edge.wasPercent === undefined ? ['(changed)'] : [];
  return wrapAll([...texts, ...share, ...note]);
}

/** The linkStyle of an arrow: its width for its share, dashes for a mirror, grey dots for no traffic; none for the rest. */
export function edgeStyle(edge: TrafficEdge): string | undefined {
  if (edge.kind === TrafficEdgeKind.BLOCKED) return 'stroke:#dc2626';
  if (edge.percent === undefined) return undefined;
  const mirror = edge.kind === TrafficEdgeKind.MIRROR;
  if (edge.percent === 0) return mirror ? `stroke:#9ca3af,stroke-width:1px,${MIRROR_DASHES}` : NO_TRAFFIC;
  return [
    ...(edge.toCandidate ? [`stroke:${CANDIDATE_COLOR}`] : []),
    `stroke-width:${strokeWidth(edge.percent)}px`,
    ...(mirror ? [MIRROR_DASHES] : []),
  ].join(',');
}

function arrowOf(edge: TrafficEdge): string {
  if (edge.kind === TrafficEdgeKind.MIRROR) return '-.->';
  if (edge.kind === TrafficEdgeKind.BLOCKED) return '--x';
  return '-->';
}

function classesOf(node: TrafficNode): string[] {
  return [
    ...(node.change === TrafficChange.ADDED || node.change === TrafficChange.CHANGED ? ['changed'] : []),
    ...(node.role === VersionRole.CANDIDATE && node.change !== TrafficChange.REMOVED ? ['candidate'] : []),
    ...(node.noPods && node.change !== TrafficChange.REMOVED ? ['nopods'] : []),
    ...(node.change === TrafficChange.REMOVED ? ['removed'] : []),
    ...(node.kind === TrafficNodeKind.BLOCKED ? ['blocked'] : []),
  ];
}

/** Items in groups of the same value, in the order each value first appears. */
function groupBy<T>(items: T[], valueOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const value = valueOf(item);
    if (value !== undefined) groups.set(value, [...(groups.get(value) ?? []), item]);
  }
  return groups;
}

/** Widest a top-to-bottom diagram may grow before it reads better left to right: GitHub shrinks wider ones. */
export const MAX_TOP_DOWN_WIDTH = 1000;

/** Space Mermaid leaves around a label in its box, between boxes of a row, and around a subgraph's boxes, in px. */
const BOX_PADDING = 30;
const BOX_GAP = 50;
const GROUP_PADDING = 30;
const EDGE_LABEL_PADDING = 10;

/**
 * About how wide a top-to-bottom layout of the model is, in px: its widest row, where a box's row is the longest
 * chain of arrows into it, and an arrow's label sits in a row between the rows of its ends.
 */
export function topDownWidth(model: TrafficModel): number {
  return widthOf(model, labelsOf(model));
}

/** The lines of every box and arrow of a model, wrapped once for both measuring the layout and writing it. */
interface Labels {
  readonly nodes: ReadonlyMap<TrafficNode, string[]>;
  readonly edges: ReadonlyMap<TrafficEdge, string[]>;
}

function labelsOf(model: TrafficModel): Labels {
  return {
    nodes: new Map(model.nodes.map((item) => [item, nodeLines(item)])),
    edges: new Map(model.edges.map((edge) => [edge, edgeLines(edge)])),
  };
}

function widthOf(model: TrafficModel, labels: Labels): number {
  const rank = new Map(model.nodes.map((item) => [item.key, 0]));
  // Longest paths by relaxation, bounded by the number of boxes so that a cycle cannot run forever.
  for (let pass = 0; pass < model.nodes.length; pass++) {
    let moved = false;
    for (const edge of model.edges) {
      const next = (rank.get(edge.from) ?? 0) + 1;
      if (next > (rank.get(edge.to) ?? 0) && next <= model.nodes.length) {
        rank.set(edge.to, next);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const rows = new Map<number, { width: number; boxes: number; groups: Set<string> }>();
  const place = (row: number, width: number, group?: string) => {
    const found = rows.get(row) ?? { width: 0, boxes: 0, groups: new Set<string>() };
    found.width += width;
    found.boxes += 1;
    if (group !== undefined) found.groups.add(group);
    rows.set(row, found);
  };
  const widest = (lines: string[]) => Math.max(0, ...lines.map(textWidth));
  for (const item of model.nodes) place(2 * (rank.get(item.key) ?? 0), widest(labels.nodes.get(item)!) + BOX_PADDING, item.group);
  for (const edge of model.edges) {
    const label = labels.edges.get(edge)!;
    if (label.length > 0) place((rank.get(edge.from) ?? 0) + (rank.get(edge.to) ?? 0), widest(label) + EDGE_LABEL_PADDING);
  }
  return Math.max(0, ...[...rows.values()].map((row) => row.width + BOX_GAP * (row.boxes - 1) + GROUP_PADDING * row.groups.size));
}

/**
 * A model as a Mermaid flowchart, top to bottom; left to right where a top-to-bottom one would be wider than
 * `MAX_TOP_DOWN_WIDTH` (many versions side by side, as Bookinfo's), since the page then grows in height instead.
 */
export function renderTrafficModel(model: TrafficModel): string {
  const ids = new MermaidIds();
  const idOf = (key: string) => ids.of(key);
  const labels = labelsOf(model);
  const leftToRight = widthOf(model, labels) > MAX_TOP_DOWN_WIDTH;
  const lines = [`flowchart ${leftToRight ? 'LR' : 'TB'}`];
  const linked = new Set(model.edges.flatMap((edge) => [edge.from, edge.to]));
  const node = (item: TrafficNode, indent: string) => {
    const [open, close] = SHAPES[item.kind];
    return `${indent}${idOf(item.key)}${open}${quoted(labels.nodes.get(item)!)}${close}`;
  };
  const emittedGroups = new Set<string>();
  for (const item of model.nodes) {
    if (item.group === undefined || !model.groups.some((group) => group.key === item.group)) {
      lines.push(node(item, '  '));
      continue;
    }
    if (emittedGroups.has(item.group)) continue;
    emittedGroups.add(item.group);
    const group = model.groups.find((candidate) => candidate.key === item.group)!;
    // One line: Mermaid leaves room for one line of title only. What changed shows in the group's colour.
    lines.push(`  subgraph ${idOf(group.key)}[${quoted([group.title])}]`);
    const members = model.nodes.filter((candidate) => candidate.group === group.key);
    // Mermaid lays out a subgraph that nothing links to on its own, across the diagram: its boxes then stand side by
    // side, and several such subgraphs beside each other.
    if (leftToRight && !members.some((member) => linked.has(member.key)) && !linked.has(group.key)) lines.push('    direction LR');
    for (const member of members) lines.push(node(member, '    '));
    lines.push('  end');
  }
  for (const edge of model.edges) {
    const label = labels.edges.get(edge)!;
    const text = label.length > 0 ? `|${quoted(label)}|` : '';
    lines.push(`  ${idOf(edge.from)} ${arrowOf(edge)}${text} ${idOf(edge.to)}`);
  }
  // Boxes nothing links to would share the first row with the clients: invisible links stack them in a column.
  const isolated = model.nodes.filter((item) => item.group === undefined && !linked.has(item.key) && !model.groups.some((group) => group.key === item.key));
  if (isolated.length > 1) lines.push(`  ${isolated.map((item) => idOf(item.key)).join(' ~~~ ')}`);
  const styles = groupBy(model.edges.map((edge, index) => ({ edge, index })), ({ edge }) => edgeStyle(edge));
  for (const [style, edges] of styles) lines.push(`  linkStyle ${edges.map(({ index }) => index).join(',')} ${style}`);
  for (const group of model.groups.filter((candidate) => candidate.change === TrafficChange.ADDED || candidate.change === TrafficChange.CHANGED)) {
    lines.push(`  style ${idOf(group.key)} fill:#eff6ff,stroke:#2563eb`);
  }
  const used = CLASSES.filter(([name]) => model.nodes.some((item) => classesOf(item).includes(name)));
  for (const [name, style] of used) lines.push(`  classDef ${name} ${style}`);
  for (const [name] of used) lines.push(`  class ${model.nodes.filter((item) => classesOf(item).includes(name)).map((item) => idOf(item.key)).join(',')} ${name}`);
  return lines.join('\n');
}
