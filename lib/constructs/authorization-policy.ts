import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import * as security from '../../imports/security.istio.io.cjs';
import { principalOf } from '../manifest/security';
import { SecurityApiVersion } from './api-version';
import { IstioObject } from './istio-object';
import { MeshAnalysis, _specProp } from './mesh-analysis';
import { SyncWave } from './sync-wave';

/** What a policy does with the requests its rules match. */
export enum AuthorizationAction {
  /** Allows them; once any ALLOW policy applies to a workload, requests that no ALLOW rule matches are denied. */
  ALLOW = 'ALLOW',
  /** Denies them, before any ALLOW policy is looked at. */
  DENY = 'DENY',
  /** Logs them, deciding nothing. */
  AUDIT = 'AUDIT',
  /** Lets the extension provider of the mesh config decide. */
  CUSTOM = 'CUSTOM',
}

/** The identity of a caller, as a principal of AuthorizationPolicy rules. */
export class Principal {
  /** The principal of a service account: `<trust domain>/ns/<namespace>/sa/<name>`. */
  public static serviceAccount(namespace: string, name: string, trustDomain?: string): string {
    return principalOf(namespace, name, trustDomain);
  }

  /** The ingress gateway of a default Istio installation (`istio-system/istio-ingressgateway-service-account`). */
  public static ingressGateway(trustDomain?: string): string {
    return principalOf('istio-system', 'istio-ingressgateway-service-account', trustDomain);
  }

  private constructor() {}
}

/** What a policy is attached to instead of sidecars: a Gateway, a Service (its waypoint), a ServiceEntry. */
export class PolicyTarget {
  /** A Gateway API Gateway: an ingress gateway, or a waypoint. */
  public static gateway(name: string): PolicyTarget {
    return new PolicyTarget('gateway.networking.k8s.io', 'Gateway', name);
  }

  /** A Service, whose waypoint enforces the policy in ambient mode. */
  public static service(name: string): PolicyTarget {
    return new PolicyTarget('', 'Service', name);
  }

  /** A ServiceEntry, whose waypoint enforces the policy in ambient mode. */
  public static serviceEntry(name: string): PolicyTarget {
    return new PolicyTarget('networking.istio.io', 'ServiceEntry', name);
  }

  private constructor(public readonly group: string, public readonly kind: string, public readonly name: string) {}

  /** @internal */
  public _toJson(): security.AuthorizationPolicySpecTargetRefs {
    return { group: this.group, kind: this.kind, name: this.name };
  }
}

/** Who sends a request; every field given must hold. */
export interface AuthorizationSource {
  /** Peer identities (needs STRICT mTLS), e.g. `Principal.serviceAccount('default', 'helloweb')`. @default - any */
  readonly principals?: string[];
  /** Peer identities that do not match. @default - none */
  readonly notPrincipals?: string[];
  /** Namespaces of the peer identity. @default - any */
  readonly namespaces?: string[];
  /** Namespaces that do not match. @default - none */
  readonly notNamespaces?: string[];
  /** Peer IP blocks, e.g. `10.0.0.0/16`. @default - any */
  readonly ipBlocks?: string[];
  /** Peer IP blocks that do not match. @default - none */
  readonly notIpBlocks?: string[];
  /** Client IP blocks from X-Forwarded-For. @default - any */
  readonly remoteIpBlocks?: string[];
  /** Client IP blocks that do not match. @default - none */
  readonly notRemoteIpBlocks?: string[];
  /** JWT identities `<iss>/<sub>` (needs a RequestAuthentication); `*` for any valid token. @default - any */
  readonly requestPrincipals?: string[];
  /** JWT identities that do not match. @default - none */
  readonly notRequestPrincipals?: string[];
}

/** What a request asks for; every field given must hold. */
export interface AuthorizationOperation {
  /** Workload ports (the container port, not the Service port). @default - any */
  readonly ports?: number[];
  /** Ports that do not match. @default - none */
  readonly notPorts?: number[];
  /** HTTP methods. @default - any */
  readonly methods?: string[];
  /** Methods that do not match. @default - none */
  readonly notMethods?: string[];
  /** Paths, exact or with a `*` prefix or suffix. @default - any */
  readonly paths?: string[];
  /** Paths that do not match. @default - none */
  readonly notPaths?: string[];
  /** Host headers. @default - any */
  readonly hosts?: string[];
  /** Host headers that do not match. @default - none */
  readonly notHosts?: string[];
}

/** A condition on a request attribute, e.g. `{ key: 'request.headers[x-version]', values: ['v2'] }`. */
export interface AuthorizationCondition {
  /** The attribute. */
  readonly key: string;
  /** Values that match. @default - any */
  readonly values?: string[];
  /** Values that do not match. @default - none */
  readonly notValues?: string[];
}

/** One rule: it matches when any source, any operation and every condition match. */
export interface AuthorizationRule {
  /** Sources, any of which must match. @default - any source */
  readonly from?: AuthorizationSource[];
  /** Operations, any of which must match. @default - any operation */
  readonly to?: AuthorizationOperation[];
  /** Conditions, all of which must match. @default - none */
  readonly when?: AuthorizationCondition[];
}

/** Props for `AuthorizationPolicy`. */
export interface AuthorizationPolicyProps {
  /**
   * Name of the object.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * What the policy does with the requests its rules match.
   * @default AuthorizationAction.ALLOW
   */
  readonly action?: AuthorizationAction;
  /**
   * Labels of the workloads whose sidecars enforce it. Without it and `targets`, it applies to the namespace, or to
   * the mesh in the root namespace.
   * @default - every workload of the namespace
   */
  readonly selector?: Record<string, string>;
  /**
   * Gateways, Services or ServiceEntries that enforce it instead of sidecars (ingress gateways, waypoints).
   * @default - none
   */
  readonly targets?: PolicyTarget[];
  /**
   * The rules. An ALLOW policy without rules denies every request: set `denyAllIntended` when that is the point.
   * @default - none
   */
  readonly rules?: AuthorizationRule[];
  /**
   * Extension provider of a CUSTOM policy, as the mesh config names it.
   * @default - none
   */
  readonly provider?: string;
  /**
   * Whether an ALLOW policy without rules is meant to deny everything (a default-deny).
   * @default false
   */
  readonly denyAllIntended?: boolean;
  /**
   * API version of the manifest.
   * @default SecurityApiVersion.V1
   */
  readonly apiVersion?: SecurityApiVersion;
}

/** The analysis code of an ALLOW policy without rules. */
const ALLOW_NOTHING_FINDING = 'authz-allow-nothing';

/**
 * An Istio AuthorizationPolicy: which requests the workloads of a selector (or a gateway or waypoint) allow or deny.
 * Rules are typed; ports are numbers; principals come from `Principal`.
 */
export class AuthorizationPolicy extends IstioObject {
  /**
   * The default-deny of a namespace (or of the mesh, in the root namespace): an ALLOW policy that matches nothing,
   * so that only what other ALLOW policies allow gets through.
   */
  public static allowNothing(scope: Construct, id: string, name = 'allow-nothing'): AuthorizationPolicy {
    return new AuthorizationPolicy(scope, id, { name, denyAllIntended: true });
  }

  /** What the policy does. */
  public readonly action: AuthorizationAction;

  constructor(scope: Construct, id: string, props: AuthorizationPolicyProps = {}) {
    const action = props.action ?? AuthorizationAction.ALLOW;
    super(scope, id, {
      name: props.name,
      securityApiVersion: props.apiVersion,
      resource: {
        kind: 'AuthorizationPolicy',
        spec: {
          action: action as unknown as security.AuthorizationPolicySpecAction,
          selector: props.selector && { matchLabels: { ...props.selector } },
          targetRefs: props.targets?.map((target) => target._toJson()),
          provider: props.provider === undefined ? undefined : { name: props.provider },
          rules: props.rules?.map(toRule),
        },
      },
      syncWave: SyncWave.POLICIES,
      propOf: _selectorProp,
    });
    this.action = action;
    if (props.denyAllIntended) MeshAnalysis._intend(ApiObject.of(this), ALLOW_NOTHING_FINDING);
  }
}

function toRule(rule: AuthorizationRule): security.AuthorizationPolicySpecRules {
  return {
    from: rule.from?.map((source) => ({ source: { ...source } })),
    to: rule.to?.map((operation) => ({
      operation: {
        ...operation,
        ports: operation.ports?.map(String),
        notPorts: operation.notPorts?.map(String),
      },
    })),
    when: rule.when?.map((condition) => ({ ...condition })),
  };
}

/**
 * The prop behind a field of a security object: `spec.rules[0].from[0].source.principals[1]` is
 * `rules[0].from[0].principals[1]`, `spec.targetRefs` is `targets`, `spec.selector.matchLabels.app` is `selector.app`.
 * @internal
 */
export function _selectorProp(field: string): string {
  if (field === 'metadata.name') return 'name';
  if (field.startsWith('spec.selector')) return _specProp(field);
  return field.replace(/^spec\./, '').replace(/^targetRefs/, 'targets').replace(/\.source\./, '.').replace(/\.operation\./, '.').replace(/^provider\.name$/, 'provider')
    .replace(/^jwtRules\[(\d+)\]\.jwks_uri$/, 'jwtRules[$1].jwksUri');
}
