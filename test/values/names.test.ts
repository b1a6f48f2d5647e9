import { Testing } from 'cdk8s';
import { Construct } from 'constructs';
import {
  Gateway, MeshService, Problem, ServiceEntry, VirtualService, _dnsLabelProblems, _formatProblem, _portProblems, _validateWith,
} from '../../lib';
import { synth, synthError } from '../support/manifests';

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

describe('_portProblems', () => {
  test.each([undefined, 1, 80, 3000, 65535])('accepts %p', (value) => {
    // GIVEN / WHEN
    const problems = _portProblems('port', value);

    // THEN
    expect(problems).toEqual([]);
  });

  test.each([0, -1, 65536, 70000, 1.5, NaN])('rejects %p', (value) => {
    // GIVEN / WHEN
    const problems = _portProblems('servers[0].port', value);

    // THEN
    expect(problems).toEqual([{ field: 'servers[0].port', value, message: 'is not a port number', fix: PORT_FIX }]);
  });
});

describe('_validateWith', () => {
  test('reports the problems at synth, prefixed with the construct path', () => {
    // GIVEN
    const chart = Testing.chart();
    const checked = new Construct(chart, 'Checked');

    // WHEN
    _validateWith(checked, () => [{ field: 'port', value: 0, message: 'is not a port number', fix: PORT_FIX }]);

    // THEN
    expect(() => synth(chart)).toThrow(/\[test\/Checked\] port: is not a port number \(got 0\)\. Fix: use a whole number from 1 to 65535/);
  });

  test('checks the state at synth, not at construction', () => {
    // GIVEN
    const chart = Testing.chart();
    const problems: Problem[] = [];
    _validateWith(new Construct(chart, 'Checked'), () => problems);

    // WHEN
    problems.push({ field: 'hosts', value: [], message: 'is empty', fix: 'add a host' });

    // THEN
    expect(() => synth(chart)).toThrow(/\[test\/Checked\] hosts: is empty \(got \[\]\)\. Fix: add a host/);
  });

  test('lets synth succeed when there is no problem', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    _validateWith(new Construct(chart, 'Checked'), () => []);

    // THEN
    expect(synth(chart)).toEqual([]);
  });

  test('reports every problem of every construct of an app in one error', () => {
    // GIVEN
    const chart = Testing.chart();
    const service = new MeshService(chart, 'Service', { app: 'greeter', port: 70000 });
    new Gateway(chart, 'Gateway', { name: 'gateway', servers: [] });
    new ServiceEntry(chart, 'Api', { name: 'api', hosts: [], ports: [{ number: 443, protocol: 'HTTPS' }] });
    new VirtualService(chart, 'Routes', { name: 'greeter', hosts: [service.host], http: [{ route: [{ host: service.host, weight: 101 }] }] });

    // WHEN
    const message = synthError(chart);

    // THEN
    expect(message).toMatch(/\[test\/Service\] port: is not a port number \(got 70000\)\. Fix: use a whole number/);
    expect(message).toMatch(/\[test\/Gateway\] servers: a gateway needs a server \(got \[\]\)\. Fix: add a server/);
    expect(message).toMatch(/\[test\/Api\] hosts: a ServiceEntry needs a host \(got \[\]\)\. Fix: list the external host names/);
    expect(message).toMatch(/\[test\/Routes\] http\[0\]\.route\[0\]\.weight: is not a percentage \(got 101\)\. Fix: use a whole number from 0 to 100/);
    expect(message).toMatch(/\[test\/Routes\] http\[0\]\.route: weights add up to 101, not 100 \(got \[101\]\)\. Fix: make the weights/);
    expect(message.split('\n').filter((line) => line.trim().startsWith('[test/'))).toHaveLength(5);
  });
});
