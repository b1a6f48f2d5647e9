import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import * as istio from '../../imports/networking.istio.io';
import { IstioApiVersion, _istioClasses, _nameMetadata } from './api-version';
import { MeshAnalysis } from './mesh-analysis';
import { SyncWave, _setSyncWave } from './sync-wave';
import { Problem, _portProblems, _validateWith } from '../values/names';

/** How the proxy finds the addresses of a ServiceEntry's hosts. */
export enum ServiceEntryResolution {
  /** The destination address is already resolved by the caller. */
  NONE = 'NONE',
  /** Addresses come from the ServiceEntry's endpoints. */
  STATIC = 'STATIC',
  /** The proxy resolves the host name through DNS. */
  DNS = 'DNS',
  /** Like DNS, but only the first address is used. */
  DNS_ROUND_ROBIN = 'DNS_ROUND_ROBIN',
}

/** Whether a ServiceEntry's hosts are inside or outside the mesh. */
export enum ServiceEntryLocation {
  /** Outside the mesh: an external API, called without mutual TLS. */
  MESH_EXTERNAL = 'MESH_EXTERNAL',
  /** Part of the mesh, though not in this cluster's registry (e.g. VMs). */
  MESH_INTERNAL = 'MESH_INTERNAL',
}

const RESOLUTIONS: Record<ServiceEntryResolution, istio.ServiceEntrySpecResolution> = {
  [ServiceEntryResolution.NONE]: istio.ServiceEntrySpecResolution.NONE,
  [ServiceEntryResolution.STATIC]: istio.ServiceEntrySpecResolution.STATIC,
  [ServiceEntryResolution.DNS]: istio.ServiceEntrySpecResolution.DNS,
  [ServiceEntryResolution.DNS_ROUND_ROBIN]: istio.ServiceEntrySpecResolution.DNS_UNDERSCORE_ROUND_UNDERSCORE_ROBIN,
};

const LOCATIONS: Record<ServiceEntryLocation, istio.ServiceEntrySpecLocation> = {
  [ServiceEntryLocation.MESH_EXTERNAL]: istio.ServiceEntrySpecLocation.MESH_UNDERSCORE_EXTERNAL,
  [ServiceEntryLocation.MESH_INTERNAL]: istio.ServiceEntrySpecLocation.MESH_UNDERSCORE_INTERNAL,
};

/** One port of the external service. */
export interface ServiceEntryPort {
  /** Port number, e.g. 443. */
  readonly number: number;
  /** Protocol, e.g. `HTTPS`, `HTTP`, `TCP`, `TLS`, `GRPC`. */
  readonly protocol: string;
  /**
   * Port name.
   * @default - the protocol in lower case
   */
  readonly name?: string;
}

/**
 * Props for `ServiceEntry`.
 */
export interface ServiceEntryProps {
  /**
   * Name of the ServiceEntry.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /** Host names of the external service, e.g. `api.themoviedb.org`. */
  readonly hosts: string[];
  /** Ports the mesh may call the service on. */
  readonly ports: ServiceEntryPort[];
  /**
   * How addresses are resolved.
   * @default ServiceEntryResolution.DNS
   */
  readonly resolution?: ServiceEntryResolution;
  /**
   * Where the service runs.
   * @default ServiceEntryLocation.MESH_EXTERNAL
   */
  readonly location?: ServiceEntryLocation;
  /**
   * Istio API version of the manifest.
   * @default IstioApiVersion.V1
   */
  readonly apiVersion?: IstioApiVersion;
}

/**
 * An Istio ServiceEntry: adds an external API to the mesh's registry, so that workloads may call it
 * (also under an outbound policy of `REGISTRY_ONLY`) and routing rules may apply to it.
 */
export class ServiceEntry extends Construct {
  /** Hosts added to the registry. */
  public readonly hosts: string[];
  /** The generated L1 object. */
  public readonly apiObject: ApiObject;

  constructor(scope: Construct, id: string, props: ServiceEntryProps) {
    super(scope, id);
    this.hosts = props.hosts;
    const spec: istio.ServiceEntrySpec = {
      hosts: props.hosts,
      ports: props.ports.map((port) => ({
        number: port.number,
        name: port.name ?? port.protocol.toLowerCase(),
        protocol: port.protocol,
      })),
      resolution: RESOLUTIONS[props.resolution ?? ServiceEntryResolution.DNS],
      location: LOCATIONS[props.location ?? ServiceEntryLocation.MESH_EXTERNAL],
    };
    this.apiObject = new (_istioClasses(props.apiVersion).ServiceEntry)(this, 'Resource', { metadata: _nameMetadata(props.name), spec });
    _setSyncWave(this.apiObject, SyncWave.ROUTE_TARGETS);
    MeshAnalysis._register(this.apiObject, () => spec);
    _validateWith(this, () => this.problems(props));
  }

  private problems(props: ServiceEntryProps): Problem[] {
    const problems: Problem[] = props.ports.flatMap((port, index) => _portProblems(`ports[${index}].number`, port.number));
    if (props.hosts.length === 0) {
      problems.push({ field: 'hosts', value: props.hosts, message: 'a ServiceEntry needs a host', fix: 'list the external host names, e.g. \'api.example.com\'' });
    }
    if (props.ports.length === 0) {
      problems.push({ field: 'ports', value: props.ports, message: 'a ServiceEntry needs a port', fix: 'list the ports the mesh calls, e.g. { number: 443, protocol: \'HTTPS\' }' });
    }
    return problems;
  }
}
