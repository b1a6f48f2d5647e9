import { itemsOf } from '../../manifest/manifest';
import { FindingsOf } from '../findings-of';
import { checkPort } from './value-rules';

/** Checks of one ServiceEntry. */
export function checkServiceEntry(f: FindingsOf): void {
  const spec = f.manifest.spec ?? {};
  const hosts = itemsOf<string>(spec.hosts);
  if (hosts.length === 0) f.error('se-no-hosts', 'spec.hosts', 'the ServiceEntry adds no host', 'list the external host names, e.g. api.example.com');
  hosts.forEach((host, at) => {
    if (host === '*') f.error('se-wildcard-host', `spec.hosts[${at}]`, 'a ServiceEntry cannot add every host (*)', 'list the external host names, or *.domain');
  });
  const ports = itemsOf<any>(spec.ports);
  if (ports.length === 0 && spec.workloadSelector === undefined) f.error('se-no-ports', 'spec.ports', 'the ServiceEntry declares no port', 'list the ports the mesh calls, e.g. { number: 443, name: https, protocol: HTTPS }');
  checkPorts(f, ports);
  const endpoints: unknown[] = spec.endpoints ?? [];
  if (spec.resolution === 'DNS' && endpoints.length === 0) {
    hosts.forEach((host, at) => {
      if (host.startsWith('*')) {
        f.error('se-dns-wildcard', `spec.hosts[${at}]`, `DNS resolution cannot resolve the wildcard host ${host} without endpoints`, 'use resolution NONE (or DYNAMIC_DNS), or add endpoints');
      }
    });
  }
  if (spec.workloadSelector && endpoints.length > 0) {
    f.error('se-selector-endpoints', 'spec.workloadSelector', 'a ServiceEntry takes workloadSelector or endpoints, not both', 'keep one of them');
  }
}

function checkPorts(f: FindingsOf, ports: any[]): void {
  const numbers = new Map<number, number>();
  const names = new Map<string, number>();
  ports.forEach((port, at) => {
    checkPort(f, port.number, `spec.ports[${at}].number`);
    if (numbers.has(port.number)) {
      f.error('se-port-duplicate', `spec.ports[${at}].number`, `port ${port.number} is declared by spec.ports[${numbers.get(port.number)}] too`, 'declare every port number once');
    }
    if (port.name !== undefined && names.has(port.name)) {
      f.error('se-port-duplicate', `spec.ports[${at}].name`, `port name ${port.name} is used by spec.ports[${names.get(port.name)}] too`, 'give every port a distinct name');
    }
    numbers.set(port.number, at);
    if (port.name !== undefined) names.set(port.name, at);
  });
}
