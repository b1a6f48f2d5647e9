import { ApiObject, Chart, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import * as istio from '../../imports/networking.istio.io.cjs';
import * as security from '../../imports/security.istio.io.cjs';
import { IstioApiVersion, SecurityApiVersion, _istioClasses, _securityClasses } from './api-version';
import { MeshAnalysis, PropOf, _specProp } from './mesh-analysis';
import { SyncWave, _setSyncWave } from './sync-wave';

/** The spec of one kind of Istio object, typed by the generated classes. */
export type IstioResource =
  | { readonly kind: 'Gateway'; readonly spec: istio.GatewaySpec }
  | { readonly kind: 'VirtualService'; readonly spec: istio.VirtualServiceSpec }
  | { readonly kind: 'DestinationRule'; readonly spec: istio.DestinationRuleSpec }
  | { readonly kind: 'ServiceEntry'; readonly spec: istio.ServiceEntrySpec }
  | { readonly kind: 'Sidecar'; readonly spec: istio.SidecarSpec }
  | SecurityResource;

/** The spec of one kind of `security.istio.io` object, typed by the generated classes. */
export type SecurityResource =
  | { readonly kind: 'PeerAuthentication'; readonly spec: security.PeerAuthenticationSpec }
  | { readonly kind: 'AuthorizationPolicy'; readonly spec: security.AuthorizationPolicySpec }
  | { readonly kind: 'RequestAuthentication'; readonly spec: security.RequestAuthenticationSpec };

const SECURITY_KINDS: ReadonlySet<string> = new Set(['PeerAuthentication', 'AuthorizationPolicy', 'RequestAuthentication']);

/** What every Istio construct of this library is made of. */
export interface IstioObjectOptions {
  /**
   * Name of the object.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Istio API version of the manifest.
   * @default IstioApiVersion.V1
   */
  readonly apiVersion?: IstioApiVersion;
  /**
   * API version of a `security.istio.io` object.
   * @default SecurityApiVersion.V1
   */
  readonly securityApiVersion?: SecurityApiVersion;
  /** The object's kind and spec. */
  readonly resource: IstioResource;
  /** Its Argo CD sync wave. */
  readonly syncWave: SyncWave;
  /**
   * The prop of the construct behind a field of the object, for reporting findings.
   * @default - the field without `spec.`
   */
  readonly propOf?: PropOf;
}

/**
 * The base of the Istio constructs of this library: one generated L1 object, the child `Resource`, whose
 * findings the construct reports under its own path.
 */
export abstract class IstioObject extends Construct {
  /** Name of the object. */
  public readonly name: string;
  /** Namespace of the object: the chart's, or none when the chart has none. */
  public readonly namespace: string | undefined;
  /** The `networking.istio.io` API version it is written in (`V1` for a `security.istio.io` object: see its props). */
  public readonly apiVersion: IstioApiVersion;
  /** The generated L1 object. */
  public readonly apiObject: ApiObject;

  protected constructor(scope: Construct, id: string, options: IstioObjectOptions) {
    super(scope, id);
    this.apiVersion = options.apiVersion ?? IstioApiVersion.V1;
    const classes = SECURITY_KINDS.has(options.resource.kind) ? _securityClasses(options.securityApiVersion) : _istioClasses(this.apiVersion);
    const metadata = options.name === undefined ? {} : { name: options.name };
    // Every generated class takes `{ metadata, spec }`; the union above keeps each kind with its own spec type.
    const create = PATCHED_CLASSES.get((classes as unknown as Record<string, unknown>)[options.resource.kind]) as GeneratedClass;
    this.apiObject = new create(this, 'Resource', { metadata, spec: options.resource.spec });
    this.name = this.apiObject.name;
    this.namespace = Chart.of(this).namespace;
    _setSyncWave(this.apiObject, options.syncWave);
    MeshAnalysis.of(this)._own(this.apiObject, this, options.propOf ?? _specProp);
  }
}

type GeneratedClass = new (scope: Construct, id: string, props: { metadata: object; spec: unknown }) => ApiObject;

/**
 * Every generated class of the kinds above, in every API version, as `patchedAsWritten` makes it: made once, since
 * a class made for every object costs the objects' construction and rendering about a fifth more.
 */
const PATCHED_CLASSES: ReadonlyMap<unknown, GeneratedClass> = new Map([
  ...Object.values(IstioApiVersion).map((version) => _istioClasses(version)),
  ...Object.values(SecurityApiVersion).map((version) => _securityClasses(version)),
].flatMap((classes) => Object.values(classes).map((generated) => [generated, patchedAsWritten(generated as GeneratedClass)] as const)));

/**
 * The generated class, with JSON patches applied to the manifest it writes rather than to its props: the generated
 * `toJson_*` would rename the fields a patch names (`mirrorPercent` to `mirror_percent`) and drop those it does not
 * know, so that a patch would not say what it writes.
 */
function patchedAsWritten(generated: GeneratedClass): GeneratedClass {
  return class extends generated {
    private readonly writtenPatches: JsonPatch[] = [];

    public addJsonPatch(...ops: JsonPatch[]): void {
      this.writtenPatches.push(...ops);
    }

    public toJson(): unknown {
      const written = super.toJson();
      return this.writtenPatches.length === 0 ? written : JsonPatch.apply(written, ...this.writtenPatches);
    }
  };
}
