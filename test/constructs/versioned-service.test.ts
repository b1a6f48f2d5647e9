import {
  Gateway, IstioApiVersion, RolloutPhaseName, RolloutPlan, ServiceProtocol, ServiceVersion, StringMatch, TlsMode, TrafficApi, VersionedService, VersionedServiceProps,
} from '../../lib';
import { Chart } from 'cdk8s';
import { Manifest, analyzedChart, kindsAndNames, only, synth, synthErrorLines, defaultChart } from '../support/manifests';

const HOST = 'greeter-service.default.svc.cluster.local';
const V1: ServiceVersion = { name: 'v1', image: 'learnistio/greeter-service:1.0.0', replicas: 3 };
const V2: ServiceVersion = { name: 'v2', image: 'learnistio/greeter-service:2.0.0', replicas: 3 };
const PLAN = new RolloutPlan({ stable: V1, candidate: V2 });

function render(props: Partial<VersionedServiceProps> & { phase: string }): Manifest[] {
  const chart = defaultChart();
  new VersionedService(chart, 'Greeter', { app: 'greeter-service', plan: PLAN, ...props });
  return synth(chart);
}

/** The VirtualService's catch-all split as `{ subset: weight }`. */
function weights(manifests: Manifest[]): Record<string, number> {
  const http = only(manifests, 'VirtualService').spec.http;
  return Object.fromEntries(http[http.length - 1].route.map((route: any) => [route.destination.subset, route.weight]));
}

const subsets = (manifests: Manifest[]) => only(manifests, 'DestinationRule').spec.subsets.map((subset: any) => subset.name);

describe('VersionedService', () => {
  test('renders only the Service and the stable Deployment in the stable phase', () => {
    // GIVEN
    const chart = defaultChart();

    // WHEN
    const greeter = new VersionedService(chart, 'Greeter', { app: 'greeter-service', plan: PLAN, phase: RolloutPhaseName.STABLE });

    // THEN
    expect(kindsAndNames(synth(chart))).toEqual(['Service/greeter-service', 'Deployment/greeter-service-v1']);
    expect(greeter.phase).toBe(PLAN.phase('stable'));
    expect(greeter.destinationRule).toBeUndefined();
    expect(greeter.virtualService).toBeUndefined();
    expect(greeter.workloads.map((workload) => workload.version)).toEqual([V1]);
    expect(greeter.service.host).toEqual(HOST);
  });

  test('defines the subsets in phase subsets, without a VirtualService that could use them before sidecars know them', () => {
    // GIVEN
    const chart = defaultChart();

    // WHEN
    const greeter = new VersionedService(chart, 'Greeter', { app: 'greeter-service', plan: PLAN, phase: RolloutPhaseName.SUBSETS });

    // THEN
    const manifests = synth(chart);
    expect(kindsAndNames(manifests)).toEqual(['Service/greeter-service', 'Deployment/greeter-service-v1', 'DestinationRule/greeter-service']);
    expect(subsets(manifests)).toEqual(['v1', 'v2']);
    expect(greeter.destinationRule?.subsetNames).toEqual(['v1', 'v2']);
    expect(greeter.virtualService).toBeUndefined();
  });

  test.each([
    ['routed', ['greeter-service-v1'], ['v1', 'v2'], { v1: 100, v2: 0 }],
    ['dark', ['greeter-service-v1', 'greeter-service-v2'], ['v1', 'v2'], { v1: 100, v2: 0 }],
    ['canary-10', ['greeter-service-v1', 'greeter-service-v2'], ['v1', 'v2'], { v1: 90, v2: 10 }],
    ['canary-50', ['greeter-service-v1', 'greeter-service-v2'], ['v1', 'v2'], { v1: 50, v2: 50 }],
    ['promoted', ['greeter-service-v1', 'greeter-service-v2'], ['v1', 'v2'], { v1: 0, v2: 100 }],
    ['retired', ['greeter-service-v2'], ['v2'], { v2: 100 }],
  ])('in phase %s deploys %j, defines subsets %j and splits %j', (phase, deployments, definedSubsets, split) => {
    // GIVEN / WHEN
    const manifests = render({ phase });

    // THEN
    expect(manifests.filter((manifest) => manifest.kind === 'Deployment').map((manifest) => manifest.metadata.name)).toEqual(deployments);
    expect(only(manifests, 'Service').spec.selector).toEqual({ app: 'greeter-service' });
    expect(subsets(manifests)).toEqual(definedSubsets);
    expect(weights(manifests)).toEqual(split);
    expect(only(manifests, 'VirtualService').metadata.name).toEqual('greeter-service');
    expect(only(manifests, 'VirtualService').spec.hosts).toEqual([HOST]);
  });

  test.each(PLAN.phaseNames.filter((name) => name !== 'stable' && name !== 'subsets'))('in phase %s writes the DestinationRule before the VirtualService', (phase) => {
    // GIVEN / WHEN
    const order = render({ phase }).map((manifest) => manifest.kind);

    // THEN
    expect(order.indexOf('DestinationRule')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('DestinationRule')).toBeLessThan(order.indexOf('VirtualService'));
  });

  test('routes to the subsets on the Service host and port, and runs each version image with its replicas', () => {
    // GIVEN / WHEN
    const manifests = render({ phase: 'canary-10' });

    // THEN
    expect(only(manifests, 'VirtualService').spec.http).toEqual([{
      route: [
        { destination: { host: HOST, port: { number: 3000 }, subset: 'v1' }, weight: 90 },
        { destination: { host: HOST, port: { number: 3000 }, subset: 'v2' }, weight: 10 },
      ],
    }]);
    const v2 = only(manifests, 'Deployment', 'greeter-service-v2');
    expect(v2.spec.replicas).toEqual(3);
    expect(v2.spec.template.spec.containers[0].image).toEqual('learnistio/greeter-service:2.0.0');
    expect(v2.spec.template.metadata.labels).toEqual({ app: 'greeter-service', version: 'v2' });
    expect(manifests).toMatchSnapshot();
  });

  test('passes the port to the Service, the container and the routes, and the other options to what they configure', () => {
    // GIVEN / WHEN
    const manifests = render({
      phase: 'dark', port: 8080, protocol: ServiceProtocol.GRPC, tlsMode: TlsMode.DISABLE, containerName: 'svc', apiVersion: IstioApiVersion.V1BETA1,
    });

    // THEN
    expect(only(manifests, 'Service').spec.ports).toEqual([{ name: 'grpc', port: 8080, targetPort: 8080 }]);
    const container = only(manifests, 'Deployment', 'greeter-service-v1').spec.template.spec.containers[0];
    expect(container.name).toEqual('svc');
    expect(container.ports).toEqual([{ containerPort: 8080, name: 'http' }]);
    expect(container.startupProbe.tcpSocket).toEqual({ port: 8080 });
    expect(only(manifests, 'DestinationRule').spec.trafficPolicy).toEqual({ tls: { mode: 'DISABLE' } });
    expect(only(manifests, 'VirtualService').spec.http[0].route[0].destination.port).toEqual({ number: 8080 });
    expect(only(manifests, 'DestinationRule').apiVersion).toEqual('networking.istio.io/v1beta1');
    expect(only(manifests, 'VirtualService').apiVersion).toEqual('networking.istio.io/v1beta1');
  });

  test('lets the container port differ from the Service port, which targets the container port', () => {
    // GIVEN / WHEN
    const manifests = render({ phase: 'stable', port: 80, containerPort: 3000 });

    // THEN
    expect(only(manifests, 'Service').spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 3000 }]);
    expect(only(manifests, 'Deployment').spec.template.spec.containers[0].ports).toEqual([{ containerPort: 3000, name: 'http' }]);
  });

  test('renders a header opt-in step as a matching route to the candidate before the catch-all to stable', () => {
    // GIVEN
    const plan = new RolloutPlan({ stable: V1, candidate: V2, steps: [{ headerOptIn: { 'x-beta-optin': StringMatch.exact('true') } }] });

    // WHEN
    const manifests = render({ plan, phase: 'opt-in-x-beta-optin' });

    // THEN
    expect(only(manifests, 'VirtualService').spec.http).toEqual([
      {
        match: [{ headers: { 'x-beta-optin': { exact: 'true' } } }],
        route: [{ destination: { host: HOST, port: { number: 3000 }, subset: 'v2' }, weight: 100 }],
      },
      { route: [{ destination: { host: HOST, port: { number: 3000 }, subset: 'v1' }, weight: 100 }] },
    ]);
  });

  test('renders a mirror step as a route to stable that mirrors to the candidate subset', () => {
    // GIVEN
    const plan = new RolloutPlan({ stable: V1, candidate: V2, steps: [{ mirrorPercentage: 100 }] });

    // WHEN
    const manifests = render({ plan, phase: 'mirror-100' });

    // THEN
    expect(only(manifests, 'VirtualService').spec.http).toEqual([{
      route: [{ destination: { host: HOST, port: { number: 3000 }, subset: 'v1' }, weight: 100 }],
      mirror: { host: HOST, port: { number: 3000 }, subset: 'v2' },
      mirrorPercentage: { value: 100 },
    }]);
  });

  test('throws at construction for an unknown phase, naming the construct path and listing the phase names', () => {
    // GIVEN
    const chart = defaultChart();

    // WHEN / THEN
    expect(() => new VersionedService(chart, 'Greeter', { app: 'greeter-service', plan: PLAN, phase: 'canary-20' })).toThrow(
      /^\[test\/Greeter\] phase: no phase "canary-20" in the rollout plan\. Fix: use one of stable, subsets, routed, dark, canary-10, canary-50, promoted, retired, rolled-back, aborted$/,
    );
  });

  test.each(['stable', 'dark', 'promoted'])('reports stable and candidate with the same version name at synth in phase %s', (phase) => {
    // GIVEN
    const chart = defaultChart();
    const plan = new RolloutPlan({ stable: V1, candidate: { ...V2, name: 'v1' } });

    // WHEN
    const construct = () => new VersionedService(chart, 'Greeter', { app: 'greeter-service', plan, phase });

    // THEN
    expect(construct).not.toThrow();
    expect(() => synth(chart)).toThrow(/\[test\/Greeter\] plan\.candidate\.name: is the name of the stable version too \(got "v1"\)\. Fix: give the candidate a version name of its own/);
  });

  test('reports every problem of the service and its plan in one error', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart({ namespace: 'default' });
    const plan = new RolloutPlan({ stable: V1, candidate: V2, steps: [{ candidateWeight: 10 }, { candidateWeight: 12.5 }] });
    const NAME_FIX = 'use lower-case letters, digits, \'.\' and \'-\', at most 253 characters, starting with a letter or digit and ending with a letter or digit';
    const PORT_FIX = 'use a whole number from 1 to 65535';

    // WHEN
    new VersionedService(chart, 'Greeter', { app: 'Greeter_Service', plan, phase: 'canary-10', port: 0 });
    const lines = synthErrorLines(chart);

    // THEN
    expect(lines).toEqual([
      '[test/Greeter] plan.steps[1].candidateWeight: a traffic step gives the candidate part of the traffic (got 12.5). Fix: use a whole percentage from 1 to 99 (the dark phase has 0 and the promotion 100)',
      '[test/Greeter/Service] error name-invalid name: "Greeter_Service" is not a valid Service name (DNS-1035 label). '
        + 'Fix: use lower-case letters, digits and \'-\', at most 63 characters, starting with a letter and ending with a letter or digit',
      `[test/Greeter/Service] error port-invalid port: 0 is not a port number. Fix: ${PORT_FIX}`,
      `[test/Greeter/Workload-v1] error name-invalid app, version.name: "Greeter_Service-v1" is not a valid name (DNS-1123 subdomain). Fix: ${NAME_FIX}`,
      `[test/Greeter/Workload-v1] error port-invalid containerPort: 0 is not a port number. Fix: ${PORT_FIX}`,
      `[test/Greeter/Workload-v2] error name-invalid app, version.name: "Greeter_Service-v2" is not a valid name (DNS-1123 subdomain). Fix: ${NAME_FIX}`,
      `[test/Greeter/Workload-v2] error port-invalid containerPort: 0 is not a port number. Fix: ${PORT_FIX}`,
      `[test/Greeter/DestinationRule] error name-invalid name: "Greeter_Service" is not a valid name (DNS-1123 subdomain). Fix: ${NAME_FIX}`,
      '[test/Greeter/DestinationRule] error dr-host-invalid service: "Greeter_Service.default.svc.cluster.local" has the invalid label "Greeter_Service". '
        + 'Fix: write a lower-case host name: a Service short name, name.namespace, an FQDN or *.domain',
      `[test/Greeter/VirtualService] error name-invalid name: "Greeter_Service" is not a valid name (DNS-1123 subdomain). Fix: ${NAME_FIX}`,
      '[test/Greeter/VirtualService] error vs-host-invalid hosts[0]: "Greeter_Service.default.svc.cluster.local" has the invalid label "Greeter_Service". '
        + 'Fix: write a lower-case host name: a Service short name, name.namespace, an FQDN, *.domain or an IP address',
      `[test/Greeter/VirtualService] error port-invalid http[0].route[0].port: 0 is not a port number. Fix: ${PORT_FIX}`,
      `[test/Greeter/VirtualService] error port-invalid http[0].route[1].port: 0 is not a port number. Fix: ${PORT_FIX}`,
    ]);
    expect(warnings).toEqual([]);
  });

  describe('exposed through gateways', () => {
    /** The greeter rendered in a phase with a gateway for greeter.example.com. */
    function exposed(phase: string): Manifest[] {
      const chart = defaultChart();
      const gateway = new Gateway(chart, 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['greeter.example.com'] }] });
      new VersionedService(chart, 'Greeter', {
        app: 'greeter-service', plan: PLAN, phase, gateways: [gateway], gatewayHosts: ['greeter.example.com'],
      });
      return synth(chart);
    }

    test('before routes by subset exist, the gateway reaches the Service as a whole, and the mesh needs no route', () => {
      // WHEN
      const manifests = exposed(RolloutPhaseName.SUBSETS);

      // THEN
      expect(only(manifests, 'VirtualService').spec).toEqual({
        hosts: ['greeter.example.com'],
        gateways: ['public'],
        http: [{ route: [{ destination: { host: HOST, port: { number: 3000 } } }] }],
      });
    });

    test.each([
      [RolloutPhaseName.DARK, { v1: 100, v2: 0 }],
      ['canary-10', { v1: 90, v2: 10 }],
    ])('in phase %s, the gateway follows the same subset split as the mesh', (phase, split) => {
      // WHEN
      const virtualService = only(exposed(phase), 'VirtualService');

      // THEN
      expect(virtualService.spec.hosts).toEqual([HOST, 'greeter.example.com']);
      expect(virtualService.spec.gateways).toEqual(['public', 'mesh']);
      expect(weights([virtualService])).toEqual(split);
    });
  });

  describe('exposed through gateways named as Istio writes them', () => {
    /**
     * The greeter in `phase` of chart `test` (namespace `default`), exposed through the Gateway `public` beside it and
     * the shared `ingressgateway` of chart `istio-system`, both serving greeter.example.com; `gateways` chooses how the
     * service names them.
     */
    function exposedBy(phase: string, gateways: (shared: { public: Gateway; ingress: Gateway }) => VersionedServiceProps['gateways']) {
      const { app, chart, warnings } = analyzedChart({ namespace: 'default' });
      const ingress = new Gateway(new Chart(app, 'istio-system', { namespace: 'istio-system' }), 'Ingress', {
        name: 'ingressgateway', servers: [{ port: 80, hosts: ['greeter.example.com'] }],
      });
      const gateway = new Gateway(chart, 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['greeter.example.com'] }] });
      new VersionedService(chart, 'Greeter', {
        app: 'greeter-service', plan: PLAN, phase, gateways: gateways({ public: gateway, ingress }), gatewayHosts: ['greeter.example.com'],
      });
      return { virtualService: only(synth(chart), 'VirtualService'), warnings };
    }

    test.each([
      [RolloutPhaseName.STABLE, ['public', 'istio-system/ingressgateway']],
      [RolloutPhaseName.SUBSETS, ['public', 'istio-system/ingressgateway']],
      ['canary-10', ['public', 'istio-system/ingressgateway', 'mesh']],
    ])('in phase %s, a name and a namespace/name bind the VirtualService to %j, as the Gateway constructs do', (phase, written) => {
      // WHEN
      const byName = exposedBy(phase, () => ['public', 'istio-system/ingressgateway']);
      const byConstruct = exposedBy(phase, (shared) => [shared.public, shared.ingress]);

      // THEN
      expect(byName.virtualService.spec.gateways).toEqual(written);
      expect(byName.virtualService.spec).toEqual(byConstruct.virtualService.spec);
      expect([...byName.warnings, ...byConstruct.warnings]).toEqual([]);
    });

    test('mixes Gateway constructs and names, in the order given', () => {
      // WHEN
      const { virtualService } = exposedBy('canary-10', (shared) => ['istio-system/ingressgateway', shared.public]);

      // THEN
      expect(virtualService.spec.gateways).toEqual(['istio-system/ingressgateway', 'public', 'mesh']);
      expect(virtualService.spec.hosts).toEqual([HOST, 'greeter.example.com']);
      expect(weights([virtualService])).toEqual({ v1: 90, v2: 10 });
    });

    const NAME_INVALID = 'is not a gateway name or namespace/name. Fix: write the Gateway\'s name, namespace/name, or mesh';
    test.each<[string, string[], string, string[]]>([
      ['an empty name', [''], RolloutPhaseName.SUBSETS, [`[test/Greeter/VirtualService] error vs-gateway-name-invalid gateways[0]: "" ${NAME_INVALID}`]],
      ['a name with two slashes', ['public', 'istio-system/ingress/gateway'], 'canary-10',
        [`[test/Greeter/VirtualService] error vs-gateway-name-invalid gateways[1]: "istio-system/ingress/gateway" ${NAME_INVALID}`]],
      ['a namespace that is no DNS label', ['Istio_System/ingressgateway'], 'canary-10',
        [`[test/Greeter/VirtualService] error vs-gateway-name-invalid gateways[0]: "Istio_System/ingressgateway" ${NAME_INVALID}`]],
      ['an empty namespace', ['/ingressgateway'], RolloutPhaseName.STABLE, [`[test/Greeter/VirtualService] error vs-gateway-name-invalid gateways[0]: "/ingressgateway" ${NAME_INVALID}`]],
      ['a name in upper case', ['Public'], RolloutPhaseName.DARK, [`[test/Greeter/VirtualService] error vs-gateway-name-invalid gateways[0]: "Public" ${NAME_INVALID}`]],
      ['a Gateway the app does not have', ['istio-system/public'], 'canary-10',
        ['[test/Greeter/VirtualService] error vs-gateway-not-found gateways[0]: no Gateway istio-system/public in the mesh. Fix: add the Gateway, or refer to it as namespace/name (\'mesh\' means the sidecars)']],
      ...[RolloutPhaseName.SUBSETS, 'canary-10'].map((phase): [string, string[], string, string[]] => [`mesh in phase ${phase}`, ['public', 'mesh'], phase, [
        '[test/Greeter] gateways[1]: is the sidecars of the mesh, not a gateway: the routes apply to them once the phase routes by subset, '
          + 'and before that the mesh reaches the Service without a route (got "mesh"). Fix: leave mesh out, and list only the gateways that expose the service',
      ]]),
    ])('reports %s at synth, naming the prop', (_, gateways, phase, expected) => {
      // GIVEN
      const { chart, warnings } = analyzedChart({ namespace: 'default' });
      new Gateway(chart, 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['greeter.example.com'] }] });

      // WHEN
      const construct = () => new VersionedService(chart, 'Greeter', { app: 'greeter-service', plan: PLAN, phase, gateways, gatewayHosts: ['greeter.example.com'] });

      // THEN
      expect(construct).not.toThrow();
      expect(synthErrorLines(chart)).toEqual(expected);
      expect(warnings).toEqual([]);
    });

    test('with the Gateway API, lists the gateways it cannot expose the service through as the VirtualService would name them', () => {
      // GIVEN
      const { app, chart } = analyzedChart({ namespace: 'default' });
      const ingress = new Gateway(new Chart(app, 'istio-system', { namespace: 'istio-system' }), 'Ingress', { name: 'ingressgateway', servers: [{ port: 80, hosts: ['*'] }] });

      // WHEN
      new VersionedService(chart, 'Greeter', { app: 'greeter-service', plan: PLAN, phase: 'canary-10', trafficApi: TrafficApi.GATEWAY_API, gateways: [ingress, 'public'] });

      // THEN
      expect(synthErrorLines(chart)).toEqual([
        '[test/Greeter] gateways: not portable to Gateway API: Istio Gateways take VirtualServices only (got ["istio-system/ingressgateway","public"]). '
          + 'Fix: expose the service with a GatewayApiHttpRoute whose parent is a GatewayApiGateway, or use trafficApi: TrafficApi.ISTIO',
      ]);
    });
  });
});
