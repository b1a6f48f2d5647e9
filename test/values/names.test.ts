import { Testing } from 'cdk8s';
import { Construct } from 'constructs';
import {
  FindingLevel, Gateway, MeshAnalysis, MeshService, ServiceEntry, VersionedWorkload, VirtualService, analyzeManifests,
} from '../../lib';
import { Problem, _dnsLabelProblems, _formatProblem } from '../../lib/values/names';
import { analyzedChart, synth, synthErrorLines } from '../support/manifests';

const DNS_FIX = 'use at most 63 lower-case letters, digits and \'-\', starting and ending with a letter or digit';
const PORT_FIX = 'use a whole number from 1 to 65535';

describe('_formatProblem', () => {
  test('renders field, message, offending value and fix on one line', () => {
    // GIVEN
    const problem: Problem = { field: 'steps[1].candidateWeight', value: 12.5, message: 'is not whole', fix: 'use 12 or 13' };

    // WHEN
    const line = _formatProblem(problem);

    // THEN
    expect(line).toEqual('steps[1].candidateWeight: is not whole (got 12.5). Fix: use 12 or 13');
  });

  test('renders string and list values as JSON, so that empty values are visible', () => {
    // GIVEN / WHEN
    const lines = [
      _formatProblem({ field: 'a', value: '', message: 'm', fix: 'f' }),
      _formatProblem({ field: 'b', value: [], message: 'm', fix: 'f' }),
    ];

    // THEN
    expect(lines).toEqual(['a: m (got ""). Fix: f', 'b: m (got []). Fix: f']);
  });
});

describe('_dnsLabelProblems', () => {
  test.each(['v1', 'greeter-service', 'a', '0', '1st', 'a'.repeat(63)])('accepts %j', (value) => {
    // GIVEN / WHEN
    const problems = _dnsLabelProblems('name', value);

    // THEN
    expect(problems).toEqual([]);
  });

  test.each([
    ['upper case', 'V1'],
    ['an underscore', 'Greeter_Service'],
    ['64 characters', 'a'.repeat(64)],
    ['a leading dash', '-v1'],
    ['a trailing dash', 'v1-'],
    ['a dot', 'v1.2'],
    ['a space', 'greeter service'],
    ['nothing', ''],
  ])('rejects a name with %s', (_, value) => {
    // GIVEN / WHEN
    const problems = _dnsLabelProblems('versions[0].name', value);

    // THEN
    expect(problems).toEqual([{ field: 'versions[0].name', value, message: 'must be a DNS-1123 label', fix: DNS_FIX }]);
  });
});

describe('port numbers, as the port-invalid rule checks them', () => {
  /** The findings of a Gateway whose one server listens on `port`. */
  function gatewayFindings(port: unknown) {
    return analyzeManifests([{
      source: 'gateway.yaml:1',
      manifest: {
        apiVersion: 'networking.istio.io/v1',
        kind: 'Gateway',
        metadata: { name: 'gateway' },
        spec: { servers: [{ port: { number: port, name: 'http', protocol: 'HTTP' }, hosts: ['helloweb.dev'] }] },
      },
    }]);
  }

  test.each([undefined, 1, 80, 3000, 65535])('accepts %p', (value) => {
    // GIVEN / WHEN
    const findings = gatewayFindings(value);

    // THEN
    expect(findings).toEqual([]);
  });

  test.each([0, -1, 65536, 70000, 1.5, NaN])('rejects %p', (value) => {
    // GIVEN / WHEN
    const findings = gatewayFindings(value);

    // THEN
    expect(findings).toEqual([{
      level: FindingLevel.ERROR,
      code: 'port-invalid',
      source: 'gateway.yaml:1',
      kind: 'Gateway',
      namespace: 'default',
      name: 'gateway',
      field: 'spec.servers[0].port.number',
      message: `${JSON.stringify(value)} is not a port number`,
      fix: PORT_FIX,
      istioCode: 'IST0106',
    }]);
  });
});

describe('MeshAnalysis._validateProps', () => {
  test('reports the problems at synth, prefixed with the construct path', () => {
    // GIVEN
    const chart = Testing.chart();
    const checked = new Construct(chart, 'Checked');

    // WHEN
    MeshAnalysis._validateProps(checked, () => [{ field: 'port', value: 0, message: 'is not a port number', fix: PORT_FIX }]);

    // THEN
    expect(synthErrorLines(chart)).toEqual(['[test/Checked] port: is not a port number (got 0). Fix: use a whole number from 1 to 65535']);
  });

  test('checks the state at synth, not at construction', () => {
    // GIVEN
    const chart = Testing.chart();
    const problems: Problem[] = [];
    MeshAnalysis._validateProps(new Construct(chart, 'Checked'), () => problems);

    // WHEN
    problems.push({ field: 'hosts', value: [], message: 'is empty', fix: 'add a host' });

    // THEN
    expect(synthErrorLines(chart)).toEqual(['[test/Checked] hosts: is empty (got []). Fix: add a host']);
  });

  test('lets synth succeed when there is no problem', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    MeshAnalysis._validateProps(new Construct(chart, 'Checked'), () => []);

    // THEN
    expect(synth(chart)).toEqual([]);
  });

  test('reports every problem of every construct of an app in one error, with the findings of the mesh analysis', () => {
    // GIVEN
    const { chart, warnings } = analyzedChart();
    const service = new MeshService(chart, 'Service', { app: 'greeter', port: 70000, targetPort: 3000 });
    new VersionedWorkload(chart, 'Workload', { app: 'greeter', version: { name: 'v1', image: 'greeter:1' } });
    new Gateway(chart, 'Gateway', { name: 'gateway', servers: [] });
    new ServiceEntry(chart, 'Api', { name: 'api', hosts: [], ports: [{ number: 443, protocol: 'HTTPS' }] });
    new VirtualService(chart, 'Routes', { name: 'greeter', hosts: [service.host], http: [{ route: [{ host: service.host, weight: -1 }] }] });
    MeshAnalysis._validateProps(new Construct(chart, 'Checked'), () => [{ field: 'hosts', value: [], message: 'is empty', fix: 'add a host' }]);

    // WHEN
    const lines = synthErrorLines(chart);

    // THEN
    expect(lines).toEqual([
      '[test/Service] error port-invalid port: 70000 is not a port number. Fix: use a whole number from 1 to 65535',
      '[test/Gateway] error gw-no-servers servers: the gateway has no server. Fix: add a server with a port and hosts',
      '[test/Api] error se-no-hosts hosts: the ServiceEntry adds no host. Fix: list the external host names, e.g. api.example.com',
      '[test/Routes] error weight-negative http[0].route[0].weight: weight -1 is negative. Fix: use a weight of 0 or more',
      '[test/Checked] hosts: is empty (got []). Fix: add a host',
    ]);
    expect(warnings).toEqual([
      '[test/Routes] warning weights-not-100 http[0].route: weights add up to -1, not 100; Istio divides requests by each weight\'s share of the sum. Fix: make the weights of the route add up to 100',
    ]);
  });
});
