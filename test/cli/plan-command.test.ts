import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Chart } from 'cdk8s';
import { RolloutPlan, StringMatch, VersionedService, synthPhaseFolders } from '../../lib';
import { COMMAND_USAGE, main } from '../../lib/cli/main';
import { PhaseSummary, PlanJson, accessOf, phaseFolders, planJson, planOf, planTable, planText } from '../../lib/cli/plan-command';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const DR = 'DestinationRule.networking.istio.io shop/orders';
const VS = 'VirtualService.networking.istio.io shop/orders';
const PLAN_USAGE = COMMAND_USAGE.plan;
const NOT_PHASES = (dir: string) => `error plan-input ${dir}: not a folder of phase folders. Fix: give the folder the rollout was synthesized to, e.g. dist`;
const DIST_PHASES = [
  '01-ingress', '02-egress', '03-egress-locked', '04-subsets', '05-routed', '06-dark', '07-mirror-100', '08-opt-in-firefox',
  '09-rewrite-greeting', '10-redirect-greeting', '11-canary-10', '12-canary-50', '13-promoted', '14-retired', '15-tls-ingress',
  '16-identities', '17-zero-trust',
];

/** Runs the command as users do, from the root of the repository. */
function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join('bin', 'istio-traffic.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command line in this process, keeping what it writes to stdout and to stderr apart. */
async function runMain(args: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { status, out, err };
}

const PLAN = new RolloutPlan({
  stable: { name: 'v1', image: 'registry.example.com/orders:1.0.0', replicas: 1 },
  candidate: { name: 'v2', image: 'registry.example.com/orders:2.0.0', replicas: 1 },
  steps: [
    { mirrorPercentage: 50 },
    { headerOptIn: { 'x-beta': StringMatch.regex('yes|true') }, name: 'beta' },
    { candidateWeight: 20 },
  ],
});
const FOLDERS = ['01-stable', '02-subsets', '03-routed', '04-dark', '05-mirror-50', '06-beta', '07-canary-20', '08-promoted', '09-retired'];

/** A summary with nothing in it but its phase, to spell out only what a phase does. */
function row(phase: string, values: Partial<Omit<PhaseSummary, 'phase'>> = {}): PhaseSummary {
  return { phase, weights: [], matches: [], mirrors: [], added: [], changed: [], removed: [], ...values };
}

describe('plan of a synthesized rollout', () => {
  let tmp: string;
  let outdir: string;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-command-'));
    outdir = path.join(tmp, 'dist');
    synthPhaseFolders(outdir, PLAN.phaseNames.map((phase, index) => ({
      folder: FOLDERS[index],
      define: (app: App) => {
        new VersionedService(new Chart(app, 'shop', { namespace: 'shop' }), 'Orders', { app: 'orders', port: 8080, plan: PLAN, phase });
      },
    })), { livePhase: '07-canary-20' });
  });

  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('phaseFolders lists the phase folders in order, without live/ and without files', () => {
    // GIVEN
    fs.writeFileSync(path.join(outdir, 'README.md'), '# not a phase');

    // WHEN
    const folders = phaseFolders(outdir);

    // THEN
    expect(fs.existsSync(path.join(outdir, 'live'))).toBe(true);
    expect(folders).toEqual(FOLDERS);
  });

  test('planOf gives a row per phase with its weights, matches, mirrors, and what it adds, changes and removes', () => {
    // WHEN
    const plan = planOf(outdir);

    // THEN
    expect(plan).toEqual([
      row('01-stable', { added: ['Service shop/orders', 'Deployment.apps shop/orders-v1'] }),
      row('02-subsets', { added: [DR] }),
      row('03-routed', { weights: ['orders: orders v1 100%, orders v2 0%'], added: [VS] }),
      row('04-dark', { weights: ['orders: orders v1 100%, orders v2 0%'], added: ['Deployment.apps shop/orders-v2'], changed: [DR] }),
      row('05-mirror-50', { weights: ['orders: orders v1 100%'], mirrors: ['orders: orders v2 50%'], changed: [VS] }),
      row('06-beta', { weights: ['orders: orders v1 100%'], matches: ['orders: x-beta ~ yes|true → orders v2 100%'], changed: [VS] }),
      row('07-canary-20', { weights: ['orders: orders v1 80%, orders v2 20%'], changed: [VS] }),
      row('08-promoted', { weights: ['orders: orders v1 0%, orders v2 100%'], changed: [VS] }),
      row('09-retired', { weights: ['orders: orders v2 100%'], changed: [DR, VS], removed: ['Deployment.apps shop/orders-v1'] }),
    ]);
  });

  test('planOf compares the first phase with nothing, and reads no kustomization as an object', () => {
    // WHEN
    const [first] = planOf(outdir);

    // THEN
    expect(first.added.filter((key) => key.startsWith('Kustomization'))).toEqual([]);
    expect(first.removed).toEqual([]);
    expect(first.changed).toEqual([]);
  });

  test('planOf describes actions and splits of hand-written phases', () => {
    // GIVEN
    const handWritten = path.join(tmp, 'hand-written');
    const virtualService = (http: unknown[]) => ({
      apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'web', namespace: 'shop' }, spec: { hosts: ['web'], http },
    });
    const phases: Record<string, unknown[]> = {
      '01-redirect': [{ match: [{ uri: { prefix: '/old' } }], redirect: { uri: '/new', redirectCode: 302 } }, { route: [{ destination: { host: 'web' } }] }],
      '02-rewrite': [{ match: [{ uri: { prefix: '/old' } }], rewrite: { uri: '/new' }, route: [{ destination: { host: 'web', subset: 'v2' } }] }, { route: [{ destination: { host: 'web' } }] }],
      '03-respond': [{ directResponse: { status: 503 } }],
    };
    for (const [folder, http] of Object.entries(phases)) {
      fs.mkdirSync(path.join(handWritten, folder), { recursive: true });
      fs.writeFileSync(path.join(handWritten, folder, 'web.yaml'), JSON.stringify(virtualService(http)));
    }
    const key = 'VirtualService.networking.istio.io shop/web';

    // WHEN
    const plan = planOf(handWritten);

    // THEN
    expect(plan).toEqual([
      row('01-redirect', { weights: ['web: web 100%'], matches: ['web: uri starts with /old → redirect 302 to /new'], added: [key] }),
      row('02-rewrite', { weights: ['web: web 100%'], matches: ['web: uri starts with /old → rewrite to /new, web v2 100%'], changed: [key] }),
      row('03-respond', { weights: ['web: respond 503'], changed: [key] }),
    ]);
  });
});

describe('plan of the walkthrough in dist/', () => {
  const plan = planOf(DIST);
  const rowOf = (phase: string) => plan.find((summary) => summary.phase === phase);

  test('has a row per phase folder, in order, without live/', () => {
    // THEN
    expect(plan.map((summary) => summary.phase)).toEqual(DIST_PHASES);
  });

  test('05-routed adds the greeter VirtualService, weighing v1 100 and v2 0', () => {
    // THEN
    expect(rowOf('05-routed')).toEqual(row('05-routed', {
      weights: ['greeter-service: greeter-service v1 100%, greeter-service v2 0%', 'helloweb: helloweb 100%'],
      added: ['VirtualService.networking.istio.io default/greeter-service'],
    }));
  });

  test('06-dark adds the v2 Deployment', () => {
    // THEN
    expect(rowOf('06-dark')?.added).toEqual(['Deployment.apps default/greeter-service-v2']);
    expect(rowOf('06-dark')?.removed).toEqual([]);
  });

  test('07-mirror-100 mirrors every request to v2', () => {
    // THEN
    expect(rowOf('07-mirror-100')).toEqual(row('07-mirror-100', {
      weights: ['greeter-service: greeter-service v1 100%', 'helloweb: helloweb 100%'],
      mirrors: ['greeter-service: greeter-service v2 100%'],
      changed: ['VirtualService.networking.istio.io default/greeter-service'],
    }));
  });

  test('08-opt-in-firefox sends Firefox to v2', () => {
    // THEN
    expect(rowOf('08-opt-in-firefox')?.matches).toEqual(['greeter-service: user-agent ~ .*Firefox.* → greeter-service v2 100%']);
    expect(rowOf('08-opt-in-firefox')?.mirrors).toEqual([]);
  });

  test('10-redirect-greeting redirects /greeting', () => {
    // THEN
    expect(rowOf('10-redirect-greeting')?.matches).toEqual([
      'greeter-service: uri starts with /greeting → redirect 301 to greeter-service.default.svc.cluster.local:3000/hello',
    ]);
  });

  test('11-canary-10 splits 90 / 10', () => {
    // THEN
    expect(rowOf('11-canary-10')?.weights).toEqual(['greeter-service: greeter-service v1 90%, greeter-service v2 10%', 'helloweb: helloweb 100%']);
  });

  test('14-retired removes the v1 Deployment', () => {
    // THEN
    expect(rowOf('14-retired')?.removed).toEqual(['Deployment.apps default/greeter-service-v1']);
  });
});

describe('planTable', () => {
  test('is a Markdown table with a header, a separator and a row per phase', () => {
    // GIVEN
    const plan = [
      row('01-stable', { added: ['Service shop/orders', 'Deployment.apps shop/orders-v1'] }),
      row('02-canary', { weights: ['orders: orders v1 90%, orders v2 10%'], mirrors: ['orders: orders v3 5%'], changed: ['VS'], removed: ['DR'] }),
    ];

    // WHEN
    const table = planTable(plan);

    // THEN
    expect(table).toEqual([
      '| Phase | Weights | Matches | Mirror | Added | Changed | Removed |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| 01-stable | - | - | - | Service shop/orders<br>Deployment.apps shop/orders-v1 | - | - |',
      '| 02-canary | orders: orders v1 90%, orders v2 10% | - | orders: orders v3 5% | - | VS | DR |',
    ].join('\n'));
  });

  test('escapes | in cells', () => {
    // GIVEN
    const plan = [row('01-beta', { matches: ['orders: x-beta ~ yes|true → orders v2 100%'] })];

    // WHEN
    const table = planTable(plan);

    // THEN
    expect(table.split('\n')[2]).toEqual('| 01-beta | - | orders: x-beta ~ yes\\|true → orders v2 100% | - | - | - | - |');
  });

  test('of no phases is the header and the separator', () => {
    // WHEN / THEN
    expect(planTable([]).split('\n')).toHaveLength(2);
  });

  test('has one line per phase of dist/ after the header and separator, each with the 7 columns', () => {
    // WHEN
    const lines = planTable(planOf(DIST)).split('\n');

    // THEN
    expect(lines).toHaveLength(2 + DIST_PHASES.length);
    expect(lines.filter((line) => line.split(/(?<!\\)\|/).length !== 9)).toEqual([]);
  });
});

describe('planJson', () => {
  test('is an object with the phases, each with its keys in a fixed order, indented by two spaces', () => {
    // GIVEN
    const summary: PhaseSummary = {
      removed: ['DR'], changed: ['VS'], added: [], mirrors: ['orders: orders v3 5%'], matches: [], weights: ['orders: orders v1 90%, orders v2 10%'], phase: '02-canary',
    };

    // WHEN
    const json = planJson([summary]);

    // THEN
    expect(json).toEqual([
      '{',
      '  "phases": [',
      '    {',
      '      "phase": "02-canary",',
      '      "weights": [',
      '        "orders: orders v1 90%, orders v2 10%"',
      '      ],',
      '      "matches": [],',
      '      "mirrors": [',
      '        "orders: orders v3 5%"',
      '      ],',
      '      "added": [],',
      '      "changed": [',
      '        "VS"',
      '      ],',
      '      "removed": [',
      '        "DR"',
      '      ]',
      '    }',
      '  ]',
      '}',
    ].join('\n'));
  });

  test('of no phases has an empty list of phases', () => {
    // WHEN / THEN
    expect(JSON.parse(planJson([]))).toEqual({ phases: [] });
  });
});

describe('istio-traffic plan', () => {
  let tmp: string;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cli-'));
  });

  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('prints the table of dist/ and exits 0', () => {
    // WHEN
    const result = spawnSync(process.execPath, [path.join('bin', 'istio-traffic.js'), 'plan', 'dist'], { cwd: ROOT, encoding: 'utf8' });

    // THEN
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toEqual(`${planText(planOf(DIST), accessOf(DIST))}\n`);
    expect(result.stdout.startsWith(`${planTable(planOf(DIST))}\n\n## 17-zero-trust\n`)).toBe(true);
  });

  test('reads dist/ without a dir', () => {
    // WHEN
    const { status, stdout, stderr } = runCli(['plan']);

    // THEN
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toEqual(`${planText(planOf(DIST), accessOf(DIST))}\n`);
  });

  test('--json prints the phases of dist/ as JSON and exits 0', () => {
    // WHEN
    const { status, stdout, stderr } = runCli(['plan', '--json', 'dist']);

    // THEN
    const json: PlanJson = JSON.parse(stdout);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(Object.keys(json)).toEqual(['phases', 'access']);
    expect(json.access?.map(({ phase, calls }) => [phase, calls.map((call) => `${call.caller} ${call.host}:${call.port} ${call.access}`)])).toEqual([
      ['17-zero-trust', [
        'helloweb greeter-service.default.svc.cluster.local:3000 allowed',
        'istio-ingressgateway-service-account helloweb.default.svc.cluster.local:3000 allowed',
        'istio-ingressgateway-service-account movieweb.default.svc.cluster.local:3000 allowed',
      ]],
    ]);
    expect(json.phases.map((phase) => phase.phase)).toEqual(DIST_PHASES);
    expect(json.phases.map((phase) => Object.keys(phase))).toEqual(DIST_PHASES.map(() => ['phase', 'weights', 'matches', 'mirrors', 'added', 'changed', 'removed']));
    expect(json).toEqual({ phases: planOf(DIST), access: accessOf(DIST).map(({ phase, calls }) => ({ phase, calls })) });
    expect(json.phases.find((phase) => phase.phase === '11-canary-10')?.weights).toEqual([
      'greeter-service: greeter-service v1 90%, greeter-service v2 10%', 'helloweb: helloweb 100%',
    ]);
    expect(stdout).toEqual(`${planJson(planOf(DIST), accessOf(DIST))}\n`);
  });

  test('reports a folder that does not exist and exits 2', async () => {
    // WHEN
    const { status, out, err } = await runMain(['plan', '/nonexistent']);

    // THEN
    expect(status).toEqual(2);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'error plan-input /nonexistent: not a folder of phase folders. Fix: give the folder the rollout was synthesized to, e.g. dist',
    ]);
  });

  test('reports a file, an empty folder and a folder of folders without YAML as no folder of phase folders, exiting 2', async () => {
    // GIVEN
    const file = path.join(tmp, 'rollout.yaml');
    fs.writeFileSync(file, 'apiVersion: v1\n');
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty);
    const noYaml = path.join(tmp, 'no-yaml');
    fs.mkdirSync(path.join(noYaml, '01-stable'), { recursive: true });
    fs.writeFileSync(path.join(noYaml, '01-stable', 'README.md'), '# not a manifest');

    // WHEN
    const runs = [await runMain(['plan', file]), await runMain(['plan', '--json', empty]), await runMain(['plan', noYaml])];

    // THEN
    expect(runs).toEqual([file, empty, noYaml].map((dir) => ({ status: 2, out: [], err: [NOT_PHASES(dir)] })));
  });

  test('reports a bad dir on stderr, nothing on stdout, and exits 2 as a command', () => {
    // WHEN
    const { status, stdout, stderr } = runCli(['plan', '--json', 'lib']);

    // THEN
    expect({ status, stdout, stderr }).toEqual({ status: 2, stdout: '', stderr: `${NOT_PHASES('lib')}\n` });
  });

  test('two dirs are bad usage: the error and the usage of plan on stderr, exit 2', () => {
    // WHEN
    const { status, stdout, stderr } = runCli(['plan', 'dist', 'dist/live']);

    // THEN
    expect({ status, stdout, stderr }).toEqual({
      status: 2, stdout: '', stderr: `istio-traffic: unexpected argument 'dist/live' (plan takes one dir)\n${PLAN_USAGE}\n`,
    });
  });

  test('an unknown option is bad usage, before the dir is read', async () => {
    // WHEN
    const run = await runMain(['plan', '--markdown', '/nonexistent']);

    // THEN
    expect(run).toEqual({ status: 2, out: [], err: ["istio-traffic: unknown option '--markdown'", PLAN_USAGE] });
  });
});
