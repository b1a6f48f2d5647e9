import { Chart, Testing } from 'cdk8s';
import { MeshService, MeshServiceProps, ServiceProtocol } from '../../lib';
import { only, synth } from '../support/manifests';

describe('MeshService', () => {
  test('is a Service named after the app that selects its pods by app only, whatever their version', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new MeshService(chart, 'Service', { app: 'greeter-service' });

    // THEN
    const manifests = synth(chart);
    expect(manifests.map((manifest) => manifest.kind)).toEqual(['Service']);
    const service = manifests[0];
    expect(service.apiVersion).toEqual('v1');
    expect(service.metadata.name).toEqual('greeter-service');
    expect(service.metadata.labels).toEqual({ app: 'greeter-service' });
    expect(service.spec.selector).toEqual({ app: 'greeter-service' });
    expect(service.spec.type).toEqual('ClusterIP');
    expect(service.spec.ports).toEqual([{ name: 'http', port: 3000, targetPort: 3000 }]);
    expect(service).toMatchSnapshot();
  });

  test('is in the workloads sync wave', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new MeshService(chart, 'Service', { app: 'greeter-service' });

    // THEN
    expect(only(synth(chart), 'Service').metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '0' });
  });

  test('exposes its name, port, fully qualified host and URL in the default namespace', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const service = new MeshService(chart, 'Service', { app: 'greeter-service' });

    // THEN
    expect(service.app).toEqual('greeter-service');
    expect(service.name).toEqual('greeter-service');
    expect(service.namespace).toEqual('default');
    expect(service.port).toEqual(3000);
    expect(service.host).toEqual('greeter-service.default.svc.cluster.local');
    expect(service.url).toEqual('http://greeter-service.default.svc.cluster.local:3000');
  });

  test('takes its host from the chart namespace', () => {
    // GIVEN
    const chart = new Chart(Testing.app(), 'test', { namespace: 'shop' });

    // WHEN
    const service = new MeshService(chart, 'Service', { app: 'greeter-service', name: 'greeter', port: 8080 });

    // THEN
    expect(service.namespace).toEqual('shop');
    expect(service.host).toEqual('greeter.shop.svc.cluster.local');
    expect(service.url).toEqual('http://greeter.shop.svc.cluster.local:8080');
    expect(only(synth(chart), 'Service').metadata).toMatchObject({ name: 'greeter', namespace: 'shop' });
  });

  test('takes the name, port and target port from the props, and keeps selecting by app', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new MeshService(chart, 'Service', { app: 'greeter-service', name: 'greeter', port: 80, targetPort: 3000 });

    // THEN
    const service = only(synth(chart), 'Service');
    expect(service.metadata.name).toEqual('greeter');
    expect(service.spec.selector).toEqual({ app: 'greeter-service' });
    expect(service.spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 3000 }]);
  });

  test.each([
    [ServiceProtocol.HTTP, 'http', 'http'],
    [ServiceProtocol.HTTP2, 'http2', 'http'],
    [ServiceProtocol.HTTPS, 'https', 'https'],
    [ServiceProtocol.GRPC, 'grpc', 'http'],
    [ServiceProtocol.TCP, 'tcp', 'http'],
    [ServiceProtocol.TLS, 'tls', 'http'],
  ])('names the port %s after the protocol, so that Istio picks it, and builds a %s URL', (protocol, portName, scheme) => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const service = new MeshService(chart, 'Service', { app: 'greeter-service', protocol });

    // THEN
    expect(only(synth(chart), 'Service').spec.ports).toEqual([{ name: portName, port: 3000, targetPort: 3000 }]);
    expect(service.url).toEqual(`${scheme}://greeter-service.default.svc.cluster.local:3000`);
  });

  describe('reports bad input at synth', () => {
    test.each<[string, Partial<MeshServiceProps>, RegExp]>([
      ['an app name with an underscore', { app: 'Greeter_Service' },
        /\[test\/Service\] app: must be a DNS-1123 label \(got "Greeter_Service"\)\. Fix: use at most 63 lower-case letters, digits and '-'/],
      ['an app name over 63 characters', { app: 'a'.repeat(64) },
        /\[test\/Service\] app: must be a DNS-1123 label \(got "a{64}"\)\. Fix: use at most 63 lower-case letters/],
      ['an upper-case Service name', { name: 'Greeter' },
        /\[test\/Service\] name: must be a DNS-1035 label, as Service names are \(got "Greeter"\)\. Fix: use at most 63 lower-case letters/],
      ['a Service name that starts with a digit (Services need a DNS-1035 label)', { name: '9lives' },
        /\[test\/Service\] name: must be a DNS-1035 label, as Service names are \(got "9lives"\)\. Fix: use at most 63 lower-case letters, digits and '-', starting with a letter and ending with a letter or digit/],
      ['an app name that starts with a digit, which the Service is named after by default', { app: '9lives' },
        /\[test\/Service\] name: must be a DNS-1035 label, as Service names are \(got "9lives"\)/],
      ['a Service name over 63 characters', { name: 'g'.repeat(64) },
        /\[test\/Service\] name: must be a DNS-1035 label, as Service names are \(got "g{64}"\)\. Fix: use at most 63 lower-case letters/],
      ['port 0', { port: 0 },
        /\[test\/Service\] port: is not a port number \(got 0\)\. Fix: use a whole number from 1 to 65535/],
      ['port 70000', { port: 70000 },
        /\[test\/Service\] port: is not a port number \(got 70000\)\. Fix: use a whole number from 1 to 65535/],
      ['port 1.5', { port: 1.5 },
        /\[test\/Service\] port: is not a port number \(got 1\.5\)\. Fix: use a whole number from 1 to 65535/],
      ['target port 0', { targetPort: 0 },
        /\[test\/Service\] targetPort: is not a port number \(got 0\)\. Fix: use a whole number from 1 to 65535/],
      ['target port 70000', { targetPort: 70000 },
        /\[test\/Service\] targetPort: is not a port number \(got 70000\)\. Fix: use a whole number from 1 to 65535/],
    ])('%s', (_, defect, error) => {
      // GIVEN
      const chart = Testing.chart();

      // WHEN
      new MeshService(chart, 'Service', { app: 'greeter-service', ...defect });

      // THEN
      expect(() => synth(chart)).toThrow(error);
    });
  });
});
