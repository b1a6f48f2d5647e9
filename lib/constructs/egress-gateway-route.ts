import { Construct } from 'constructs';
import { IstioApiVersion } from './api-version';
import { DestinationRule } from './destination-rule';
import { Gateway, GatewayProtocol } from './gateway';
import { MeshAnalysis } from './mesh-analysis';
import { VirtualService } from './virtual-service';
import { SimpleLoadBalancer, TlsMode } from '../values/traffic-policy';

/** The mesh analysis code of a destination that is no host of the app: the egress gateway is installed with Istio. */
const HOST_UNKNOWN_FINDING = 'destination-host-unknown';

/** TLS the egress gateway opens to the external host. */
export interface EgressTlsOrigination {
  /**
   * Port the host serves HTTPS on.
   * @default 443
   */
  readonly port?: number;
  /**
   * How the gateway picks one of the host's addresses.
   * @default - least request
   */
  readonly loadBalancer?: SimpleLoadBalancer;
  /**
   * Secret, in the egress gateway's namespace, whose `ca.crt` verifies the host's certificate.
   * @default - the gateway's system CAs
   */
  readonly caCredentialName?: string;
}

/** Props for `EgressGatewayRoute`. */
export interface EgressGatewayRouteProps {
  /** The external host, e.g. `edition.cnn.com`; a ServiceEntry must add it to the registry. */
  readonly host: string;
  /**
   * Port the workloads call the host on with HTTP.
   * @default 80
   */
  readonly port?: number;
  /**
   * Name of the egress gateway's subset for this host.
   * @default - the host's first label
   */
  readonly subset?: string;
  /**
   * Name of the Gateway.
   * @default 'istio-egressgateway'
   */
  readonly gatewayName?: string;
  /**
   * Labels of the egress gateway pods.
   * @default { istio: 'egressgateway' }
   */
  readonly gatewaySelector?: Record<string, string>;
  /**
   * Host of the egress gateway's Service.
   * @default 'istio-egressgateway.istio-system.svc.cluster.local'
   */
  readonly gatewayHost?: string;
  /**
   * Name of the gateway server's port.
   * @default 'http'
   */
  readonly serverPortName?: string;
  /**
   * TLS the egress gateway opens to the host, so that workloads call it with plain HTTP.
   * @default - plain HTTP to the host
   */
  readonly originateTls?: EgressTlsOrigination;
  /**
   * Istio API version of the manifests.
   * @default IstioApiVersion.V1
   */
  readonly apiVersion?: IstioApiVersion;
}

/**
 * HTTP to an external host through the egress gateway, as Istio's tasks describe it: a Gateway on the egress
 * gateway's pods for the host, a DestinationRule naming the gateway's subset for it, and a VirtualService bound to
 * the mesh and the gateway whose `match.gateways` sends the sidecars' requests to the gateway and the gateway's to
 * the host; with `originateTls`, a DestinationRule that opens TLS from the gateway to the host.
 */
export class EgressGatewayRoute extends Construct {
  /** The Gateway. */
  public readonly gateway: Gateway;
  /** The DestinationRule of the egress gateway. */
  public readonly gatewayRule: DestinationRule;
  /** The VirtualService. */
  public readonly virtualService: VirtualService;
  /** The DestinationRule that originates TLS, with `originateTls`. */
  public readonly originationRule?: DestinationRule;

  constructor(scope: Construct, id: string, props: EgressGatewayRouteProps) {
    super(scope, id);
    const port = props.port ?? 80;
    const subset = props.subset ?? props.host.split('.')[0];
    const gatewayHost = props.gatewayHost ?? 'istio-egressgateway.istio-system.svc.cluster.local';
    this.gateway = new Gateway(this, 'Gateway', {
      name: props.gatewayName ?? 'istio-egressgateway',
      selector: props.gatewaySelector ?? { istio: 'egressgateway' },
      servers: [{ port, protocol: GatewayProtocol.HTTP, portName: props.serverPortName ?? 'http', hosts: [props.host] }],
      apiVersion: props.apiVersion,
    });
    this.gatewayRule = new DestinationRule(this, 'GatewayRule', {
      name: `egressgateway-for-${subset}`,
      host: gatewayHost,
      subsets: [{ name: subset }],
      trafficPolicy: {},
      apiVersion: props.apiVersion,
    });
    const hostPort = props.originateTls ? props.originateTls.port ?? 443 : port;
    this.virtualService = new VirtualService(this, 'Routes', {
      name: `direct-${subset}-through-egress-gateway`,
      hosts: [props.host],
      gateways: [this.gateway, 'mesh'],
      http: [
        { match: [{ gateways: ['mesh'], port }], route: [{ ...this.gatewayRule.destination(subset), port, weight: 100 }] },
        { match: [{ gateways: [this.gateway.name], port }], route: [{ host: props.host, port: hostPort, weight: 100 }] },
      ],
      apiVersion: props.apiVersion,
    });
    MeshAnalysis._intend(this.virtualService.apiObject, HOST_UNKNOWN_FINDING);
    if (props.originateTls) {
      this.originationRule = new DestinationRule(this, 'OriginationRule', {
        name: `originate-tls-for-${props.host.replace(/\./g, '-')}`,
        host: props.host,
        trafficPolicy: {
          loadBalancer: props.originateTls.loadBalancer && { simple: props.originateTls.loadBalancer },
          portLevelSettings: [{ port: hostPort, tls: { mode: TlsMode.SIMPLE, credentialName: props.originateTls.caCredentialName } }],
        },
        apiVersion: props.apiVersion,
      });
    }
    this.reportAsOwnProps(props);
  }

  /** Findings of the four objects name the props of this construct, which are all that the user wrote. */
  private reportAsOwnProps(props: EgressGatewayRouteProps): void {
    const analysis = MeshAnalysis.of(this);
    const hostPort = props.originateTls ? 'originateTls.port' : 'port';
    analysis._ownForComposite(this.gateway.apiObject, this, [
      ['metadata.name', 'gatewayName'],
      ['spec.selector', 'gatewaySelector'],
      ['spec.servers[0].port.number', 'port'],
      ['spec.servers[0].port.name', 'serverPortName'],
      ['spec.servers[0].hosts[0]', 'host'],
    ], 'host');
    analysis._ownForComposite(this.gatewayRule.apiObject, this, [
      ['metadata.name', 'subset'],
      ['spec.host', 'gatewayHost'],
      ['spec.subsets[0].name', 'subset'],
    ], 'gatewayHost');
    analysis._ownForComposite(this.virtualService.apiObject, this, [
      ['metadata.name', 'subset'],
      ['spec.hosts[0]', 'host'],
      ['spec.gateways[0]', 'gatewayName'],
      ['spec.http[*].match[*].gateways[*]', 'gatewayName'],
      ['spec.http[*].match[*].port', 'port'],
      ['spec.http[0].route[0].destination.port.number', 'port'],
      ['spec.http[0].route[0].destination.port', 'port'],
      ['spec.http[0].route[0].destination.host', 'gatewayHost'],
      ['spec.http[0].route[0].destination.subset', 'subset'],
      ['spec.http[1].route[0].destination.port.number', hostPort],
      ['spec.http[1].route[0].destination.port', hostPort],
      ['spec.http[1].route[0].destination.host', 'host'],
    ], 'host');
    if (this.originationRule === undefined) return;
    analysis._ownForComposite(this.originationRule.apiObject, this, [
      ['metadata.name', 'host'],
      ['spec.host', 'host'],
      ['spec.trafficPolicy.loadBalancer.simple', 'originateTls.loadBalancer'],
      ['spec.trafficPolicy.portLevelSettings[0].port', 'originateTls.port'],
      ['spec.trafficPolicy.portLevelSettings[0].tls.credentialName', 'originateTls.caCredentialName'],
      ['spec.trafficPolicy.portLevelSettings[0].tls.caCertificates', 'originateTls.caCredentialName'],
    ], 'originateTls');
  }
}
