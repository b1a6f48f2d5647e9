import { Testing } from 'cdk8s';
import { FleetChart } from '../../lib/constructs/fleet-chart';
import { parseFleetConfig } from '../../lib/fleet/fleet-config';
import { kindsAndNames, only, synth } from '../support/manifests';

const CONFIG = parseFleetConfig(`name: shop
argocd: { repoURL: https://git.example.com/platform.git, path: dist }
environments:
  dev: { namespace: shop-dev }
  prod: { namespace: shop, cluster: prod, notAheadOf: dev }
services:
  orders:
    port: 8080
    stable: { name: v1, image: orders:1 }
    candidate: { name: v2, image: orders:2, replicas: 4 }
    steps: [{ candidateWeight: 30 }]
    live: { dev: canary-30, prod: routed }
`, 'rollouts.yaml');

describe('FleetChart', () => {
  test('renders the service at the step that is live in the environment, in its namespace, labelled with the fleet', () => {
    // GIVEN
    const app = Testing.app();
    const [dev, prod] = CONFIG.environments;

    // WHEN
    const devChart = new FleetChart(app, 'orders-dev', { fleet: CONFIG, service: CONFIG.services[0], environment: dev });
    const prodChart = new FleetChart(app, 'orders-prod', { fleet: CONFIG, service: CONFIG.services[0], environment: prod });
    const devObjects = synth(devChart);
    const prodObjects = synth(prodChart);

    // THEN
    expect(devChart.step).toEqual('canary-30');
    expect(prodChart.step).toEqual('routed');
    expect(kindsAndNames(devObjects).sort()).toEqual(['Deployment/orders-v1', 'Deployment/orders-v2', 'DestinationRule/orders', 'Service/orders', 'VirtualService/orders']);
    expect(kindsAndNames(prodObjects).sort()).toEqual(['Deployment/orders-v1', 'DestinationRule/orders', 'Service/orders', 'VirtualService/orders']);
    expect(only(devObjects, 'VirtualService').spec.http[0].route.map((route: any) => route.weight)).toEqual([70, 30]);
    expect(only(devObjects, 'Deployment', 'orders-v2').spec.replicas).toEqual(4);
    expect(only(prodObjects, 'Service').spec.ports[0].port).toEqual(8080);
    expect(devObjects.every((object) => object.metadata.namespace === 'shop-dev' && object.metadata.labels?.['app.kubernetes.io/part-of'] === 'shop')).toBe(true);
    expect(prodObjects.every((object) => object.metadata.namespace === 'shop')).toBe(true);
  });
});
