import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { synthTasks } from '../../examples/istio-tasks/app';
import { TASKS } from '../../examples/istio-tasks/tasks';
import { main } from '../../lib/cli/main';
import { listFiles, treeDifferences } from '../support/files';

const EXAMPLE = path.resolve(__dirname, '..', '..', 'examples', 'istio-tasks');
const DIST = path.join(EXAMPLE, 'dist');

/**
 * The tasks of Istio's traffic-management documentation, and the recipes beside them, each with the configurations
 * its page applies, in order.
 */
const TASK_STATES: Record<string, string[]> = {
  'bookinfo-destination-rules': ['01-destination-rule-all'],
  'circuit-breaking': ['01-circuit-breaker'],
  'delegate-routes': ['01-delegate'],
  'egress-control': ['01-httpbin-ext', '02-google', '03-httpbin-ext-timeout'],
  'egress-gateway': [
    '01-service-entry', '02-egress-gateway', '03-http-through-egress-gateway', '04-https-service-entry', '05-https-egress-gateway', '06-https-through-egress-gateway',
  ],
  'egress-gateway-tls-origination': ['01-service-entry', '02-egress-gateway', '03-tls-origination', '04-mtls-egress-gateway', '05-mtls-origination'],
  'egress-tls-origination': ['01-service-entry', '02-tls-origination', '03-mtls-origination'],
  'fault-injection': ['01-delay', '02-abort'],
  'ingress-control': ['01-httpbin-gateway', '02-any-host'],
  'ingress-sni-passthrough': ['01-passthrough'],
  'locality-distribute': ['01-distribute'],
  'locality-failover': ['01-failover'],
  'mirroring': ['01-all-v1', '02-mirror-v2'],
  'request-routing': ['01-all-v1', '02-jason-v2'],
  'request-timeouts': ['01-reviews-v2', '02-ratings-delay', '03-reviews-timeout'],
  'secure-ingress': ['01-single-host', '02-multiple-hosts', '03-mutual'],
  'sticky-sessions': ['01-consistent-hash'],
  'tcp-traffic-shifting': ['01-all-v1', '02-v1-v2-80-20'],
  'traffic-shifting': ['01-all-v1', '02-v1-v3-50', '03-all-v3'],
  'wildcard-egress-hosts': ['01-direct', '02-through-egress-gateway'],
};

/**
 * The YAML files of a state: one per chart, the task's; a state with objects in another namespace has a chart for
 * them, and cdk8s numbers the files of an app of several charts.
 */
function stateYamlFiles(task: string, state: string): string[] {
  if (task === 'egress-gateway-tls-origination' && state === '05-mtls-origination') {
    return [`0000-${task}-istio-system.k8s.yaml`, `0001-${task}.k8s.yaml`];
  }
  return [`${task}.k8s.yaml`];
}

/** Every state folder, as `<task>/<state>`. */
const STATE_FOLDERS = Object.entries(TASK_STATES).flatMap(([task, states]) => states.map((state) => path.join(task, state)));

describe('examples/istio-tasks', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-tasks-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('has a chart for every state of every task, numbered in the order the page applies them', () => {
    // GIVEN / WHEN
    const tasks = Object.fromEntries(Object.entries(TASKS).map(([task, states]) => [task, states.map((state) => state.folder)]));

    // THEN
    expect(Object.keys(tasks).sort()).toEqual(Object.keys(TASK_STATES));
    expect(tasks).toEqual(TASK_STATES);
  });

  test('dist/ is what a fresh synth writes: a folder per state with its file, kustomization and traffic page, a plan per task of several states', () => {
    // GIVEN
    const fresh = path.join(tmp, 'dist');

    // WHEN
    synthTasks(fresh);

    // THEN
    const plans = Object.entries(TASK_STATES).filter(([, states]) => states.length > 1).map(([task]) => path.join(task, 'PLAN.md'));
    const stateFiles = Object.entries(TASK_STATES).flatMap(([task, states]) => states.flatMap((state) => [
      path.join(task, state, 'TRAFFIC.md'), path.join(task, state, 'kustomization.yaml'), ...stateYamlFiles(task, state).map((file) => path.join(task, state, file)),
    ]));
    expect(listFiles(fresh)).toEqual([...plans, ...stateFiles].sort());
    const stale = treeDifferences(fresh, DIST);
    if (stale.length > 0) {
      throw new Error(`examples/istio-tasks/dist/ is not what the app synthesizes:\n  ${stale.join('\n  ')}\nRun \`npx cdk8s synth\` in examples/istio-tasks and commit dist/.`);
    }
  });

  test('every state folder applies with kubectl apply -k: its kustomization lists the state\'s files', () => {
    // GIVEN / WHEN
    const kustomizations = STATE_FOLDERS.map((folder) => fs.readFileSync(path.join(DIST, folder, 'kustomization.yaml'), 'utf8'));

    // THEN
    expect(kustomizations).toEqual(STATE_FOLDERS.map((folder) => [
      'apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'resources:',
      ...stateYamlFiles(path.dirname(folder), path.basename(folder)).map((file) => `  - ${file}`), '',
    ].join('\n')));
  });

  test.each(STATE_FOLDERS)('dist/%s is clean under istio-traffic analyze: no error, warning or info', async (folder) => {
    // GIVEN
    const out: string[] = [];
    const err: string[] = [];

    // WHEN
    const code = await main(['analyze', path.join(DIST, folder)], { out: (line) => out.push(line), err: (line) => err.push(line) });

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
    const texts = STATE_FOLDERS.flatMap((folder) => stateYamlFiles(path.dirname(folder), path.basename(folder))
      .map((file) => fs.readFileSync(path.join(fresh, folder, file), 'utf8')));
    expect(texts.filter((text) => text.includes('argocd.argoproj.io/sync-wave'))).toEqual([]);
    expect(texts.filter((text) => text.includes('namespace: default'))).toEqual([]);
  });
});
