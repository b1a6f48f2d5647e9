import * as istio from '../../imports/networking.istio.io.cjs';
import { RouteDestination, _destinationToIstio } from './http-route';

/** Conditions on a TCP connection; all of them must hold. */
export interface L4Match {
  /**
   * Port the connection is made to.
   * @default - any port of the hosts
   */
  readonly port?: number;
  /**
   * Destination addresses, as IPs or CIDR blocks, e.g. `10.1.0.0/16`.
   * @default - any address
   */
  readonly destinationSubnets?: string[];
  /**
   * Labels of the calling workload (mesh-bound routes only).
   * @default - any caller
   */
  readonly sourceLabels?: Record<string, string>;
  /**
   * Namespace of the calling workload (mesh-bound routes only).
   * @default - any namespace
   */
  readonly sourceNamespace?: string;
  /**
   * Gateways the connection must come through, by name as the VirtualService's `gateways` lists them (`mesh` for
   * the sidecars).
   * @default - every gateway of the VirtualService
   */
  readonly gateways?: string[];
}

/** Conditions on a TLS connection that is not terminated: its SNI, and the conditions of any TCP connection. */
export interface TlsMatch extends L4Match {
  /** Server names of the TLS handshake, e.g. `nginx.example.com` or `*.wikipedia.org`; within the VirtualService's hosts. */
  readonly sniHosts: string[];
}

/** A route of opaque TCP connections: where connections that match go, split by weight. */
export interface TcpRoute {
  /**
   * Conditions; any one of them must hold.
   * @default - every connection
   */
  readonly match?: L4Match[];
  /** Destinations, split by weight when there are several. */
  readonly route: RouteDestination[];
}

/** A route of TLS connections passed through by SNI, unterminated. */
export interface TlsRoute {
  /** Conditions; any one of them must hold, and each names server names. */
  readonly match: TlsMatch[];
  /** Destinations, split by weight when there are several. */
  readonly route: RouteDestination[];
}

function l4MatchFields(match: L4Match): istio.VirtualServiceSpecTcpMatch {
  return {
    port: match.port,
    destinationSubnets: match.destinationSubnets && [...match.destinationSubnets],
    sourceLabels: match.sourceLabels && { ...match.sourceLabels },
    sourceNamespace: match.sourceNamespace,
    gateways: match.gateways && [...match.gateways],
  };
}

function routeToIstio(route: RouteDestination[]): istio.VirtualServiceSpecTcpRoute[] {
  return route.map((destination) => ({ destination: _destinationToIstio(destination), weight: destination.weight }));
}

/**
 * The Istio TCPRoute object.
 * @internal
 */
export function _tcpRouteToIstio(route: TcpRoute): istio.VirtualServiceSpecTcp {
  return { match: route.match?.map(l4MatchFields), route: routeToIstio(route.route) };
}

/**
 * The Istio TLSRoute object.
 * @internal
 */
export function _tlsRouteToIstio(route: TlsRoute): istio.VirtualServiceSpecTls {
  return {
    match: route.match.map((match) => ({ sniHosts: [...match.sniHosts], ...l4MatchFields(match) })),
    route: routeToIstio(route.route),
  };
}
