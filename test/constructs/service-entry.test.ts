import { Testing } from 'cdk8s';
import { ServiceEntry, ServiceEntryLocation, ServiceEntryProps, ServiceEntryResolution } from '../../lib';
import { only, synth } from '../support/manifests';

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
    test.each<[string, Partial<ServiceEntryProps>, RegExp]>([
      ['no host', { hosts: [] },
        /\[test\/Api\] hosts: a ServiceEntry needs a host \(got \[\]\)\. Fix: list the external host names, e\.g\. 'api\.example\.com'/],
      ['no port', { ports: [] },
        /\[test\/Api\] ports: a ServiceEntry needs a port \(got \[\]\)\. Fix: list the ports the mesh calls/],
      ['port 0', { ports: [{ number: 0, protocol: 'HTTPS' }] },
        /\[test\/Api\] ports\[0\]\.number: is not a port number \(got 0\)\. Fix: use a whole number from 1 to 65535/],
      ['port 70000', { ports: [{ number: 443, protocol: 'HTTPS' }, { number: 70000, protocol: 'HTTP' }] },
        /\[test\/Api\] ports\[1\]\.number: is not a port number \(got 70000\)\. Fix: use a whole number from 1 to 65535/],
      ['port 1.5', { ports: [{ number: 1.5, protocol: 'HTTPS' }] },
        /\[test\/Api\] ports\[0\]\.number: is not a port number \(got 1\.5\)\. Fix: use a whole number from 1 to 65535/],
    ])('%s', (_, defect, error) => {
      // GIVEN
      const chart = Testing.chart();

      // WHEN
      new ServiceEntry(chart, 'Api', { ...THEMOVIEDB, ...defect });

      // THEN
      expect(() => synth(chart)).toThrow(error);
    });
  });
});
