import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { Finding, FindingLevel } from '../../lib';
import { main } from '../../lib/cli/main';
import { WALKTHROUGH_PHASES } from '../../main';
import { MeshObject, baselineMesh, deployment, objectsOf } from '../analysis/support/fixtures';
import { parseObjects } from '../support/walkthrough';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'istio-traffic.js');
const USAGE_HEADING = 'usage: istio-traffic analyze [--json] <file|dir>...';

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
    test('prints the usage and exits 2 without a file or folder', async () => {
      // GIVEN
      const lines: string[] = [];

      // WHEN
      const status = await main(['analyze'], (line) => lines.push(line));

      // THEN
      expect(status).toEqual(2);
      expect(lines).toHaveLength(1);
      expect(lines[0].split('\n')[0]).toEqual(USAGE_HEADING);
    });

    test('prints the usage and exits 2 for an unknown command, 0 for --help', async () => {
      // GIVEN
      const lines: string[] = [];

      // WHEN
      const unknown = await main(['lint', 'dist'], (line) => lines.push(line));
      const help = await main(['--help'], (line) => lines.push(line));

      // THEN
      expect([unknown, help]).toEqual([2, 0]);
      expect(lines.map((line) => line.split('\n')[0])).toEqual([USAGE_HEADING, USAGE_HEADING]);
    });

    test('reports a path that does not exist and exits 1', async () => {
      // GIVEN
      const missing = path.join(work, 'missing.yaml');
      const lines: string[] = [];

      // WHEN
      const status = await main(['analyze', missing], (line) => lines.push(line));

      // THEN
      expect(status).toEqual(1);
      expect(lines).toEqual([
        `error file-not-found ${missing} - -/- -: no such file or folder. Fix: check the path`,
        '0 objects: 1 errors, 0 warnings, 0 infos',
      ]);
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
            results.push({ folder, status: await main(['analyze', folder], (line) => lines.push(line)), lines });
          }
          process.stdout.write(JSON.stringify(results));
        })();`;

      // WHEN
      const results = JSON.parse(execFileSync(process.execPath, ['-e', script, ...folders], { cwd: ROOT, encoding: 'utf8' }));

      // THEN
      expect(results).toEqual(folders.map((folder) => {
        const objects = parseObjects(fs.readFileSync(path.join(ROOT, folder, 'walkthrough.k8s.yaml'), 'utf8')).length;
        return { folder, status: 0, lines: [`${objects} objects: 0 errors, 0 warnings, 0 infos`] };
      }));
    });

    test('exits 0 with the summary for a valid phase', () => {
      // WHEN
      const { status, stdout, stderr } = runCli(['analyze', 'dist/15-tls-ingress']);

      // THEN
      expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: '8 objects: 0 errors, 0 warnings, 0 infos\n', stderr: '' });
    });

    test('prints the usage and exits 2 without a file or folder', () => {
      // WHEN
      const { status, stdout, stderr } = runCli(['analyze']);

      // THEN
      expect(status).toEqual(2);
      expect(stdout.split('\n')[0]).toEqual(USAGE_HEADING);
      expect(stderr).toEqual('');
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
          `error destination-subset-undefined ${folder}/mesh.yaml:${meshLines[4]}`,
          '9 objects: 5',
        ]);
        expect(lines[3]).toEqual(`error schema-invalid ${folder}/schema.yaml:2 Deployment schema/counter spec.replicas: must be integer (schema of apps/v1 Deployment). `
          + 'Fix: correct the field to match the API schema');
        expect(lines[4]).toEqual(`error destination-subset-undefined ${folder}/mesh.yaml:${meshLines[4]} VirtualService default/reviews spec.http[0].route[0].destination.subset: `
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
        expect(findings.map((finding) => Object.keys(finding))).toEqual(findings.map(() => [
          'level', 'code', 'source', 'kind', 'namespace', 'name', 'field', 'message', 'fix',
        ]));
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
