import { Construct } from 'constructs';
import * as security from '../../imports/security.istio.io.cjs';
import { SecurityApiVersion } from './api-version';
import { IstioObject } from './istio-object';
import { _specProp } from './mesh-analysis';
import { SyncWave } from './sync-wave';

/** Which connections a workload accepts. */
export enum PeerAuthenticationMode {
  /** Inherit from the namespace, or from the mesh. */
  UNSET = 'UNSET',
  /** Plaintext only. */
  DISABLE = 'DISABLE',
  /** Mutual TLS and plaintext: what a mesh starts with, so that workloads without a sidecar still connect. */
  PERMISSIVE = 'PERMISSIVE',
  /** Mutual TLS only: every caller has a verified identity. */
  STRICT = 'STRICT',
}

/** Props for `PeerAuthentication`. */
export interface PeerAuthenticationProps {
  /**
   * Name of the object. A namespace-wide or mesh-wide PeerAuthentication is conventionally `default`.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Labels of the workloads it applies to. Without, it applies to the namespace, or to the whole mesh in the root
   * namespace (`istio-system`).
   * @default - every workload of the namespace
   */
  readonly selector?: Record<string, string>;
  /**
   * The mode of every port.
   * @default PeerAuthenticationMode.STRICT
   */
  readonly mode?: PeerAuthenticationMode;
  /**
   * Modes of single workload ports (the container port, not the Service port); needs `selector`.
   * @default - none
   */
  readonly portLevel?: Record<number, PeerAuthenticationMode>;
  /**
   * API version of the manifest.
   * @default SecurityApiVersion.V1
   */
  readonly apiVersion?: SecurityApiVersion;
}

/**
 * An Istio PeerAuthentication: whether workloads accept plaintext, mutual TLS, or both, for the mesh (in the root
 * namespace), a namespace or the workloads of a selector, and per port.
 */
export class PeerAuthentication extends IstioObject {
  /** The mode of every port. */
  public readonly mode: PeerAuthenticationMode;

  constructor(scope: Construct, id: string, props: PeerAuthenticationProps = {}) {
    const mode = props.mode ?? PeerAuthenticationMode.STRICT;
    const portLevel = props.portLevel && Object.fromEntries(Object.entries(props.portLevel)
      .map(([port, portMode]): [string, security.PeerAuthenticationSpecPortLevelMtls] => [port, { mode: portMode as unknown as security.PeerAuthenticationSpecPortLevelMtlsMode }]));
    super(scope, id, {
      name: props.name,
      securityApiVersion: props.apiVersion,
      resource: {
        kind: 'PeerAuthentication',
        spec: {
          selector: props.selector && { matchLabels: { ...props.selector } },
          mtls: { mode: mode as unknown as security.PeerAuthenticationSpecMtlsMode },
          portLevelMtls: portLevel,
        },
      },
      syncWave: SyncWave.POLICIES,
      propOf: peerProp,
    });
    this.mode = mode;
  }
}

function peerProp(field: string): string {
  if (field === 'metadata.name') return 'name';
  if (field.startsWith('spec.selector')) return _specProp(field);
  if (field === 'spec.portLevelMtls') return 'portLevel';
  if (field.startsWith('spec.portLevelMtls')) return field.replace(/^spec\.portLevelMtls\.(\d+).*$/, 'portLevel[$1]');
  if (field.startsWith('spec.mtls')) return 'mode';
  return field;
}
