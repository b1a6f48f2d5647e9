import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { synthTasks } from '../../examples/istio-tasks/app';
import { TASKS } from '../../examples/istio-tasks/tasks';
import { main } from '../../lib/cli/main';
import { listFiles, treeDifferences } from '../support/files';

const EXAMPLE = path.resolve(__dirname, '..', '..', 'examples', 'istio-tasks');
const DIST = path.join(EXAMPLE, 'dist');

/** The tasks of Istio's traffic-management documentation, and the recipes beside them. */
const TASK_FOLDERS = [
  'bookinfo-destination-rules', 'circuit-breaking', 'delegate-routes', 'egress-control', 'egress-gateway',
  'egress-gateway-tls-origination', 'egress-tls-origination', 'fault-injection', 'ingress-control', 'ingress-sni-passthrough',
  'locality-distribute', 'locality-failover', 'mirroring', 'request-routing', 'request-timeouts', 'secure-ingress',
  'sticky-sessions', 'tcp-traffic-shifting', 'traffic-shifting', 'wildcard-egress-hosts',
];

describe('examples/istio-tasks', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-tasks-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('has a chart for every task', () => {
    // GIVEN / WHEN
    const tasks = Object.keys(TASKS).sort();

    // THEN
    expect(tasks).toEqual(TASK_FOLDERS);
  });

  test('dist/ is what a fresh synth writes: one folder per task with its one file', () => {
    // GIVEN
    const fresh = path.join(tmp, 'dist');

    // WHEN
    synthTasks(fresh);

    // THEN
    expect(listFiles(fresh)).toEqual(TASK_FOLDERS.map((task) => path.join(task, `${task}.k8s.yaml`)).sort());
    const stale = treeDifferences(fresh, DIST);
    if (stale.length > 0) {
      throw new Error(`examples/istio-tasks/dist/ is not what the app synthesizes:\n  ${stale.join('\n  ')}\nRun \`npx cdk8s synth\` in examples/istio-tasks and commit dist/.`);
    }
  });

  test.each(TASK_FOLDERS)('dist/%s is clean under istio-traffic analyze: no error, warning or info', async (task) => {
    // GIVEN
    const out: string[] = [];
    const err: string[] = [];

    // WHEN
    const code = await main(['analyze', path.join(DIST, task)], { out: (line) => out.push(line), err: (line) => err.push(line) });

    // THEN
    expect(err).toEqual([]);
    expect(out.filter((line) => !/^\d+ objects: 0 errors, 0 warnings, 0 infos$/.test(line))).toEqual([]);
    expect(code).toEqual(0);
  });

  test('the objects carry no Argo CD sync wave: tasks are applied with kubectl', () => {
    // GIVEN
    const fresh = path.join(tmp, 'dist');

    // WHEN
    synthTasks(fresh);

    // THEN
    const texts = TASK_FOLDERS.map((task) => fs.readFileSync(path.join(fresh, task, `${task}.k8s.yaml`), 'utf8'));
    expect(texts.filter((text) => text.includes('argocd.argoproj.io/sync-wave'))).toEqual([]);
    expect(texts.filter((text) => text.includes('namespace: default'))).toEqual([]);
  });
});
