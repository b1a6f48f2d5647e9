import { Chart, Testing } from 'cdk8s';
import {
  DestinationRule, Gateway, IstioApiVersion, MeshService, ServiceEntry, VersionedWorkload, VirtualService, _istioClasses,
} from '../../lib';
import { Manifest, synth } from '../support/manifests';

const ISTIO_KINDS = ['Gateway', 'VirtualService', 'DestinationRule', 'ServiceEntry', 'Sidecar'] as const;

/** One object of every Istio kind the library writes, in the given API version. */
function istioObjects(apiVersion?: IstioApiVersion): Manifest[] {
  const chart = Testing.chart();
  const service = new MeshService(chart, 'Service', { app: 'greeter' });
  new VersionedWorkload(chart, 'Workload', { app: 'greeter', version: { name: 'v1', image: 'greeter:1' } });
  const gateway = new Gateway(chart, 'Gateway', { name: 'gateway', servers: [{ port: 80, hosts: ['greeter.example.com'] }], apiVersion });
  const rule = new DestinationRule(chart, 'Rule', { service, versions: [{ name: 'v1', image: 'greeter:1' }], apiVersion });
  new VirtualService(chart, 'Routes', {
    name: 'greeter', hosts: ['greeter.example.com'], gateways: [gateway], http: [{ route: rule.split({ v1: 100 }) }], apiVersion,
  });
  new ServiceEntry(chart, 'Api', { name: 'api', hosts: ['api.example.com'], ports: [{ number: 443, protocol: 'HTTPS' }], apiVersion });
  return synth(chart).filter((manifest) => manifest.apiVersion.startsWith('networking.istio.io/'));
}

function apiVersionByKind(manifests: Manifest[]): Record<string, string> {
  return Object.fromEntries(manifests.map((manifest) => [manifest.kind, manifest.apiVersion]));
}

describe('IstioApiVersion', () => {
  test('names the versions of networking.istio.io that Istio serves', () => {
    // GIVEN / WHEN
    const versions = Object.values(IstioApiVersion);

    // THEN
    expect(versions).toEqual(['v1', 'v1beta1', 'v1alpha3']);
  });

  test.each(Object.values(IstioApiVersion))('every construct writes networking.istio.io/%s when asked to', (apiVersion) => {
    // GIVEN / WHEN
    const manifests = istioObjects(apiVersion);

    // THEN
    expect(apiVersionByKind(manifests)).toEqual({
      Gateway: `networking.istio.io/${apiVersion}`,
      DestinationRule: `networking.istio.io/${apiVersion}`,
      VirtualService: `networking.istio.io/${apiVersion}`,
      ServiceEntry: `networking.istio.io/${apiVersion}`,
    });
  });

  test('every construct writes networking.istio.io/v1 by default', () => {
    // GIVEN / WHEN
    const manifests = istioObjects();

    // THEN
    expect(new Set(manifests.map((manifest) => manifest.apiVersion))).toEqual(new Set(['networking.istio.io/v1']));
    expect(manifests).toHaveLength(4);
  });

  test.each([IstioApiVersion.V1BETA1, IstioApiVersion.V1ALPHA3])('only the apiVersion differs between v1 and %s', (apiVersion) => {
    // GIVEN
    const withoutApiVersion = (manifests: Manifest[]) => manifests.map(({ apiVersion: _, ...rest }) => rest);

    // WHEN
    const v1 = istioObjects(IstioApiVersion.V1);
    const other = istioObjects(apiVersion);

    // THEN
    expect(withoutApiVersion(other)).toEqual(withoutApiVersion(v1));
  });
});

describe('_istioClasses', () => {
  test.each(Object.values(IstioApiVersion))('every generated class of %s writes that version and its own kind', (apiVersion) => {
    // GIVEN
    const chart = new Chart(Testing.app(), 'test');
    const classes = _istioClasses(apiVersion);

    // WHEN
    const objects = ISTIO_KINDS.map((kind) => new classes[kind](chart, kind, {} as never));

    // THEN
    expect(objects.map((object) => [object.kind, object.apiVersion])).toEqual(
      ISTIO_KINDS.map((kind) => [kind, `networking.istio.io/${apiVersion}`]),
    );
  });

  test('defaults to v1', () => {
    // GIVEN / WHEN
    const classes = _istioClasses();

    // THEN
    expect(classes).toBe(_istioClasses(IstioApiVersion.V1));
  });
});
