import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * `istio-traffic status`, `promote` and `rollback` as a user runs them: the command in a temporary copy of
 * examples/fleet (its rollouts.yaml and its committed dist/).
 */

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'istio-traffic.js');
const EXAMPLE = path.join(ROOT, 'examples', 'fleet');

interface Run { readonly status: number | null; readonly stdout: string; readonly stderr: string }

function istioTraffic(cwd: string, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The lines of the configuration that differ between two texts, as `before → after`. */
function changedLines(before: string, after: string): string[] {
  const [a, b] = [before.split('\n'), after.split('\n')];
  expect(b.length).toEqual(a.length);
  return a.flatMap((line, at) => (line === b[at] ? [] : [`${at + 1}: ${line.trim()} → ${b[at].trim()}`]));
}

describe('the fleet commands', () => {
  let fleet: string;
  let original: string;
  const config = () => fs.readFileSync(path.join(fleet, 'rollouts.yaml'), 'utf8');

  beforeEach(() => {
    fleet = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-traffic-fleet-'));
    fs.copyFileSync(path.join(EXAMPLE, 'rollouts.yaml'), path.join(fleet, 'rollouts.yaml'));
    fs.cpSync(path.join(EXAMPLE, 'dist'), path.join(fleet, 'dist'), { recursive: true });
    original = config();
  });
  afterEach(() => fs.rmSync(fleet, { recursive: true, force: true }));

  describe('status', () => {
    test('prints a row per service and environment: step, versions and weights', () => {
      // WHEN
      const run = istioTraffic(fleet, 'status');

      // THEN
      expect(run).toMatchObject({ status: 0, stderr: '' });
      const rows = run.stdout.trimEnd().split('\n');
      expect(rows).toHaveLength(1 + 24 * 3);
      expect(rows[0].split(/\s+/)).toEqual(['SERVICE', 'ENVIRONMENT', 'STEP', 'STABLE', 'CANDIDATE', 'WEIGHTS']);
      expect(rows.filter((row) => row.startsWith('orders ')).map((row) => row.split(/\s{2,}/))).toEqual([
        ['orders', 'dev', 'promoted', 'v1', 'v2', 'v1 0%, v2 100%'],
        ['orders', 'staging', 'canary-75', 'v1', 'v2', 'v1 25%, v2 75%'],
        ['orders', 'prod', 'canary-25', 'v1', 'v2', 'v1 75%, v2 25%'],
      ]);
    });

    test('--json prints {service, environment, step, stable, candidate, weights} per service and environment', () => {
      // WHEN
      const run = istioTraffic(fleet, 'status', '--json', '--config', 'rollouts.yaml');

      // THEN
      expect(run.status).toEqual(0);
      const rows = JSON.parse(run.stdout);
      expect(rows).toHaveLength(72);
      expect(rows.filter((row: any) => ['inventory', 'shipping', 'catalog'].includes(row.service) && row.environment !== 'dev')).toEqual([
        { service: 'catalog', environment: 'staging', step: 'canary-50', stable: 'v2', candidate: 'v3', weights: { v2: 50, v3: 50 } },
        { service: 'catalog', environment: 'prod', step: 'mirror-50', stable: 'v2', candidate: 'v3', weights: { v2: 100, v3: 0 } },
        { service: 'shipping', environment: 'staging', step: 'stable', stable: 'v3', candidate: 'v4', weights: { v3: 100 } },
        { service: 'shipping', environment: 'prod', step: 'stable', stable: 'v3', candidate: 'v4', weights: { v3: 100 } },
        { service: 'inventory', environment: 'staging', step: 'rolled-back', stable: 'v1', candidate: 'v2', weights: { v1: 100, v2: 0 } },
        { service: 'inventory', environment: 'prod', step: 'routed', stable: 'v1', candidate: 'v2', weights: { v1: 100 } },
      ]);
    });

    test('reads the configuration only: it works without the synthesized output', () => {
      // GIVEN
      fs.rmSync(path.join(fleet, 'dist'), { recursive: true });

      // WHEN
      const run = istioTraffic(fleet, 'status', '--json');

      // THEN
      expect(run.status).toEqual(0);
      expect(JSON.parse(run.stdout)).toHaveLength(72);
      expect(fs.readdirSync(fleet)).toEqual(['rollouts.yaml']);
    });

    test('prints every problem of the configuration with its line and exits 1', () => {
      // GIVEN
      fs.writeFileSync(path.join(fleet, 'rollouts.yaml'), original.replace('prod: canary-25', 'prod: canary-30').replace('notAheadOf: staging', 'notAheadOf: qa'));

      // WHEN
      const run = istioTraffic(fleet, 'status');

      // THEN
      expect(run.status).toEqual(1);
      expect(run.stdout).toEqual('');
      expect(run.stderr.trimEnd().split('\n')).toEqual([
        'error rollouts.yaml:19: environments.prod.notAheadOf: is not another environment (got "qa"). Fix: use one of dev, staging',
        'error rollouts.yaml:64: services.orders.live.prod: is no step of the service\'s plan (got "canary-30"). Fix: use one of stable, subsets, routed, dark, canary-5, canary-25, canary-50, canary-75, promoted, retired, rolled-back, aborted',
      ]);
    });

    test('names a missing configuration, and an argument it does not take', () => {
      // WHEN
      const missing = istioTraffic(fleet, 'status', '--config', 'fleet.yaml');
      const extra = istioTraffic(fleet, 'status', 'orders');

      // THEN
      expect(missing).toEqual({ status: 1, stdout: '', stderr: 'error fleet.yaml:1: (file): does not exist. Fix: give the fleet configuration, e.g. --config rollouts.yaml\n' });
      expect(extra.status).toEqual(2);
      expect(extra.stderr.split('\n').slice(0, 2)).toEqual(['istio-traffic: unexpected argument \'orders\' (status takes none)', 'usage: istio-traffic status [--config F] [--json]']);
    });
  });

  describe('promote', () => {
    test('moves the service one step on in the environment, changing only its line, and prints what changes', () => {
      // WHEN
      const run = istioTraffic(fleet, 'promote', 'cart', '--env', 'staging');

      // THEN
      expect(run.status).toEqual(0);
      expect(run.stdout.trimEnd().split('\n')).toEqual([
        'cart in staging: routed → dark',
        '  weights: v1 100% → 100%, v2 not running → 0%',
        '  added: Deployment cart-v2',
        '  removed: nothing',
        'rollouts.yaml: services.cart.live.staging is now dark. Next: synthesize, commit and open a pull request; Argo CD syncs staging/cart once it is merged.',
      ]);
      expect(changedLines(original, config())).toEqual(['27: staging: routed → staging: dark']);
      expect(config()).toContain('notAheadOf: dev   # no service is promoted further in staging than in dev');
    });

    test('prints the weights, conditions and removals of later steps', () => {
      // WHEN
      const toCanary = istioTraffic(fleet, 'promote', 'cart', '--env', 'dev');
      const retire = istioTraffic(fleet, 'promote', 'orders', '--env', 'dev');
      const mirror = istioTraffic(fleet, 'promote', 'recommendations', '--env', 'dev');

      // THEN
      expect(toCanary.stdout.split('\n')[1]).toEqual('  weights: v1 100% → 90%, v2 0% → 10%');
      expect(retire.stdout.split('\n').slice(0, 4)).toEqual([
        'orders in dev: promoted → retired', '  weights: v1 0% → not running, v2 100% → 100%', '  added: nothing', '  removed: Deployment orders-v1, subset v1',
      ]);
      expect(mirror.stdout.split('\n').slice(0, 3)).toEqual([
        'recommendations in dev: dark → mirror-50', '  weights: v1 100% → 100%, v2 0% → 0%', '  conditions and mirrors: none → mirror 50% to v2',
      ]);
    });

    test('refuses to take an environment ahead of its gate, exit 1, saying why and what to do', () => {
      // WHEN
      const run = istioTraffic(fleet, 'promote', 'shipping', '--env', 'prod');

      // THEN
      expect(run).toEqual({
        status: 1,
        stdout: '',
        stderr: 'istio-traffic: refused: prod may not be ahead of staging, where shipping is at stable; promoting would make it subsets. Fix: promote shipping in staging first (istio-traffic promote shipping --env staging)\n',
      });
      expect(config()).toEqual(original);
    });

    test('refuses a second step before the first was synthesized: that jump is not make-before-break', () => {
      // GIVEN
      expect(istioTraffic(fleet, 'promote', 'checkout', '--env', 'staging').status).toEqual(0);

      // WHEN
      const run = istioTraffic(fleet, 'promote', 'checkout', '--env', 'staging');

      // THEN
      expect(run.status).toEqual(1);
      expect(run.stderr).toEqual('istio-traffic: refused: the configuration says dark, but the synthesized output is still at routed (synthesize and sync each step before the next): '
        + 'routed → beta-testers is not make-before-break: subset v4 of checkout.shop.svc.cluster.local gets requests, but phase routed ran none of its pods. '
        + 'Fix: go through routed → dark → beta-testers, one step per synth and sync\n');
      expect(changedLines(original, config())).toEqual(['50: staging: routed → staging: dark']);
    });

    test('refuses to go past the last step', () => {
      // WHEN
      const run = istioTraffic(fleet, 'promote', 'catalog', '--env', 'dev');

      // THEN
      expect(run.status).toEqual(1);
      expect(run.stderr).toEqual('istio-traffic: refused: catalog is at retired, the last step of its plan. Fix: give the plan a new candidate to release another version\n');
    });

    test.each([
      [['promote'], 'missing argument <service>'],
      [['promote', 'cart'], 'missing option --env <env>'],
      [['promote', 'cart', 'orders', '--env', 'dev'], 'unexpected argument \'orders\' (one service at a time)'],
      [['promote', 'basket', '--env', 'dev'], 'no service \'basket\' in rollouts.yaml. Fix: use one of cart, catalog, checkout, orders, payments, shipping, inventory, pricing, search, recommendations, reviews, ratings, users, accounts, auth, notifications, email, sms, invoices, refunds, wishlist, coupons, loyalty, storefront'],
      [['rollback', 'cart', '--env', 'qa'], 'no environment \'qa\' in rollouts.yaml. Fix: use one of dev, staging, prod'],
      [['promote', 'cart', '--env'], 'option \'--env\' needs a value'],
    ])('%j is bad usage: the problem and the usage on stderr, exit 2', (args, message) => {
      // WHEN
      const run = istioTraffic(fleet, ...args);

      // THEN
      expect(run.status).toEqual(2);
      expect(run.stdout).toEqual('');
      expect(run.stderr.split('\n')[0]).toEqual(`istio-traffic: ${message}`);
      expect(run.stderr.split('\n')[1]).toEqual(`usage: istio-traffic ${args[0]} <service> --env <env> [--config F] [--dist D]`);
      expect(config()).toEqual(original);
    });
  });

  describe('rollback', () => {
    test('first sends every request to stable with the candidate running, then removes the candidate, both visible in status', () => {
      // WHEN
      const first = istioTraffic(fleet, 'rollback', 'orders', '--env', 'prod');
      fs.writeFileSync(path.join(fleet, 'dist', 'prod', 'orders', 'kustomization.yaml'),
        fs.readFileSync(path.join(fleet, 'dist', 'prod', 'orders', 'kustomization.yaml'), 'utf8').replace('step: canary-25', 'step: rolled-back'));
      const status = istioTraffic(fleet, 'status', '--json');
      const second = istioTraffic(fleet, 'rollback', 'orders', '--env', 'prod');
      const third = istioTraffic(fleet, 'rollback', 'orders', '--env', 'prod');

      // THEN
      expect(first.stdout.split('\n').slice(0, 4)).toEqual([
        'orders in prod: canary-25 → rolled-back', '  weights: v1 75% → 100%, v2 25% → 0%', '  added: nothing', '  removed: nothing',
      ]);
      expect(JSON.parse(status.stdout).find((row: any) => row.service === 'orders' && row.environment === 'prod'))
        .toEqual({ service: 'orders', environment: 'prod', step: 'rolled-back', stable: 'v1', candidate: 'v2', weights: { v1: 100, v2: 0 } });
      expect(second.stdout.split('\n').slice(0, 4)).toEqual([
        'orders in prod: rolled-back → aborted', '  weights: v1 100% → 100%, v2 0% → not running', '  added: nothing', '  removed: Deployment orders-v2',
      ]);
      expect(third).toEqual({
        status: 1,
        stdout: '',
        stderr: 'istio-traffic: refused: orders in prod is at aborted: v2 no longer runs. To release again, promote it (the dark launch comes next), or give the plan a new candidate\n',
      });
      expect(changedLines(original, config())).toEqual(['64: prod: canary-25 → prod: aborted']);
    });

    test('refuses to remove the candidate in the same sync that takes its requests away', () => {
      // GIVEN
      expect(istioTraffic(fleet, 'rollback', 'orders', '--env', 'staging').status).toEqual(0);

      // WHEN
      const run = istioTraffic(fleet, 'rollback', 'orders', '--env', 'staging');

      // THEN
      expect(run.status).toEqual(1);
      expect(run.stderr).toContain('the configuration says rolled-back, but the synthesized output is still at canary-75');
      expect(run.stderr).toContain('canary-75 → aborted is not make-before-break: phase aborted removes the pods of subset v2 of orders.shop.svc.cluster.local, which still gets requests here. Fix: go through canary-75 → dark → aborted');
    });

    test('refuses when there is nothing to roll back, or no version to roll back to', () => {
      // WHEN
      const stable = istioTraffic(fleet, 'rollback', 'shipping', '--env', 'prod');
      const retired = istioTraffic(fleet, 'rollback', 'catalog', '--env', 'dev');

      // THEN
      expect(stable).toEqual({ status: 1, stdout: '', stderr: 'istio-traffic: refused: shipping in prod is at stable: v4 is not deployed at step stable: there is nothing to roll back\n' });
      expect(retired.status).toEqual(1);
      expect(retired.stderr).toContain('catalog in dev is at retired: v2 is retired: there is no version to roll back to');
      expect(config()).toEqual(original);
    });
  });

  describe('plan --config', () => {
    test('prints every step of a service\'s plan, the abort path\'s included, with the environments at each', () => {
      // GIVEN
      expect(istioTraffic(fleet, 'rollback', 'orders', '--env', 'prod').status).toEqual(0);

      // WHEN
      const table = istioTraffic(fleet, 'plan', '--config', 'rollouts.yaml', 'orders');
      const json = istioTraffic(fleet, 'plan', '--config', 'rollouts.yaml', '--json', 'orders');

      // THEN
      expect(table.status).toEqual(0);
      const rows = table.stdout.trimEnd().split('\n');
      expect(rows[0]).toEqual('| Step | Deployed | Subsets | Weights | Environments |');
      expect(rows.slice(-3)).toEqual([
        '| retired | v2 | v2 | v2 100% |  |',
        '| rolled-back (rollback) | v1, v2 | v1, v2 | v1 100%, v2 0% | prod |',
        '| aborted (rollback) | v1 | v1, v2 | v1 100% |  |',
      ]);
      const steps = JSON.parse(json.stdout).steps;
      expect(steps.map((step: any) => step.step)).toEqual([
        'stable', 'subsets', 'routed', 'dark', 'canary-5', 'canary-25', 'canary-50', 'canary-75', 'promoted', 'retired', 'rolled-back', 'aborted',
      ]);
      expect(steps.find((step: any) => step.step === 'canary-75')).toEqual({
        step: 'canary-75', path: 'forward', deployed: ['v1', 'v2'], subsets: ['v1', 'v2'], weights: { v1: 25, v2: 75 }, environments: ['staging'],
      });
    });

    test('needs one service of the configuration', () => {
      // WHEN
      const none = istioTraffic(fleet, 'plan', '--config', 'rollouts.yaml');
      const unknown = istioTraffic(fleet, 'plan', '--config', 'rollouts.yaml', 'basket');

      // THEN
      expect(none.status).toEqual(2);
      expect(none.stderr.split('\n')[0]).toEqual('istio-traffic: missing argument <service> (plan --config prints one service)');
      expect(unknown.status).toEqual(2);
      expect(unknown.stderr.split('\n')[0]).toMatch(/^istio-traffic: no service 'basket' in rollouts\.yaml\. Fix: use one of cart, /);
    });
  });

  describe('the synth of the example, as its cdk8s.yaml runs it', () => {
    /** `node -r tsx/cjs main.ts` of examples/fleet, in the copy: it reads rollouts.yaml and publishes to dist/ there. */
    const synth = () => spawnSync(process.execPath, ['-r', require.resolve('tsx/cjs'), path.join(EXAMPLE, 'main.ts')], { cwd: fleet, encoding: 'utf8' });
    const distFile = (...parts: string[]) => fs.readFileSync(path.join(fleet, 'dist', ...parts), 'utf8');

    test('after a promotion, rewrites the folder of the service that moved', () => {
      // GIVEN
      expect(istioTraffic(fleet, 'promote', 'cart', '--env', 'dev').status).toEqual(0);

      // WHEN
      const run = synth();

      // THEN
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      expect(distFile('dev', 'cart', 'kustomization.yaml')).toContain('istio-traffic.cdk8s.io/step: canary-10');
      expect(distFile('dev', 'cart', 'VirtualService.cart.k8s.yaml')).toMatch(/subset: v1\n\s+weight: 90\n[^]*subset: v2\n\s+weight: 10\n/);
      expect(distFile('staging', 'cart', 'kustomization.yaml')).toContain('istio-traffic.cdk8s.io/step: routed');
      expect(fs.readdirSync(fleet).sort()).toEqual(['.cdk8s.out', 'dist', 'rollouts.yaml']);
    });

    test('refuses a hand edit that jumps over the abort path, naming both steps and the safe sequence, and keeps dist/', () => {
      // GIVEN
      fs.writeFileSync(path.join(fleet, 'rollouts.yaml'), original.replace(/( {2}orders:[^]*? {6}dev: )promoted/, '$1routed'));
      const before = distFile('dev', 'orders', 'kustomization.yaml');

      // WHEN
      const run = synth();

      // THEN
      expect(run.status).toEqual(1);
      expect(run.stderr.split('\n').slice(0, 2)).toEqual([
        'the fleet\'s changes are not make-before-break:',
        'rollouts.yaml:62: services.orders.live.dev: promoted → routed is not make-before-break. Fix: go through promoted → dark → routed, one step per synth and sync',
      ]);
      expect(run.stderr).toContain('error transition-pods-removed dist/dev/orders/VirtualService.orders.k8s.yaml VirtualService shop-dev/orders');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(distFile('dev', 'orders', 'kustomization.yaml')).toEqual(before);
    });
  });

  test('status, promote and rollback never load a construct nor the synth of the fleet', () => {
    // GIVEN
    const script = `
      const { status } = require(${JSON.stringify(path.join(ROOT, 'lib', 'cli', 'status-command.ts'))});
      const { promote, rollBack } = require(${JSON.stringify(path.join(ROOT, 'lib', 'cli', 'promote-command.ts'))});
      const quiet = () => undefined;
      const codes = [status([], quiet, quiet), promote(['cart', '--env', 'dev'], quiet, quiet), rollBack(['orders', '--env', 'prod'], quiet, quiet)];
      const loaded = Object.keys(require.cache).filter((file) => /node_modules\\/cdk8s-plus-27\\/|lib\\/(constructs|output)\\//.test(file));
      process.stdout.write(JSON.stringify({ codes, loaded }));`;

    // WHEN
    const result = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], { cwd: fleet, encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } });

    // THEN
    expect(result.stderr).toEqual('');
    expect(JSON.parse(result.stdout)).toEqual({ codes: [0, 0, 0], loaded: [] });
    expect(changedLines(original, config())).toEqual(['26: dev: dark → dev: canary-10', '64: prod: canary-25 → prod: rolled-back']);
  });

  test('status --json, promote and rollback from the command line load nothing of cdk8s, cdk8s-plus-27, constructs nor the generated classes', () => {
    // GIVEN
    const preload = path.join(fleet, 'record-modules.js');
    fs.writeFileSync(preload, [
      "process.on('exit', () => {",
      "  require('node:fs').writeFileSync(process.env.LOADED_MODULES, JSON.stringify(Object.keys(require.cache)));",
      '});',
      '',
    ].join('\n'));
    const loadedBy = (name: string, ...args: string[]) => {
      const record = path.join(fleet, `${name}.json`);
      const result = spawnSync(process.execPath, ['-r', preload, BIN, ...args], { cwd: fleet, encoding: 'utf8', env: { ...process.env, LOADED_MODULES: record } });
      return { status: result.status, stderr: result.stderr, loaded: JSON.parse(fs.readFileSync(record, 'utf8')) as string[] };
    };
    // The yaml that cdk8s bundles is the one every reader uses: it is yaml, not cdk8s.
    const synthModule = (file: string) => /[\\/]node_modules[\\/](cdk8s|cdk8s-plus-27|constructs)[\\/](?!node_modules[\\/]yaml[\\/])/.test(file)
      || file.startsWith(path.join(ROOT, 'imports') + path.sep);

    // WHEN
    const runs = [
      loadedBy('status', 'status', '--json'),
      loadedBy('promote', 'promote', 'cart', '--env', 'dev'),
      loadedBy('rollback', 'rollback', 'orders', '--env', 'prod'),
    ];

    // THEN
    expect(runs.map(({ status, stderr }) => ({ status, stderr }))).toEqual([{ status: 0, stderr: '' }, { status: 0, stderr: '' }, { status: 0, stderr: '' }]);
    expect(runs[0].loaded).toContain(path.join(ROOT, 'lib', 'cli', 'status-command.ts'));
    expect(runs[1].loaded).toContain(path.join(ROOT, 'lib', 'analysis', 'transitions.ts'));
    expect(runs.map(({ loaded }) => loaded.filter(synthModule))).toEqual([[], [], []]);
    expect(changedLines(original, config())).toEqual(['26: dev: dark → dev: canary-10', '64: prod: canary-25 → prod: rolled-back']);
  });
});
