import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import * as istio from '../../imports/networking.istio.io';
import { IstioApiVersion, _istioClasses, _nameMetadata } from './api-version';
import { MeshAnalysis } from './mesh-analysis';
import { SyncWave, _setSyncWave } from './sync-wave';
import { Problem, _isNamespacedHost, _portProblems, _validateWith } from '../values/names';

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

/** Namespaces an egress host may name besides a real one: any (`*`), the own (`.`), none (`~`). */
const SPECIAL_NAMESPACES = ['*', '.', '~'];
const ENDPOINT = /^((127\.0\.0\.1|0\.0\.0\.0|\[::1\]|\[::\]):\d+|unix:\/\/.+)$/;

/**
 * An Istio Sidecar: limits what a workload's proxy accepts and what it may reach.
 */
export class Sidecar extends Construct {
  /** The generated L1 object. */
  public readonly apiObject: ApiObject;

  constructor(scope: Construct, id: string, props: SidecarProps) {
    super(scope, id);
    const port = (sidecarPort: SidecarPort | undefined) => sidecarPort && {
      number: sidecarPort.number,
      protocol: sidecarPort.protocol,
      name: sidecarPort.name ?? sidecarPort.protocol.toLowerCase(),
    };
    const spec: istio.SidecarSpec = {
      workloadSelector: props.workloadSelector && { labels: props.workloadSelector },
      ingress: props.ingress?.map((listener) => ({
        port: port(listener.port)!,
        defaultEndpoint: listener.defaultEndpoint,
        bind: listener.bind,
        captureMode: listener.captureMode && INGRESS_CAPTURE[listener.captureMode],
      })),
      egress: props.egress?.map((listener) => ({
        hosts: listener.hosts,
        port: port(listener.port),
        bind: listener.bind,
        captureMode: listener.captureMode && EGRESS_CAPTURE[listener.captureMode],
      })),
      outboundTrafficPolicy: props.outboundTrafficPolicy && { mode: OUTBOUND[props.outboundTrafficPolicy] },
    };
    this.apiObject = new (_istioClasses(props.apiVersion).Sidecar)(this, 'Resource', { metadata: _nameMetadata(props.name), spec });
    _setSyncWave(this.apiObject, SyncWave.ROUTE_TARGETS);
    MeshAnalysis._register(this.apiObject, () => spec);
    _validateWith(this, () => this.problems(props));
  }

  private problems(props: SidecarProps): Problem[] {
    const problems: Problem[] = [];
    (props.egress ?? []).forEach((listener, index) => {
      if (listener.hosts.length === 0) {
        problems.push({ field: `egress[${index}].hosts`, value: [], message: 'an egress listener needs a host', fix: 'list hosts as namespace/dnsName, e.g. \'./*\'' });
      }
      listener.hosts.forEach((host, hostIndex) => problems.push(...egressHostProblems(host, `egress[${index}].hosts[${hostIndex}]`)));
      problems.push(..._portProblems(`egress[${index}].port.number`, listener.port?.number));
    });
    (props.ingress ?? []).forEach((listener, index) => {
      if (!ENDPOINT.test(listener.defaultEndpoint)) {
        problems.push({ field: `ingress[${index}].defaultEndpoint`, value: listener.defaultEndpoint, message: 'is not a loopback, any-address or unix socket endpoint', fix: 'use 127.0.0.1:PORT, 0.0.0.0:PORT or unix:///path' });
      }
      // A unix socket endpoint takes port 0, which is otherwise no port.
      if (!listener.defaultEndpoint.startsWith('unix://')) problems.push(..._portProblems(`ingress[${index}].port.number`, listener.port.number));
    });
    return problems;
  }
}

function egressHostProblems(host: string, field: string): Problem[] {
  if (_isNamespacedHost(host, SPECIAL_NAMESPACES, true)) return [];
  return [{
    field,
    value: host,
    message: 'is not namespace/dnsName',
    fix: 'write the namespace (a name, \'.\' for the own one, \'*\' for any, \'~\' for none), a slash and a host or \'*\', e.g. \'istio-system/*\'',
  }];
}
