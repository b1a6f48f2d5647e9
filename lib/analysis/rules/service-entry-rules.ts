import { FindingsOf } from '../../manifest/manifest';

/** Checks of one ServiceEntry. */
export function checkServiceEntry(f: FindingsOf): void {
  const spec = f.manifest.spec ?? {};
  const hosts: string[] = spec.hosts ?? [];
  hosts.forEach((host, at) => {
    if (host === '*') f.error('se-wildcard-host', `spec.hosts[${at}]`, 'a ServiceEntry cannot add every host (*)', 'list the external host names, or *.domain');
  });
  checkPorts(f, spec.ports ?? []);
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
