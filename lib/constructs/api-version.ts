import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import * as istio from '../../imports/networking.istio.io.cjs';
import * as security from '../../imports/security.istio.io.cjs';

/**
 * The version of the `networking.istio.io` API that Istio objects are written in.
 */
export enum IstioApiVersion {
  /** `networking.istio.io/v1`: the stable API, served by Istio 1.22 and later. */
  V1 = 'v1',
  /** `networking.istio.io/v1beta1`: served by every supported Istio release. */
  V1BETA1 = 'v1beta1',
  /** `networking.istio.io/v1alpha3`: the oldest API, still served for compatibility. */
  V1ALPHA3 = 'v1alpha3',
}

type IstioClass<Props> = new (scope: Construct, id: string, props: Props) => ApiObject;

/**
 * The generated classes of every version take the same JSON, but each version has its own nominal
 * enum types; the v1 types stand for all three.
 */
function sameProps<Props>(l1: unknown): IstioClass<Props> {
  return l1 as IstioClass<Props>;
}

interface IstioClasses {
  readonly Gateway: IstioClass<istio.GatewayProps>;
  readonly VirtualService: IstioClass<istio.VirtualServiceProps>;
  readonly DestinationRule: IstioClass<istio.DestinationRuleProps>;
  readonly ServiceEntry: IstioClass<istio.ServiceEntryProps>;
  readonly Sidecar: IstioClass<istio.SidecarProps>;
}

const CLASSES: Record<IstioApiVersion, IstioClasses> = {
  [IstioApiVersion.V1]: {
    Gateway: istio.Gateway,
    VirtualService: istio.VirtualService,
    DestinationRule: istio.DestinationRule,
    ServiceEntry: istio.ServiceEntry,
    Sidecar: istio.Sidecar,
  },
  [IstioApiVersion.V1BETA1]: {
    Gateway: sameProps<istio.GatewayProps>(istio.GatewayV1Beta1),
    VirtualService: sameProps<istio.VirtualServiceProps>(istio.VirtualServiceV1Beta1),
    DestinationRule: sameProps<istio.DestinationRuleProps>(istio.DestinationRuleV1Beta1),
    ServiceEntry: sameProps<istio.ServiceEntryProps>(istio.ServiceEntryV1Beta1),
    Sidecar: sameProps<istio.SidecarProps>(istio.SidecarV1Beta1),
  },
  [IstioApiVersion.V1ALPHA3]: {
    Gateway: sameProps<istio.GatewayProps>(istio.GatewayV1Alpha3),
    VirtualService: sameProps<istio.VirtualServiceProps>(istio.VirtualServiceV1Alpha3),
    DestinationRule: sameProps<istio.DestinationRuleProps>(istio.DestinationRuleV1Alpha3),
    ServiceEntry: sameProps<istio.ServiceEntryProps>(istio.ServiceEntryV1Alpha3),
    Sidecar: sameProps<istio.SidecarProps>(istio.SidecarV1Alpha3),
  },
};

/**
 * The generated Istio classes of one API version.
 * @internal
 */
export function _istioClasses(version: IstioApiVersion = IstioApiVersion.V1): IstioClasses {
  return CLASSES[version];
}

/**
 * The version of the `security.istio.io` API that PeerAuthentications, AuthorizationPolicies and
 * RequestAuthentications are written in.
 */
export enum SecurityApiVersion {
  /** `security.istio.io/v1`: the stable API, served by Istio 1.22 and later. */
  V1 = 'v1',
  /** `security.istio.io/v1beta1`: served by every supported Istio release. */
  V1BETA1 = 'v1beta1',
}

interface SecurityClasses {
  readonly PeerAuthentication: IstioClass<security.PeerAuthenticationProps>;
  readonly AuthorizationPolicy: IstioClass<security.AuthorizationPolicyProps>;
  readonly RequestAuthentication: IstioClass<security.RequestAuthenticationProps>;
}

const SECURITY_CLASSES: Record<SecurityApiVersion, SecurityClasses> = {
  [SecurityApiVersion.V1]: {
    PeerAuthentication: security.PeerAuthentication,
    AuthorizationPolicy: security.AuthorizationPolicy,
    RequestAuthentication: security.RequestAuthentication,
  },
  [SecurityApiVersion.V1BETA1]: {
    PeerAuthentication: sameProps<security.PeerAuthenticationProps>(security.PeerAuthenticationV1Beta1),
    AuthorizationPolicy: sameProps<security.AuthorizationPolicyProps>(security.AuthorizationPolicyV1Beta1),
    RequestAuthentication: sameProps<security.RequestAuthenticationProps>(security.RequestAuthenticationV1Beta1),
  },
};

/**
 * The generated security.istio.io classes of one API version.
 * @internal
 */
export function _securityClasses(version: SecurityApiVersion = SecurityApiVersion.V1): SecurityClasses {
  return SECURITY_CLASSES[version];
}
