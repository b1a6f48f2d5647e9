import { Construct } from 'constructs';
import * as istio from '../../imports/networking.istio.io';
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
          ports: props.ports.map((port) => ({ number: port.number, name: port.name ?? port.protocol.toLowerCase(), protocol: port.protocol })),
          resolution: RESOLUTIONS[props.resolution ?? ServiceEntryResolution.DNS],
          location: LOCATIONS[props.location ?? ServiceEntryLocation.MESH_EXTERNAL],
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
