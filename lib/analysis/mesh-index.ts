import { Manifest, SourcedManifest, hostMatches, isCore, isIstio, itemsOf, namespaceOf, podLabelsOf, qualifyHost, routeTraffic } from '../manifest/manifest';

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
  /** Pod templates by namespace and then by `label=value`, so that selectors are looked up, not scanned. */
  private readonly podsByLabel = new Map<string, Map<string, PodTemplate[]>>();

  constructor(public readonly objects: SourcedManifest[]) {
    for (const { manifest } of objects) this.add(manifest);
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
    } else if (isIstio(manifest, 'VirtualService')) {
      for (const route of itemsOf<any>(manifest.spec?.http)) {
        for (const { destination, mirror } of routeTraffic(route, '')) {
          if (!mirror && destination.subset !== undefined && typeof destination.host === 'string') this.subsetRoutedHosts.set(qualifyHost(destination.host, namespace), manifest);
        }
      }
    }
  }

  private addPod(namespace: string, labels: Record<string, string>, owner: Manifest): void {
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
