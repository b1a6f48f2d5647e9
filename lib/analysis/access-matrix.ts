import { Manifest, SourcedManifest, namespaceOf, podLabelsOf } from '../manifest/manifest';
import {
  Access, CallIndex, Caller, EgressReach, MtlsMode, OUTSIDE_CALLER, SecurityIndex, egressReach, gatewayCaller, isSelectingService,
  servicePorts, workloadCaller,
} from './access';
import { MeshIndex, PodTemplate } from './mesh-index';

/** A caller of the matrix: a workload, a gateway, or a plaintext client outside the mesh. */
export interface AccessCaller {
  /** Its name: the workload, the gateway's service account, `outside the mesh`. */
  readonly name: string;
  /**
   * Its principal.
   * @default - none: a plaintext caller outside the mesh
   */
  readonly principal?: string;
}

/** A Service port of the matrix. */
export interface AccessService {
  /** Name of the Service. */
  readonly name: string;
  /** Namespace of the Service. */
  readonly namespace: string;
  /** Its host, fully qualified. */
  readonly host: string;
  /** The Service port. */
  readonly port: number;
  /** The mTLS mode its workloads accept on the target port (the strictest of them when they differ). */
  readonly mtls: MtlsMode;
}

/** Whether a caller may call a Service port: over all the workloads behind it. */
export interface AccessCell {
  /** Name of the caller. */
  readonly caller: string;
  /** Host of the Service. */
  readonly host: string;
  /** The Service port. */
  readonly port: number;
  /** Allowed by every workload behind the Service, by some or partly, or by none. */
  readonly access: Access;
}

/** A call the manifests declare or a gateway route makes, and whether the workloads receiving it allow it. */
export interface AccessCall {
  /** Name of the caller. */
  readonly caller: string;
  /** Host of the Service called. */
  readonly host: string;
  /** The Service port. */
  readonly port: number;
  /** The environment variable, `calls`, or `gateway <namespace>/<name>`. */
  readonly via: string;
  /** Over the workloads its requests go to. */
  readonly access: Access;
  /** The workloads that deny it, with why; empty when none does. */
  readonly deniedBy: string[];
}

/** Egress of one workload. */
export interface AccessEgress extends EgressReach {
  /** Name of the workload. */
  readonly caller: string;
}

/** Who can call whom in a mesh, computed from its manifests. */
export interface AccessMatrix {
  /** Whether the manifests hold any AuthorizationPolicy or PeerAuthentication: without, everything is allowed. */
  readonly enforced: boolean;
  /** The callers: every workload, every known gateway identity, and a plaintext client outside the mesh. */
  readonly callers: AccessCaller[];
  /** The Service ports. */
  readonly services: AccessService[];
  /** One cell per caller and Service port. */
  readonly cells: AccessCell[];
  /** The calls made, with their access. */
  readonly calls: AccessCall[];
  /** What every workload may reach outside the mesh. */
  readonly egress: AccessEgress[];
}

/** The strictest of several answers: denied by all is denied, allowed by all is allowed, anything else is partly. */
export function combineAccess(values: Access[]): Access {
  if (values.length === 0) return Access.DENIED;
  if (values.every((value) => value === Access.ALLOWED)) return Access.ALLOWED;
  if (values.every((value) => value === Access.DENIED)) return Access.DENIED;
  return Access.PARTLY;
}

/** The callers of a mesh: its workloads, then the identities of its gateways, then plaintext callers outside it. */
export function callersOf(objects: SourcedManifest[]): Caller[] {
  const workloads = objects.filter(({ manifest }) => podLabelsOf(manifest) !== undefined).map(workloadCaller);
  const gateways = new Map<string, Caller>();
  for (const { manifest } of objects) {
    const caller = manifest.kind === 'Gateway' && manifest.apiVersion.startsWith('networking.istio.io/') ? gatewayCaller(manifest) : undefined;
    if (caller?.principal) gateways.set(caller.principal, caller);
  }
  return [...workloads, ...gateways.values(), OUTSIDE_CALLER];
}

/**
 * Who can call whom: for every caller and Service port, whether the workloads behind it allow the caller, as their
 * sidecars decide from the PeerAuthentications and AuthorizationPolicies; the calls that workloads declare and that
 * gateway routes make, each with its access; and what each workload may reach outside the mesh.
 */
export function accessMatrix(manifests: Manifest[]): AccessMatrix {
  const objects = manifests.map((manifest, at) => ({ manifest, source: `#${at}` }));
  const index = new MeshIndex(objects);
  const security = new SecurityIndex(objects);
  const callers = callersOf(objects);
  const services = objects.filter(({ manifest }) => isSelectingService(manifest)).flatMap(({ manifest }) => {
    const namespace = namespaceOf(manifest);
    const host = `${manifest.metadata.name}.${namespace}.svc.cluster.local`;
    const pods = index.podsSelectedBy(namespace, manifest.spec.selector);
    return servicePorts(manifest).map((port) => ({ name: manifest.metadata.name ?? '', namespace, host, port: port.port, targetPort: port.targetPort, pods }));
  });
  const decide = (caller: Caller, pods: PodTemplate[], port: number, request: { methods?: string[]; paths?: string[] } = {}) =>
    pods.map((pod) => ({ pod, decision: security.decide(caller, pod, { port, ...request }) }));
  return {
    enforced: security.enforces,
    callers: callers.map(({ name, principal }) => (principal === undefined ? { name } : { name, principal })),
    services: services.map(({ name, namespace, host, port, targetPort, pods }) => ({
      name, namespace, host, port, mtls: strictest(pods.map((pod) => security.mtlsOf(pod, targetPort))),
    })),
    cells: callers.flatMap((caller) => services.map((service) => ({
      caller: caller.name,
      host: service.host,
      port: service.port,
      access: service.pods.length === 0 ? Access.DENIED : combineAccess(decide(caller, service.pods, service.targetPort).map(({ decision }) => decision.access)),
    }))),
    calls: callAccess(objects, index, security),
    egress: objects.filter(({ manifest }) => podLabelsOf(manifest) !== undefined)
      .map(({ manifest }) => ({ caller: manifest.metadata.name ?? '', ...egressReach(manifest, manifests) })),
  };
}

/** Every call that the workloads declare or the gateways route, with whether the workloads receiving it allow it. */
export function callAccess(objects: SourcedManifest[], index = new MeshIndex(objects), security = new SecurityIndex(objects)): AccessCall[] {
  return new CallIndex(objects, index).calls.map((call) => {
    const decisions = call.destinations.map((destination) => ({
      pod: destination.pod, decision: security.decide(call.caller, destination.pod, { port: destination.targetPort, methods: call.methods, paths: call.paths }),
    }));
    return {
      caller: call.caller.name,
      host: call.host,
      port: call.port,
      via: call.via,
      access: combineAccess(decisions.map(({ decision }) => decision.access)),
      deniedBy: [...new Set(decisions.filter(({ decision }) => decision.access === Access.DENIED).map(({ pod, decision }) => `${pod.owner.metadata.name}: ${decision.reason}`))],
    };
  });
}

const MTLS_ORDER = [MtlsMode.STRICT, MtlsMode.PERMISSIVE, MtlsMode.DISABLE];

function strictest(modes: MtlsMode[]): MtlsMode {
  return MTLS_ORDER.find((mode) => modes.includes(mode)) ?? MtlsMode.PERMISSIVE;
}

/** The Service ports a caller may call, fully or partly: `host:port`. */
export function allowedTargets(matrix: AccessMatrix, caller: string): string[] {
  return matrix.cells.filter((cell) => cell.caller === caller && cell.access !== Access.DENIED).map((cell) => `${cell.host}:${cell.port}`);
}
