import { Chart, Testing } from 'cdk8s';
import { MeshService, MeshServiceProps, ServiceProtocol } from '../../lib';
import { analyzedChart, deployedService, only, synth, synthErrorLines } from '../support/manifests';

/** The warning about a Service of `app` that no pod template matches. */
const selectsNothing = (app: string) =>
  `[test/Service] warning service-selects-nothing app: no pod template of the app carries app=${app}. Fix: fix the selector, or add the workload`;

describe('MeshService', () => {
  test('is a Service named after the app that selects its pods by app only, whatever their version', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();

    // WHEN
    new MeshService(chart, 'Service', { app: 'greeter-service' });

    // THEN
    const manifests = synth(chart);
    expect(warnings).toEqual([selectsNothing('greeter-service')]);
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
    deployedService(chart, 'Service', { app: 'greeter-service' });

    // THEN
    expect(only(synth(chart), 'Service').metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '0' });
  });

  test('exposes its name, port, fully qualified host and URL in the default namespace', () => {
    // GIVEN
    const chart = new Chart(Testing.app(), 'test', { namespace: 'default' });

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

  test('in a chart without a namespace, has the short name as host, which resolves in the namespace it is applied to, never a silent default', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const service = new MeshService(chart, 'Service', { app: 'reviews', port: 9080 });

    // THEN
    expect(service.namespace).toBeUndefined();
    expect(service.host).toEqual('reviews');
    expect(service.url).toEqual('http://reviews:9080');
  });

  test('has several ports, each named after its protocol, and labels besides app', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const service = deployedService(chart, 'Service', {
      app: 'echo',
      labels: { service: 'echo' },
      ports: [
        { port: 9000, protocol: ServiceProtocol.TCP },
        { port: 9001, protocol: ServiceProtocol.TCP },
        { port: 8080, name: 'http-admin', targetPort: 8081 },
      ],
      versions: ['v1'],
    });

    // THEN
    expect(service.port).toEqual(9000);
    const written = only(synth(chart), 'Service');
    expect(written.metadata.labels).toEqual({ service: 'echo', app: 'echo' });
    expect(written.spec.ports).toEqual([
      { name: 'tcp', port: 9000, targetPort: 9000 },
      { name: 'tcp-9001', port: 9001, targetPort: 9001 },
      { name: 'http-admin', port: 8080, targetPort: 8081 },
    ]);
  });

  test('takes its host from the chart namespace', () => {
    // GIVEN
    const chart = new Chart(Testing.app(), 'test', { namespace: 'shop' });

    // WHEN
    const service = deployedService(chart, 'Service', { app: 'greeter-service', name: 'greeter', port: 8080 });

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
    deployedService(chart, 'Service', { app: 'greeter-service', name: 'greeter', port: 80, targetPort: 3000 });

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
    const service = deployedService(chart, 'Service', { app: 'greeter-service', protocol });

    // THEN
    expect(only(synth(chart), 'Service').spec.ports).toEqual([{ name: portName, port: 3000, targetPort: 3000 }]);
    expect(service.url).toEqual(`${scheme}://greeter-service:3000`);
  });

  describe('reports bad input at synth', () => {
    const PORT_FIX = 'use a whole number from 1 to 65535';
    const NAME_FIX = 'use lower-case letters, digits and \'-\', at most 63 characters, starting with a letter and ending with a letter or digit';
    const LABEL_FIX = 'use at most 63 letters, digits, \'-\', \'_\' and \'.\', starting and ending with a letter or digit, as a string';

    test.each<[string, Partial<MeshServiceProps>, string[]]>([
      ['an app name with an underscore, which the Service is named after by default', { app: 'Greeter_Service' }, [
        `[test/Service] error name-invalid name: "Greeter_Service" is not a valid Service name (DNS-1035 label). Fix: ${NAME_FIX}`,
      ]],
      ['an app name over 63 characters, which no label value may be', { app: 'a'.repeat(64) }, [
        `[test/Service] error name-invalid name: "${'a'.repeat(64)}" is not a valid Service name (DNS-1035 label). Fix: ${NAME_FIX}`,
        `[test/Service] error label-value-invalid app: "${'a'.repeat(64)}" is not a label value. Fix: ${LABEL_FIX}`,
      ]],
      ['an upper-case Service name', { name: 'Greeter' }, [
        `[test/Service] error name-invalid name: "Greeter" is not a valid Service name (DNS-1035 label). Fix: ${NAME_FIX}`,
      ]],
      ['a Service name that starts with a digit (Services need a DNS-1035 label)', { name: '9lives' }, [
        `[test/Service] error name-invalid name: "9lives" is not a valid Service name (DNS-1035 label). Fix: ${NAME_FIX}`,
      ]],
      ['an app name that starts with a digit, which the Service is named after by default', { app: '9lives' }, [
        `[test/Service] error name-invalid name: "9lives" is not a valid Service name (DNS-1035 label). Fix: ${NAME_FIX}`,
      ]],
      ['a Service name over 63 characters', { name: 'g'.repeat(64) }, [
        `[test/Service] error name-invalid name: "${'g'.repeat(64)}" is not a valid Service name (DNS-1035 label). Fix: ${NAME_FIX}`,
      ]],
      ['port 0', { port: 0 }, [
        `[test/Service] error port-invalid port: 0 is not a port number. Fix: ${PORT_FIX}`,
      ]],
      ['port 70000, which the target port is by default', { port: 70000 }, [
        `[test/Service] error port-invalid port: 70000 is not a port number. Fix: ${PORT_FIX}`,
        `[test/Service] error port-invalid targetPort: 70000 is not a port number. Fix: ${PORT_FIX}`,
      ]],
      ['port 1.5, which the target port is by default', { port: 1.5 }, [
        `[test/Service] error port-invalid port: 1.5 is not a port number. Fix: ${PORT_FIX}`,
        `[test/Service] error port-invalid targetPort: 1.5 is not a port number. Fix: ${PORT_FIX}`,
      ]],
      ['target port 0, which the Service leaves out of its manifest', { targetPort: 0 }, [
        `[test/Service] targetPort: is not a port number (got 0). Fix: ${PORT_FIX}`,
      ]],
      ['target port 70000', { targetPort: 70000 }, [
        `[test/Service] error port-invalid targetPort: 70000 is not a port number. Fix: ${PORT_FIX}`,
      ]],
    ])('%s, with the construct path, the code, the prop, the message and the fix', (_, defect, errors) => {
      // GIVEN
      const { chart, warnings } = analyzedChart();
      const props: MeshServiceProps = { app: 'greeter-service', ...defect };

      // WHEN
      new MeshService(chart, 'Service', props);

      // THEN
      expect(synthErrorLines(chart)).toEqual(errors);
      expect(warnings).toEqual([selectsNothing(props.app)]);
    });
  });
});
