import { Finding } from './finding';
import { Manifest, SourcedManifest, isIstio, itemsOf, namespaceOf, podLabelsOf, qualifyHost, routeTraffic } from '../manifest/manifest';
import { isGatewayApi, ruleTraffic, serviceParents } from '../manifest/gateway-api';
import { FindingsOf } from './findings-of';
import { Access, CallIndex, CallDestination, MeshCall, SecurityIndex } from './access';
import { MeshIndex, PodTemplate } from './mesh-index';
import { RolloutPhase } from '../values/rollout-plan';
import { ServiceVersion } from '../values/service-version';

/** One phase of a rollout: its name and objects. */
export interface AnalyzedPhase {
  /** Name of the phase, e.g. `05-routed`. */
  readonly name: string;
  /** Every object of the phase. */
  readonly objects: SourcedManifest[];
}

/**
 * A destination that receives requests, or copies of them: a subset of a host (Istio), or a Service of its own, the
 * backend of a Gateway API route, which stands where a subset stands.
 */
interface Traffic {
  readonly host: string;
  /** The subset; none for a backend Service. */
  readonly subset?: string;
  /**
   * The Service whose requests these are, whose removal takes the route along.
   * @default - the host
   */
  readonly service?: string;
  readonly field: string;
  readonly sourced: SourcedManifest;
}

/** The destination in words: `subset v2 of <host>`, or `Service <host>`. */
function described(traffic: Traffic): string {
  return traffic.subset === undefined ? `Service ${traffic.host}` : `subset ${traffic.subset} of ${traffic.host}`;
}

/**
 * What make-before-break asks of one state of the mesh: where requests go, and which subsets are defined and run
 * pods. A phase's manifests answer it, and so does a phase of a rollout plan, so that the same rules judge both.
 */
interface TransitionState {
  /** Name of the phase or step. */
  readonly name: string;
  /** Every subset that receives requests, or copies of them. */
  readonly traffic: Traffic[];
  /** Whether the state has the Service of the host. */
  hasService(host: string): boolean;
  /** Whether a DestinationRule of the state defines the traffic's subset. */
  defines(traffic: Traffic): boolean;
  /** Whether pods of the traffic's subset run. */
  runs(traffic: Traffic): boolean;
}

/**
 * Make-before-break between consecutive phases: a subset receives requests only when the previous phase already
 * defined it and ran its pods, and a subset or its pods are removed only when the previous phase sent them nothing.
 */
export function analyzeTransitions(phases: AnalyzedPhase[]): Finding[] {
  const states = phases.map(manifestState);
  const access = phases.map(accessState);
  return states.slice(1).flatMap((next, at) => [...transitionFindings(states[at], next), ...accessFindings(access[at], access[at + 1])]);
}

/** One service of a rollout plan: where its objects live, and what findings about it name as their source. */
export interface PlannedService {
  /** The `app` label and Service name. */
  readonly app: string;
  /** Namespace of its objects. */
  readonly namespace: string;
  /** What the findings name as their source, e.g. `rollouts.yaml:12`. */
  readonly source: string;
}

/**
 * Make-before-break between any two phases of a service's rollout plan, read from the plan's data instead of
 * manifests: the same rules as between the manifests of consecutive phases.
 */
export function analyzePlannedTransition(service: PlannedService, from: RolloutPhase, to: RolloutPhase): Finding[] {
  return transitionFindings(plannedState(service, from), plannedState(service, to));
}

function transitionFindings(previous: TransitionState, next: TransitionState): Finding[] {
  return [...unprepared(previous, next), ...removedWhileRouted(previous, next)];
}

function unprepared(previous: TransitionState, next: TransitionState): Finding[] {
  return next.traffic.flatMap((traffic) => {
    const f = new FindingsOf(traffic.sourced);
    if (!previous.defines(traffic) && traffic.subset === undefined) {
      f.error('transition-backend-undefined', traffic.field, `${described(traffic)} gets requests, but phase ${previous.name} did not have it`, 'create the version\'s Service one phase before a route sends it requests');
    } else if (!previous.defines(traffic)) {
      f.error('transition-subset-undefined', traffic.field, `${described(traffic)} gets requests, but phase ${previous.name} did not define it`, 'define the subset in a DestinationRule one phase before routing to it');
    } else if (!previous.runs(traffic)) {
      f.error('transition-not-deployed', traffic.field, `${described(traffic)} gets requests, but phase ${previous.name} ran none of its pods`, 'deploy the version one phase before it gets requests (a dark launch at weight 0)');
    }
    return f.findings;
  });
}

function removedWhileRouted(previous: TransitionState, next: TransitionState): Finding[] {
  return previous.traffic.flatMap((traffic) => {
    if (!next.hasService(traffic.service ?? traffic.host)) return [];
    const f = new FindingsOf(traffic.sourced);
    if (!next.defines(traffic) && traffic.subset === undefined) {
      f.error('transition-backend-removed', traffic.field, `phase ${next.name} removes ${described(traffic)}, which still gets requests here`, 'route no requests to it for a whole phase before removing it');
    } else if (!next.defines(traffic)) {
      f.error('transition-subset-removed', traffic.field, `phase ${next.name} removes ${described(traffic)}, which still gets requests here`, 'route no requests to it for a whole phase before removing it');
    } else if (previous.runs(traffic) && !next.runs(traffic)) {
      f.error('transition-pods-removed', traffic.field, `phase ${next.name} removes the pods of ${described(traffic)}, which still gets requests here`, 'route no requests to them for a whole phase before removing them');
    }
    return f.findings;
  });
}

/** A phase as its manifests show it. */
function manifestState(phase: AnalyzedPhase): TransitionState {
  const index = new MeshIndex(phase.objects);
  return {
    name: phase.name,
    traffic: [...trafficOf(phase.objects), ...backendTrafficOf(phase.objects)],
    hasService: (host) => index.services.has(host),
    defines: (traffic) => (traffic.subset === undefined ? index.services.has(traffic.host) : subsetLabels(index, traffic) !== undefined),
    runs: (traffic) => hasPods(index, traffic),
  };
}

/**
 * A phase of a plan as its data shows it: the VirtualService's routes, a subset per declared version, pods per
 * deployed version. Findings are about the service's VirtualService, with the fields the routes would have.
 */
function plannedState(service: PlannedService, phase: RolloutPhase): TransitionState {
  const host = `${service.app}.${service.namespace}.svc.cluster.local`;
  const sourced: SourcedManifest = {
    manifest: { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: service.app, namespace: service.namespace } },
    source: service.source,
  };
  const traffic = phase.routes.flatMap((route, at): Traffic[] => [
    ...(route.weights ?? []).map((weight, index) => ({ weight, index })).filter(({ weight }) => weight.weight > 0)
      .map(({ weight, index }) => ({ host, subset: weight.version.name, field: `spec.http[${at}].route[${index}].destination.subset`, sourced })),
    ...(route.mirror && route.mirror.percentage > 0
      ? [{ host, subset: route.mirror.version.name, field: `spec.http[${at}].mirrors[0].destination.subset`, sourced }]
      : []),
  ]);
  const named = (versions: ServiceVersion[]) => new Set(versions.map((version) => version.name));
  const subsets = named(phase.subsets);
  const deployed = named(phase.deployed);
  return {
    name: phase.name,
    traffic,
    hasService: (candidate) => candidate === host,
    defines: (candidate) => subsets.has(candidate.subset ?? ''),
    runs: (candidate) => deployed.has(candidate.subset ?? ''),
  };
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

/**
 * Every Service that a Gateway API route sends requests, or copies of them, in the objects. A route whose parent is a
 * Service (GAMMA) carries that Service's requests; its backends are versions of it.
 */
function backendTrafficOf(objects: SourcedManifest[]): Traffic[] {
  return objects.filter(({ manifest }) => isGatewayApi(manifest, 'HTTPRoute') || isGatewayApi(manifest, 'GRPCRoute')).flatMap((sourced) => {
    const namespace = namespaceOf(sourced.manifest);
    const parent = serviceParents(sourced.manifest)[0];
    const service = parent && `${parent.name}.${parent.namespace}.svc.cluster.local`;
    return itemsOf<any>(sourced.manifest.spec?.rules)
      .flatMap((rule, at) => ruleTraffic(rule, namespace, `spec.rules[${at}]`))
      .filter(({ percent, mirror }) => mirror || percent > 0)
      .map(({ backend, field }) => ({ host: `${backend.name}.${backend.namespace}.svc.cluster.local`, service, field: `${field}.name`, sourced }));
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

/** A caller's requests to the pods of a workload on a port, as one call of a phase makes them. */
interface AccessPair {
  readonly key: string;
  readonly call: MeshCall;
  readonly destination: CallDestination;
}

/** What make-before-break of authorization asks of a phase: its policies, its pods, and who calls which pods. */
interface AccessState {
  readonly name: string;
  readonly security: SecurityIndex;
  readonly pods: Map<string, PodTemplate>;
  readonly pairs: Map<string, AccessPair>;
}

function workloadKey(pod: PodTemplate): string {
  return `${pod.owner.kind}/${pod.namespace}/${pod.owner.metadata.name}`;
}

function accessState(phase: AnalyzedPhase): AccessState {
  const index = new MeshIndex(phase.objects);
  const pairs = new Map<string, AccessPair>();
  const pods = new Map<string, PodTemplate>();
  for (const call of new CallIndex(phase.objects, index).calls) {
    for (const destination of call.destinations) {
      const key = `${call.caller.principal ?? ''} ${workloadKey(destination.pod)}:${destination.targetPort}`;
      if (!pairs.has(key)) pairs.set(key, { key, call, destination });
    }
  }
  for (const { manifest } of phase.objects) {
    const labels = podLabelsOf(manifest);
    if (labels === undefined) continue;
    const pod = { namespace: namespaceOf(manifest), labels, owner: manifest };
    pods.set(workloadKey(pod), pod);
  }
  return { name: phase.name, security: new SecurityIndex(phase.objects), pods, pairs };
}

/**
 * Make-before-break of authorization: while a phase is applied, the policies of both phases are in force somewhere,
 * so a caller's requests that one phase starts (a new call, a new identity, a new route) must be allowed by the
 * phase before, and those it stops must still be allowed by the phase after, as long as their workload runs.
 */
function accessFindings(previous: AccessState, next: AccessState): Finding[] {
  const judged = (state: AccessState, pair: AccessPair, pod: PodTemplate) => state.security.decide(pair.call.caller, pod, {
    port: pair.destination.targetPort, methods: pair.call.methods, paths: pair.call.paths,
  });
  const started = [...next.pairs.values()].filter((pair) => !previous.pairs.has(pair.key)).flatMap((pair) => {
    const pod = previous.pods.get(workloadKey(pair.destination.pod));
    const decision = pod && judged(previous, pair, pod);
    if (decision?.access !== Access.DENIED) return [];
    const f = new FindingsOf(pair.destination.route?.sourced ?? pair.call.sourced);
    f.error('transition-allow-late', pair.destination.route?.field ?? pair.call.field, `${pair.call.caller.name} (${pair.call.caller.principal ?? 'no principal'}) starts calling ${pair.destination.pod.owner.metadata.name} on port ${pair.destination.targetPort}, but in phase ${previous.name} ${decision.reason}`, 'allow the caller one phase before it calls (make-before-break)');
    return f.findings;
  });
  const stopped = [...previous.pairs.values()].filter((pair) => !next.pairs.has(pair.key)).flatMap((pair) => {
    const pod = next.pods.get(workloadKey(pair.destination.pod));
    const decision = pod && judged(next, pair, pod);
    if (decision?.access !== Access.DENIED) return [];
    const f = new FindingsOf(pair.destination.route?.sourced ?? pair.call.sourced);
    f.error('transition-allow-removed', pair.destination.route?.field ?? pair.call.field, `${pair.call.caller.name} (${pair.call.caller.principal ?? 'no principal'}) still calls ${pair.destination.pod.owner.metadata.name} on port ${pair.destination.targetPort} here, but in phase ${next.name} ${decision.reason}`, 'keep allowing the caller for a whole phase after the call (or the identity) is gone');
    return f.findings;
  });
  return [...started, ...stopped];
}
