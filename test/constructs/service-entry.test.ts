import { Testing } from 'cdk8s';
import { ServiceEntry, ServiceEntryLocation, ServiceEntryProps, ServiceEntryResolution } from '../../lib';
import { analyzedChart, only, synth, synthErrorLines } from '../support/manifests';

const THEMOVIEDB: ServiceEntryProps = { name: 'movieweb', hosts: ['api.themoviedb.org'], ports: [{ number: 443, protocol: 'HTTPS' }] };

describe('ServiceEntry', () => {
  test('adds an external host, resolved through DNS, to the mesh registry', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const entry = new ServiceEntry(chart, 'Api', THEMOVIEDB);

    // THEN
    const manifest = only(synth(chart), 'ServiceEntry');
    expect(manifest.apiVersion).toEqual('networking.istio.io/v1');
    expect(manifest.metadata.name).toEqual('movieweb');
    expect(manifest.spec).toEqual({
      hosts: ['api.themoviedb.org'],
      ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }],
      resolution: 'DNS',
      location: 'MESH_EXTERNAL',
    });
    expect(entry.hosts).toEqual(['api.themoviedb.org']);
    expect(manifest).toMatchSnapshot();
  });

  test('returns a copy of its hosts, so that changing it changes neither the ServiceEntry nor its manifest', () => {
    // GIVEN
    const chart = Testing.chart();
    const entry = new ServiceEntry(chart, 'Api', THEMOVIEDB);

    // WHEN
    const returned = entry.hosts;
    returned.push('other.example.com');

    // THEN
    expect(returned).toEqual(['api.themoviedb.org', 'other.example.com']);
    expect(entry.hosts).toEqual(['api.themoviedb.org']);
    expect(only(synth(chart), 'ServiceEntry').spec.hosts).toEqual(['api.themoviedb.org']);
  });

  test('is in the route-targets sync wave', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new ServiceEntry(chart, 'Api', THEMOVIEDB);

    // THEN
    expect(only(synth(chart), 'ServiceEntry').metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '1' });
  });

  test('takes the port names from the props, or else names ports after their protocol', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new ServiceEntry(chart, 'Api', {
      ...THEMOVIEDB,
      ports: [{ number: 443, protocol: 'TLS' }, { number: 80, protocol: 'HTTP', name: 'http-plain' }],
    });

    // THEN
    expect(only(synth(chart), 'ServiceEntry').spec.ports).toEqual([
      { number: 443, name: 'tls', protocol: 'TLS' },
      { number: 80, name: 'http-plain', protocol: 'HTTP' },
    ]);
  });

  test.each([
    [ServiceEntryResolution.NONE, 'NONE'],
    [ServiceEntryResolution.STATIC, 'STATIC'],
    [ServiceEntryResolution.DNS, 'DNS'],
    [ServiceEntryResolution.DNS_ROUND_ROBIN, 'DNS_ROUND_ROBIN'],
  ])('writes resolution %s as %s', (resolution, written) => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new ServiceEntry(chart, 'Api', { ...THEMOVIEDB, resolution });

    // THEN
    expect(only(synth(chart), 'ServiceEntry').spec.resolution).toEqual(written);
  });

  test.each([
    [ServiceEntryLocation.MESH_EXTERNAL, 'MESH_EXTERNAL'],
    [ServiceEntryLocation.MESH_INTERNAL, 'MESH_INTERNAL'],
  ])('writes location %s as %s', (location, written) => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new ServiceEntry(chart, 'Api', { ...THEMOVIEDB, location });

    // THEN
    expect(only(synth(chart), 'ServiceEntry').spec.location).toEqual(written);
  });

  test('without a name, writes the name derived from the construct path', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const entry = new ServiceEntry(chart, 'Api', { ...THEMOVIEDB, name: undefined });

    // THEN
    expect(only(synth(chart), 'ServiceEntry').metadata.name).toMatch(/^test-api-[0-9a-f]{8}$/);
    expect(only(synth(chart), 'ServiceEntry').metadata.name).toEqual(entry.apiObject.name);
  });

  describe('reports bad input at synth', () => {
    const PORT_FIX = 'use a whole number from 1 to 65535';

    test.each<[string, Partial<ServiceEntryProps>, string]>([
      ['no host', { hosts: [] },
        '[test/Api] error se-no-hosts hosts: the ServiceEntry adds no host. Fix: list the external host names, e.g. api.example.com'],
      ['no port', { ports: [] },
        '[test/Api] error se-no-ports ports: the ServiceEntry declares no port. Fix: list the ports the mesh calls, e.g. { number: 443, name: https, protocol: HTTPS }'],
      ['port 0', { ports: [{ number: 0, protocol: 'HTTPS' }] },
        `[test/Api] error port-invalid ports[0].number: 0 is not a port number. Fix: ${PORT_FIX}`],
      ['port 70000', { ports: [{ number: 443, protocol: 'HTTPS' }, { number: 70000, protocol: 'HTTP' }] },
        `[test/Api] error port-invalid ports[1].number: 70000 is not a port number. Fix: ${PORT_FIX}`],
      ['port 1.5', { ports: [{ number: 1.5, protocol: 'HTTPS' }] },
        `[test/Api] error port-invalid ports[0].number: 1.5 is not a port number. Fix: ${PORT_FIX}`],
      ['target port 0', { ports: [{ number: 443, protocol: 'HTTPS', targetPort: 0 }] },
        `[test/Api] error port-invalid ports[0].targetPort: 0 is not a port number. Fix: ${PORT_FIX}`],
      ['an address that is no IP address', { addresses: ['10.0.0.300'] },
        '[test/Api] error se-address-invalid addresses[0]: "10.0.0.300" is not an IP address or CIDR block. Fix: write an address such as 240.0.0.1 or a block such as 10.0.0.0/16'],
      ['a CIDR block with DNS resolution', { addresses: ['10.0.0.0/16'] },
        '[test/Api] error se-cidr-resolution addresses[0]: the CIDR block 10.0.0.0/16 cannot be given with resolution DNS. Fix: use resolution NONE or STATIC, or give single addresses'],
      ['endpoints with resolution NONE', { resolution: ServiceEntryResolution.NONE, endpoints: [{ address: '10.0.0.1' }] },
        '[test/Api] error se-endpoints-invalid endpoints: resolution NONE takes no endpoints: it forwards to the address the client called. Fix: remove the endpoints, or use resolution STATIC or DNS'],
      ['a host name as a STATIC endpoint', { resolution: ServiceEntryResolution.STATIC, endpoints: [{ address: 'api.internal' }] },
        '[test/Api] error se-endpoints-invalid endpoints[0].address: "api.internal" is not an IP address, as resolution STATIC needs. Fix: give an IP address, or use resolution DNS for host names'],
      ['two endpoints with DNS_ROUND_ROBIN', { resolution: ServiceEntryResolution.DNS_ROUND_ROBIN, endpoints: [{ address: 'a.themoviedb.org' }, { address: 'b.themoviedb.org' }] },
        '[test/Api] error se-endpoints-invalid endpoints: resolution DNS_ROUND_ROBIN takes at most one endpoint, not 2. Fix: keep one endpoint, or use resolution DNS'],
      ['an endpoint port no port of the entry names', { resolution: ServiceEntryResolution.STATIC, endpoints: [{ address: '10.0.0.1', ports: { http: 8080 } }] },
        '[test/Api] error se-endpoints-invalid endpoints[0].ports.http: the ServiceEntry declares no port named http. Fix: use one of the port names https'],
      ['an endpoint label value with a space', { resolution: ServiceEntryResolution.STATIC, endpoints: [{ address: '10.0.0.1', labels: { version: 'v 1' } }] },
        '[test/Api] error label-value-invalid endpoints[0].labels.version: "v 1" is not a label value. Fix: use at most 63 letters, digits, \'-\', \'_\' and \'.\', as a string'],
      ['endpoints beside a workload selector', {
        resolution: ServiceEntryResolution.STATIC, location: ServiceEntryLocation.MESH_INTERNAL, workloadSelector: { app: 'movieweb' }, endpoints: [{ address: '10.0.0.1' }],
      }, '[test/Api] error se-selector-endpoints workloadSelector: a ServiceEntry takes workloadSelector or endpoints, not both. Fix: keep one of them'],
      ['a workload selector value over 63 characters', {
        resolution: ServiceEntryResolution.STATIC, location: ServiceEntryLocation.MESH_INTERNAL, workloadSelector: { app: 'm'.repeat(64) },
      }, `[test/Api] error label-value-invalid workloadSelector.app: "${'m'.repeat(64)}" is longer than 63 characters, which the API server rejects. Fix: use at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit`],
    ])('%s, with the construct path, the code, the prop, the message and the fix', (_, defect, error) => {
      // GIVEN
      const { chart, warnings } = analyzedChart();

      // WHEN
      new ServiceEntry(chart, 'Api', { ...THEMOVIEDB, ...defect });

      // THEN
      expect(synthErrorLines(chart)).toEqual([error]);
      expect(warnings).toEqual([]);
    });
  });

  test('writes target ports, addresses, endpoints, a workload selector, exportTo and subjectAltNames', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new ServiceEntry(chart, 'Db', {
      name: 'orders-db',
      hosts: ['orders-db.internal'],
      addresses: ['10.20.0.0/24'],
      ports: [{ number: 5432, name: 'tcp-postgres', protocol: 'TCP', targetPort: 15432 }],
      resolution: ServiceEntryResolution.STATIC,
      location: ServiceEntryLocation.MESH_INTERNAL,
      endpoints: [
        { address: '10.20.0.7', labels: { version: 'v1' }, locality: 'us-east/zone1', weight: 3 },
        { address: '10.20.0.8', ports: { 'tcp-postgres': 25432 }, network: 'vpc-2' },
      ],
      exportTo: ['.', 'billing'],
      subjectAltNames: ['spiffe://cluster.local/ns/db/sa/orders-db'],
    });
    new ServiceEntry(chart, 'Vms', {
      name: 'vm-workloads', hosts: ['legacy.internal'], ports: [{ number: 8080, protocol: 'HTTP' }],
      resolution: ServiceEntryResolution.STATIC, location: ServiceEntryLocation.MESH_INTERNAL, workloadSelector: { app: 'legacy' },
    });

    // THEN
    const manifests = synth(chart);
    expect(only(manifests, 'ServiceEntry', 'orders-db').spec).toEqual({
      hosts: ['orders-db.internal'],
      addresses: ['10.20.0.0/24'],
      ports: [{ number: 5432, name: 'tcp-postgres', protocol: 'TCP', targetPort: 15432 }],
      resolution: 'STATIC',
      location: 'MESH_INTERNAL',
      endpoints: [
        { address: '10.20.0.7', labels: { version: 'v1' }, locality: 'us-east/zone1', weight: 3 },
        { address: '10.20.0.8', ports: { 'tcp-postgres': 25432 }, network: 'vpc-2' },
      ],
      exportTo: ['.', 'billing'],
      subjectAltNames: ['spiffe://cluster.local/ns/db/sa/orders-db'],
    });
    expect(only(manifests, 'ServiceEntry', 'vm-workloads').spec.workloadSelector).toEqual({ labels: { app: 'legacy' } });
  });
});
