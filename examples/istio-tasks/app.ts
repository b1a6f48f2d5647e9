import * as path from 'node:path';
import { App, Chart } from 'cdk8s';
import { disableSyncWaves } from '../../lib';
import { TASKS } from './tasks';

/** The namespace of a task's chart, where the task applies to one; the others are applied to any (`kubectl -n`). */
const TASK_NAMESPACES: Record<string, string> = {
  'locality-failover': 'sample',
  'locality-distribute': 'sample',
};

/**
 * The app of one task, writing `<outdir>/<task>/<task>.k8s.yaml`. Its objects carry no sync wave: the tasks are
 * applied with `kubectl apply`, not by Argo CD.
 */
export function taskApp(task: string, outdir: string): App {
  const define = TASKS[task];
  if (define === undefined) throw new Error(`no task ${JSON.stringify(task)}. Fix: use one of ${Object.keys(TASKS).join(', ')}`);
  const app = new App({ outdir: path.join(outdir, task) });
  disableSyncWaves(app);
  define(new Chart(app, task, { namespace: TASK_NAMESPACES[task] }));
  return app;
}

/** Synthesizes every task into a folder of its own below `outdir`. */
export function synthTasks(outdir: string): void {
  for (const task of Object.keys(TASKS)) taskApp(task, outdir).synth();
}
