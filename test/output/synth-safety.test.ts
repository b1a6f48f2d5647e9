import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listFiles, treeDifferences } from '../support/files';

/** Every case runs the real cdk8s CLI, which starts a Node process that compiles the library. */
jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..', '..');
const LIB = path.join(ROOT, 'lib');
const TSX_CJS = require.resolve('tsx/cjs', { paths: [ROOT] });

/** A chart with the reviews app; `subset` is where a raw VirtualService sends every request. */
function chartSource(subset: string): string {
  return `
import { App, Chart } from 'cdk8s';
import { DestinationRule, MeshService, VersionedWorkload, istio, synthToFolder } from ${JSON.stringify(LIB)};

function build(outdir: string): App {
  const app = new App({ outdir });
  const chart = new Chart(app, 'reviews', { namespace: 'default' });
  const service = new MeshService(chart, 'Service', { app: 'reviews' });
  new VersionedWorkload(chart, 'V1', { app: 'reviews', version: { name: 'v1', image: 'reviews:1' } });
  new DestinationRule(chart, 'Rule', { service, versions: [{ name: 'v1', image: 'reviews:1' }] });
  new istio.VirtualService(chart, 'Routes', {
    metadata: { name: 'reviews' },
    spec: { hosts: [service.host], http: [{ route: [{ destination: { host: service.host, subset: ${JSON.stringify(subset)} } }] }] },
  });
  return app;
}
`;
}

/** The apps, each a way for a synth to end. */
const APPS = {
  validationError: `${chartSource('v9')}
synthToFolder((outdir) => build(outdir).synth());
`,
  exception: `${chartSource('v1')}
synthToFolder((outdir) => {
  build(outdir).synth();
  throw new Error('the app failed after writing its output');
});
`,
  killed: `${chartSource('v1')}
import * as fs from 'node:fs';
import * as path from 'node:path';
synthToFolder((outdir) => {
  fs.mkdirSync(outdir, { recursive: true });
  fs.writeFileSync(path.join(outdir, 'reviews.k8s.yaml'), 'kind: Service\\n');
  process.kill(process.pid, 'SIGKILL');
});
`,
  valid: `${chartSource('v1')}
synthToFolder((outdir) => build(outdir).synth());
`,
};

interface Project {
  /** The project folder, which `cdk8s synth` runs in. */
  readonly dir: string;
  /** A copy of its dist/ as it was before the synth. */
  readonly before: string;
}

/** A cdk8s project whose app is `source`, with dist/ copied from the walkthrough's. */
function project(work: string, name: string, source: string): Project {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'cdk8s.yaml'), `language: typescript\napp: node -r ${TSX_CJS} app.ts\noutput: .cdk8s.out\n`);
  fs.writeFileSync(path.join(dir, 'app.ts'), source);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  const before = path.join(work, `${name}-dist-before`);
  fs.cpSync(path.join(dir, 'dist'), before, { recursive: true });
  return { dir, before };
}

/** Runs `npx cdk8s synth` in the project, as a user does. */
function cdk8sSynth(dir: string): { status: number | null; output: string } {
  const result = spawnSync('npx', ['cdk8s', 'synth', '--no-check-upgrade'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false', CDK8S_OUTDIR: undefined },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('cdk8s synth with synthToFolder', () => {
  let work: string;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-safety-'));
  });

  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
  });

  test('a validation error fails the synth and keeps the last good dist/ byte for byte', () => {
    // GIVEN
    const { dir, before } = project(work, 'validation-error', APPS.validationError);

    // WHEN
    const { status, output } = cdk8sSynth(dir);

    // THEN
    expect(status).not.toEqual(0);
    expect(output).toContain('[MeshAnalysis] error destination-subset-undefined reviews/Routes VirtualService default/reviews');
    expect(listFiles(before)).toContain('01-ingress/walkthrough.k8s.yaml');
    expect(treeDifferences(before, path.join(dir, 'dist'))).toEqual([]);
  });

  test('an exception in the app fails the synth and keeps the last good dist/ byte for byte', () => {
    // GIVEN
    const { dir, before } = project(work, 'exception', APPS.exception);

    // WHEN
    const { status, output } = cdk8sSynth(dir);

    // THEN
    expect(status).not.toEqual(0);
    expect(output).toContain('the app failed after writing its output');
    expect(treeDifferences(before, path.join(dir, 'dist'))).toEqual([]);
  });

  test('an app killed while it writes fails the synth and keeps the last good dist/ byte for byte', () => {
    // GIVEN
    const { dir, before } = project(work, 'killed', APPS.killed);

    // WHEN
    const { status } = cdk8sSynth(dir);

    // THEN
    const staging = fs.readdirSync(dir).filter((file) => /^\.cdk8s\.out\.staging-\d+$/.test(file));
    expect(status).not.toEqual(0);
    expect(staging.map((folder) => listFiles(path.join(dir, folder)))).toEqual([['reviews.k8s.yaml']]);
    expect(treeDifferences(before, path.join(dir, 'dist'))).toEqual([]);
  });

  test('a valid app replaces dist/ with its new output', () => {
    // GIVEN
    const { dir } = project(work, 'valid', APPS.valid);

    // WHEN
    const { status, output } = cdk8sSynth(dir);

    // THEN
    expect({ status, output }).toEqual({ status: 0, output: expect.stringContaining('reviews.k8s.yaml') });
    expect(listFiles(path.join(dir, 'dist'))).toEqual(['reviews.k8s.yaml']);
    expect(treeDifferences(path.join(dir, '.cdk8s.out'), path.join(dir, 'dist'))).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'dist', 'reviews.k8s.yaml'), 'utf8')).toContain('subset: v1');
    expect(fs.readdirSync(dir).sort()).toEqual(['.cdk8s.out', 'app.ts', 'cdk8s.yaml', 'dist', 'node_modules']);
  });
});
