import { Chart, Testing } from 'cdk8s';
import { DestinationRule, Gateway, HttpRoute, MeshService, StringMatch, VirtualService, VirtualServiceProps } from '../../lib';
import { kindsAndNames, only, synth, synthError } from '../support/manifests';

const HOST = 'greeter-service.default.svc.cluster.local';

/** The greeter Service and a DestinationRule with subsets v1 and v2. */
function greeter(chart: Chart): { service: MeshService; rule: DestinationRule } {
  const service = new MeshService(chart, 'Service', { app: 'greeter-service' });
  const rule = new DestinationRule(chart, 'Rule', {
    service, versions: [{ name: 'v1', image: 'greeter:1' }, { name: 'v2', image: 'greeter:2' }],
  });
  return { service, rule };
}

describe('VirtualService', () => {
  test('splits the requests to a host between subsets by weight', () => {
    // GIVEN
    const chart = Testing.chart();
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

  test('writes a single destination without weight, port or subset when none is given', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new VirtualService(chart, 'Routes', { name: 'helloweb', hosts: ['helloweb.dev'], http: [{ route: [{ host: 'helloweb.default.svc.cluster.local' }] }] });

    // THEN
    expect(only(synth(chart), 'VirtualService').spec.http).toEqual([{ route: [{ destination: { host: 'helloweb.default.svc.cluster.local' } }] }]);
  });

  test('without a name, writes the name derived from the construct path', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const routes = new VirtualService(chart, 'Routes', { hosts: ['helloweb.dev'], http: [{ route: [{ host: 'helloweb.default.svc.cluster.local' }] }] });

    // THEN
    expect(only(synth(chart), 'VirtualService').metadata.name).toMatch(/^test-routes-[0-9a-f]{8}$/);
    expect(only(synth(chart), 'VirtualService').metadata.name).toEqual(routes.apiObject.name);
  });

  test('is in the routes sync wave', () => {
    // GIVEN
    const chart = Testing.chart();
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

    // WHEN
    new VirtualService(chart, 'Routes', {
      name: 'helloweb', hosts: ['helloweb.dev'], gateways: [shared, local], http: [{ route: [{ host: 'helloweb.default.svc.cluster.local' }] }],
    });

    // THEN
    expect(only(synth(chart), 'VirtualService').spec.gateways).toEqual(['istio-system/shared', 'local']);
  });

  test('refers to a gateway without a name by the name the Gateway is written with', () => {
    // GIVEN
    const chart = Testing.chart();
    new Gateway(chart, 'Gateway', { servers: [{ port: 80, hosts: ['helloweb.dev'] }] });
    const gateway = new Gateway(chart, 'Unnamed', { servers: [{ port: 80, hosts: ['helloweb.dev'] }] });

    // WHEN
    new VirtualService(chart, 'Routes', { name: 'helloweb', hosts: ['helloweb.dev'], gateways: [gateway], http: [{ route: [{ host: 'helloweb' }] }] });

    // THEN
    const manifests = synth(chart);
    const written = manifests.filter((manifest) => manifest.kind === 'Gateway').map((manifest) => manifest.metadata.name);
    expect(written).toContain(only(manifests, 'VirtualService').spec.gateways[0]);
  });

  test('comes after the Gateways and DestinationRules it uses in the synthesized list', () => {
    // GIVEN
    const chart = Testing.chart();
    const { rule } = greeter(chart);
    const gateway = new Gateway(chart, 'Gateway', { name: 'gateway', servers: [{ port: 80, hosts: ['greeter.dev'] }] });

    // WHEN
    new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: ['greeter.dev'], gateways: [gateway], http: [{ route: rule.split({ v1: 100 }) }] });

    // THEN
    const order = kindsAndNames(synth(chart));
    expect(order).toHaveLength(4);
    expect(order.indexOf('DestinationRule/greeter-service')).toBeLessThan(order.indexOf('VirtualService/greeter-service'));
    expect(order.indexOf('Gateway/gateway')).toBeLessThan(order.indexOf('VirtualService/greeter-service'));
  });

  test('comes after the DestinationRule of its subsets also when the rule is declared after it', () => {
    // GIVEN
    const chart = Testing.chart();
    const service = new MeshService(chart, 'Service', { app: 'greeter-service' });
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
    const chart = Testing.chart();
    const service = new MeshService(chart, 'Service', { app: 'greeter-service' });
    new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http: [{ route: [{ host: HOST, subset: 'v1' }] }] });

    // WHEN
    new DestinationRule(chart, 'Rule', { service, versions: [{ name: 'v1', image: 'greeter:1' }] });

    // THEN
    expect(() => synth(chart)).not.toThrow();
  });

  test('does not accept a subset that only a DestinationRule of another app defines', () => {
    // GIVEN
    const chart = Testing.chart();
    greeter(Testing.chart());

    // WHEN
    new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http: [{ route: [{ host: HOST, subset: 'v1' }] }] });

    // THEN
    expect(() => synth(chart)).toThrow(/\[MeshAnalysis\] error destination-subset-undefined test\/Routes\/Resource VirtualService default\/greeter-service spec\.http\[0\]\.route\[0\]\.destination\.subset: no DestinationRule for greeter-service\.default\.svc\.cluster\.local defines subset v1/);
  });

  describe('checks the order of the routes at synth', () => {
    const toV1: HttpRoute = { route: [{ host: HOST, subset: 'v1' }] };
    const toV2 = (...match: NonNullable<HttpRoute['match']>): HttpRoute => ({ match, route: [{ host: HOST, subset: 'v2' }] });
    const beta = { 'x-beta-optin': StringMatch.exact('true') };

    /** The lines of a synth error about the VirtualService at test/Routes: its own, and the mesh analysis' of its object. */
    const routesLines = (message: string) => message.split('\n').map((line) => line.trim())
      .filter((line) => line.startsWith('[test/Routes] ') || line.includes(' test/Routes/Resource '));

    /** The problems the VirtualService reports with these routes beside the greeter subsets. */
    function problemLines(http: HttpRoute[]): string[] {
      const chart = Testing.chart();
      greeter(chart);
      new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http });
      return routesLines(synthError(chart));
    }

    test('reports a route after the catch-all as unreachable, naming the catch-all', () => {
      // GIVEN
      const http = [toV1, toV2({ uri: StringMatch.prefix('/a') })];

      // WHEN
      const lines = problemLines(http);

      // THEN
      expect(lines).toEqual([
        '[test/Routes] http[1].match[0]: is unreachable: the catch-all http[0] before it takes every request (got {"uri":{"kind":"prefix","value":"/a"}}). Fix: move the catch-all route to the end',
      ]);
    });

    test('reports a route after a catch-all written as an empty match, naming the match', () => {
      // GIVEN
      const http: HttpRoute[] = [{ match: [{}], route: [{ host: HOST, subset: 'v1' }] }, toV2({ headers: beta })];

      // WHEN
      const lines = problemLines(http);

      // THEN
      expect(lines).toEqual([
        '[test/Routes] http[1].match[0]: is unreachable: the catch-all http[0].match[0] before it takes every request (got {"headers":{"x-beta-optin":{"kind":"exact","value":"true"}}}). Fix: move the catch-all route to the end',
      ]);
    });

    test.each<[string, HttpRoute['match'], HttpRoute['match'], string]>([
      ['the same uri prefix', [{ uri: StringMatch.prefix('/a') }], [{ uri: StringMatch.prefix('/a') }], '{"uri":{"kind":"prefix","value":"/a"}}'],
      ['a longer prefix after a shorter one', [{ uri: StringMatch.prefix('/a') }], [{ uri: StringMatch.prefix('/a/b') }], '{"uri":{"kind":"prefix","value":"/a/b"}}'],
      ['an exact uri under an earlier prefix', [{ uri: StringMatch.prefix('/a') }], [{ uri: StringMatch.exact('/a/x') }], '{"uri":{"kind":"exact","value":"/a/x"}}'],
      ['the same headers', [{ headers: beta }], [{ headers: beta }], '{"headers":{"x-beta-optin":{"kind":"exact","value":"true"}}}'],
      ['the same headers and a uri', [{ headers: beta }], [{ headers: beta, uri: StringMatch.prefix('/a') }], '{"headers":{"x-beta-optin":{"kind":"exact","value":"true"}},"uri":{"kind":"prefix","value":"/a"}}'],
    ])('reports a match covered by an earlier one: %s', (_, earlier, later, value) => {
      // GIVEN
      const http: HttpRoute[] = [
        { match: earlier, route: [{ host: HOST, subset: 'v2' }] },
        { match: later, route: [{ host: HOST, subset: 'v2' }] },
        toV1,
      ];

      // WHEN
      const lines = problemLines(http);

      // THEN
      expect(lines).toEqual([
        `[test/Routes] http[1].match[0]: is unreachable: http[0].match[0] before it takes every request it matches (got ${value}). Fix: move it before http[0].match[0], or narrow it`,
      ]);
    });

    test('names the match of a route with several matches that covers a later one', () => {
      // GIVEN
      const http = [toV2({ headers: beta }, { uri: StringMatch.prefix('/beta') }), toV2({ uri: StringMatch.prefix('/a') }, { uri: StringMatch.exact('/beta/x') }), toV1];

      // WHEN
      const lines = problemLines(http);

      // THEN
      expect(lines).toEqual([
        '[test/Routes] http[1].match[1]: is unreachable: http[0].match[1] before it takes every request it matches (got {"uri":{"kind":"exact","value":"/beta/x"}}). Fix: move it before http[0].match[1], or narrow it',
      ]);
    });

    test.each<[string, HttpRoute[]]>([
      ['a longer prefix before a shorter one', [toV2({ uri: StringMatch.prefix('/a/b') }), toV2({ uri: StringMatch.prefix('/a') }), toV1]],
      ['a header and a uri before the header alone', [toV2({ headers: beta, uri: StringMatch.prefix('/a') }), toV2({ headers: beta }), toV1]],
      ['different prefixes', [toV2({ uri: StringMatch.prefix('/a') }), toV2({ uri: StringMatch.prefix('/b') }), toV1]],
      ['different header values', [toV2({ headers: beta }), toV2({ headers: { 'x-beta-optin': StringMatch.exact('false') } }), toV1]],
    ])('accepts %s', (_, http) => {
      // GIVEN
      const chart = Testing.chart();
      greeter(chart);

      // WHEN
      new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http });

      // THEN
      expect(only(synth(chart), 'VirtualService').spec.http).toHaveLength(3);
    });

    test('reports an undefined subset of a mirror at its route and mirror index', () => {
      // GIVEN
      const http: HttpRoute[] = [
        toV2({ headers: beta }),
        { ...toV1, mirrors: [{ destination: { host: HOST, subset: 'v2' } }, { destination: { host: HOST, subset: 'v3' } }] },
      ];

      // WHEN
      const lines = problemLines(http);

      // THEN
      expect(lines).toEqual([
        '[MeshAnalysis] error destination-subset-undefined test/Routes/Resource VirtualService default/greeter-service spec.http[1].mirrors[1].destination.subset: '
          + 'no DestinationRule for greeter-service.default.svc.cluster.local defines subset v3. Fix: use one of v1, v2, or add the subset',
      ]);
    });

    test('reports every problem of a VirtualService at once', () => {
      // GIVEN
      const chart = Testing.chart();
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
      const lines = routesLines(synthError(chart));

      // THEN
      expect(lines).toEqual([
        '[test/Routes] hosts: routes apply to no host (got []). Fix: list the host names clients call',
        '[test/Routes] http[0].route: weights add up to 110, not 100 (got [90,20]). Fix: make the weights of the route add up to 100',
        '[test/Routes] http[1].match[0].uri.regex: uses lookaround assertions ((?=, (?!, (?<=, (?<!), which RE2 (Istio and Envoy) does not support (got "(?=a)"). Fix: rewrite the expression without it, or match with exact/prefix',
        '[test/Routes] http[1].match[0]: is unreachable: the catch-all http[0] before it takes every request (got {"uri":{"kind":"regex","value":"(?=a)"}}). Fix: move the catch-all route to the end',
        '[MeshAnalysis] error destination-subset-undefined test/Routes/Resource VirtualService default/greeter-service spec.http[0].route[1].destination.subset: '
          + 'no DestinationRule for greeter-service.default.svc.cluster.local defines subset v3. Fix: use one of v1, v2, or add the subset',
      ]);
    });
  });

  describe('reports bad input at synth', () => {
    const split = (...weights: (number | undefined)[]): HttpRoute => ({
      route: weights.map((weight, index) => ({ host: HOST, subset: `v${index + 1}`, weight })),
    });

    test.each<[string, Partial<VirtualServiceProps>, RegExp]>([
      ['a subset no DestinationRule defines', { http: [{ route: [{ host: HOST, subset: 'v1', weight: 90 }, { host: HOST, subset: 'v3', weight: 10 }] }] },
        /\[MeshAnalysis\] error destination-subset-undefined test\/Routes\/Resource VirtualService default\/greeter-service spec\.http\[0\]\.route\[1\]\.destination\.subset: no DestinationRule for greeter-service\.default\.svc\.cluster\.local defines subset v3\. Fix: use one of v1, v2, or add the subset/],
      ['a subset of a host without DestinationRule', { http: [{ route: [{ host: 'movieweb.default.svc.cluster.local', subset: 'v1' }] }] },
        /\[MeshAnalysis\] error destination-subset-undefined test\/Routes\/Resource VirtualService default\/greeter-service spec\.http\[0\]\.route\[0\]\.destination\.subset: no DestinationRule for movieweb\.default\.svc\.cluster\.local defines subset v1\. Fix: add a DestinationRule for movieweb\.default\.svc\.cluster\.local with the subset/],
      ['a mirror to a subset no DestinationRule defines', { http: [{ route: [{ host: HOST, subset: 'v1' }], mirrors: [{ destination: { host: HOST, subset: 'v9' } }] }] },
        /\[MeshAnalysis\] error destination-subset-undefined test\/Routes\/Resource VirtualService default\/greeter-service spec\.http\[0\]\.mirror\.subset: no DestinationRule for greeter-service\.default\.svc\.cluster\.local defines subset v9\. Fix: use one of v1, v2, or add the subset/],
      ['a negative weight', { http: [split(110, -10)] },
        /\[test\/Routes\] http\[0\]\.route\[1\]\.weight: is not a percentage \(got -10\)\. Fix: use a whole number from 0 to 100/],
      ['a weight over 100', { http: [split(101)] },
        /\[test\/Routes\] http\[0\]\.route\[0\]\.weight: is not a percentage \(got 101\)\. Fix: use a whole number from 0 to 100/],
      ['a fractional weight', { http: [split(89.5, 10.5)] },
        /\[test\/Routes\] http\[0\]\.route\[0\]\.weight: is not a percentage \(got 89\.5\)\. Fix: use a whole number from 0 to 100/],
      ['weights that add up to less than 100', { http: [split(90, 5)] },
        /\[test\/Routes\] http\[0\]\.route: weights add up to 95, not 100 \(got \[90,5\]\)\. Fix: make the weights of the route add up to 100/],
      ['weights that add up to more than 100', { http: [split(90, 20)] },
        /\[test\/Routes\] http\[0\]\.route: weights add up to 110, not 100 \(got \[90,20\]\)\. Fix: make the weights of the route add up to 100/],
      ['a single destination with a weight short of 100', { http: [split(50)] },
        /\[test\/Routes\] http\[0\]\.route: weights add up to 50, not 100 \(got \[50\]\)\. Fix: make the weights of the route add up to 100/],
      ['a split where one destination lacks a weight', { http: [split(100, undefined)] },
        /\[test\/Routes\] http\[0\]\.route: splits traffic but not every destination has a weight \(got \[100,null\]\)\. Fix: give every destination a weight/],
      ['a route without destination', { http: [{ route: [] }] },
        /\[test\/Routes\] http\[0\]\.route: a route needs a destination, a redirect or a direct response \(got \[\]\)\. Fix: add a destination with a host/],
      ['no route', { http: [] },
        /\[test\/Routes\] http: has no route \(got \[\]\)\. Fix: add a route/],
      ['no host', { hosts: [] },
        /\[test\/Routes\] hosts: routes apply to no host \(got \[\]\)\. Fix: list the host names clients call/],
      ['destination port 0', { http: [{ route: [{ host: HOST, port: 0 }] }] },
        /\[test\/Routes\] http\[0\]\.route\[0\]\.port: is not a port number \(got 0\)\. Fix: use a whole number from 1 to 65535/],
      ['destination port 70000', { http: [{ route: [{ host: HOST, port: 70000 }] }] },
        /\[test\/Routes\] http\[0\]\.route\[0\]\.port: is not a port number \(got 70000\)\. Fix: use a whole number from 1 to 65535/],
      ['destination port 1.5', { http: [{ route: [{ host: HOST, port: 1.5 }] }] },
        /\[test\/Routes\] http\[0\]\.route\[0\]\.port: is not a port number \(got 1\.5\)\. Fix: use a whole number from 1 to 65535/],
      ['a route after the catch-all', { http: [{ route: [{ host: HOST, subset: 'v1' }] }, { route: [{ host: HOST, subset: 'v2' }] }] },
        /\[test\/Routes\] http\[1\]: is unreachable: the catch-all http\[0\] before it takes every request \(got "every request"\)\. Fix: move the catch-all route to the end/],
    ])('%s', (_, defect, error) => {
      // GIVEN
      const chart = Testing.chart();
      greeter(chart);

      // WHEN
      new VirtualService(chart, 'Routes', { name: 'greeter-service', hosts: [HOST], http: [{ route: [{ host: HOST, subset: 'v1' }] }], ...defect });

      // THEN
      expect(() => synth(chart)).toThrow(error);
    });
  });

  describe('bindToMesh', () => {
    test.each([
      [undefined, ['public']],
      [false, ['public']],
      [true, ['public', 'mesh']],
    ])('with a gateway and bindToMesh %s, the routes apply to %j', (bindToMesh, gateways) => {
      // GIVEN
      const chart = Testing.chart();
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
      const chart = Testing.chart();

      // WHEN
      new VirtualService(chart, 'Routes', { name: 'greeter', hosts: [HOST], http: [{ route: [{ host: HOST }] }] });

      // THEN
      expect(only(synth(chart), 'VirtualService').spec.gateways).toBeUndefined();
    });
  });
});
