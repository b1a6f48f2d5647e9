import { SourcedManifest, isCore, namespaceOf } from '../manifest/manifest';
import { principalOf } from '../manifest/security';
import { CallIndex } from './access';
import { MeshIndex, getOrCreate } from './mesh-index';

/** One rule of a least-privilege policy: the callers' principals, and the workload port, methods and paths they call. */
export interface LeastPrivilegeRule {
  /** The callers' principals, sorted. */
  readonly principals: string[];
  /** The workload port. */
  readonly port: number;
  /**
   * The methods the calls use.
   * @default - any
   */
  readonly methods?: string[];
  /**
   * The paths the calls request.
   * @default - any
   */
  readonly paths?: string[];
}

/** The ALLOW policy of one Service's workloads: its name, the selector of the Service, and the rules. */
export interface LeastPrivilegePolicy {
  /** Name of the Service. */
  readonly name: string;
  /** The Service's selector: every version of its workloads. */
  readonly selector: Record<string, string>;
  /** One rule per workload port (and methods and paths). */
  readonly rules: LeastPrivilegeRule[];
}

/**
 * The ALLOW policies that let exactly the calls of the objects through to the Services of `namespace`: for every
 * Service called, one rule per workload port (and methods and paths) naming the principals of its callers, from the
 * workloads' declared calls and the gateways' routes. Ordered by Service name, rules by port, principals sorted.
 */
export function leastPrivilegePolicies(objects: SourcedManifest[], namespace: string, trustDomain?: string): LeastPrivilegePolicy[] {
  const index = new MeshIndex(objects);
  const byService = new Map<string, Map<string, { rule: Omit<LeastPrivilegeRule, 'principals'>; principals: Set<string> }>>();
  for (const call of new CallIndex(objects, index).calls) {
    const { caller } = call;
    if (caller.namespace === undefined || caller.serviceAccount === undefined) continue;
    const principal = principalOf(caller.namespace, caller.serviceAccount, trustDomain);
    for (const destination of call.destinations) {
      if (destination.pod.namespace !== namespace) continue;
      const rules = getOrCreate(byService, destination.host, () => new Map());
      const key = JSON.stringify([destination.targetPort, call.methods, call.paths]);
      const rule = { port: destination.targetPort, ...(call.methods && { methods: [...call.methods] }), ...(call.paths && { paths: [...call.paths] }) };
      getOrCreate(rules, key, () => ({ rule, principals: new Set<string>() })).principals.add(principal);
    }
  }
  return [...byService.entries()].flatMap(([host, rules]) => {
    const service = index.services.get(host);
    if (!service || !isCore(service, 'Service') || namespaceOf(service) !== namespace) return [];
    return [{
      name: service.metadata.name ?? '',
      selector: { ...service.spec.selector },
      rules: [...rules.values()].map(({ rule, principals }) => ({ principals: [...principals].sort(), ...rule }))
        .sort((a, b) => a.port - b.port || JSON.stringify(a).localeCompare(JSON.stringify(b))),
    }];
  }).sort((a, b) => a.name.localeCompare(b.name));
}
