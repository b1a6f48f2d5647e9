import { Testing } from 'cdk8s';
import { EgressGatewayRoute, ServiceEntry, SimpleLoadBalancer } from '../../lib';
import { analyzedChart, kindsAndNames, only, synth } from '../support/manifests';

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
});
