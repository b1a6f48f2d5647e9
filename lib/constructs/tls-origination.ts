import { Construct } from 'constructs';
import { IstioApiVersion } from './api-version';
import { DestinationRule } from './destination-rule';
import { MeshAnalysis } from './mesh-analysis';
import { ServiceEntry } from './service-entry';
import { Problem } from '../values/names';
import { SimpleLoadBalancer, TlsMode } from '../values/traffic-policy';

/** Props for `TlsOrigination`. */
export interface TlsOriginationProps {
  /** The external host, e.g. `edition.cnn.com`. */
  readonly host: string;
  /**
   * Port the workloads call with plain HTTP; the sidecar sends it to `tlsPort` over TLS.
   * @default 80
   */
  readonly httpPort?: number;
  /**
   * Port the host serves HTTPS on.
   * @default 443
   */
  readonly tlsPort?: number;
  /**
   * Secret, in the namespace of the calling workloads, whose `ca.crt` verifies the host's certificate.
   * @default - the proxy's system CAs
   */
  readonly caCredentialName?: string;
  /**
   * Secret, in the namespace of the calling workloads, holding the client certificate, its key and the CA certificate
   * (`tls.crt`, `tls.key`, `ca.crt`): the sidecar opens mutual TLS to the host. A sidecar reads a Secret only for a
   * DestinationRule that selects its workload, so `workloadSelector` is required with it.
   * @default - SIMPLE TLS, no client certificate
   */
  readonly clientCredentialName?: string;
  /**
   * Labels of the workloads whose sidecars originate TLS (in the rule's namespace).
   * @default - every workload that calls the host
   */
  readonly workloadSelector?: Record<string, string>;
  /**
   * How the sidecar picks an endpoint of the host.
   * @default - least request
   */
  readonly loadBalancer?: SimpleLoadBalancer;
  /**
   * Server name sent in the TLS handshake.
   * @default - the host
   */
  readonly sni?: string;
  /**
   * Name of the ServiceEntry and the DestinationRule.
   * @default - the host, with '-' for '.'
   */
  readonly name?: string;
  /**
   * Istio API version of the manifests.
   * @default IstioApiVersion.V1
   */
  readonly apiVersion?: IstioApiVersion;
}

/**
 * TLS origination for an external host, as Istio's task describes it: workloads call it with plain HTTP, so that
 * their sidecars see and route the requests, and the sidecar opens TLS to the host. A ServiceEntry whose HTTP port
 * targets the TLS port, and a DestinationRule with SIMPLE TLS on that port (MUTUAL with a client certificate).
 */
export class TlsOrigination extends Construct {
  /** The ServiceEntry. */
  public readonly serviceEntry: ServiceEntry;
  /** The DestinationRule. */
  public readonly rule: DestinationRule;

  constructor(scope: Construct, id: string, props: TlsOriginationProps) {
    super(scope, id);
    MeshAnalysis._validateProps(this, () => credentialProblems(props));
    const httpPort = props.httpPort ?? 80;
    const tlsPort = props.tlsPort ?? 443;
    const name = props.name ?? props.host.replace(/\./g, '-');
    this.serviceEntry = new ServiceEntry(this, 'ServiceEntry', {
      name,
      hosts: [props.host],
      ports: [
        { number: httpPort, name: 'http-port', protocol: 'HTTP', targetPort: tlsPort },
        { number: tlsPort, name: 'https-port', protocol: 'HTTPS' },
      ],
      apiVersion: props.apiVersion,
    });
    this.rule = new DestinationRule(this, 'Rule', {
      name,
      host: props.host,
      workloadSelector: props.workloadSelector,
      trafficPolicy: {
        loadBalancer: props.loadBalancer && { simple: props.loadBalancer },
        portLevelSettings: [{
          port: httpPort,
          tls: props.clientCredentialName !== undefined
            ? { mode: TlsMode.MUTUAL, credentialName: props.clientCredentialName, sni: props.sni }
            : { mode: TlsMode.SIMPLE, credentialName: props.caCredentialName, sni: props.sni },
        }],
      },
      apiVersion: props.apiVersion,
    });
    const analysis = MeshAnalysis.of(this);
    analysis._ownForComposite(this.serviceEntry.apiObject, this, [
      ['metadata.name', 'name'],
      ['spec.hosts[0]', 'host'],
      ['spec.ports[0].targetPort', 'tlsPort'],
      ['spec.ports[0].number', 'httpPort'],
      ['spec.ports[1].number', 'tlsPort'],
    ], 'host');
    const credential = props.clientCredentialName !== undefined ? 'clientCredentialName' : 'caCredentialName';
    analysis._ownForComposite(this.rule.apiObject, this, [
      ['metadata.name', 'name'],
      ['spec.host', 'host'],
      ['spec.workloadSelector.matchLabels', 'workloadSelector'],
      ['spec.trafficPolicy.loadBalancer.simple', 'loadBalancer'],
      ['spec.trafficPolicy.portLevelSettings[0].port', 'httpPort'],
      ['spec.trafficPolicy.portLevelSettings[0].tls.sni', 'sni'],
      ['spec.trafficPolicy.portLevelSettings[0].tls.credentialName', credential],
      ['spec.trafficPolicy.portLevelSettings[0].tls.caCertificates', 'caCredentialName'],
    ], 'host');
  }
}

/** The credentials a sidecar can use: one CA, from the client credential or its own Secret, read only by selected workloads. */
function credentialProblems(props: TlsOriginationProps): Problem[] {
  const problems: Problem[] = [];
  if (props.clientCredentialName !== undefined && props.caCredentialName !== undefined) {
    problems.push({
      field: 'caCredentialName', value: props.caCredentialName,
      message: 'names a CA beside clientCredentialName, whose Secret holds its own (ca.crt)', fix: 'set clientCredentialName only',
    });
  }
  if (props.clientCredentialName !== undefined && props.workloadSelector === undefined) {
    problems.push({
      field: 'workloadSelector', value: undefined,
      message: 'is needed with clientCredentialName: a sidecar reads a Secret only for a DestinationRule that selects its workload',
      fix: 'set workloadSelector to the labels of the calling workloads',
    });
  }
  return problems;
}
