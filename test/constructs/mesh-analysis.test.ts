import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ApiObject, App, Chart, JsonPatch, Testing, YamlOutputType } from 'cdk8s';
import { Construct } from 'constructs';
import {
  DestinationRule, Finding, Gateway, MeshAnalysis, MeshAnalysisError, MeshAnalysisProps, MeshService, VersionedWorkload,
  VirtualService, WarningAction, istio,
} from '../../lib';
import { WALKTHROUGH_PHASES, walkthroughApps } from '../../main';
import { kindsAndNames, synthError } from '../support/manifests';

const HOST = 'reviews.default.svc.cluster.local';
const WILDCARD_WARNING = 'warning gw-wildcard-host servers[0].hosts[0]: exposes every host name. Fix: list real host names, or mark it intended '
  + '(Gateway construct: wildcardHostsIntended: true; YAML: annotation istio-traffic.cdk8s.io/intended-findings: gw-wildcard-host)';
const SUBSET_V3_AT_ROUTE_1 = `[test/Routes] error destination-subset-undefined http[0].route[1].subset: no DestinationRule for ${HOST} defines subset v3. `
  + 'Fix: use one of v1, v2, or add the subset';
/** What the reviews app and its VirtualService synthesize to, in order. */
const REVIEWS_ROUTED = ['Service/reviews', 'Deployment/reviews-v1', 'Deployment/reviews-v2', 'DestinationRule/reviews', 'VirtualService/reviews'];
const PORT_PROTOCOL_FIX = 'Fix: name it after the protocol (http, http2, grpc, tcp, tls..., optionally with a -suffix) or set appProtocol';

/** The reviews app: its Service, a Deployment per version, and a DestinationRule with a subset per version. */
function reviewsApp(scope: Construct, versions: string[] = ['v1', 'v2'], subsets: string[] = versions): { service: MeshService; rule: DestinationRule } {
  const service = new MeshService(scope, 'Service', { app: 'reviews' });
  for (const version of versions) {
    new VersionedWorkload(scope, `Workload-${version}`, { app: 'reviews', version: { name: version, image: `reviews:${version}` } });
  }
  const rule = new DestinationRule(scope, 'Rule', { service, versions: subsets.map((name) => ({ name, image: `reviews:${name}` })) });
  return { service, rule };
}

/** A raw L1 VirtualService, made without the constructs of the library, that routes `reviews` to a subset. */
function rawRoutes(scope: Construct, id: string, subset: string): ApiObject {
  return new istio.VirtualService(scope, id, {
    metadata: { name: id.toLowerCase() },
    spec: { hosts: [HOST], http: [{ route: [{ destination: { host: HOST, subset } }] }] },
  });
}

/** A raw Service whose port name tells Istio no protocol: a warning. */
function metricsService(scope: Construct): ApiObject {
  return new ApiObject(scope, 'Metrics', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'metrics' },
    spec: { selector: { app: 'reviews' }, ports: [{ name: 'metrics', port: 9100 }] },
  });
}

/** The line the analysis reports for the Service of `metricsService`, without its reporter. */
function metricsWarning(chartId: string): string {
  return `warning service-port-protocol ${chartId}/Metrics Service default/metrics spec.ports[0].name: `
    + `Istio cannot tell the protocol of port 9100 from its name "metrics". ${PORT_PROTOCOL_FIX}`;
}

/** An app with its analysis, created first with `props`, printing into `printed`, and a chart `test`. */
function analyzedChart(props: MeshAnalysisProps = {}): { app: App; chart: Chart; analysis: MeshAnalysis; printed: string[] } {
  const app = Testing.app();
  const printed: string[] = [];
  const analysis = new MeshAnalysis(app, { print: (line) => printed.push(line), ...props });
  return { app, chart: new Chart(app, 'test'), analysis, printed };
}

/** `level code source field` of findings. */
function summaries(findings: Finding[]): string[] {
  return findings.map(({ level, code, source, field }) => `${level} ${code} ${source} ${field}`);
}

/** The lines of a synth error after its heading. */
function errorLines(message: string): string[] {
  const [heading, ...lines] = message.split('\n');
  expect(heading).toEqual('Validation failed with the following errors:');
  return lines.map((line) => line.trim());
}

/** The message `create` throws; fails the test when it does not throw. */
function thrownBy(create: () => unknown): string {
  try {
    create();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error, but none was thrown');
}

describe('MeshAnalysis', () => {
  test('runs at synth and analyzes a raw L1 object the user added', () => {
    // GIVEN
    const { chart, printed } = analyzedChart();
    reviewsApp(chart);

    // WHEN
    rawRoutes(chart, 'RawRoutes', 'v3');

    // THEN
    expect(errorLines(synthError(chart))).toEqual([
      `[MeshAnalysis] error destination-subset-undefined test/RawRoutes VirtualService default/rawroutes spec.http[0].route[0].destination.subset: no DestinationRule for ${HOST} defines subset v3. Fix: use one of v1, v2, or add the subset`,
    ]);
    expect(printed).toEqual([]);
  });

  test('analyzes a plain ApiObject', () => {
    // GIVEN
    const { chart } = analyzedChart();
    reviewsApp(chart);

    // WHEN
    new ApiObject(chart, 'Plain', {
      apiVersion: 'networking.istio.io/v1',
      kind: 'DestinationRule',
      metadata: { name: 'plain' },
      spec: { subsets: [{ name: 'v1', labels: { version: 'v1' } }] },
    });

    // THEN
    expect(errorLines(synthError(chart))).toEqual([
      '[MeshAnalysis] error dr-no-host test/Plain DestinationRule default/plain spec.host: the rule applies to no host. Fix: set spec.host to a Service or ServiceEntry host',
    ]);
  });

  test('lists the findings of every object, in every chart, in one error', () => {
    // GIVEN
    const { app, chart } = analyzedChart();
    reviewsApp(chart);
    const other = new Chart(app, 'other');

    // WHEN
    rawRoutes(chart, 'Raw', 'v3').addJsonPatch(JsonPatch.add('/spec/http/0/timeout', '5 seconds'));
    new ApiObject(other, 'Plain', { apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name: 'plain' }, spec: {} });

    // THEN
    expect(errorLines(synthError(chart)).map((line) => line.split(' ').slice(0, 4).join(' '))).toEqual([
      '[MeshAnalysis] error destination-subset-undefined test/Raw',
      '[MeshAnalysis] error duration-invalid test/Raw',
      '[MeshAnalysis] error dr-no-host other/Plain',
    ]);
  });

  test('prints each warning once per app, however many charts are synthesized', () => {
    // GIVEN
    const { app, printed } = analyzedChart();
    const first = new Chart(app, 'first');
    reviewsApp(first);
    const second = new Chart(app, 'second');
    metricsService(second);

    // WHEN
    Testing.synth(first);
    Testing.synth(second);
    app.synthYaml();

    // THEN
    expect(printed).toEqual([`[MeshAnalysis] ${metricsWarning('second')}`]);
  });

  test('prints warnings on standard error by default, one line each, and nothing through the console', () => {
    // GIVEN
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chart = Testing.chart();

    // WHEN
    new Gateway(chart, 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['*'] }] });
    Testing.synth(chart);

    // THEN
    const written = stderr.mock.calls.map(([chunk]) => String(chunk));
    stderr.mockRestore();
    warn.mockRestore();
    expect(written).toEqual([`[test/Gateway] ${WILDCARD_WARNING}\n`]);
    expect(warn).not.toHaveBeenCalled();
  });

  test('prints nothing for a Gateway whose wildcard hosts are intended', () => {
    // GIVEN
    const { chart, printed } = analyzedChart();

    // WHEN
    new Gateway(chart, 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['*'] }], wildcardHostsIntended: true });

    // THEN
    Testing.synth(chart);
    expect(printed).toEqual([]);
  });

  test('a Gateway reports its wildcard hosts that are not marked intended, by its path and prop', () => {
    // GIVEN
    const { chart, printed } = analyzedChart();

    // WHEN
    new Gateway(chart, 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['*'] }] });

    // THEN
    Testing.synth(chart);
    expect(printed).toEqual([`[test/Gateway] ${WILDCARD_WARNING}`]);
  });

  // The analysis keys the lines it has reported by their text alone, and a construct's line names no object: the
  // second Gateway's warning reads like the first's and is neither printed nor passed to onFinding.
  test('reports the same warning of two constructs once each, each by its own path', () => {
    // GIVEN
    const found: Finding[] = [];
    const { chart, printed } = analyzedChart({ onFinding: (finding) => found.push(finding) });

    // WHEN
    new Gateway(chart, 'Public', { name: 'public', servers: [{ port: 80, hosts: ['*'] }] });
    new Gateway(chart, 'Internal', { name: 'internal', servers: [{ port: 80, hosts: ['*'] }] });
    Testing.synth(chart);

    // THEN
    expect(printed).toEqual([`[test/Public] ${WILDCARD_WARNING}`, `[test/Internal] ${WILDCARD_WARNING}`]);
    expect(summaries(found)).toEqual([
      'warning gw-wildcard-host test/Public/Resource spec.servers[0].hosts[0]',
      'warning gw-wildcard-host test/Internal/Resource spec.servers[0].hosts[0]',
    ]);
  });

  test('a construct-made VirtualService reports an undefined subset once, by its path and prop', () => {
    // GIVEN
    const { chart } = analyzedChart();
    const { rule } = reviewsApp(chart);

    // WHEN
    new VirtualService(chart, 'Routes', { name: 'reviews', hosts: [HOST], http: [{ route: [rule.destination('v3')] }] });

    // THEN
    expect(errorLines(synthError(chart))).toEqual([
      `[test/Routes] error destination-subset-undefined http[0].route[0].subset: no DestinationRule for ${HOST} defines subset v3. Fix: use one of v1, v2, or add the subset`,
    ]);
  });

  test('a construct-made VirtualService may route to a subset that a raw L1 DestinationRule defines', () => {
    // GIVEN
    const { chart } = analyzedChart();
    const service = new MeshService(chart, 'Service', { app: 'reviews' });
    new VersionedWorkload(chart, 'Workload', { app: 'reviews', version: { name: 'v1', image: 'reviews:v1' } });
    new istio.DestinationRule(chart, 'RawRule', {
      metadata: { name: 'reviews' },
      spec: { host: HOST, subsets: [{ name: 'v1', labels: { version: 'v1' } }] },
    });

    // WHEN
    new VirtualService(chart, 'Routes', { name: 'reviews', hosts: [HOST], http: [{ route: [{ host: service.host, subset: 'v1' }] }] });

    // THEN
    expect(Testing.synth(chart).map((manifest) => `${manifest.kind}/${manifest.metadata.name}`).sort()).toEqual([
      'Deployment/reviews-v1', 'DestinationRule/reviews', 'Service/reviews', 'VirtualService/reviews',
    ]);
  });

  test('analyzes an escape-hatch JSON patch of a construct-made object as it is written', () => {
    // GIVEN
    const { chart, printed } = analyzedChart();
    const { service } = reviewsApp(chart);

    // WHEN
    ApiObject.of(service.service).addJsonPatch(JsonPatch.replace('/spec/ports/0/name', 'web'));

    // THEN
    Testing.synth(chart);
    expect(printed).toEqual([
      `[test/Service] warning service-port-protocol spec.ports[0].name: Istio cannot tell the protocol of port 3000 from its name "web". ${PORT_PROTOCOL_FIX}`,
    ]);
  });

  test('analyzes a weight changed by a JSON patch as it is written', () => {
    // GIVEN
    const { chart, printed } = analyzedChart();
    const { rule } = reviewsApp(chart);
    const routes = new VirtualService(chart, 'Routes', { name: 'reviews', hosts: [HOST], http: [{ route: rule.split({ v1: 90, v2: 10 }) }] });

    // WHEN
    ApiObject.of(routes).addJsonPatch(JsonPatch.replace('/spec/http/0/route/1/weight', 20));

    // THEN
    const manifests = Testing.synth(chart);
    expect(manifests.find((manifest) => manifest.kind === 'VirtualService').spec.http[0].route.map((destination: any) => destination.weight)).toEqual([90, 20]);
    expect(printed).toEqual([
      '[test/Routes] warning weights-not-100 http[0].route: weights add up to 110, not 100; Istio divides requests by each weight\'s share of the sum. '
      + 'Fix: make the weights of the route add up to 100',
    ]);
  });

  // The analysis is reused while the app holds the same objects, until the synchronous call that made it returns: a
  // JSON patch between two synths of one call changes no object of the tree, and the second synth misses it.
  test('analyzes the objects anew in every validation pass: a JSON patch after a synth is reported by the next synth', () => {
    // GIVEN
    const { chart, printed } = analyzedChart();
    const { rule } = reviewsApp(chart);
    const routes = new VirtualService(chart, 'Routes', { name: 'reviews', hosts: [HOST], http: [{ route: rule.split({ v1: 90, v2: 10 }) }] });
    expect(kindsAndNames(Testing.synth(chart))).toEqual(REVIEWS_ROUTED);

    // WHEN
    ApiObject.of(routes).addJsonPatch(JsonPatch.replace('/spec/http/0/route/1/destination/subset', 'v3'));

    // THEN
    expect(errorLines(synthError(chart))).toEqual([SUBSET_V3_AT_ROUTE_1]);
    expect(printed).toEqual([]);
  });

  test('a JSON patch made after a synth has returned is reported by the next synth', async () => {
    // GIVEN
    const { chart, printed } = analyzedChart();
    const { rule } = reviewsApp(chart);
    const routes = new VirtualService(chart, 'Routes', { name: 'reviews', hosts: [HOST], http: [{ route: rule.split({ v1: 90, v2: 10 }) }] });
    expect(kindsAndNames(Testing.synth(chart))).toEqual(REVIEWS_ROUTED);
    await Promise.resolve();

    // WHEN
    ApiObject.of(routes).addJsonPatch(JsonPatch.replace('/spec/http/0/route/1/destination/subset', 'v3'));

    // THEN
    expect(errorLines(synthError(chart))).toEqual([SUBSET_V3_AT_ROUTE_1]);
    expect(printed).toEqual([]);
  });

  describe('one per app', () => {
    test('MeshAnalysis.of puts the analysis at MeshAnalysis.ID of the root, once', () => {
      // GIVEN
      const app = Testing.app();
      const chart = new Chart(app, 'test');

      // WHEN
      const analysis = MeshAnalysis.of(chart);

      // THEN
      expect(MeshAnalysis.ID).toEqual('MeshAnalysis');
      expect(app.node.findChild(MeshAnalysis.ID)).toBe(analysis);
      expect(analysis.node.path).toEqual('MeshAnalysis');
      expect(MeshAnalysis.of(new Chart(app, 'other'))).toBe(analysis);
      expect(app.node.children.filter((child) => child instanceof MeshAnalysis)).toEqual([analysis]);
    });

    test('MeshAnalysis.of returns the analysis created explicitly, and the constructs report through it', () => {
      // GIVEN
      const { chart, analysis, printed } = analyzedChart();

      // WHEN
      new Gateway(chart, 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['*'] }] });
      Testing.synth(chart);

      // THEN
      expect(MeshAnalysis.of(chart)).toBe(analysis);
      expect(printed).toEqual([`[test/Gateway] ${WILDCARD_WARNING}`]);
    });

    test('a second MeshAnalysis of an app fails, whether the first was explicit or made by a construct', () => {
      const SECOND_ANALYSIS = 'The app has a MeshAnalysis already: a construct of this library creates one with the default props. Create yours, with its props, before any construct of the library';

      // GIVEN
      const { app } = analyzedChart();
      const implicit = Testing.app();
      new Gateway(new Chart(implicit, 'test'), 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['app.example.com'] }] });

      // WHEN
      const explicitly = thrownBy(() => new MeshAnalysis(app));
      const afterConstruct = thrownBy(() => new MeshAnalysis(implicit, { warnings: WarningAction.FAIL }));

      // THEN
      expect(explicitly).toEqual(SECOND_ANALYSIS);
      expect(afterConstruct).toEqual(SECOND_ANALYSIS);
    });

    test('a MeshAnalysis below the root fails, naming where it was created', () => {
      // GIVEN
      const chart = Testing.chart();

      // WHEN
      const message = thrownBy(() => new MeshAnalysis(chart));

      // THEN
      expect(message).toEqual('[test] MeshAnalysis belongs to the app: create it with the App as its scope');
    });
  });

  describe('two apps in one process', () => {
    test('do not see each other\'s objects', () => {
      // GIVEN
      const broken = analyzedChart();
      reviewsApp(broken.chart);
      const complete = analyzedChart();
      reviewsApp(complete.chart, ['v1', 'v2', 'v3']);

      // WHEN
      rawRoutes(broken.chart, 'RawRoutes', 'v3');

      // THEN
      expect(summaries(MeshAnalysis.findings(broken.app))).toEqual([
        'error destination-subset-undefined test/RawRoutes spec.http[0].route[0].destination.subset',
      ]);
      expect(MeshAnalysis.findings(complete.app)).toEqual([]);
      expect(kindsAndNames(Testing.synth(complete.chart)).sort()).toEqual([
        'Deployment/reviews-v1', 'Deployment/reviews-v2', 'Deployment/reviews-v3', 'DestinationRule/reviews', 'Service/reviews',
      ]);
      expect(errorLines(synthError(broken.chart))).toEqual([
        `[MeshAnalysis] error destination-subset-undefined test/RawRoutes VirtualService default/rawroutes spec.http[0].route[0].destination.subset: no DestinationRule for ${HOST} defines subset v3. Fix: use one of v1, v2, or add the subset`,
      ]);
    });

    test('each print their own warnings, however alike', () => {
      // GIVEN
      const first = analyzedChart();
      const second = analyzedChart();
      for (const { chart } of [first, second]) {
        reviewsApp(chart);
        metricsService(chart);
      }

      // WHEN
      Testing.synth(first.chart);
      Testing.synth(second.chart);
      Testing.synth(first.chart);

      // THEN
      expect(first.printed).toEqual([`[MeshAnalysis] ${metricsWarning('test')}`]);
      expect(second.printed).toEqual([`[MeshAnalysis] ${metricsWarning('test')}`]);
    });

    test('order routes after the DestinationRules of their own app only', () => {
      // GIVEN
      const other = analyzedChart();
      reviewsApp(other.chart);
      const { chart } = analyzedChart();
      const service = new MeshService(chart, 'Service', { app: 'reviews' });
      new VersionedWorkload(chart, 'Workload', { app: 'reviews', version: { name: 'v1', image: 'reviews:v1' } });

      // WHEN
      const routes = new VirtualService(chart, 'Routes', { name: 'reviews', hosts: [HOST], http: [{ route: [{ host: service.host, subset: 'v1' }] }] });
      const rule = new DestinationRule(chart, 'Rule', { service, versions: [{ name: 'v1', image: 'reviews:v1' }] });

      // THEN
      expect(routes.apiObject.node.dependencies).toHaveLength(1);
      expect(routes.apiObject.node.dependencies[0]).toBe(rule.apiObject);
      expect(kindsAndNames(Testing.synth(chart))).toEqual(['Service/reviews', 'Deployment/reviews-v1', 'DestinationRule/reviews', 'VirtualService/reviews']);
      expect(kindsAndNames(Testing.synth(other.chart))).toEqual(['Service/reviews', 'Deployment/reviews-v1', 'Deployment/reviews-v2', 'DestinationRule/reviews']);
    });
  });

  describe('warnings', () => {
    test('FAIL fails the synth on a warning, with the error, and an info still passes', () => {
      // GIVEN
      const { chart, printed } = analyzedChart({ warnings: WarningAction.FAIL });
      new ApiObject(chart, 'Namespace', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });

      // WHEN
      new Gateway(chart, 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['*'] }] });

      // THEN
      expect(errorLines(synthError(chart))).toEqual([`[test/Gateway] ${WILDCARD_WARNING}`]);
      expect(printed).toEqual([]);
    });

    test('FAIL lists errors and warnings in one synth error', () => {
      // GIVEN
      const { chart } = analyzedChart({ warnings: WarningAction.FAIL });
      reviewsApp(chart);
      metricsService(chart);

      // WHEN
      rawRoutes(chart, 'RawRoutes', 'v3');

      // THEN
      expect(errorLines(synthError(chart)).map((line) => line.split(' ').slice(0, 4).join(' '))).toEqual([
        '[MeshAnalysis] warning service-port-protocol test/Metrics',
        '[MeshAnalysis] error destination-subset-undefined test/RawRoutes',
      ]);
    });

    test('IGNORE prints nothing and passes the synth, while onFinding still sees the warning', () => {
      // GIVEN
      const found: Finding[] = [];
      const { chart, printed } = analyzedChart({ warnings: WarningAction.IGNORE, onFinding: (finding) => found.push(finding) });

      // WHEN
      new Gateway(chart, 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['*'] }] });
      const manifests = Testing.synth(chart);

      // THEN
      expect(kindsAndNames(manifests)).toEqual(['Gateway/public']);
      expect(printed).toEqual([]);
      expect(summaries(found)).toEqual(['warning gw-wildcard-host test/Gateway/Resource spec.servers[0].hosts[0]']);
    });

    test('onFinding receives every finding of every level once, however many charts and validation passes', () => {
      // GIVEN
      const found: Finding[] = [];
      const { app, printed } = analyzedChart({ onFinding: (finding) => found.push(finding) });
      const first = new Chart(app, 'first');
      reviewsApp(first);
      new Gateway(first, 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['*'] }] });
      const second = new Chart(app, 'second');
      metricsService(second);
      new ApiObject(second, 'Namespace', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });

      // WHEN
      Testing.synth(first);
      Testing.synth(second);
      app.synth();

      // THEN
      expect(summaries(found)).toEqual([
        'warning service-port-protocol second/Metrics spec.ports[0].name',
        'info namespace-injection-disabled second/Namespace metadata.labels',
        'warning gw-wildcard-host first/Gateway/Resource spec.servers[0].hosts[0]',
      ]);
      expect(printed).toEqual([`[MeshAnalysis] ${metricsWarning('second')}`, `[first/Gateway] ${WILDCARD_WARNING}`]);
    });

    test('onFinding receives the errors before the synth fails on them', () => {
      // GIVEN
      const found: Finding[] = [];
      const { chart } = analyzedChart({ warnings: WarningAction.IGNORE, onFinding: (finding) => found.push(finding) });
      const { rule } = reviewsApp(chart);

      // WHEN
      new VirtualService(chart, 'Routes', { name: 'reviews', hosts: [HOST], http: [{ route: [rule.destination('v3')] }] });
      const message = synthError(chart);

      // THEN
      expect(errorLines(message)).toHaveLength(1);
      expect(summaries(found)).toEqual(['error destination-subset-undefined test/Routes/Resource spec.http[0].route[0].destination.subset']);
    });
  });

  test('checkTransitions throws a MeshAnalysisError with every finding of every transition', () => {
    // GIVEN
    const phase = (name: string, versions: string[], weights: Record<string, number>) => {
      const app = Testing.app();
      const chart = new Chart(app, 'reviews', { namespace: 'default' });
      const { rule } = reviewsApp(chart, versions);
      new VirtualService(chart, 'Routes', { name: 'reviews', hosts: [HOST], http: [{ route: rule.split(weights) }] });
      return { name, root: app };
    };
    const phases = [
      phase('01-v1', ['v1'], { v1: 100 }),
      phase('02-canary', ['v1', 'v2'], { v1: 50, v2: 50 }),
      phase('03-retired', ['v2'], { v2: 100 }),
    ];

    // WHEN
    let thrown: unknown;
    try {
      MeshAnalysis.checkTransitions(phases);
    } catch (error) {
      thrown = error;
    }

    // THEN
    expect(thrown).toBeInstanceOf(MeshAnalysisError);
    const error = thrown as MeshAnalysisError;
    expect(error.findings.map(({ level, code, source, field }) => `${level} ${code} ${source} ${field}`)).toEqual([
      'error transition-subset-undefined reviews/Routes/Resource spec.http[0].route[1].destination.subset',
      'error transition-subset-removed reviews/Routes/Resource spec.http[0].route[0].destination.subset',
    ]);
    expect(error.message.split('\n')).toEqual([
      'mesh analysis found 2 error(s):',
      `error transition-subset-undefined reviews/Routes/Resource VirtualService default/reviews spec.http[0].route[1].destination.subset: subset v2 of ${HOST} gets requests, but phase 01-v1 did not define it. Fix: define the subset in a DestinationRule one phase before routing to it`,
      `error transition-subset-removed reviews/Routes/Resource VirtualService default/reviews spec.http[0].route[0].destination.subset: phase 03-retired removes subset v1 of ${HOST}, which still gets requests here. Fix: route no requests to it for a whole phase before removing it`,
    ]);
  });

  test('checkTransitions returns no finding for phases that make before they break', () => {
    // GIVEN
    const app = (versions: string[]) => {
      const root = Testing.app();
      reviewsApp(new Chart(root, 'reviews', { namespace: 'default' }), versions);
      return root;
    };

    // WHEN
    const findings = MeshAnalysis.checkTransitions([{ name: '01-v1', root: app(['v1']) }, { name: '02-both', root: app(['v1', 'v2']) }]);

    // THEN
    expect(findings).toEqual([]);
  });

  test('finds nothing, of any level, in any phase of the walkthrough', () => {
    // GIVEN
    const apps = walkthroughApps(path.join(os.tmpdir(), 'mesh-analysis-unused'));

    // WHEN
    const findings = apps.map((app, index) => ({ phase: WALKTHROUGH_PHASES[index].folder, findings: MeshAnalysis.findings(app) }));

    // THEN
    expect(findings).toEqual(WALKTHROUGH_PHASES.map(({ folder }) => ({ phase: folder, findings: [] })));
  });
});

describe('MeshAnalysis in every way cdk8s writes an app', () => {
  /** An app whose one raw VirtualService routes to a subset nobody defines, in the given output layout. */
  function brokenApp(yamlOutputType: YamlOutputType): { app: App; outdir: string } {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesh-analysis-output-'));
    const app = new App({ outdir, yamlOutputType });
    for (const id of ['first', 'second']) {
      new ApiObject(new Chart(app, id, { namespace: 'default' }), 'Reviews', {
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
        metadata: { name: `reviews-${id}` },
        spec: { hosts: [`reviews-${id}.example.com`], http: [{ route: [{ destination: { host: 'reviews.default.svc.cluster.local', subset: 'v9' } }] }] },
      });
    }
    new MeshAnalysis(app, { warnings: WarningAction.IGNORE });
    return { app, outdir };
  }

  const LAYOUTS = Object.values(YamlOutputType).filter((layout): layout is YamlOutputType => typeof layout === 'number');

  test.each(LAYOUTS.map((layout) => [YamlOutputType[layout], layout] as const))('fails before writing any file with the %s layout', (_, yamlOutputType) => {
    // GIVEN
    const { app, outdir } = brokenApp(yamlOutputType);

    // WHEN
    const error = thrownBy(() => app.synth());

    // THEN
    expect(error).toContain('error destination-subset-undefined');
    expect(error).toContain('VirtualService default/reviews-first spec.http[0].route[0].destination.subset');
    expect(error).toContain('VirtualService default/reviews-second spec.http[0].route[0].destination.subset');
    expect(fs.readdirSync(outdir)).toEqual([]);
  });

  test('synthYaml and Chart.toJson fail the same way', () => {
    // GIVEN
    const { app } = brokenApp(YamlOutputType.FILE_PER_CHART);

    // WHEN
    const fromYaml = thrownBy(() => app.synthYaml());
    const fromChart = thrownBy(() => app.charts[0].toJson());

    // THEN
    expect(fromYaml).toContain('error destination-subset-undefined');
    expect(fromChart).toContain('error destination-subset-undefined');
  });
});
