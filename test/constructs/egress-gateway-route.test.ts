import { Testing } from 'cdk8s';
import { EgressGatewayRoute, EgressGatewayRouteProps, ServiceEntry, SimpleLoadBalancer } from '../../lib';
import { analyzedChart, kindsAndNames, only, synth, synthErrorLines } from '../support/manifests';

const EGRESS_GATEWAY = 'istio-egressgateway.istio-system.svc.cluster.local';

describe('EgressGatewayRoute', () => {
  test('routes the sidecars\' requests to the egress gateway and the gateway\'s to the host, by match.gateways', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const route = new EgressGatewayRoute(chart, 'Cnn', { host: 'edition.cnn.com' });

    // THEN
    const manifests = synth(chart);
    expect(kindsAndNames(manifests)).toEqual(['Gateway/istio-egressgateway', 'DestinationRule/egressgateway-for-edition', 'VirtualService/direct-edition-through-egress-gateway']);
    expect(only(manifests, 'Gateway').spec).toEqual({
      selector: { istio: 'egressgateway' }, servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['edition.cnn.com'] }],
    });
    expect(only(manifests, 'DestinationRule').spec).toEqual({ host: EGRESS_GATEWAY, subsets: [{ name: 'edition' }] });
    expect(only(manifests, 'VirtualService').spec).toEqual({
      hosts: ['edition.cnn.com'],
      gateways: ['istio-egressgateway', 'mesh'],
      http: [
        { match: [{ gateways: ['mesh'], port: 80 }], route: [{ destination: { host: EGRESS_GATEWAY, port: { number: 80 }, subset: 'edition' }, weight: 100 }] },
        { match: [{ gateways: ['istio-egressgateway'], port: 80 }], route: [{ destination: { host: 'edition.cnn.com', port: { number: 80 } }, weight: 100 }] },
      ],
    });
    expect(route.originationRule).toBeUndefined();
  });

  test('with TLS origination, the gateway sends the requests to the TLS port and opens SIMPLE TLS there', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new EgressGatewayRoute(chart, 'Cnn', {
      host: 'edition.cnn.com', subset: 'cnn', gatewayName: 'egress', gatewaySelector: { istio: 'egress' }, serverPortName: 'http-port-for-tls-origination',
      originateTls: { port: 443, loadBalancer: SimpleLoadBalancer.ROUND_ROBIN, caCredentialName: 'cnn-ca' },
    });

    // THEN
    const manifests = synth(chart);
    expect(only(manifests, 'VirtualService').spec.http[1].route).toEqual([{ destination: { host: 'edition.cnn.com', port: { number: 443 } }, weight: 100 }]);
    expect(only(manifests, 'VirtualService').spec.gateways).toEqual(['egress', 'mesh']);
    expect(only(manifests, 'DestinationRule', 'originate-tls-for-edition-cnn-com').spec).toEqual({
      host: 'edition.cnn.com',
      trafficPolicy: { loadBalancer: { simple: 'ROUND_ROBIN' }, portLevelSettings: [{ port: { number: 443 }, tls: { mode: 'SIMPLE', credentialName: 'cnn-ca' } }] },
    });
  });

  test('is clean under the analysis with its ServiceEntry: the egress gateway\'s Service is installed with Istio', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();

    // WHEN
    new ServiceEntry(chart, 'Cnn', { name: 'cnn', hosts: ['edition.cnn.com'], ports: [{ number: 80, name: 'http', protocol: 'HTTP' }] });
    new EgressGatewayRoute(chart, 'Route', { host: 'edition.cnn.com', subset: 'cnn' });

    // THEN
    expect(kindsAndNames(synth(chart))).toHaveLength(4);
    expect(warnings).toEqual([]);
  });

  describe('reports bad input at synth', () => {
    const PORT_FIX = 'use a whole number from 1 to 65535';
    const NAME_FIX = 'use lower-case letters, digits, \'.\' and \'-\', at most 253 characters, starting with a letter or digit and ending with a letter or digit';

    test.each<[string, Partial<EgressGatewayRouteProps>, string[]]>([
      ['a port above 65535', { port: 70000 }, [
        `[test/Route] error port-invalid port: 70000 is not a port number. Fix: ${PORT_FIX}`,
      ]],
      ['a TLS port of 0', { originateTls: { port: 0, caCredentialName: 'cnn-ca' } }, [
        `[test/Route] error port-invalid originateTls.port: 0 is not a port number. Fix: ${PORT_FIX}`,
      ]],
      ['a subset name that is no DNS-1123 label', { subset: 'CNN_x' }, [
        `[test/Route] error name-invalid subset: "egressgateway-for-CNN_x" is not a valid name (DNS-1123 subdomain). Fix: ${NAME_FIX}`,
        '[test/Route] error dr-subset-name-invalid subset: "CNN_x" is not a DNS-1123 label. Fix: use lower-case letters, digits and \'-\', e.g. v2',
        `[test/Route] error name-invalid subset: "direct-CNN_x-through-egress-gateway" is not a valid name (DNS-1123 subdomain). Fix: ${NAME_FIX}`,
      ]],
      ['a gateway name Istio rejects', { gatewayName: 'Egress_GW' }, [
        `[test/Route] error name-invalid gatewayName: "Egress_GW" is not a valid name (DNS-1123 subdomain). Fix: ${NAME_FIX}`,
        '[test/Route] error vs-gateway-name-invalid gatewayName: "Egress_GW" is not a gateway name or namespace/name. Fix: write the Gateway\'s name, namespace/name, or mesh',
      ]],
      ['a gateway host that is no host name', { gatewayHost: 'Egress_Gateway' }, [
        '[test/Route] error dr-host-invalid gatewayHost: "Egress_Gateway" has the invalid label "Egress_Gateway". '
          + 'Fix: write a lower-case host name: a Service short name, name.namespace, an FQDN or *.domain',
      ]],
    ])('%s, with the construct path, the code, the prop, the message and the fix', (_, props, errors) => {
      // GIVEN
      const { chart, warnings } = analyzedChart();
      new ServiceEntry(chart, 'Cnn', { name: 'cnn', hosts: ['edition.cnn.com'], ports: [{ number: 80, name: 'http', protocol: 'HTTP' }] });

      // WHEN
      new EgressGatewayRoute(chart, 'Route', { host: 'edition.cnn.com', subset: 'cnn', ...props });

      // THEN
      expect(synthErrorLines(chart)).toEqual(errors);
      expect(warnings).toEqual([]);
    });
  });
});
