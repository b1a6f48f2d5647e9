import { Finding } from './finding';
import { Manifest, SourcedManifest, isIstio, itemsOf, namespaceOf, qualifyHost, routeTraffic } from '../manifest/manifest';
import { FindingsOf } from './findings-of';
import { MeshIndex } from './mesh-index';

/** One phase of a rollout: its name and objects. */
export interface AnalyzedPhase {
  /** Name of the phase, e.g. `05-routed`. */
  readonly name: string;
  /** Every object of the phase. */
  readonly objects: SourcedManifest[];
}

/** A destination that receives requests, or copies of them. */
interface Traffic {
  readonly host: string;
  readonly subset: string;
  readonly field: string;
  readonly sourced: SourcedManifest;
}

/**
 * Make-before-break between consecutive phases: a subset receives requests only when the previous phase already
 * defined it and ran its pods, and a subset or its pods are removed only when the previous phase sent them nothing.
 */
export function analyzeTransitions(phases: AnalyzedPhase[]): Finding[] {
  const indexes = phases.map((phase) => new MeshIndex(phase.objects));
  return phases.slice(1).flatMap((next, at) => {
    const previous = phases[at];
    return [
      ...unprepared(previous.name, indexes[at], next.objects),
      ...removedWhileRouted(next.name, previous.objects, indexes[at], indexes[at + 1]),
    ];
  });
}

function unprepared(previousName: string, previous: MeshIndex, next: SourcedManifest[]): Finding[] {
  return trafficOf(next).flatMap((traffic) => {
    const f = new FindingsOf(traffic.sourced);
    if (!subsetLabels(previous, traffic)) {
      f.error('transition-subset-undefined', traffic.field, `subset ${traffic.subset} of ${traffic.host} gets requests, but phase ${previousName} did not define it`, 'define the subset in a DestinationRule one phase before routing to it');
    } else if (!hasPods(previous, traffic)) {
      f.error('transition-not-deployed', traffic.field, `subset ${traffic.subset} of ${traffic.host} gets requests, but phase ${previousName} ran none of its pods`, 'deploy the version one phase before it gets requests (a dark launch at weight 0)');
    }
    return f.findings;
  });
}

function removedWhileRouted(nextName: string, previous: SourcedManifest[], previousIndex: MeshIndex, next: MeshIndex): Finding[] {
  return trafficOf(previous).flatMap((traffic) => {
    if (!next.services.has(traffic.host)) return [];
    const f = new FindingsOf(traffic.sourced);
    if (!subsetLabels(next, traffic)) {
      f.error('transition-subset-removed', traffic.field, `phase ${nextName} removes subset ${traffic.subset} of ${traffic.host}, which still gets requests here`, 'route no requests to it for a whole phase before removing it');
    } else if (hasPods(previousIndex, traffic) && !hasPods(next, traffic)) {
      f.error('transition-pods-removed', traffic.field, `phase ${nextName} removes the pods of subset ${traffic.subset} of ${traffic.host}, which still gets requests here`, 'route no requests to them for a whole phase before removing them');
    }
    return f.findings;
  });
}

/** Every subset that receives requests, or copies of them, in the objects. */
function trafficOf(objects: SourcedManifest[]): Traffic[] {
  return objects.filter(({ manifest }) => isIstio(manifest, 'VirtualService')).flatMap((sourced) => {
    const namespace = namespaceOf(sourced.manifest);
    return itemsOf<any>(sourced.manifest.spec?.http)
      .flatMap((route, at) => routeTraffic(route, `spec.http[${at}]`))
      .filter(({ destination, percent, mirror }) => (mirror || percent > 0) && destination.subset !== undefined && typeof destination.host === 'string')
      .map(({ destination, field }) => ({ host: qualifyHost(destination.host!, namespace), subset: destination.subset!, field: `${field}.subset`, sourced }));
  });
}

/** The labels of the traffic's subset, or undefined when no DestinationRule of the phase defines it. */
function subsetLabels(index: MeshIndex, traffic: Traffic): Record<string, string> | undefined {
  const subset = (index.destinationRules.get(traffic.host) ?? [])
    .flatMap((rule: Manifest) => rule.spec?.subsets ?? [])
    .find((candidate: any) => candidate.name === traffic.subset);
  return subset ? subset.labels ?? {} : undefined;
}

function hasPods(index: MeshIndex, traffic: Traffic): boolean {
  const service = index.services.get(traffic.host);
  if (!service?.spec?.selector) return true;
  const selector = { ...service.spec.selector, ...subsetLabels(index, traffic) };
  return index.podsSelectedBy(namespaceOf(service), selector).length > 0;
}
