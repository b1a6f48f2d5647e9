import { Manifest, isIstio, namespaceOf } from '../manifest/manifest';
import { TrafficDestination, TrafficRoute, trafficRoutings } from './traffic-summary';

/** Text Mermaid shows as is inside a quoted label. */
function label(text: string): string {
  return `"${text.replace(/&/g, '&amp;').replace(/"/g, '#quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`;
}

/** Short name of a cluster host: `greeter-service` for `greeter-service.default.svc.cluster.local`. */
function shortHost(host: string): string {
  return host.endsWith('.svc.cluster.local') ? host.split('.')[0] : host;
}

/**
 * A flowchart whose nodes are named by their parts (kind, namespace, name...): the id is the parts made safe for
 * Mermaid, with a number added when different parts would give the same id.
 */
class Flowchart {
  private readonly ids = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly nodes: string[] = [];
  private readonly edges = new Set<string>();

  public node(parts: string[], shape: string): string {
    const key = JSON.stringify(parts);
    let id = this.ids.get(key);
    if (id === undefined) {
      const base = parts.join('_').replace(/[^A-Za-z0-9]/g, '_');
      id = base;
      for (let suffix = 2; this.taken.has(id); suffix++) id = `${base}_${suffix}`;
      this.ids.set(key, id);
      this.taken.add(id);
      this.nodes.push(`  ${id}${shape}`);
    }
    return id;
  }

  public edge(from: string, to: string, text?: string, dashed = false): void {
    const arrow = dashed ? '-.->' : '-->';
    this.edges.add(`  ${from} ${arrow}${text ? `|${label(text)}|` : ''} ${to}`);
  }

  public render(): string {
    return ['flowchart LR', ...this.nodes, ...this.edges].join('\n');
  }
}

/**
 * A Mermaid flowchart of where requests go: gateways, VirtualService hosts, Services, subsets with their
 * weights, matches as edge labels, mirrors dashed, and the external hosts of ServiceEntries.
 */
export function trafficDiagram(manifests: Manifest[]): string {
  const chart = new Flowchart();
  for (const routing of trafficRoutings(manifests)) {
    const key = ['vs', routing.namespace, routing.name];
    const virtualService = chart.node(key, `{{${label(`VirtualService ${routing.name}: ${routing.hosts.join(', ')}`)}}}`);
    if (routing.mesh) chart.edge(chart.node(['mesh'], `([${label('mesh sidecars')}])`), virtualService);
    for (const gateway of routing.gateways) {
      const clients = chart.node(['clients'], `([${label('clients')}])`);
      const gatewayNode = chart.node(['gw', gateway], `[${label(`Gateway ${gateway}`)}]`);
      chart.edge(clients, gatewayNode);
      chart.edge(gatewayNode, virtualService, routing.hosts.join(', '));
    }
    routing.routes.forEach((route, index) => drawRoute(chart, virtualService, route, [...key, String(index)]));
  }
  for (const entry of manifests.filter((manifest) => isIstio(manifest, 'ServiceEntry'))) {
    const ports = (entry.spec?.ports ?? []).map((port: any) => `${port.protocol ?? ''} ${port.number}`.trim()).join(', ');
    for (const host of entry.spec?.hosts ?? []) {
      const mesh = chart.node(['mesh'], `([${label('mesh sidecars')}])`);
      const external = chart.node(['ext', host], `[(${label(`${host} ${ports}`)})]`);
      chart.edge(mesh, external, `ServiceEntry ${namespaceOf(entry)}/${entry.metadata.name}`, true);
    }
  }
  return chart.render();
}

function drawRoute(chart: Flowchart, from: string, route: TrafficRoute, actionKey: string[]): void {
  const condition = route.matches.length > 0 ? route.matches.join(' or ') : undefined;
  if (route.destinations.length === 0 && route.action) {
    chart.edge(from, chart.node(actionKey, `>${label(route.action)}]`), condition);
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
  if (destination.subset === undefined) return chart.node(['svc', destination.host], `[${label(`Service ${shortHost(destination.host)}`)}]`);
  return chart.node(['subset', destination.host, destination.subset], `[${label(`${shortHost(destination.host)} ${destination.subset}`)}]`);
}

/** A TRAFFIC.md page for a phase folder: a title and the flowchart, which GitHub renders. */
export function trafficPage(title: string, manifests: Manifest[]): string {
  return `# ${title}\n\nWhere requests go in this phase (generated from the manifests of this folder).\n\n\`\`\`mermaid\n${trafficDiagram(manifests)}\n\`\`\`\n`;
}
