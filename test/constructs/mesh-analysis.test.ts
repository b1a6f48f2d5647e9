import * as os from 'node:os';
import * as path from 'node:path';
import { ApiObject, App, Chart, JsonPatch, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import {
  DestinationRule, Gateway, MeshAnalysis, MeshAnalysisError, MeshService, VersionedWorkload, VirtualService, istio,
} from '../../lib';
import { WALKTHROUGH_PHASES, walkthroughApps } from '../../main';
import { synthError } from '../support/manifests';

const HOST = 'reviews.default.svc.cluster.local';

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

/** The lines of a synth error after its heading. */
function errorLines(message: string): string[] {
  const [heading, ...lines] = message.split('\n');
  expect(heading).toEqual('Validation failed with the following errors:');
  return lines.map((line) => line.trim());
}

describe('MeshAnalysis', () => {
  let warn: jest.SpyInstance;

  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => {
    warn.mockRestore();
  });

  test('runs at synth and analyzes a raw L1 object the user added', () => {
    // GIVEN
    const chart = Testing.chart();
    reviewsApp(chart);

    // WHEN
    rawRoutes(chart, 'RawRoutes', 'v3');

    // THEN
    expect(errorLines(synthError(chart))).toEqual([
      `[MeshAnalysis] error destination-subset-undefined test/RawRoutes VirtualService default/rawroutes spec.http[0].route[0].destination.subset: no DestinationRule for ${HOST} defines subset v3. Fix: use one of v1, v2, or add the subset`,
    ]);
    expect(warn).not.toHaveBeenCalled();
  });

  test('analyzes a plain ApiObject', () => {
    // GIVEN
    const chart = Testing.chart();
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
    const chart = Testing.chart();
    reviewsApp(chart);
    const other = new Chart(chart.node.root as App, 'other');

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
    const app = Testing.app();
    const first = new Chart(app, 'first');
    reviewsApp(first);
    const second = new Chart(app, 'second');
    new ApiObject(second, 'Metrics', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'metrics' },
      spec: { selector: { app: 'reviews' }, ports: [{ name: 'metrics', port: 9100 }] },
    });

    // WHEN
    Testing.synth(first);
    Testing.synth(second);
    app.synthYaml();

    // THEN
    expect(warn.mock.calls).toEqual([[
      'warning service-port-protocol second/Metrics Service default/metrics spec.ports[0].name: Istio cannot tell the protocol of port 9100 from its name "metrics". '
      + 'Fix: name it after the protocol (http, http2, grpc, tcp, tls..., optionally with a -suffix) or set appProtocol',
    ]]);
  });

  test('prints nothing for a Gateway whose wildcard hosts are intended', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new Gateway(chart, 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['*'] }], wildcardHostsIntended: true });

    // THEN
    Testing.synth(chart);
    expect(warn).not.toHaveBeenCalled();
  });

  test('prints a warning for a Gateway with wildcard hosts that are not marked intended', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new Gateway(chart, 'Gateway', { name: 'public', servers: [{ port: 80, hosts: ['*'] }] });

    // THEN
    Testing.synth(chart);
    expect(warn.mock.calls.map(([line]) => String(line).split(' ').slice(0, 5).join(' '))).toEqual([
      'warning gw-wildcard-host test/Gateway/Resource Gateway default/public',
    ]);
  });

  test('reports an undefined subset of a construct-made VirtualService once', () => {
    // GIVEN
    const chart = Testing.chart();
    const { rule } = reviewsApp(chart);

    // WHEN
    new VirtualService(chart, 'Routes', { name: 'reviews', hosts: [HOST], http: [{ route: [rule.destination('v3')] }] });

    // THEN
    expect(errorLines(synthError(chart))).toEqual([
      `[MeshAnalysis] error destination-subset-undefined test/Routes/Resource VirtualService default/reviews spec.http[0].route[0].destination.subset: no DestinationRule for ${HOST} defines subset v3. Fix: use one of v1, v2, or add the subset`,
    ]);
  });

  test('a construct-made VirtualService may route to a subset that a raw L1 DestinationRule defines', () => {
    // GIVEN
    const chart = Testing.chart();
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
    const chart = Testing.chart();
    const { service } = reviewsApp(chart);

    // WHEN
    ApiObject.of(service.service).addJsonPatch(JsonPatch.replace('/spec/ports/0/name', 'web'));

    // THEN
    Testing.synth(chart);
    expect(warn.mock.calls.map(([line]) => String(line).split(' ').slice(0, 5).join(' '))).toEqual([
      'warning service-port-protocol test/Service/Resource/Resource Service default/reviews',
    ]);
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
