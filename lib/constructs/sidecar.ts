import { Construct } from 'constructs';
import * as istio from '../../imports/networking.istio.io.cjs';
import { IstioApiVersion } from './api-version';
import { IstioObject } from './istio-object';
import { SyncWave } from './sync-wave';

/** What the sidecar does with calls to hosts that are not in the mesh's registry. */
export enum OutboundTrafficPolicy {
  /** Let them through. */
  ALLOW_ANY = 'ALLOW_ANY',
  /** Block them: only Services and ServiceEntries can be reached. */
  REGISTRY_ONLY = 'REGISTRY_ONLY',
}

/** How traffic reaches a listener. */
export enum CaptureMode {
  /** As the environment sets up. */
  DEFAULT = 'DEFAULT',
  /** Redirected with iptables. */
  IPTABLES = 'IPTABLES',
  /** Not captured: the application connects to the bind address itself. */
  NONE = 'NONE',
}

/** A port of a sidecar listener. */
export interface SidecarPort {
  /** Port number. */
  readonly number: number;
  /** Protocol, e.g. `HTTP`. */
  readonly protocol: string;
  /**
   * Port name.
   * @default - the protocol in lower case
   */
  readonly name?: string;
}

/** Outbound traffic the sidecar lets the workload send. */
export interface SidecarEgressListener {
  /**
   * Hosts reachable, as `namespace/dnsName`: `./*` (the own namespace), `istio-system/*`, `*\/api.example.com`.
   */
  readonly hosts: string[];
  /**
   * Port the listener handles.
   * @default - every port of the hosts
   */
  readonly port?: SidecarPort;
  /**
   * Address the listener binds to, e.g. `127.0.0.1`.
   * @default - every address
   */
  readonly bind?: string;
  /**
   * How traffic is captured.
   * @default CaptureMode.DEFAULT
   */
  readonly captureMode?: CaptureMode;
}

/** Inbound traffic the sidecar accepts. */
export interface SidecarIngressListener {
  /** Port the listener receives on. */
  readonly port: SidecarPort;
  /** Where traffic goes: `127.0.0.1:PORT`, `0.0.0.0:PORT` or `unix:///path`. */
  readonly defaultEndpoint: string;
  /**
   * Address the listener binds to.
   * @default - every address
   */
  readonly bind?: string;
  /**
   * How traffic is captured.
   * @default CaptureMode.DEFAULT
   */
  readonly captureMode?: CaptureMode;
}

/**
 * Props for `Sidecar`.
 */
export interface SidecarProps {
  /**
   * Name of the Sidecar.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Labels of the workloads this applies to.
   * @default - every workload of the namespace without a more specific Sidecar
   */
  readonly workloadSelector?: Record<string, string>;
  /**
   * Outbound listeners.
   * @default - every host of the mesh
   */
  readonly egress?: SidecarEgressListener[];
  /**
   * Inbound listeners.
   * @default - every port of the workload
   */
  readonly ingress?: SidecarIngressListener[];
  /**
   * Calls to hosts outside the registry.
   * @default - the mesh-wide setting
   */
  readonly outboundTrafficPolicy?: OutboundTrafficPolicy;
  /**
   * Istio API version of the manifest.
   * @default IstioApiVersion.V1
   */
  readonly apiVersion?: IstioApiVersion;
}

const OUTBOUND: Record<OutboundTrafficPolicy, istio.SidecarSpecOutboundTrafficPolicyMode> = {
  [OutboundTrafficPolicy.ALLOW_ANY]: istio.SidecarSpecOutboundTrafficPolicyMode.ALLOW_UNDERSCORE_ANY,
  [OutboundTrafficPolicy.REGISTRY_ONLY]: istio.SidecarSpecOutboundTrafficPolicyMode.REGISTRY_UNDERSCORE_ONLY,
};

const INGRESS_CAPTURE: Record<CaptureMode, istio.SidecarSpecIngressCaptureMode> = {
  [CaptureMode.DEFAULT]: istio.SidecarSpecIngressCaptureMode.DEFAULT,
  [CaptureMode.IPTABLES]: istio.SidecarSpecIngressCaptureMode.IPTABLES,
  [CaptureMode.NONE]: istio.SidecarSpecIngressCaptureMode.NONE,
};

const EGRESS_CAPTURE: Record<CaptureMode, istio.SidecarSpecEgressCaptureMode> = {
  [CaptureMode.DEFAULT]: istio.SidecarSpecEgressCaptureMode.DEFAULT,
  [CaptureMode.IPTABLES]: istio.SidecarSpecEgressCaptureMode.IPTABLES,
  [CaptureMode.NONE]: istio.SidecarSpecEgressCaptureMode.NONE,
};

/**
 * An Istio Sidecar: limits what a workload's proxy accepts and what it may reach.
 */
export class Sidecar extends IstioObject {
  constructor(scope: Construct, id: string, props: SidecarProps) {
    const port = (sidecarPort: SidecarPort): istio.SidecarSpecIngressPort => ({
      number: sidecarPort.number,
      protocol: sidecarPort.protocol,
      name: sidecarPort.name ?? sidecarPort.protocol.toLowerCase(),
    });
    super(scope, id, {
      name: props.name,
      apiVersion: props.apiVersion,
      resource: {
        kind: 'Sidecar',
        spec: {
          workloadSelector: props.workloadSelector && { labels: { ...props.workloadSelector } },
          ingress: props.ingress?.map((listener) => ({
            port: port(listener.port),
            defaultEndpoint: listener.defaultEndpoint,
            bind: listener.bind,
            captureMode: listener.captureMode && INGRESS_CAPTURE[listener.captureMode],
          })),
          egress: props.egress?.map((listener) => ({
            hosts: [...listener.hosts],
            port: listener.port && port(listener.port),
            bind: listener.bind,
            captureMode: listener.captureMode && EGRESS_CAPTURE[listener.captureMode],
          })),
          outboundTrafficPolicy: props.outboundTrafficPolicy && { mode: OUTBOUND[props.outboundTrafficPolicy] },
        },
      },
      syncWave: SyncWave.ROUTE_TARGETS,
    });
  }
}
