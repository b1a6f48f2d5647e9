import { Manifest, SourcedManifest, hostMatches, inGroup, isCore, isIstio, itemsOf, namespaceOf, podLabelsOf, qualifyHost, routeTraffic } from '../manifest/manifest';

/** Labels Istio gives endpoints from their node, which pod templates do not carry. */
const NODE_LABELS = new Set(['topology.kubernetes.io/region', 'topology.kubernetes.io/zone', 'topology.istio.io/subzone', 'kubernetes.io/hostname']);

/** A pod template of the app, or a bare Pod. */
export interface PodTemplate {
  /** Namespace of the pods. */
  readonly namespace: string;
  /** Labels of the pods. */
  readonly labels: Record<string, string>;
  /** The workload or Pod the template belongs to. */
  readonly owner: Manifest;
}

/**
 * The objects of one mesh, looked up by what rules ask for, so that every rule is linear in the number of objects.
 */
export class MeshIndex {
  /** Services by fully qualified host. */
  public readonly services = new Map<string, Manifest>();
  /** Hosts declared by ServiceEntries, as written (they may start with `*.`). */
  public readonly serviceEntryHosts: string[] = [];
  /** DestinationRules by fully qualified host. */
  public readonly destinationRules = new Map<string, Manifest[]>();
  /** Gateways by `namespace/name`. */
  public readonly gateways = new Map<string, Manifest>();
  /** Hosts that a VirtualService routes by subset, with that VirtualService. */
  public readonly subsetRoutedHosts = new Map<string, Manifest>();
  /** Gateway API Gateways (gateway.networking.k8s.io) by `namespace/name`. */
  public readonly kubernetesGateways = new Map<string, Manifest>();
  /** Secrets by `namespace/name`. */
  public readonly secrets = new Map<string, Manifest>();
  /** Nodes, whose topology labels subsets may select. */
  public readonly nodes: Manifest[] = [];
  /** Every pod template, in input order. */
  public readonly pods: PodTemplate[] = [];
  /** Subsets that routes send requests to (a weight above 0, mirrors aside), by fully qualified host. */
  public readonly routedSubsets = new Map<string, Set<string>>();
  /** VirtualServices that another one delegates to, by `namespace/name`. */
  public readonly delegates = new Set<string>();
  /** Pod templates by namespace and then by `label=value`, so that selectors are looked up, not scanned. */
  private readonly podsByLabel = new Map<string, Map<string, PodTemplate[]>>();
  /** The `networking.istio.io` objects by kind, in input order. */
  private readonly istioByKind = new Map<string, SourcedManifest[]>();

  constructor(public readonly objects: SourcedManifest[]) {
    for (const sourced of objects) {
      try {
        if (inGroup(sourced.manifest, 'networking.istio.io')) getOrCreate(this.istioByKind, sourced.manifest.kind, () => []).push(sourced);
        this.add(sourced.manifest);
      } catch {
        // An object the index cannot read is left out of it; the rules over that object report why.
      }
    }
  }

  /** The `networking.istio.io` objects of a kind, in input order. */
  public istioObjects(kind: string): readonly SourcedManifest[] {
    return this.istioByKind.get(kind) ?? [];
  }

  /** Pod templates of `namespace` that carry every label of `selector`. */
  public podsSelectedBy(namespace: string, selector: Record<string, string>): PodTemplate[] {
    const byLabel = this.podsByLabel.get(namespace);
    const entries = Object.entries(selector);
    if (!byLabel || entries.length === 0) return [];
    const candidates = entries
      .map(([key, value]) => byLabel.get(`${key}=${value}`) ?? [])
      .reduce((smallest, pods) => (pods.length < smallest.length ? pods : smallest));
    return candidates.filter((pod) => entries.every(([key, value]) => pod.labels[key] === value));
  }

  /** Pod templates of every namespace that carry every label of `selector`. */
  public podsSelectedAnywhere(selector: Record<string, string>): PodTemplate[] {
    return [...this.podsByLabel.keys()].flatMap((namespace) => this.podsSelectedBy(namespace, selector));
  }

  /** Whether the input holds a pod template of `namespace`. */
  public hasPodsIn(namespace: string): boolean {
    return this.podsByLabel.has(namespace);
  }

  /**
   * Whether subset `labels` select a pod of the Service of `host`; undefined when the input holds no pod of the
   * Service at all, so that nothing can be said. Node labels (zone, region) are matched against the Nodes in the
   * input, if any.
   */
  public subsetSelectsPods(host: string, labels: unknown): boolean | undefined {
    const service = this.services.get(host);
    const selector = service?.spec?.selector;
    if (!service || selector === null || typeof selector !== 'object' || Object.keys(selector).length === 0) return undefined;
    const namespace = namespaceOf(service);
    if (this.podsSelectedBy(namespace, selector).length === 0) return undefined;
    const subsetLabels: Record<string, string> = labels !== null && typeof labels === 'object' ? labels as Record<string, string> : {};
    const podLabels = Object.fromEntries(Object.entries(subsetLabels).filter(([key]) => !NODE_LABELS.has(key)));
    const nodeLabels = Object.entries(subsetLabels).filter(([key]) => NODE_LABELS.has(key));
    const onNodes = this.nodes.length === 0 || nodeLabels.every(([key, value]) => this.nodes.some((node) => node.metadata.labels?.[key] === value));
    return onNodes && this.podsSelectedBy(namespace, { ...selector, ...podLabels }).length > 0;
  }

  /** Whether a ServiceEntry of the mesh declares the host. */
  public isServiceEntryHost(host: string): boolean {
    return this.serviceEntryHosts.some((pattern) => hostMatches(pattern, host));
  }

  private add(manifest: Manifest): void {
    const namespace = namespaceOf(manifest);
    const name = manifest.metadata.name ?? '';
    const podLabels = podLabelsOf(manifest);
    if (isCore(manifest, 'Service')) {
      this.services.set(`${name}.${namespace}.svc.cluster.local`, manifest);
    } else if (podLabels) {
      this.addPod(namespace, podLabels, manifest);
    } else if (isIstio(manifest, 'ServiceEntry')) {
      this.serviceEntryHosts.push(...itemsOf<string>(manifest.spec?.hosts).filter((host) => typeof host === 'string'));
    } else if (isIstio(manifest, 'DestinationRule') && typeof manifest.spec?.host === 'string') {
      const host = qualifyHost(manifest.spec.host, namespace);
      getOrCreate(this.destinationRules, host, () => []).push(manifest);
    } else if (isIstio(manifest, 'Gateway')) {
      this.gateways.set(`${namespace}/${name}`, manifest);
    } else if (inGroup(manifest, 'gateway.networking.k8s.io') && manifest.kind === 'Gateway') {
      this.kubernetesGateways.set(`${namespace}/${name}`, manifest);
    } else if (isCore(manifest, 'Secret')) {
      this.secrets.set(`${namespace}/${name}`, manifest);
    } else if (isCore(manifest, 'Node')) {
      this.nodes.push(manifest);
    } else if (isIstio(manifest, 'VirtualService')) {
      for (const route of itemsOf<any>(manifest.spec?.http)) {
        const delegate = route.delegate;
        if (typeof delegate?.name === 'string') this.delegates.add(`${typeof delegate.namespace === 'string' ? delegate.namespace : namespace}/${delegate.name}`);
        for (const { destination, mirror, percent } of routeTraffic(route, '')) {
          if (mirror || destination.subset === undefined || typeof destination.host !== 'string') continue;
          const host = qualifyHost(destination.host, namespace);
          this.subsetRoutedHosts.set(host, manifest);
          if (percent > 0) getOrCreate(this.routedSubsets, host, () => new Set<string>()).add(destination.subset);
        }
      }
    }
  }

  private addPod(namespace: string, labels: Record<string, string>, owner: Manifest): void {
    if (labels === null || typeof labels !== 'object') return;
    this.pods.push({ namespace, labels, owner });
    const byLabel = getOrCreate(this.podsByLabel, namespace, () => new Map<string, PodTemplate[]>());
    for (const [key, value] of Object.entries(labels)) {
      getOrCreate(byLabel, `${key}=${value}`, () => []).push({ namespace, labels, owner });
    }
  }
}

/** The value of `key`, set to `create()` first when there is none. */
export function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
