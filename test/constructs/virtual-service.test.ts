import { Chart, Duration, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import {
  DestinationRule, FindingLevel, Gateway, GatewayProtocol, HttpRoute, MeshAnalysis, MeshService, StringMatch, VirtualService, VirtualServiceProps, WarningAction,
} from '../../lib';
import { analyzedChart, deployedService, kindsAndNames, only, synth, synthErrorLines, defaultChart } from '../support/manifests';

const HOST = 'greeter-service.default.svc.cluster.local';

/** The greeter Service with running pods of v1 and v2, and a DestinationRule with subsets v1 and v2. */
function greeter(scope: Construct): { service: MeshService; rule: DestinationRule } {
  const service = deployedService(scope, 'Service', { app: 'greeter-service', versions: ['v1', 'v2'] });
  const rule = new DestinationRule(scope, 'Rule', {
    service, versions: [{ name: 'v1', image: 'greeter:1' }, { name: 'v2', image: 'greeter:2' }],
  });
  return { service, rule };
}

describe('VirtualService', () => {
  test('splits the requests to a host between subsets by weight', () => {
    // GIVEN
    const chart = defaultChart();
    const { rule } = greeter(chart);

    // WHEN
    const routes = new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http: [{ route: rule.split({ v1: 90, v2: 10 }) }] });

    // THEN
    const manifest = only(synth(chart), 'VirtualService');
    expect(manifest.apiVersion).toEqual('networking.istio.io/v1');
    expect(manifest.metadata.name).toEqual('greeter-service');
    expect(manifest.spec).toEqual({
      hosts: [HOST],
      http: [{
        route: [
          { destination: { host: HOST, port: { number: 3000 }, subset: 'v1' }, weight: 90 },
          { destination: { host: HOST, port: { number: 3000 }, subset: 'v2' }, weight: 10 },
        ],
      }],
    });
    expect(routes.hosts).toEqual([HOST]);
    expect(manifest).toMatchSnapshot();
  });

  test('returns a copy of its hosts, so that changing it changes neither the VirtualService nor its manifest', () => {
    // GIVEN
    const chart = defaultChart();
    const { rule } = greeter(chart);
    const routes = new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http: [{ route: rule.split({ v1: 100 }) }] });

    // WHEN
    const returned = routes.hosts;
    returned.push('other.example.com');

    // THEN
    expect(returned).toEqual([HOST, 'other.example.com']);
    expect(routes.hosts).toEqual([HOST]);
    expect(only(synth(chart), 'VirtualService').spec.hosts).toEqual([HOST]);
  });

  test('writes a single destination without weight, port or subset when none is given', () => {
    // GIVEN
    const chart = defaultChart();
    deployedService(chart, 'Service', { app: 'helloweb' });

    // WHEN
    new VirtualService(chart, 'Routes', { name: 'helloweb', hosts: ['helloweb.dev'], http: [{ route: [{ host: 'helloweb.default.svc.cluster.local' }] }] });

    // THEN
    expect(only(synth(chart), 'VirtualService').spec.http).toEqual([{ route: [{ destination: { host: 'helloweb.default.svc.cluster.local' } }] }]);
  });

  test('without a name, writes the name derived from the construct path', () => {
    // GIVEN
    const chart = defaultChart();
    deployedService(chart, 'Service', { app: 'helloweb' });

    // WHEN
    const routes = new VirtualService(chart, 'Routes', { hosts: ['helloweb.dev'], http: [{ route: [{ host: 'helloweb.default.svc.cluster.local' }] }] });

    // THEN
    expect(only(synth(chart), 'VirtualService').metadata.name).toMatch(/^test-routes-[0-9a-f]{8}$/);
    expect(only(synth(chart), 'VirtualService').metadata.name).toEqual(routes.apiObject.name);
    expect(routes.name).toEqual(routes.apiObject.name);
  });

  test('is in the routes sync wave', () => {
    // GIVEN
    const chart = defaultChart();
    const { rule } = greeter(chart);

    // WHEN
    new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http: [{ route: rule.split({ v1: 100 }) }] });

    // THEN
    expect(only(synth(chart), 'VirtualService').metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '2' });
  });

  test('binds to gateways by name, qualified by namespace only when it is another one', () => {
    // GIVEN
    const app = Testing.app();
    const system = new Chart(app, 'system', { namespace: 'istio-system' });
    const chart = new Chart(app, 'test', { namespace: 'default' });
    const shared = new Gateway(system, 'Gateway', { name: 'shared', servers: [{ port: 80, hosts: ['helloweb.dev'] }] });
    const local = new Gateway(chart, 'Gateway', { name: 'local', servers: [{ port: 80, hosts: ['helloweb.dev'] }] });
    deployedService(chart, 'Service', { app: 'helloweb' });

    // WHEN
    new VirtualService(chart, 'Routes', {
      name: 'helloweb', hosts: ['helloweb.dev'], gateways: [shared, local], http: [{ route: [{ host: 'helloweb.default.svc.cluster.local' }] }],
    });

    // THEN
    expect(only(synth(chart), 'VirtualService').spec.gateways).toEqual(['istio-system/shared', 'local']);
  });

  test('refers to a gateway without a name by the name the Gateway is written with', () => {
    // GIVEN
    const chart = defaultChart();
    new Gateway(chart, 'Gateway', { servers: [{ port: 80, hosts: ['helloweb.dev'] }] });
    const gateway = new Gateway(chart, 'Unnamed', { servers: [{ port: 80, hosts: ['helloweb.dev'] }] });
    deployedService(chart, 'Service', { app: 'helloweb' });

    // WHEN
    new VirtualService(chart, 'Routes', { name: 'helloweb', hosts: ['helloweb.dev'], gateways: [gateway], http: [{ route: [{ host: 'helloweb' }] }] });

    // THEN
    const manifests = synth(chart);
    const written = manifests.filter((manifest) => manifest.kind === 'Gateway').map((manifest) => manifest.metadata.name);
    expect(written).toContain(only(manifests, 'VirtualService').spec.gateways[0]);
  });

  test('comes after the Gateways and DestinationRules it uses in the synthesized list', () => {
    // GIVEN
    const chart = defaultChart();
    const { rule } = greeter(chart);
    const gateway = new Gateway(chart, 'Gateway', { name: 'gateway', servers: [{ port: 80, hosts: ['greeter.dev'] }] });

    // WHEN
    new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: ['greeter.dev'], gateways: [gateway], http: [{ route: rule.split({ v1: 100 }) }] });

    // THEN
    const order = kindsAndNames(synth(chart));
    expect([...order].sort()).toEqual([
      'Deployment/greeter-service-v1', 'Deployment/greeter-service-v2', 'DestinationRule/greeter-service', 'Gateway/gateway', 'Service/greeter-service',
      'VirtualService/greeter-service',
    ]);
    expect(order.indexOf('DestinationRule/greeter-service')).toBeLessThan(order.indexOf('VirtualService/greeter-service'));
    expect(order.indexOf('Gateway/gateway')).toBeLessThan(order.indexOf('VirtualService/greeter-service'));
  });

  test('comes after the DestinationRule of its subsets also when the rule is declared after it', () => {
    // GIVEN
    const chart = defaultChart();
    const service = deployedService(chart, 'Service', { app: 'greeter-service' });
    new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http: [{ route: [{ host: HOST, subset: 'v1' }] }] });

    // WHEN
    new DestinationRule(chart, 'Rule', { service, versions: [{ name: 'v1', image: 'greeter:1' }] });

    // THEN
    const order = kindsAndNames(synth(chart));
    expect(order.indexOf('DestinationRule/greeter-service')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('DestinationRule/greeter-service')).toBeLessThan(order.indexOf('VirtualService/greeter-service'));
  });

  test('accepts a subset that a DestinationRule declared after the VirtualService defines', () => {
    // GIVEN
    const chart = defaultChart();
    const service = deployedService(chart, 'Service', { app: 'greeter-service' });
    new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http: [{ route: [{ host: HOST, subset: 'v1' }] }] });

    // WHEN
    new DestinationRule(chart, 'Rule', { service, versions: [{ name: 'v1', image: 'greeter:1' }] });

    // THEN
    expect(() => synth(chart)).not.toThrow();
    expect(MeshAnalysis.findings(chart.node.root)).toEqual([]);
  });

  test('does not accept a subset that only a DestinationRule of another app defines', () => {
    // GIVEN
    const chart = defaultChart();
    deployedService(chart, 'Service', { app: 'greeter-service' });
    greeter(defaultChart());

    // WHEN
    new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http: [{ route: [{ host: HOST, subset: 'v1' }] }] });

    // THEN
    expect(synthErrorLines(chart)).toEqual([
      `[test/Routes] error destination-subset-undefined http[0].route[0].subset: no DestinationRule for ${HOST} defines subset v1. Fix: add a DestinationRule for ${HOST} with the subset`,
    ]);
  });

  describe('checks the order of the routes at synth', () => {
    const toV1: HttpRoute = { route: [{ host: HOST, subset: 'v1' }] };
    const toV2 = (...match: NonNullable<HttpRoute['match']>): HttpRoute => ({ match, route: [{ host: HOST, subset: 'v2' }] });
    const beta = { 'x-beta-optin': StringMatch.exact('true') };

    /** The greeter routed by these routes, in an app whose warnings go to `warnings`. */
    function routed(http: HttpRoute[]): { chart: Chart; warnings: string[] } {
      const { chart, warnings } = analyzedChart({ namespace: 'default' });
      greeter(chart);
      new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http });
      return { chart, warnings };
    }

    test('notes a route after the catch-all as unreachable, naming the catch-all, without failing or printing', () => {
      // GIVEN
      const { chart, warnings } = routed([toV1, toV2({ uri: StringMatch.prefix('/a') })]);

      // WHEN
      synth(chart);

      // THEN
      expect(MeshAnalysis.findings(chart.node.root).map(({ level, code, field, message }) => `${level} ${code} ${field}: ${message}`)).toEqual([
        'info route-unreachable spec.http[1].match[0]: is unreachable: the catch-all spec.http[0] before it takes every request',
      ]);
      expect(warnings).toEqual([]);
    });

    test('notes a route after a catch-all written as an empty match, naming the match', () => {
      // GIVEN
      const { chart, warnings } = routed([{ match: [{}], route: [{ host: HOST, subset: 'v1' }] }, toV2({ headers: beta })]);

      // WHEN
      synth(chart);

      // THEN
      expect(MeshAnalysis.findings(chart.node.root).map(({ level, code, field, message }) => `${level} ${code} ${field}: ${message}`)).toEqual([
        'info route-unreachable spec.http[1].match[0]: is unreachable: the catch-all spec.http[0].match[0] before it takes every request',
      ]);
      expect(warnings).toEqual([]);
    });

    test.each<[string, HttpRoute['match'], HttpRoute['match']]>([
      ['the same uri prefix', [{ uri: StringMatch.prefix('/a') }], [{ uri: StringMatch.prefix('/a') }]],
      ['a longer prefix after a shorter one', [{ uri: StringMatch.prefix('/a') }], [{ uri: StringMatch.prefix('/a/b') }]],
      ['an exact uri under an earlier prefix', [{ uri: StringMatch.prefix('/a') }], [{ uri: StringMatch.exact('/a/x') }]],
      ['the same headers', [{ headers: beta }], [{ headers: beta }]],
      ['the same headers and a uri', [{ headers: beta }], [{ headers: beta, uri: StringMatch.prefix('/a') }]],
    ])('notes a match covered by an earlier one, without failing or printing: %s', (_, earlier, later) => {
      // GIVEN
      const { chart, warnings } = routed([
        { match: earlier, route: [{ host: HOST, subset: 'v2' }] },
        { match: later, route: [{ host: HOST, subset: 'v2' }] },
        toV1,
      ]);

      // WHEN
      const findings = MeshAnalysis.findings(chart.node.root);

      // THEN
      expect(findings).toEqual([{
        level: FindingLevel.INFO,
        code: 'match-duplicate',
        source: 'test/Routes/Resource',
        kind: 'VirtualService',
        namespace: 'default',
        name: 'greeter-service',
        field: 'spec.http[1].match[0]',
        message: 'is unreachable: spec.http[0].match[0] before it already takes every request it matches',
        fix: 'move it before spec.http[0].match[0], or narrow it',
        istioCode: 'IST0131',
      }]);
      expect(only(synth(chart), 'VirtualService').spec.http).toHaveLength(3);
      expect(warnings).toEqual([]);
    });

    test('names the match of a route with several matches that covers a later one', () => {
      // GIVEN
      const { chart } = routed([toV2({ headers: beta }, { uri: StringMatch.prefix('/beta') }), toV2({ uri: StringMatch.prefix('/a') }, { uri: StringMatch.exact('/beta/x') }), toV1]);

      // WHEN
      const findings = MeshAnalysis.findings(chart.node.root);

      // THEN
      expect(findings.map(({ level, code, field, message, fix }) => ({ level, code, field, message, fix }))).toEqual([{
        level: FindingLevel.INFO,
        code: 'match-duplicate',
        field: 'spec.http[1].match[1]',
        message: 'is unreachable: spec.http[0].match[1] before it already takes every request it matches',
        fix: 'move it before spec.http[0].match[1], or narrow it',
      }]);
    });

    test.each<[string, HttpRoute[]]>([
      ['a longer prefix before a shorter one', [toV2({ uri: StringMatch.prefix('/a/b') }), toV2({ uri: StringMatch.prefix('/a') }), toV1]],
      ['a header and a uri before the header alone', [toV2({ headers: beta, uri: StringMatch.prefix('/a') }), toV2({ headers: beta }), toV1]],
      ['different prefixes', [toV2({ uri: StringMatch.prefix('/a') }), toV2({ uri: StringMatch.prefix('/b') }), toV1]],
      ['different header values', [toV2({ headers: beta }), toV2({ headers: { 'x-beta-optin': StringMatch.exact('false') } }), toV1]],
    ])('accepts %s', (_, http) => {
      // GIVEN
      const { chart, warnings } = routed(http);

      // WHEN
      const manifest = only(synth(chart), 'VirtualService');

      // THEN
      expect(manifest.spec.http).toHaveLength(3);
      expect(MeshAnalysis.findings(chart.node.root)).toEqual([]);
      expect(warnings).toEqual([]);
    });

    test('reports an undefined subset of a mirror at its route and mirror index', () => {
      // GIVEN
      const { chart, warnings } = routed([
        toV2({ headers: beta }),
        { ...toV1, mirrors: [{ destination: { host: HOST, subset: 'v2' } }, { destination: { host: HOST, subset: 'v3' } }] },
      ]);

      // WHEN
      const lines = synthErrorLines(chart);

      // THEN
      expect(lines).toEqual([
        `[test/Routes] error destination-subset-undefined http[1].mirrors[1].destination.subset: no DestinationRule for ${HOST} defines subset v3. Fix: use one of v1, v2, or add the subset`,
      ]);
      expect(warnings).toEqual([]);
    });

    test('reports every problem of a VirtualService at once: the errors in the synth error, the warnings printed', () => {
      // GIVEN
      const { chart, warnings } = analyzedChart({ namespace: 'default' });
      greeter(chart);

      // WHEN
      new VirtualService(chart, 'Routes', {
        name: 'greeter-service',
        hosts: [],
        http: [
          { route: [{ host: HOST, subset: 'v1', weight: 90 }, { host: HOST, subset: 'v3', weight: 20 }] },
          toV2({ uri: StringMatch.regex('(?=a)') }),
        ],
      });
      const lines = synthErrorLines(chart);

      // THEN
      expect(lines).toEqual([
        `[test/Routes] error destination-subset-undefined http[0].route[1].subset: no DestinationRule for ${HOST} defines subset v3. Fix: use one of v1, v2, or add the subset`,
        '[test/Routes] error regex-invalid http[1].match[0].uri.regex: "(?=a)" is not valid RE2, the regex syntax of Istio and Envoy, which reports "invalid perl operator: (?=". Fix: fix the syntax (RE2: https://github.com/google/re2/wiki/Syntax), or match with exact/prefix',
      ]);
      expect(warnings).toEqual([
        '[test/Routes] warning vs-no-hosts hosts: routes apply to no host, and no VirtualService delegates to this one. Fix: list the host names clients call, or delegate to it from a root VirtualService',
        '[test/Routes] warning weights-not-100 http[0].route: weights add up to 110, not 100; Istio divides requests by each weight\'s share of the sum. Fix: make the weights of the route add up to 100',
      ]);
    });
  });

  describe('reports bad input at synth', () => {
    const split = (...weights: (number | undefined)[]): HttpRoute => ({
      route: weights.map((weight, index) => ({ host: HOST, subset: `v${index + 1}`, weight })),
    });

    /** The greeter routed as `defect` says, in an app whose warnings go to `warnings`. */
    function routed(defect: Partial<VirtualServiceProps>): { chart: Chart; warnings: string[] } {
      const { chart, warnings } = analyzedChart({ namespace: 'default' });
      greeter(chart);
      new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http: [{ route: [{ host: HOST, subset: 'v1' }] }], ...defect });
      return { chart, warnings };
    }

    const PORT_FIX = 'use a whole number from 1 to 65535';

    test.each<[string, Partial<VirtualServiceProps>, string[]]>([
      ['a subset no DestinationRule defines', { http: [{ route: [{ host: HOST, subset: 'v1', weight: 90 }, { host: HOST, subset: 'v3', weight: 10 }] }] }, [
        `[test/Routes] error destination-subset-undefined http[0].route[1].subset: no DestinationRule for ${HOST} defines subset v3. Fix: use one of v1, v2, or add the subset`,
      ]],
      ['a mirror to a subset no DestinationRule defines', { http: [{ route: [{ host: HOST, subset: 'v1' }], mirrors: [{ destination: { host: HOST, subset: 'v9' } }] }] }, [
        `[test/Routes] error destination-subset-undefined http[0].mirrors[0].destination.subset: no DestinationRule for ${HOST} defines subset v9. Fix: use one of v1, v2, or add the subset`,
      ]],
      ['a negative weight', { http: [split(110, -10)] }, [
        '[test/Routes] error weight-negative http[0].route[1].weight: weight -10 is negative. Fix: use a weight of 0 or more',
      ]],
      ['fractional weights', { http: [split(89.5, 10.5)] }, [
        '[test/Routes] error weight-invalid http[0].route[0].weight: 89.5 is not a whole number. Fix: use a whole number from 0 to 100',
        '[test/Routes] error weight-invalid http[0].route[1].weight: 10.5 is not a whole number. Fix: use a whole number from 0 to 100',
      ]],
      ['every weight 0', { http: [split(0, 0)] }, [
        '[test/Routes] error weights-all-zero http[0].route: every destination has weight 0, so no request can be routed. Fix: give at least one destination a weight above 0',
      ]],
      ['a route without destination', { http: [{ route: [] }] }, [
        '[test/Routes] error route-no-action http[0].route: neither forwards, redirects nor responds. Fix: add a destination with a host, a redirect or a direct response',
      ]],
      ['no route', { http: [] }, [
        '[test/Routes] error vs-no-routes http: has no route. Fix: add a route',
      ]],
      ['destination port 0', { http: [{ route: [{ host: HOST, port: 0 }] }] }, [
        `[test/Routes] error port-invalid http[0].route[0].port: 0 is not a port number. Fix: ${PORT_FIX}`,
        '[test/Routes] error destination-port-unknown http[0].route[0].port: the Service has no port 0. Fix: use one of 3000',
      ]],
      ['destination port 70000', { http: [{ route: [{ host: HOST, port: 70000 }] }] }, [
        `[test/Routes] error port-invalid http[0].route[0].port: 70000 is not a port number. Fix: ${PORT_FIX}`,
        '[test/Routes] error destination-port-unknown http[0].route[0].port: the Service has no port 70000. Fix: use one of 3000',
      ]],
      ['destination port 1.5', { http: [{ route: [{ host: HOST, port: 1.5 }] }] }, [
        `[test/Routes] error port-invalid http[0].route[0].port: 1.5 is not a port number. Fix: ${PORT_FIX}`,
        '[test/Routes] error destination-port-unknown http[0].route[0].port: the Service has no port 1.5. Fix: use one of 3000',
      ]],
    ])('fails synth on %s, with the construct path, the code, the prop, the message and the fix', (_, defect, expected) => {
      // GIVEN
      const { chart, warnings } = routed(defect);

      // WHEN
      const lines = synthErrorLines(chart);

      // THEN
      expect(lines).toEqual(expected);
      expect(warnings).toEqual([]);
    });

    test('fails synth on a name the API server rejects, naming the prop', () => {
      // GIVEN
      const { chart, warnings } = routed({ name: 'Greeter_Service' });

      // WHEN
      const lines = synthErrorLines(chart);

      // THEN
      expect(lines).toEqual([
        '[test/Routes] error name-invalid name: "Greeter_Service" is not a valid name (DNS-1123 subdomain). '
          + 'Fix: use lower-case letters, digits, \'.\' and \'-\', at most 253 characters, starting with a letter or digit and ending with a letter or digit',
      ]);
      expect(warnings).toEqual([]);
    });

    test('fails synth on a subset of a host without DestinationRule', () => {
      // GIVEN
      const { chart, warnings } = analyzedChart({ namespace: 'default' });
      greeter(chart);
      deployedService(chart, 'Movieweb', { app: 'movieweb' });

      // WHEN
      new VirtualService(chart, 'Routes', { name: 'movieweb', hosts: ['movieweb.default.svc.cluster.local'], http: [{ route: [{ host: 'movieweb.default.svc.cluster.local', subset: 'v1' }] }] });

      // THEN
      expect(synthErrorLines(chart)).toEqual([
        '[test/Routes] error destination-subset-undefined http[0].route[0].subset: no DestinationRule for movieweb.default.svc.cluster.local defines subset v1. '
          + 'Fix: add a DestinationRule for movieweb.default.svc.cluster.local with the subset',
      ]);
      expect(warnings).toEqual([]);
    });

    test.each<[string, Partial<VirtualServiceProps>, string[]]>([
      ['a weight over 100', { http: [split(101)] }, [
        '[test/Routes] warning weights-not-100 http[0].route: weights add up to 101, not 100; Istio divides requests by each weight\'s share of the sum. Fix: make the weights of the route add up to 100',
      ]],
      ['weights that add up to less than 100', { http: [split(90, 5)] }, [
        '[test/Routes] warning weights-not-100 http[0].route: weights add up to 95, not 100; Istio divides requests by each weight\'s share of the sum. Fix: make the weights of the route add up to 100',
      ]],
      ['weights that add up to more than 100', { http: [split(90, 20)] }, [
        '[test/Routes] warning weights-not-100 http[0].route: weights add up to 110, not 100; Istio divides requests by each weight\'s share of the sum. Fix: make the weights of the route add up to 100',
      ]],
      ['a single destination with a weight short of 100', { http: [split(50)] }, [
        '[test/Routes] warning weights-not-100 http[0].route: weights add up to 50, not 100; Istio divides requests by each weight\'s share of the sum. Fix: make the weights of the route add up to 100',
      ]],
      ['a split where one destination lacks a weight', { http: [split(100, undefined)] }, [
        '[test/Routes] warning weight-missing http[0].route: splits requests but not every destination has a weight; those without one get none. Fix: give every destination a weight',
      ]],
      ['no host', { hosts: [] }, [
        '[test/Routes] warning vs-no-hosts hosts: routes apply to no host, and no VirtualService delegates to this one. Fix: list the host names clients call, or delegate to it from a root VirtualService',
      ]],
      ['TCP weights that add up to more than 100', { tcp: [{ route: [{ host: HOST, subset: 'v1', weight: 80 }, { host: HOST, subset: 'v2', weight: 30 }] }] }, [
        '[test/Routes] warning weights-not-100 tcp[0].route: weights add up to 110, not 100; Istio divides requests by each weight\'s share of the sum. Fix: make the weights of the route add up to 100',
      ]],
    ])('warns at synth, without failing it, about %s', (_, defect, expected) => {
      // GIVEN
      const { chart, warnings } = routed(defect);

      // WHEN
      synth(chart);

      // THEN
      expect(warnings).toEqual(expected);
    });

    test('fails synth on warnings too when the analysis is told to', () => {
      // GIVEN
      const { chart, warnings } = analyzedChart({ warningAction: WarningAction.FAIL });
      greeter(chart);

      // WHEN
      new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http: [split(90, 5)] });

      // THEN
      expect(synthErrorLines(chart)).toEqual([
        '[test/Routes] warning weights-not-100 http[0].route: weights add up to 95, not 100; Istio divides requests by each weight\'s share of the sum. Fix: make the weights of the route add up to 100',
      ]);
      expect(warnings).toEqual([]);
    });
  });

  describe('bindToMesh', () => {
    test.each([
      [undefined, ['public']],
      [false, ['public']],
      [true, ['public', 'mesh']],
    ])('with a gateway and bindToMesh %s, the routes apply to %j', (bindToMesh, gateways) => {
      // GIVEN
      const chart = defaultChart();
      deployedService(chart, 'Service', { app: 'greeter-service' });
      const gateway = new Gateway(chart, 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['greeter.example.com'] }] });

      // WHEN
      new VirtualService(chart, 'Routes', {
        name: 'greeter', hosts: ['greeter.example.com'], gateways: [gateway], bindToMesh, http: [{ route: [{ host: HOST }] }],
      });

      // THEN
      expect(only(synth(chart), 'VirtualService').spec.gateways).toEqual(gateways);
    });

    test('without gateways, the routes apply to the mesh and name no gateway', () => {
      // GIVEN
      const chart = defaultChart();
      deployedService(chart, 'Service', { app: 'greeter-service' });

      // WHEN
      new VirtualService(chart, 'Routes', { name: 'greeter', hosts: [HOST], http: [{ route: [{ host: HOST }] }] });

      // THEN
      expect(only(synth(chart), 'VirtualService').spec.gateways).toBeUndefined();
    });
  });

  describe('TCP and TLS routes, gateways by name, delegates, CORS and exportTo', () => {
    test('routes TCP connections by port with weights, and TLS connections by SNI, at gateways named as Istio writes them', () => {
      // GIVEN
      const chart = Testing.chart();
      const echo = deployedService(chart, 'Echo', { app: 'tcp-echo', port: 9000, versions: ['v1', 'v2'] });
      new DestinationRule(chart, 'EchoRule', { host: echo.host, subsets: [{ name: 'v1', labels: { version: 'v1' } }, { name: 'v2', labels: { version: 'v2' } }], trafficPolicy: {} });
      new Gateway(chart, 'Gateway', { name: 'edge', servers: [{ port: 31400, protocol: GatewayProtocol.TCP, hosts: ['echo.example.com'] }] });

      // WHEN
      new VirtualService(chart, 'Routes', {
        name: 'tcp-echo',
        hosts: ['echo.example.com', echo.host],
        gateways: ['edge', 'mesh'],
        tcp: [{
          match: [{ port: 31400, gateways: ['edge'] }, { port: 9000, sourceLabels: { app: 'client' }, destinationSubnets: ['10.0.0.0/8'] }],
          route: [{ host: echo.host, port: 9000, subset: 'v1', weight: 80 }, { host: echo.host, port: 9000, subset: 'v2', weight: 20 }],
        }],
        exportTo: ['.'],
      });

      // THEN
      expect(only(synth(chart), 'VirtualService').spec).toEqual({
        hosts: ['echo.example.com', 'tcp-echo'],
        gateways: ['edge', 'mesh'],
        tcp: [{
          match: [{ port: 31400, gateways: ['edge'] }, { port: 9000, sourceLabels: { app: 'client' }, destinationSubnets: ['10.0.0.0/8'] }],
          route: [
            { destination: { host: 'tcp-echo', port: { number: 9000 }, subset: 'v1' }, weight: 80 },
            { destination: { host: 'tcp-echo', port: { number: 9000 }, subset: 'v2' }, weight: 20 },
          ],
        }],
        exportTo: ['.'],
      });
    });

    test('delegates a path to a VirtualService without hosts, given by construct, and writes a CORS policy', () => {
      // GIVEN
      const chart = new Chart(Testing.app(), 'test', { namespace: 'shop' });
      const service = deployedService(chart, 'Service', { app: 'reviews', port: 9080 });
      const gateway = new Gateway(chart, 'Gateway', { name: 'edge', servers: [{ port: 80, hosts: ['shop.example.com'] }] });
      const team = new VirtualService(chart, 'Team', { name: 'reviews', http: [{ route: [{ host: service.host, port: 9080 }] }] });

      // WHEN
      new VirtualService(chart, 'Root', {
        name: 'shop',
        hosts: ['shop.example.com'],
        gateways: [gateway],
        http: [{
          match: [{ uri: StringMatch.prefix('/reviews') }],
          delegate: team.asDelegate(),
          corsPolicy: { allowOrigins: [StringMatch.exact('https://shop.example.com')], allowMethods: ['GET'], maxAge: Duration.hours(1), allowCredentials: true },
        }],
      });

      // THEN
      const manifests = synth(chart);
      expect(only(manifests, 'VirtualService', 'reviews').spec).toEqual({ http: [{ route: [{ destination: { host: 'reviews.shop.svc.cluster.local', port: { number: 9080 } } }] }] });
      expect(only(manifests, 'VirtualService', 'shop').spec.http).toEqual([{
        match: [{ uri: { prefix: '/reviews' } }],
        delegate: { name: 'reviews', namespace: 'shop' },
        corsPolicy: { allowOrigins: [{ exact: 'https://shop.example.com' }], allowMethods: ['GET'], maxAge: '3600s', allowCredentials: true },
      }]);
    });

    test.each<[string, Partial<VirtualServiceProps>, string]>([
      ['a TLS route for an SNI host it does not route', { hosts: ['secure.example.com'], tls: [{ match: [{ sniHosts: ['other.example.com'] }], route: [{ host: HOST, subset: 'v1' }] }] },
        '[test/Routes] error tls-route-invalid tls[0].match[0].sniHosts[0]: the SNI host other.example.com is none of the VirtualService\'s hosts secure.example.com. Fix: match SNI hosts that the VirtualService\'s hosts cover'],
      ['a TCP route without destinations', { hosts: [HOST], tcp: [{ route: [] }] },
        '[test/Routes] error tcp-route-invalid tcp[0].route: the TCP route forwards nowhere. Fix: add a destination with a host'],
      ['a TCP match on port 0', { hosts: [HOST], tcp: [{ match: [{ port: 0 }], route: [{ host: HOST, subset: 'v1' }] }] },
        '[test/Routes] error port-invalid tcp[0].match[0].port: 0 is not a port number. Fix: use a whole number from 1 to 65535'],
      ['a TLS route without destinations', { hosts: ['secure.example.com'], tls: [{ match: [{ sniHosts: ['secure.example.com'] }], route: [] }] },
        '[test/Routes] error tls-route-invalid tls[0].route: the TLS route forwards nowhere. Fix: add a destination with a host'],
      ['a TLS route without a match', { hosts: ['secure.example.com'], tls: [{ match: [], route: [{ host: HOST, subset: 'v1' }] }] },
        '[test/Routes] error tls-route-invalid tls[0].match: a TLS route needs a match with the SNI hosts it takes. Fix: add match: [{ sniHosts: [<host>] }]'],
      ['a TLS match without SNI hosts', { hosts: ['secure.example.com'], tls: [{ match: [{ sniHosts: [] }], route: [{ host: HOST, subset: 'v1' }] }] },
        '[test/Routes] error tls-route-invalid tls[0].match[0].sniHosts: a TLS match needs at least one SNI host. Fix: list the SNI hosts'],
      ['TCP routes in a delegate', { tcp: [{ route: [{ host: HOST, subset: 'v1' }] }] },
        '[test/Routes] error vs-delegate-invalid tcp: a VirtualService without hosts is a delegate, which takes no tcp. Fix: list the hosts it applies to, or remove tcp'],
      ['TLS routes in a delegate', { tls: [{ match: [{ sniHosts: ['secure.example.com'] }], route: [{ host: HOST, subset: 'v1' }] }] },
        '[test/Routes] error vs-delegate-invalid tls: a VirtualService without hosts is a delegate, which takes no tls. Fix: list the hosts it applies to, or remove tls'],
      ['an exportTo entry that is no namespace', { hosts: [HOST], http: [{ route: [{ host: HOST, subset: 'v1' }] }], exportTo: ['Not_A_Namespace'] },
        '[test/Routes] error export-to-invalid exportTo[0]: "Not_A_Namespace" is not a namespace, \'.\' or \'*\'. Fix: name a namespace, or use \'.\' for the own one and \'*\' for all'],
    ])('reports %s, naming the prop', (_, props, expected) => {
      // GIVEN
      const { chart, warnings } = analyzedChart({ namespace: 'default' });
      greeter(chart);

      // WHEN
      new VirtualService(chart, 'Routes', { name: 'greeter-service', ...props });

      // THEN
      expect(synthErrorLines(chart)).toEqual([expected]);
      expect(warnings).toEqual([]);
    });
  });
});
