import { SpawnSyncReturns, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/**
 * The package as its users get it: `npm pack` (prepack builds it), the tarball installed into a copy of
 * examples/consumer, and that app synthesized. Run with `npm run test:package`.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'consumer');
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const NAME = 'cdk8s-istio-traffic';
/** What the copy of the example leaves out: what an earlier install or synth there may have left. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.cdk8s.out', 'package-lock.json']);
const PHASES = [
  '01-stable', '02-subsets', '03-routed', '04-dark', '05-mirror-50', '06-beta-testers', '07-canary-20', '08-canary-60',
  '09-promoted', '10-retired',
];
const PHASE_FILES = ['TRAFFIC.md', 'kustomization.yaml', 'shop.k8s.yaml'];

/** Runs a command; throws with its output unless it exits 0. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${result.status ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** The files of a folder, relative to it, sorted. */
function filesOf(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => fs.statSync(path.join(dir, file)).isFile()).sort();
}

/** `{ v1: 80, v2: 20 }`: the weight of each subset in the routes of the orders VirtualService of a phase. */
function ordersWeights(dist: string, phase: string): Array<Record<string, number>> {
  const objects = parseAllDocuments(fs.readFileSync(path.join(dist, phase, 'shop.k8s.yaml'), 'utf8')).map((document) => document.toJS());
  const routes = objects.find((object) => object.kind === 'VirtualService' && object.metadata.name === 'orders');
  return routes.spec.http.map((http: any) => Object.fromEntries(http.route.map((route: any) => [route.destination.subset, route.weight ?? 100])));
}

describe('the npm package', () => {
  let tmp: string;
  let tarball: string;
  let entries: string[];

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-traffic-package-'));
    const packDir = path.join(tmp, 'pack');
    fs.mkdirSync(packDir);
    run('npm', ['pack', '--pack-destination', packDir], ROOT);
    const tarballs = fs.readdirSync(packDir).filter((file) => file.endsWith('.tgz'));
    expect(tarballs).toEqual([`${NAME}-${PACKAGE.version}.tgz`]);
    tarball = path.join(packDir, tarballs[0]);
    entries = run('tar', ['-tzf', tarball], tmp).stdout.split('\n').filter(Boolean).sort();
  });

  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('tarball', () => {
    test('holds the compiled library, the generated Istio classes, the command, package.json and the README', () => {
      // THEN
      expect(entries).toEqual(expect.arrayContaining([
        'package/build/lib/index.js',
        'package/build/lib/index.d.ts',
        'package/build/lib/cli/main.js',
        'package/build/imports/networking.istio.io.cjs',
        'package/build/imports/networking.istio.io.d.cts',
        'package/bin/istio-traffic.js',
        'package/package.json',
        'package/README.md',
      ]));
    });

    test('holds no synthesized YAML, tests, walkthrough, examples or TypeScript sources', () => {
      // WHEN
      const unexpected = entries.filter((entry) => /^package\/(dist|test|examples|lib|imports|scripts|bench|argocd)\//.test(entry)
        || ['package/main.ts', 'package/main.test.ts', 'package/rollout.yaml', 'package/cdk8s.yaml'].includes(entry)
        || (entry.endsWith('.ts') && !entry.endsWith('.d.ts')));

      // THEN
      expect(unexpected).toEqual([]);
    });

    test('holds under build/ only .js and .d.ts files compiled from a source of lib/, the generated classes of imports/ (.cjs, .d.cts) and their schemas', () => {
      // GIVEN
      const built = entries.filter((entry) => entry.startsWith('package/build/'));
      const schemas = built.filter((entry) => /^package\/build\/imports\/[^/]+\.schemas\.json$/.test(entry));

      // WHEN
      const compiled = built.filter((entry) => !schemas.includes(entry));
      const notCompiled = compiled.filter((entry) => !(/^package\/build\/imports\//.test(entry) ? /\.(cjs|d\.cts)$/ : /\.(js|d\.ts)$/).test(entry));
      // imports/ holds the generated classes compiled: the build copies them.
      const sourceOf = (file: string) => (file.startsWith('imports/') ? file : file.replace(/(\.d\.ts|\.js)$/, '.ts'));
      const withoutSource = compiled.map((entry) => sourceOf(entry.replace(/^package\/build\//, '')))
        .filter((source) => !fs.existsSync(path.join(ROOT, source)));

      // THEN
      expect(schemas.sort()).toEqual([
        'gateway.networking.k8s.io.experimental.schemas.json', 'gateway.networking.k8s.io.schemas.json',
        'networking.istio.io.schemas.json', 'security.istio.io.schemas.json',
      ].map((file) => `package/build/imports/${file}`));
      expect(notCompiled).toEqual([]);
      expect(withoutSource).toEqual([]);
      expect(entries.filter((entry) => !entry.startsWith('package/build/'))).toEqual([
        'package/README.md', 'package/bin/istio-traffic.js', 'package/package.json',
      ]);
    });
  });

  describe('installed in a copy of examples/consumer', () => {
    let consumer: string;
    let loadedDir: string;
    let synth: SpawnSyncReturns<string>;

    beforeAll(() => {
      consumer = path.join(tmp, 'consumer');
      fs.cpSync(EXAMPLE, consumer, { recursive: true, filter: (source) => !NOT_COPIED.has(path.basename(source)) || source === EXAMPLE });
      const version = (name: string) => `${name}@${PACKAGE.devDependencies[name]}`;
      // The cdk8s CLI (a devDependency of the example) is left out: the one of this repository runs the synth.
      run('npm', [
        'install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=dev', '--save-prod',
        tarball, version('cdk8s'), version('cdk8s-plus-27'), version('constructs'), version('tsx'),
      ], consumer);

      // Every Node process of the synth writes the modules it loaded, to show where the library came from.
      loadedDir = path.join(tmp, 'loaded');
      fs.mkdirSync(loadedDir);
      const recorder = path.join(tmp, 'record-modules.js');
      fs.writeFileSync(recorder, `process.on('exit', () => require('node:fs').writeFileSync(
        require('node:path').join(${JSON.stringify(loadedDir)}, 'modules-' + process.pid + '.json'), JSON.stringify(Object.keys(require.cache))));\n`);
      synth = spawnSync('cdk8s', ['synth', '--no-check-upgrade'], {
        cwd: consumer,
        encoding: 'utf8',
        env: {
          ...process.env,
          PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
          CDK8S_CHECK_UPGRADE: 'false',
          NODE_OPTIONS: `--require ${recorder}`,
        },
      });
    });

    test('the synth succeeds', () => {
      // THEN
      expect({ status: synth.status, stderr: synth.stderr }).toEqual({ status: 0, stderr: '' });
    });

    test('installed the tarball, not a link to this repository', () => {
      // WHEN
      const installed = path.join(consumer, 'node_modules', NAME);

      // THEN
      expect(fs.lstatSync(installed).isSymbolicLink()).toBe(false);
      expect(JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')).version).toEqual(PACKAGE.version);
      expect(fs.existsSync(path.join(installed, 'lib'))).toBe(false);
      expect(fs.existsSync(path.join(consumer, 'node_modules', 'cdk8s-cli'))).toBe(false);
    });

    test('writes a folder per phase of the plan and live/, each with its YAML, kustomization.yaml and TRAFFIC.md, and PLAN.md', () => {
      // GIVEN
      const dist = path.join(consumer, 'dist');

      // THEN
      expect(fs.readdirSync(dist).sort()).toEqual([...PHASES, 'PLAN.md', 'live']);
      expect(filesOf(dist)).toEqual([
        ...PHASES.flatMap((folder) => PHASE_FILES.map((file) => path.join(folder, file))),
        'PLAN.md',
        ...PHASE_FILES.map((file) => path.join('live', file)),
      ]);
      expect(parse(fs.readFileSync(path.join(dist, '07-canary-20', 'kustomization.yaml'), 'utf8'))).toEqual({
        apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: ['shop.k8s.yaml'],
      });
      expect(fs.readFileSync(path.join(dist, '07-canary-20', 'TRAFFIC.md'), 'utf8')).toMatch(/^# 07-canary-20\n[\s\S]*```mermaid\nflowchart TB\n/);
    });

    test('live/ is the phase that the example\'s rollout.yaml names', () => {
      // GIVEN
      const dist = path.join(consumer, 'dist');
      const livePhase = parse(fs.readFileSync(path.join(consumer, 'rollout.yaml'), 'utf8')).livePhase;

      // THEN
      expect(livePhase).toEqual('05-mirror-50');
      for (const file of PHASE_FILES) {
        expect(fs.readFileSync(path.join(dist, 'live', file))).toEqual(fs.readFileSync(path.join(dist, livePhase, file)));
      }
    });

    test('the orders VirtualService weighs v1 and v2 as the canary phases say', () => {
      // GIVEN
      const dist = path.join(consumer, 'dist');

      // THEN
      expect(ordersWeights(dist, '03-routed')).toEqual([{ v1: 100, v2: 0 }]);
      expect(ordersWeights(dist, '07-canary-20')).toEqual([{ v1: 80, v2: 20 }]);
      expect(ordersWeights(dist, '08-canary-60')).toEqual([{ v1: 40, v2: 60 }]);
      expect(ordersWeights(dist, '09-promoted')).toEqual([{ v1: 0, v2: 100 }]);
    });

    test('the app loaded the library from the installed package, never from this repository', () => {
      // GIVEN
      const loaded = fs.readdirSync(loadedDir).flatMap((file) => JSON.parse(fs.readFileSync(path.join(loadedDir, file), 'utf8')) as string[]);
      const installed = fs.realpathSync(path.join(consumer, 'node_modules', NAME));

      // THEN
      expect(loaded).toContain(path.join(installed, 'build', 'lib', 'index.js'));
      expect(loaded).toContain(path.join(fs.realpathSync(consumer), 'main.ts'));
      expect(loaded.filter((file) => file.startsWith(path.join(ROOT, 'lib') + path.sep) || file.startsWith(path.join(ROOT, 'build') + path.sep))).toEqual([]);
    });

    test('the packaged command analyzes a phase, from build/', () => {
      // WHEN
      const result = spawnSync(process.execPath, [path.join('node_modules', '.bin', 'istio-traffic'), 'analyze', 'dist/07-canary-20'], {
        cwd: consumer, encoding: 'utf8',
      });

      // THEN
      expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
        status: 0, stdout: '6 objects: 0 errors, 0 warnings, 0 infos\n', stderr: '',
      });
    });

    test('a fresh app writes an ambient-mode rollout in the Gateway API with the package, clean under the packaged analysis', () => {
      // GIVEN
      const app = path.join(consumer, 'ambient.js');
      fs.writeFileSync(app, `const { App, Chart } = require('cdk8s');
const lib = require('${NAME}');
const plan = new lib.RolloutPlan({
  stable: { name: 'v1', image: 'registry.example.com/shop/orders:1.4.0' },
  candidate: { name: 'v2', image: 'registry.example.com/shop/orders:1.5.0' },
  steps: [{ mirrorPercentage: 50 }, { candidateWeight: 20 }],
});
lib.synthPhaseFolders('ambient', plan.phaseNames.map((phase, index) => ({
  folder: String(index + 1).padStart(2, '0') + '-' + phase,
  define: (app) => {
    const chart = new Chart(app, 'shop', { namespace: 'shop' });
    const orders = new lib.VersionedService(chart, 'Orders', { app: 'orders', port: 8080, plan, phase, trafficApi: lib.TrafficApi.GATEWAY_API });
    new lib.Waypoint(chart, 'Waypoint', { forNamespace: true });
    const gateway = new lib.GatewayApiGateway(chart, 'Gateway', { name: 'shop', listeners: [{ port: 80, hostname: 'orders.example.com' }] });
    new lib.GatewayApiHttpRoute(chart, 'Edge', {
      name: 'orders-edge', parents: [gateway.parent()], hostnames: ['orders.example.com'],
      rules: [{ backends: [{ service: orders.service.name, port: orders.service.port }] }],
    });
  },
})));
`);

      // WHEN
      run(process.execPath, [app], consumer);
      const objects = (phase: string) => parseAllDocuments(fs.readFileSync(path.join(consumer, 'ambient', phase, 'shop.k8s.yaml'), 'utf8')).map((document) => document.toJS());
      const analyzed = spawnSync(process.execPath, [path.join('node_modules', '.bin', 'istio-traffic'), 'analyze', 'ambient/06-canary-20'], { cwd: consumer, encoding: 'utf8' });

      // THEN
      expect(fs.readdirSync(path.join(consumer, 'ambient')).sort()).toEqual([
        '01-stable', '02-subsets', '03-routed', '04-dark', '05-mirror-50', '06-canary-20', '07-promoted', '08-retired', 'PLAN.md',
      ]);
      const canary = objects('06-canary-20');
      expect(canary.find((object) => object.kind === 'HTTPRoute' && object.metadata.name === 'orders').spec.rules[0].backendRefs.map((ref: any) => [ref.name, ref.weight]))
        .toEqual([['orders-v1', 80], ['orders-v2', 20]]);
      expect(canary.find((object) => object.kind === 'Gateway' && object.metadata.name === 'waypoint').spec.gatewayClassName).toEqual('istio-waypoint');
      expect(canary.find((object) => object.kind === 'Namespace').metadata.labels).toEqual({ 'istio.io/use-waypoint': 'waypoint', 'istio.io/dataplane-mode': 'ambient' });
      expect(canary.filter((object) => object.apiVersion.startsWith('networking.istio.io'))).toEqual([]);
      expect({ status: analyzed.status, stderr: analyzed.stderr }).toEqual({ status: 0, stderr: '' });
    });

    test('require() gives the public API', () => {
      // GIVEN
      const script = `const lib = require(${JSON.stringify(path.join(consumer, 'node_modules', NAME))});
        process.stdout.write(JSON.stringify({
          resolved: require.resolve(${JSON.stringify(path.join(consumer, 'node_modules', NAME))}),
          types: Object.fromEntries(['VersionedService', 'RolloutPlan', 'MeshAnalysis', 'VirtualService', 'synthPhaseFolders', 'istio']
            .map((name) => [name, typeof lib[name]])),
          istioVirtualService: typeof lib.istio.VirtualService,
        }));`;

      // WHEN
      const result = run(process.execPath, ['-e', script], consumer);

      // THEN
      expect(JSON.parse(result.stdout)).toEqual({
        resolved: path.join(fs.realpathSync(consumer), 'node_modules', NAME, 'build', 'lib', 'index.js'),
        types: {
          VersionedService: 'function',
          RolloutPlan: 'function',
          MeshAnalysis: 'function',
          VirtualService: 'function',
          synthPhaseFolders: 'function',
          istio: 'object',
        },
        istioVirtualService: 'function',
      });
    });

    test('the example type-checks against the packaged declarations', () => {
      // WHEN
      const result = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], {
        cwd: consumer, encoding: 'utf8',
      });

      // THEN
      expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 0, stdout: '' });
    });
  });
});
