import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { Finding, FindingLevel } from '../../lib';
import { COMMAND_USAGE, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, USAGE, main, packageVersion } from '../../lib/cli/main';
import { WALKTHROUGH_PHASES } from '../../main';
import { MeshObject, baselineMesh, deployment, objectsOf } from '../analysis/support/fixtures';
import { parseObjects } from '../support/walkthrough';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'istio-traffic.js');
const USAGE_HEADING = 'usage: istio-traffic analyze [--json] [--access] <file|dir>...';
const ANALYZE_USAGE = COMMAND_USAGE.analyze;
const PLAN_USAGE = COMMAND_USAGE.plan;
const HELP_USAGE = COMMAND_USAGE.help;
const VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

/** What the command line returned and wrote, each line as written. */
interface Run {
  readonly status: number;
  readonly out: string[];
  readonly err: string[];
}

/** Runs the command line in this process, keeping what it writes to stdout and to stderr apart. */
async function runMain(args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { status, out, err };
}

/**
 * Runs the command as users do. The schema check imports ES modules, which Jest's CommonJS runtime cannot load,
 * so everything that reads objects runs in a child process.
 */
function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Multi-document YAML of the objects, with the line each object starts on. */
function yamlOf(objects: MeshObject[]): { text: string; lines: number[] } {
  const documents = objects.map((object) => stringify(object));
  const lines = documents.map((_, index) => 1 + documents.slice(0, index).reduce((sum, document) => sum + document.split('\n').length, 0));
  return { text: documents.join('---\n'), lines };
}

/** Stack trace lines, which a user should never see for bad input. */
const STACK_LINE = /^\s+at /m;

describe('istio-traffic analyze', () => {
  let work: string;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-traffic-cli-'));
  });

  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
  });

  describe('in process', () => {
    test('names the missing argument, prints the usage of analyze on stderr and exits 2 without a file or folder', async () => {
      // WHEN
      const { status, out, err } = await runMain(['analyze']);

      // THEN
      expect(status).toEqual(2);
      expect(out).toEqual([]);
      expect(err).toEqual(['istio-traffic: missing argument <file|dir>', ANALYZE_USAGE]);
      expect(err[1].split('\n')[0]).toEqual(USAGE_HEADING);
    });

    test('prints the usage on stderr and exits 2 for an unknown command, on stdout and exits 0 for --help', async () => {
      // WHEN
      const unknown = await runMain(['lint', 'dist']);
      const help = await runMain(['--help']);

      // THEN
      expect([unknown.status, help.status]).toEqual([2, 0]);
      expect(unknown.out).toEqual([]);
      expect(unknown.err).toEqual(["istio-traffic: unknown command 'lint'", USAGE]);
      expect(help).toEqual({ status: 0, out: [USAGE], err: [] });
      expect([unknown.err[1], help.out[0]].map((line) => line.split('\n')[0])).toEqual([USAGE_HEADING, USAGE_HEADING]);
    });

    test('reports a path that does not exist on stderr, as nothing could be read, and exits 1', async () => {
      // GIVEN
      const missing = path.join(work, 'missing.yaml');

      // WHEN
      const { status, out, err } = await runMain(['analyze', missing]);

      // THEN
      expect(status).toEqual(1);
      expect(out).toEqual([]);
      expect(err).toEqual([
        `error file-not-found ${missing} - -/- -: no such file or folder. Fix: check the path`,
        '0 objects: 1 errors, 0 warnings, 0 infos',
      ]);
    });

    test('with --json, reports a path that does not exist on stderr too, and prints nothing on stdout', async () => {
      // GIVEN
      const missing = path.join(work, 'missing.yaml');

      // WHEN
      const { status, out, err } = await runMain(['analyze', '--json', missing]);

      // THEN
      expect(status).toEqual(1);
      expect(out).toEqual([]);
      expect(err).toEqual([
        `error file-not-found ${missing} - -/- -: no such file or folder. Fix: check the path`,
        '0 objects: 1 errors, 0 warnings, 0 infos',
      ]);
    });

    test('reports a YAML file that holds no Kubernetes object on stderr and exits 1', async () => {
      // GIVEN
      const values = path.join(work, 'values.yaml');
      fs.writeFileSync(values, 'replicas: 3\n');

      // WHEN
      const { status, out, err } = await runMain(['analyze', values]);

      // THEN
      expect(status).toEqual(1);
      expect(out).toEqual([]);
      expect(err).toEqual([
        `error not-a-manifest ${values}:1 - -/- -: the document is not a Kubernetes object (apiVersion, kind and metadata). `
          + 'Fix: give it apiVersion, kind and metadata, or leave it out',
        '0 objects: 1 errors, 0 warnings, 0 infos',
      ]);
    });

    test('names an unknown option, prints the usage of analyze on stderr and exits 2, reading nothing', async () => {
      // WHEN
      const { status, out, err } = await runMain(['analyze', '--jsn', path.join(work, 'missing.yaml')]);

      // THEN
      expect({ status, out, err }).toEqual({ status: 2, out: [], err: ["istio-traffic: unknown option '--jsn'", ANALYZE_USAGE] });
    });

    test('rejects a value for --json and an unknown short option, exiting 2', async () => {
      // WHEN
      const withValue = await runMain(['analyze', '--json=yes', 'dist']);
      const short = await runMain(['analyze', '-j', 'dist']);

      // THEN
      expect(withValue).toEqual({ status: 2, out: [], err: ["istio-traffic: option '--json' takes no value", ANALYZE_USAGE] });
      expect(short).toEqual({ status: 2, out: [], err: ["istio-traffic: unknown option '-j'", ANALYZE_USAGE] });
    });
  });

  describe('as a command', () => {
    test('every phase folder of dist/ has no finding', () => {
      // GIVEN
      const folders = WALKTHROUGH_PHASES.map(({ folder }) => path.join('dist', folder));
      const script = `require('tsx/cjs');
        const { main } = require('./lib/cli/main.ts');
        (async () => {
          const results = [];
          for (const folder of process.argv.slice(1)) {
            const lines = [];
            const errors = [];
            const status = await main(['analyze', folder], { out: (line) => lines.push(line), err: (line) => errors.push(line) });
            results.push({ folder, status, lines, errors });
          }
          process.stdout.write(JSON.stringify(results));
        })();`;

      // WHEN
      const results = JSON.parse(execFileSync(process.execPath, ['-e', script, ...folders], { cwd: ROOT, encoding: 'utf8' }));

      // THEN
      expect(results).toEqual(folders.map((folder) => {
        const objects = parseObjects(fs.readFileSync(path.join(ROOT, folder, 'walkthrough.k8s.yaml'), 'utf8')).length;
        return { folder, status: 0, lines: [`${objects} objects: 0 errors, 0 warnings, 0 infos`], errors: [] };
      }));
    });

    test('exits 0 with the summary for a valid phase', () => {
      // WHEN
      const { status, stdout, stderr } = runCli(['analyze', 'dist/15-tls-ingress']);

      // THEN
      expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: '8 objects: 0 errors, 0 warnings, 0 infos\n', stderr: '' });
    });

    test('prints the usage on stderr and exits 2 without a file or folder', () => {
      // WHEN
      const { status, stdout, stderr } = runCli(['analyze']);

      // THEN
      expect(status).toEqual(2);
      expect(stdout).toEqual('');
      expect(stderr).toEqual(`istio-traffic: missing argument <file|dir>\n${ANALYZE_USAGE}\n`);
      expect(stderr.split('\n')[1]).toEqual(USAGE_HEADING);
    });

    test('--json prints an empty JSON array for a valid phase and exits 0', () => {
      // WHEN
      const { status, stdout, stderr } = runCli(['analyze', '--json', 'dist/15-tls-ingress']);

      // THEN
      expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
      expect(stdout).toEqual('[]\n');
    });

    test('reports a path that does not exist on stderr, nothing on stdout, and exits 1', () => {
      // WHEN
      const { status, stdout, stderr } = runCli(['analyze', 'dist/99-missing']);

      // THEN
      expect({ status, stdout, stderr }).toEqual({
        status: 1,
        stdout: '',
        stderr: 'error file-not-found dist/99-missing - -/- -: no such file or folder. Fix: check the path\n0 objects: 1 errors, 0 warnings, 0 infos\n',
      });
    });

    test('reads a path after -- even when it starts with -', () => {
      // GIVEN
      const dashed = path.join(work, '-dashed.yaml');
      fs.writeFileSync(dashed, 'replicas: 3\n');

      // WHEN
      const { status, stdout, stderr } = runCli(['analyze', '--', dashed]);

      // THEN
      expect(status).toEqual(1);
      expect(stdout).toEqual('');
      expect(stderr.split('\n')[0].split(' ').slice(0, 3)).toEqual(['error', 'not-a-manifest', `${dashed}:1`]);
    });

    test('reports an unexpected failure as one line on stderr, without a stack trace, and exits 2', () => {
      // GIVEN a folder named like a YAML file, which is found as one and cannot be read as one
      const folder = path.join(work, 'folder-named-yaml');
      fs.mkdirSync(path.join(folder, 'phase.yaml'), { recursive: true });

      // WHEN
      const { status, stdout, stderr } = runCli(['analyze', folder]);

      // THEN
      expect({ status, stdout, stderr }).toEqual({ status: 2, stdout: '', stderr: 'istio-traffic: EISDIR: illegal operation on a directory, read\n' });
      expect(stderr).not.toMatch(STACK_LINE);
    });

    describe('a folder of broken manifests', () => {
      let folder: string;
      let missing: string;
      let meshLines: number[];

      beforeAll(() => {
        folder = path.join(work, 'broken');
        missing = path.join(work, 'missing.yaml');
        fs.mkdirSync(path.join(folder, 'nested'), { recursive: true });
        const mesh = baselineMesh();
        mesh.routes.spec.http[0].route[0].destination.subset = 'v3';
        const meshYaml = yamlOf(objectsOf(mesh));
        meshLines = meshYaml.lines;
        fs.writeFileSync(path.join(folder, 'mesh.yaml'), meshYaml.text);
        const counter = deployment('counter', { app: 'counter', version: 'v1' }, 'schema');
        counter.spec.replicas = 'three';
        fs.writeFileSync(path.join(folder, 'schema.yaml'), `# a Deployment whose replicas is not a number\n${stringify(counter)}`);
        fs.writeFileSync(path.join(folder, 'syntax.yml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken: yes\n');
        fs.writeFileSync(path.join(folder, 'nested', 'values.yaml'), 'replicas: 3\n');
        fs.writeFileSync(path.join(folder, 'README.md'), 'not analyzed: [\n');
      });

      test('prints one line per finding, starting with the level and the code, and exits 1', () => {
        // WHEN
        const { status, stdout, stderr } = runCli(['analyze', folder, missing]);

        // THEN
        const lines = stdout.trimEnd().split('\n');
        expect(status).toEqual(1);
        expect(lines.map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
          `error not-a-manifest ${folder}/nested/values.yaml:1`,
          `error yaml-invalid ${folder}/syntax.yml:4:9`,
          `error file-not-found ${missing}`,
          `error schema-invalid ${folder}/schema.yaml:2`,
          'error destination-subset-undefined [IST0101]',
          '9 objects: 5',
        ]);
        expect(lines[3]).toEqual(`error schema-invalid ${folder}/schema.yaml:2 Deployment schema/counter spec.replicas: must be integer (schema of apps/v1 Deployment). `
          + 'Fix: correct the field to match the API schema');
        expect(lines[4]).toEqual(`error destination-subset-undefined [IST0101] ${folder}/mesh.yaml:${meshLines[4]} VirtualService default/reviews spec.http[0].route[0].destination.subset: `
          + 'no DestinationRule for reviews.default.svc.cluster.local defines subset v3. Fix: use one of v1, v2, or add the subset');
        expect(lines[5]).toEqual('9 objects: 5 errors, 0 warnings, 0 infos');
        expect(stderr).toEqual('');
        expect(stdout).not.toMatch(STACK_LINE);
      });

      test('--json prints the findings as a JSON array', () => {
        // WHEN
        const { status, stdout } = runCli(['analyze', '--json', folder, missing]);

        // THEN
        const findings: Finding[] = JSON.parse(stdout);
        expect(status).toEqual(1);
        expect(findings.map((finding) => Object.keys(finding))).toEqual(findings.map(({ code }) => [
          'level', 'code', 'source', 'kind', 'namespace', 'name', 'field', 'message', 'fix', ...(code === 'destination-subset-undefined' ? ['istioCode'] : []),
        ]));
        expect(findings[4].istioCode).toEqual('IST0101');
        expect(findings.map(({ level, code }) => `${level} ${code}`)).toEqual([
          'error not-a-manifest', 'error yaml-invalid', 'error file-not-found', 'error schema-invalid', 'error destination-subset-undefined',
        ]);
        expect(findings[1]).toEqual({
          level: FindingLevel.ERROR,
          code: 'yaml-invalid',
          source: `${folder}/syntax.yml:4:9`,
          kind: '-',
          namespace: '-',
          name: '-',
          field: '-',
          message: 'Nested mappings are not allowed in compact mappings at line 4, column 9',
          fix: 'fix the YAML syntax',
        });
        expect(findings[3]).toEqual({
          level: FindingLevel.ERROR,
          code: 'schema-invalid',
          source: `${folder}/schema.yaml:2`,
          kind: 'Deployment',
          namespace: 'schema',
          name: 'counter',
          field: 'spec.replicas',
          message: 'must be integer (schema of apps/v1 Deployment)',
          fix: 'correct the field to match the API schema',
        });
      });
    });
  });
});

describe('istio-traffic', () => {
  describe('in process', () => {
    test.each([['--help'], ['-h'], ['help']])('%s prints the usage of the tool on stdout and exits 0', async (arg) => {
      // WHEN
      const run = await runMain([arg]);

      // THEN
      expect(run).toEqual({ status: 0, out: [USAGE], err: [] });
      expect(USAGE.split('\n').slice(0, 6)).toEqual([
        USAGE_HEADING,
        '       istio-traffic plan [--json] [dir]',
        '       istio-traffic status [--config F] [--json]',
        '       istio-traffic promote|rollback <service> --env <env> [--config F] [--dist D]',
        '       istio-traffic help [command]',
        '       istio-traffic -h | --help | -V | --version',
      ]);
    });

    test.each([['analyze'], ['plan'], ['status'], ['promote'], ['rollback'], ['help']])('%s --help, -h, and help before it print the usage of the command on stdout and exit 0', async (command) => {
      // GIVEN
      const usage = COMMAND_USAGE[command] ?? '';

      // WHEN
      const runs = [await runMain([command, '--help']), await runMain([command, '-h']), await runMain(['help', command])];

      // THEN
      expect(runs).toEqual([0, 1, 2].map(() => ({ status: 0, out: [usage], err: [] })));
      expect(usage.split('\n')[0].startsWith(`usage: istio-traffic ${command} `)).toBe(true);
    });

    test('--help after a command wins over its arguments', async () => {
      // WHEN
      const run = await runMain(['analyze', '--help', 'dist/01-ingress', 'dist/02-egress']);

      // THEN
      expect(run).toEqual({ status: 0, out: [ANALYZE_USAGE], err: [] });
    });

    test.each([['--version'], ['-V']])('%s prints the version of package.json on stdout and exits 0', async (arg) => {
      // WHEN
      const run = await runMain([arg]);

      // THEN
      expect(run).toEqual({ status: 0, out: [VERSION], err: [] });
    });

    test('packageVersion reads the package.json named cdk8s-istio-traffic', () => {
      // WHEN / THEN
      expect(packageVersion()).toEqual(VERSION);
      expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
    });

    test('without a command prints the usage on stderr and exits 2', async () => {
      // WHEN
      const run = await runMain([]);

      // THEN
      expect(run).toEqual({ status: 2, out: [], err: [USAGE] });
    });

    test('names an unknown option of the tool, prints the usage on stderr and exits 2', async () => {
      // WHEN
      const run = await runMain(['--verbose', 'analyze', 'dist']);

      // THEN
      expect(run).toEqual({ status: 2, out: [], err: ["istio-traffic: unknown option '--verbose'", USAGE] });
    });

    test('help of an unknown command, or of two commands, is bad usage', async () => {
      // WHEN
      const unknown = await runMain(['help', 'lint']);
      const two = await runMain(['help', 'analyze', 'plan']);

      // THEN
      expect(unknown).toEqual({ status: 2, out: [], err: ["istio-traffic: unknown command 'lint'", USAGE] });
      expect(two).toEqual({ status: 2, out: [], err: ["istio-traffic: unexpected argument 'plan' (help takes one command)", HELP_USAGE] });
    });

    test('the exit statuses are 0, 1 and 2', () => {
      // WHEN / THEN
      expect([EXIT_OK, EXIT_FINDINGS, EXIT_USAGE]).toEqual([0, 1, 2]);
    });
  });

  describe('as a command', () => {
    test('--help prints the usage on stdout and exits 0', () => {
      // WHEN
      const { status, stdout, stderr } = runCli(['--help']);

      // THEN
      expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: `${USAGE}\n`, stderr: '' });
    });

    test('plan --help prints the usage of plan on stdout and exits 0', () => {
      // WHEN
      const { status, stdout, stderr } = runCli(['plan', '--help']);

      // THEN
      expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: `${PLAN_USAGE}\n`, stderr: '' });
    });

    test('--version prints the version of package.json on stdout and exits 0', () => {
      // WHEN
      const { status, stdout, stderr } = runCli(['--version']);

      // THEN
      expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
    });

    test('an unknown option exits 2 with the error and the usage on stderr, and nothing on stdout', () => {
      // WHEN
      const { status, stdout, stderr } = runCli(['analyze', '--jsn', 'dist/15-tls-ingress']);

      // THEN
      expect({ status, stdout, stderr }).toEqual({ status: 2, stdout: '', stderr: `istio-traffic: unknown option '--jsn'\n${ANALYZE_USAGE}\n` });
    });

    test('an unknown command exits 2 with the error and the usage on stderr, and nothing on stdout', () => {
      // WHEN
      const { status, stdout, stderr } = runCli(['lint', 'dist']);

      // THEN
      expect({ status, stdout, stderr }).toEqual({ status: 2, stdout: '', stderr: `istio-traffic: unknown command 'lint'\n${USAGE}\n` });
    });

    test('no command exits 2 with the usage on stderr, and nothing on stdout', () => {
      // WHEN
      const { status, stdout, stderr } = runCli([]);

      // THEN
      expect({ status, stdout, stderr }).toEqual({ status: 2, stdout: '', stderr: `${USAGE}\n` });
    });
  });
});

describe('istio-traffic analyze of YAML as kubectl reads it', () => {
  let work: string;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-traffic-yaml-'));
  });

  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
  });

  test('reports a YAML 1.1 boolean as a pod label value, for a Deployment that is the item of a List', () => {
    // GIVEN
    const object = deployment('reviews', { app: 'reviews' });
    object.spec.template.metadata.labels.version = 'yes';
    const item = stringify(object).replace('version: "yes"', 'version: yes').trimEnd().split('\n').map((line, index) => `${index === 0 ? '- ' : '  '}${line}`);
    const file = path.join(work, 'reviews.yaml');
    fs.writeFileSync(file, `apiVersion: v1\nkind: List\nitems:\n${item.join('\n')}\n`);
    // The schema check imports ES modules, which Jest's CommonJS runtime cannot load: main runs in a child process.
    const script = `require('tsx/cjs');
      const { main } = require('./lib/cli/main.ts');
      (async () => {
        const out = [];
        const err = [];
        const status = await main(['analyze', process.argv[1]], { out: (line) => out.push(line), err: (line) => err.push(line) });
        process.stdout.write(JSON.stringify({ status, out, err }));
      })();`;

    // WHEN
    const result = JSON.parse(execFileSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8' }));

    // THEN
    const at = `${file}:4 Deployment default/reviews spec.template.metadata.labels.version`;
    expect(result).toEqual({
      status: EXIT_FINDINGS,
      out: [
        `error schema-invalid ${at}: must be string (schema of apps/v1 Deployment). Fix: correct the field to match the API schema`,
        `error label-value-invalid ${at}: true is not a label value. `
          + 'Fix: use at most 63 letters, digits, \'-\', \'_\' and \'.\', starting and ending with a letter or digit, as a string',
        '1 objects: 2 errors, 0 warnings, 0 infos',
      ],
      err: [],
    });
  });
});

describe('istio-traffic analyze --gateway-api-channel', () => {
  let work: string;
  let file: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-traffic-channel-'));
    file = path.join(work, 'db.yaml');
    fs.writeFileSync(file, stringify({
      apiVersion: 'gateway.networking.k8s.io/v1alpha2', kind: 'TCPRoute', metadata: { name: 'db', namespace: 'shop' },
      spec: { parentRefs: [{ name: 'ingress', sectionName: 'postgres' }], rules: [{ backendRefs: [{ name: 'db', port: 5432 }] }] },
    }));
  });
  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
  });

  test('a TCPRoute is an error of the standard channel, the default, and valid on the experimental one', async () => {
    // WHEN
    const standard = await runMain(['analyze', '--json', file]);
    const experimental = await runMain(['analyze', '--json', '--gateway-api-channel', 'experimental', file]);

    // THEN
    const schemaCodes = (run: Run) => (JSON.parse(run.out[0]) as Finding[]).map(({ code }) => code).filter((code) => code.startsWith('schema-'));
    expect([standard.status, standard.err]).toEqual([EXIT_FINDINGS, []]);
    expect(schemaCodes(standard)).toEqual(['schema-experimental-kind']);
    expect(experimental.err).toEqual([]);
    expect(schemaCodes(experimental)).toEqual([]);
  });

  test('a channel that is none is bad usage', async () => {
    // WHEN
    const run = await runMain(['analyze', '--gateway-api-channel', 'beta', file]);

    // THEN
    expect(run).toEqual({ status: EXIT_USAGE, out: [], err: ["istio-traffic: option '--gateway-api-channel' takes standard or experimental, not 'beta'", ANALYZE_USAGE] });
  });
});

describe('istio-traffic analyze --access', () => {
  const zeroTrust = path.join(ROOT, 'dist', '17-zero-trust');

  test('prints the findings, the summary, then who may call whom', async () => {
    // WHEN
    const run = await runMain(['analyze', '--access', zeroTrust]);

    // THEN
    expect([run.status, run.err]).toEqual([EXIT_OK, []]);
    expect(run.out[0]).toMatch(/^\d+ objects: 0 errors, 0 warnings, 0 infos$/);
    expect(run.out[1].split('\n').slice(0, 7)).toEqual([
      '',
      'Who may call whom (from the PeerAuthentications and AuthorizationPolicies):',
      '',
      '| Service | mTLS | Allowed callers | Calls made |',
      '| --- | --- | --- | --- |',
      '| greeter-service.default:3000 | STRICT | helloweb | helloweb ✓ |',
      '| helloweb.default:3000 | STRICT | istio-ingressgateway-service-account | istio-ingressgateway-service-account ✓ |',
    ]);
  });

  test('with --json, prints the findings and the matrix as one object', async () => {
    // WHEN
    const run = await runMain(['analyze', '--json', '--access', zeroTrust]);

    // THEN
    const json = JSON.parse(run.out[0]);
    expect(run.status).toEqual(EXIT_OK);
    expect(Object.keys(json)).toEqual(['findings', 'access']);
    expect(json.findings).toEqual([]);
    expect(Object.keys(json.access)).toEqual(['enforced', 'callers', 'services', 'cells', 'calls', 'egress']);
    expect(json.access.calls.map((call: { caller: string; access: string }) => `${call.caller} ${call.access}`)).toEqual([
      'helloweb allowed', 'istio-ingressgateway-service-account allowed', 'istio-ingressgateway-service-account allowed',
    ]);
  });

  test('flags a call the policies deny, for any YAML', async () => {
    // GIVEN
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-traffic-access-'));
    const caller = deployment('productpage-v1', { app: 'productpage', version: 'v1' });
    caller.spec.template.spec.containers[0].env = [{ name: 'REVIEWS_URL', value: 'http://reviews:9080' }];
    const deny = { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: { name: 'allow-nothing', namespace: 'default' }, spec: {} };
    fs.writeFileSync(path.join(work, 'mesh.yaml'), yamlOf([...objectsOf(baselineMesh()), caller, deny]).text);

    // WHEN
    const run = await runMain(['analyze', '--access', work]);
    fs.rmSync(work, { recursive: true, force: true });

    // THEN
    expect(run.status).toEqual(EXIT_FINDINGS);
    const access = run.out[run.out.length - 1];
    expect(access).toContain('| reviews.default:9080 | PERMISSIVE | nobody | productpage-v1 ✗ DENIED, istio-ingressgateway-service-account ✗ DENIED |');
    expect(access).toContain('- productpage-v1 → reviews.default:9080 (REVIEWS_URL): denied; reviews-v2: no ALLOW policy of reviews-v2 matches; reviews-v1: no ALLOW policy of reviews-v1 matches');
  });
});
