import { _isLabelValue } from '../../values/names';
import { itemsOf } from '../../manifest/manifest';
import { FindingsOf } from '../findings-of';
import { checkExportTo } from './export-to';
import { ISTIO_PROTOCOLS } from './gateway-rules';
import { hostProblem, isIpAddress, isIpOrCidr, isPartialWildcard } from './hosts';
import { checkPort } from './value-rules';

const RESOLUTIONS = new Set(['NONE', 'STATIC', 'DNS', 'DNS_ROUND_ROBIN', 'DYNAMIC_DNS']);
const DNS_RESOLUTIONS = new Set(['DNS', 'DNS_ROUND_ROBIN']);
const DYNAMIC_DNS_PROTOCOLS = new Set(['HTTP', 'TLS', 'GRPC', 'HTTP2']);
/** Protocols by which a proxy tells hosts apart on one port: the HTTP authority, the TLS server name. */
const HOST_AWARE_PROTOCOLS = new Set(['HTTP', 'HTTP2', 'GRPC', 'GRPC-WEB', 'HTTPS', 'TLS']);
const UNIX_PREFIX = 'unix://';
/** The label that opts a ServiceEntry into addresses that Istio allocates. */
const AUTO_ALLOCATE_LABEL = 'networking.istio.io/enable-autoallocate-ip';
const PORT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/i;

/** Checks of one ServiceEntry. */
export function checkServiceEntry(f: FindingsOf): void {
  const spec = f.manifest.spec ?? {};
  const hosts = itemsOf<unknown>(spec.hosts).filter((host): host is string => typeof host === 'string');
  const resolution = typeof spec.resolution === 'string' ? spec.resolution : 'NONE';
  if (hosts.length === 0) f.error('se-no-hosts', 'spec.hosts', 'the ServiceEntry adds no host', 'list the external host names, e.g. api.example.com');
  hosts.forEach((host, at) => checkHost(f, host, resolution, `spec.hosts[${at}]`));
  const ports = itemsOf<any>(spec.ports);
  if (ports.length === 0 && spec.workloadSelector === undefined) f.error('se-no-ports', 'spec.ports', 'the ServiceEntry declares no port', 'list the ports the mesh calls, e.g. { number: 443, name: https, protocol: HTTPS }');
  checkPorts(f, ports);
  checkAddresses(f, spec, resolution, ports);
  const endpoints = Array.isArray(spec.endpoints) ? spec.endpoints : [];
  if (spec.workloadSelector !== undefined && endpoints.length > 0) {
    f.error('se-selector-endpoints', 'spec.workloadSelector', 'a ServiceEntry takes workloadSelector or endpoints, not both', 'keep one of them');
  }
  if (!RESOLUTIONS.has(resolution)) {
    f.error('se-resolution-invalid', 'spec.resolution', `${JSON.stringify(spec.resolution)} is not a resolution`, `use one of ${[...RESOLUTIONS].join(', ')}`);
    return;
  }
  checkResolution(f, spec, resolution, hosts, endpoints, ports);
  endpoints.forEach((endpoint: any, at: number) => checkEndpoint(f, endpoint, resolution, ports, `spec.endpoints[${at}]`));
  checkExportTo(f, spec.exportTo);
}

function checkHost(f: FindingsOf, host: string, resolution: string, field: string): void {
  if (host === '*') {
    f.error('se-wildcard-host', field, 'a ServiceEntry cannot add every host (*)', 'list the external host names, or *.domain');
    return;
  }
  const problem = hostProblem(host);
  if (problem !== undefined) {
    f.error('se-host-invalid', field, `${JSON.stringify(host)} ${problem}`, 'write a lower-case host name, e.g. api.example.com or *.example.com');
  } else if (isPartialWildcard(host) && resolution !== 'DYNAMIC_DNS') {
    f.warning('se-host-invalid', field, `${JSON.stringify(host)} is a partial wildcard, which only matches as a whole label`, 'write *.domain, or the full host name');
  }
}

function checkPorts(f: FindingsOf, ports: any[]): void {
  const numbers = new Map<unknown, number>();
  const names = new Map<string, number>();
  ports.forEach((port, at) => {
    const field = `spec.ports[${at}]`;
    checkPort(f, port.number, `${field}.number`);
    if (port.targetPort !== undefined) checkPort(f, port.targetPort, `${field}.targetPort`);
    if (numbers.has(port.number)) {
      f.error('se-port-duplicate', `${field}.number`, `port ${port.number} is declared by spec.ports[${numbers.get(port.number)}] too`, 'declare every port number once');
    }
    if (port.name !== undefined && names.has(port.name)) {
      f.error('se-port-duplicate', `${field}.name`, `port name ${port.name} is used by spec.ports[${names.get(port.name)}] too`, 'give every port a distinct name');
    }
    numbers.set(port.number, at);
    if (port.name !== undefined) names.set(port.name, at);
    if (typeof port.name === 'string' && !PORT_NAME.test(port.name)) {
      f.error('se-port-invalid', `${field}.name`, `${JSON.stringify(port.name)} is not a port name`, 'use letters, digits and \'-\', e.g. https');
    }
    if (typeof port.protocol === 'string' && !ISTIO_PROTOCOLS.has(port.protocol.toUpperCase())) {
      f.error('se-port-invalid', `${field}.protocol`, `${JSON.stringify(port.protocol)} is not a protocol Istio knows`, 'use HTTP, HTTPS, HTTP2, GRPC, TCP, TLS, MONGO, MYSQL or REDIS');
    }
  });
}

function protocolOf(port: any): string {
  return typeof port?.protocol === 'string' ? port.protocol.toUpperCase() : '';
}

function checkAddresses(f: FindingsOf, spec: any, resolution: string, ports: any[]): void {
  const addresses = itemsOf<unknown>(spec.addresses);
  addresses.forEach((address, at) => {
    if (typeof address !== 'string' || !isIpOrCidr(address)) {
      f.error('se-address-invalid', `spec.addresses[${at}]`, `${JSON.stringify(address)} is not an IP address or CIDR block`, 'write an address such as 240.0.0.1 or a block such as 10.0.0.0/16');
    } else if (address.includes('/') && resolution !== 'NONE' && resolution !== 'STATIC') {
      f.error('se-cidr-resolution', `spec.addresses[${at}]`, `the CIDR block ${address} cannot be given with resolution ${resolution}`, 'use resolution NONE or STATIC, or give single addresses');
    }
  });
  const autoAllocated = f.manifest.metadata.labels?.[AUTO_ALLOCATE_LABEL] === 'true';
  if (addresses.length > 0 || autoAllocated || resolution === 'DYNAMIC_DNS') return;
  ports.forEach((port, at) => {
    if (protocolOf(port) === '' || protocolOf(port) === 'TCP') {
      f.warning('se-addresses-required', `spec.ports[${at}]`, `plain TCP port ${port.number} of a ServiceEntry without addresses captures every address on that port`, `give the service's addresses, set protocol to HTTP or TLS, or label it ${AUTO_ALLOCATE_LABEL}: "true"`);
    }
  });
}

function checkResolution(f: FindingsOf, spec: any, resolution: string, hosts: string[], endpoints: unknown[], ports: any[]): void {
  if (resolution === 'NONE' && endpoints.length > 0) {
    f.error('se-endpoints-invalid', 'spec.endpoints', 'resolution NONE takes no endpoints: it forwards to the address the client called', 'remove the endpoints, or use resolution STATIC or DNS');
  }
  if (DNS_RESOLUTIONS.has(resolution) && endpoints.length === 0) {
    hosts.forEach((host, at) => {
      if (host.includes('*')) {
        f.error('se-dns-wildcard', `spec.hosts[${at}]`, `DNS resolution cannot resolve the wildcard host ${host} without endpoints`, 'use resolution NONE (or DYNAMIC_DNS), or add endpoints');
      }
    });
  }
  if (resolution === 'DNS_ROUND_ROBIN' && endpoints.length > 1) {
    f.error('se-endpoints-invalid', 'spec.endpoints', `resolution DNS_ROUND_ROBIN takes at most one endpoint, not ${endpoints.length}`, 'keep one endpoint, or use resolution DNS');
  }
  if (resolution === 'DYNAMIC_DNS') checkDynamicDns(f, spec, hosts, endpoints, ports);
  if (resolution !== 'NONE' && hosts.length > 1) {
    const at = ports.findIndex((port) => !HOST_AWARE_PROTOCOLS.has(protocolOf(port)));
    if (at >= 0) {
      f.error('se-tcp-hosts', `spec.ports[${at}]`, `several hosts share the ${protocolOf(ports[at]) || 'TCP'} port ${ports[at].number}, and a proxy cannot tell them apart without an HTTP authority or TLS server name`, 'give each host its own ServiceEntry, or use resolution NONE');
    }
  }
}

function checkDynamicDns(f: FindingsOf, spec: any, hosts: string[], endpoints: unknown[], ports: any[]): void {
  hosts.forEach((host, at) => {
    if (!host.startsWith('*')) f.error('se-resolution-invalid', `spec.hosts[${at}]`, `resolution DYNAMIC_DNS resolves wildcard hosts only, and ${host} is none`, 'write *.domain, or use resolution DNS');
  });
  if (itemsOf(spec.addresses).length > 0) f.error('se-resolution-invalid', 'spec.addresses', 'resolution DYNAMIC_DNS takes no addresses', 'remove the addresses');
  if (endpoints.length > 0) f.error('se-endpoints-invalid', 'spec.endpoints', 'resolution DYNAMIC_DNS takes no endpoints: the address comes from the host called', 'remove the endpoints');
  ports.forEach((port, at) => {
    if (!DYNAMIC_DNS_PROTOCOLS.has(protocolOf(port))) f.error('se-resolution-invalid', `spec.ports[${at}].protocol`, `resolution DYNAMIC_DNS serves HTTP, HTTP2, GRPC and TLS, not ${protocolOf(port) || 'TCP'}`, 'use one of those protocols, or another resolution');
  });
}

function checkEndpoint(f: FindingsOf, endpoint: any, resolution: string, ports: any[], field: string): void {
  if (endpoint === null || typeof endpoint !== 'object') {
    f.error('se-endpoints-invalid', field, 'an endpoint is empty', 'give the endpoint an address, or remove it');
    return;
  }
  const address = endpoint.address;
  if (typeof address === 'string' && address.startsWith(UNIX_PREFIX)) {
    if (endpoint.ports !== undefined) f.error('se-endpoints-invalid', `${field}.ports`, 'a unix socket endpoint takes no ports', 'remove the ports');
    if (ports.length !== 1) f.error('se-endpoints-invalid', field, `a unix socket endpoint needs exactly one service port, not ${ports.length}`, 'declare one port');
    if (!address.slice(UNIX_PREFIX.length).startsWith('/')) f.error('se-endpoints-invalid', `${field}.address`, `${JSON.stringify(address)} is not an absolute socket path`, 'write unix:///path/to/socket');
  } else if (address === undefined || address === '') {
    if (resolution !== 'NONE' && endpoint.network === undefined) f.error('se-endpoints-invalid', `${field}.address`, 'the endpoint has no address', 'give its IP address or host name');
  } else if (typeof address === 'string' && !isIpAddress(address) && (resolution === 'STATIC' || hostProblem(address) !== undefined || address.includes('*'))) {
    f.error('se-endpoints-invalid', `${field}.address`, `${JSON.stringify(address)} is not ${resolution === 'STATIC' ? 'an IP address, as resolution STATIC needs' : 'an IP address or host name'}`, resolution === 'STATIC' ? 'give an IP address, or use resolution DNS for host names' : 'give an IP address or a host name');
  }
  const names = new Set(ports.map((port) => port.name));
  for (const [name, number] of Object.entries(endpoint.ports !== null && typeof endpoint.ports === 'object' ? endpoint.ports : {})) {
    if (!names.has(name)) f.error('se-endpoints-invalid', `${field}.ports.${name}`, `the ServiceEntry declares no port named ${name}`, `use one of the port names ${[...names].join(', ')}`);
    checkPort(f, number, `${field}.ports.${name}`);
  }
  for (const [key, value] of Object.entries(endpoint.labels !== null && typeof endpoint.labels === 'object' ? endpoint.labels : {})) {
    if (typeof value !== 'string' || !_isLabelValue(value)) f.error('label-value-invalid', `${field}.labels.${key}`, `${JSON.stringify(value)} is not a label value`, 'use at most 63 letters, digits, \'-\', \'_\' and \'.\', as a string');
  }
}
