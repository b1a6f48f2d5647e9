import { Construct } from 'constructs';
import { SecurityApiVersion } from './api-version';
import { IstioObject } from './istio-object';
import { PolicyTarget, _selectorProp } from './authorization-policy';
import { SyncWave } from './sync-wave';

/** The tokens of one issuer that a workload accepts. */
export interface JwtRule {
  /** The issuer, the token's `iss` claim, e.g. `https://accounts.example.com`. */
  readonly issuer: string;
  /**
   * URL of the issuer's JSON Web Key Set.
   * @default - discovered from the issuer's OpenID configuration
   */
  readonly jwksUri?: string;
  /**
   * The JSON Web Key Set itself, inline, for an issuer whose keys are not served (give it or `jwksUri`).
   * @default - none
   */
  readonly jwks?: string;
  /**
   * The audiences (`aud`) accepted.
   * @default - any
   */
  readonly audiences?: string[];
  /**
   * Headers the token is read from, with the prefix before it, e.g. `{ name: 'x-jwt' }`.
   * @default - the `Authorization: Bearer` header
   */
  readonly fromHeaders?: Array<{ readonly name: string; readonly prefix?: string }>;
  /**
   * Query parameters the token is read from, e.g. `['access_token']`.
   * @default - none
   */
  readonly fromParams?: string[];
  /**
   * Whether the token is forwarded to the application.
   * @default false
   */
  readonly forwardOriginalToken?: boolean;
  /**
   * Header the token's payload is copied to, for the application.
   * @default - none
   */
  readonly outputPayloadToHeader?: string;
}

/** Props for `RequestAuthentication`. */
export interface RequestAuthenticationProps {
  /**
   * Name of the object.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Labels of the workloads whose sidecars check tokens.
   * @default - every workload of the namespace, unless `targets` is given
   */
  readonly selector?: Record<string, string>;
  /**
   * Gateways, Services or waypoints that check tokens, instead of sidecars.
   * @default - none
   */
  readonly targets?: PolicyTarget[];
  /** The issuers whose tokens are accepted. */
  readonly jwtRules: JwtRule[];
  /**
   * API version of the manifest.
   * @default SecurityApiVersion.V1
   */
  readonly apiVersion?: SecurityApiVersion;
}

/**
 * An Istio RequestAuthentication: the JWTs a workload accepts. It only rejects invalid tokens; an
 * AuthorizationPolicy on `requestPrincipals` is what rejects requests without one (the analysis checks there is one).
 */
export class RequestAuthentication extends IstioObject {
  constructor(scope: Construct, id: string, props: RequestAuthenticationProps) {
    super(scope, id, {
      name: props.name,
      securityApiVersion: props.apiVersion,
      resource: {
        kind: 'RequestAuthentication',
        spec: {
          selector: props.selector && { matchLabels: { ...props.selector } },
          targetRefs: props.targets?.map((target) => target._toJson()),
          jwtRules: props.jwtRules.map((rule) => ({
            issuer: rule.issuer,
            jwksUri: rule.jwksUri,
            jwks: rule.jwks,
            audiences: rule.audiences && [...rule.audiences],
            fromHeaders: rule.fromHeaders?.map((header) => ({ ...header })),
            fromParams: rule.fromParams && [...rule.fromParams],
            forwardOriginalToken: rule.forwardOriginalToken,
            outputPayloadToHeader: rule.outputPayloadToHeader,
          })),
        },
      },
      syncWave: SyncWave.POLICIES,
      propOf: _selectorProp,
    });
  }
}
