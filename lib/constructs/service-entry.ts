import { Construct } from 'constructs';
import * as istio from '../../imports/networking.istio.io.cjs';
import { IstioApiVersion } from './api-version';
import { IstioObject } from './istio-object';
import { SyncWave } from './sync-wave';

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
  /**
   * Port of the endpoints the traffic goes to (resolution `STATIC` or `DNS` with endpoints).
   * @default - the port number
   */
  readonly targetPort?: number;
}

/** An address that serves a ServiceEntry's hosts. */
export interface ServiceEntryEndpoint {
  /** IP address or DNS name of the endpoint (DNS names with resolution `DNS` only). */
  readonly address: string;
  /**
   * Ports of the endpoint by port name of the ServiceEntry.
   * @default - the ServiceEntry's ports (or their target ports)
   */
  readonly ports?: Record<string, number>;
  /**
   * Labels of the endpoint, which subsets select.
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * Locality of the endpoint, `region/zone/subzone`, for locality load balancing.
   * @default - none
   */
  readonly locality?: string;
  /**
   * Network of the endpoint, for multi-network meshes.
   * @default - the proxy's network
   */
  readonly network?: string;
  /**
   * Load-balancing weight among the endpoints.
   * @default - equal weights
   */
  readonly weight?: number;
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
   * Virtual IPs or CIDR blocks of the hosts; TCP ports without HTTP need them to tell services apart.
   * @default - none
   */
  readonly addresses?: string[];
  /**
   * Endpoints of the hosts (resolution `STATIC`, or `DNS` with names other than the hosts).
   * @default - none: the hosts themselves
   */
  readonly endpoints?: ServiceEntryEndpoint[];
  /**
   * Labels of the mesh workloads (pods or WorkloadEntries) that serve the hosts, instead of `endpoints`
   * (`MESH_INTERNAL` only).
   * @default - none
   */
  readonly workloadSelector?: Record<string, string>;
  /**
   * Namespaces the ServiceEntry is visible in: `.` (its own), `*` (all) or namespace names.
   * @default - every namespace, or the mesh's default
   */
  readonly exportTo?: string[];
  /**
   * Names the server certificates of the hosts carry, checked by mutual TLS to `MESH_INTERNAL` hosts.
   * @default - none
   */
  readonly subjectAltNames?: string[];
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
export class ServiceEntry extends IstioObject {
  private readonly _hosts: string[];

  constructor(scope: Construct, id: string, props: ServiceEntryProps) {
    super(scope, id, {
      name: props.name,
      apiVersion: props.apiVersion,
      resource: {
        kind: 'ServiceEntry',
        spec: {
          hosts: [...props.hosts],
          addresses: props.addresses && [...props.addresses],
          ports: props.ports.map((port) => ({
            number: port.number, name: port.name ?? port.protocol.toLowerCase(), protocol: port.protocol, targetPort: port.targetPort,
          })),
          resolution: RESOLUTIONS[props.resolution ?? ServiceEntryResolution.DNS],
          location: LOCATIONS[props.location ?? ServiceEntryLocation.MESH_EXTERNAL],
          endpoints: props.endpoints?.map(endpointToIstio),
          workloadSelector: props.workloadSelector && { labels: { ...props.workloadSelector } },
          exportTo: props.exportTo && [...props.exportTo],
          subjectAltNames: props.subjectAltNames && [...props.subjectAltNames],
        },
      },
      syncWave: SyncWave.ROUTE_TARGETS,
    });
    this._hosts = [...props.hosts];
  }

  /** Hosts added to the registry. */
  public get hosts(): string[] {
    return [...this._hosts];
  }
}

function endpointToIstio(endpoint: ServiceEntryEndpoint): istio.ServiceEntrySpecEndpoints {
  return {
    address: endpoint.address,
    ports: endpoint.ports && { ...endpoint.ports },
    labels: endpoint.labels && { ...endpoint.labels },
    locality: endpoint.locality,
    network: endpoint.network,
    weight: endpoint.weight,
  };
}

