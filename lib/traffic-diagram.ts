import { Manifest, isIstio, namespaceOf } from './analysis/manifest';
import { TrafficDestination, TrafficRoute, trafficRoutings } from './traffic-summary';

/** Text Mermaid shows as is inside a quoted label. */
function label(text: string): string {
  return `"${text.replace(/&/g, '&amp;').replace(/"/g, '#quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`;
}

function nodeId(...parts: string[]): string {
  return parts.join('_').replace(/[^A-Za-z0-9]/g, '_');
}

/** Short name of a cluster host: `greeter-service` for `greeter-service.default.svc.cluster.local`. */
function shortHost(host: string): string {
  return host.endsWith('.svc.cluster.local') ? host.split('.')[0] : host;
}

class Flowchart {
  private readonly nodes = new Map<string, string>();
  private readonly edges = new Set<string>();

  public node(id: string, shape: string): string {
    this.nodes.set(id, `  ${id}${shape}`);
    return id;
  }

  public edge(from: string, to: string, text?: string, dashed = false): void {
    const arrow = dashed ? '-.->' : '-->';
    this.edges.add(`  ${from} ${arrow}${text ? `|${label(text)}|` : ''} ${to}`);
  }

  public render(): string {
    return ['flowchart LR', ...this.nodes.values(), ...this.edges].join('\n');
  }
}

/**
 * A Mermaid flowchart of where requests go: gateways, VirtualService hosts, Services, subsets with their
 * weights, matches as edge labels, mirrors dashed, and the external hosts of ServiceEntries.
 */
export function trafficDiagram(manifests: Manifest[]): string {
  const chart = new Flowchart();
  for (const routing of trafficRoutings(manifests)) {
    const virtualService = chart.node(nodeId('vs', routing.namespace, routing.name), `{{${label(`VirtualService ${routing.name}: ${routing.hosts.join(', ')}`)}}}`);
    if (routing.gateways.length === 0) {
      chart.edge(chart.node('mesh', `([${label('mesh sidecars')}])`), virtualService);
    }
    for (const gateway of routing.gateways) {
      chart.edge(chart.node('clients', `([${label('clients')}])`), chart.node(nodeId('gw', gateway), `[${label(`Gateway ${gateway}`)}]`));
      chart.edge(nodeId('gw', gateway), virtualService, routing.hosts.join(', '));
    }
    routing.routes.forEach((route, index) => drawRoute(chart, virtualService, route, nodeId('vs', routing.namespace, routing.name, String(index))));
  }
  for (const entry of manifests.filter((manifest) => isIstio(manifest, 'ServiceEntry'))) {
    const ports = (entry.spec?.ports ?? []).map((port: any) => `${port.protocol ?? ''} ${port.number}`.trim()).join(', ');
    for (const host of entry.spec?.hosts ?? []) {
      chart.edge(chart.node('mesh', `([${label('mesh sidecars')}])`), chart.node(nodeId('ext', host), `[(${label(`${host} ${ports}`)})]`), `ServiceEntry ${namespaceOf(entry)}/${entry.metadata.name}`, true);
    }
  }
  return chart.render();
}

function drawRoute(chart: Flowchart, from: string, route: TrafficRoute, actionId: string): void {
  const condition = route.matches.length > 0 ? route.matches.join(' or ') : undefined;
  if (route.destinations.length === 0 && route.action) {
    chart.edge(from, chart.node(actionId, `>${label(route.action)}]`), condition);
    return;
  }
  for (const destination of route.destinations) {
    const text = [condition, route.action, `${destination.weight}%`].filter(Boolean).join(': ');
    chart.edge(from, destinationNode(chart, destination), text);
  }
  for (const mirror of route.mirrors) {
    chart.edge(from, destinationNode(chart, mirror), [condition, `mirror ${mirror.weight}%`].filter(Boolean).join(': '), true);
  }
}

function destinationNode(chart: Flowchart, destination: TrafficDestination): string {
  if (destination.subset === undefined) return chart.node(nodeId('svc', destination.host), `[${label(`Service ${shortHost(destination.host)}`)}]`);
  return chart.node(nodeId('subset', destination.host, destination.subset), `[${label(`${shortHost(destination.host)} ${destination.subset}`)}]`);
}

/** A TRAFFIC.md page for a phase folder: a title and the flowchart, which GitHub renders. */
export function trafficPage(title: string, manifests: Manifest[]): string {
  return `# ${title}\n\nWhere requests go in this phase (generated from the manifests of this folder).\n\n\`\`\`mermaid\n${trafficDiagram(manifests)}\n\`\`\`\n`;
}
