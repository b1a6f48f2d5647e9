import * as path from 'node:path';
import { App, Chart } from 'cdk8s';
import { disableSyncWaves, PhaseDefinition, synthPhaseFolders } from '../../lib';
import { TASKS, TaskState } from './tasks';

/** The namespace of a task's chart, where the task applies to one; the others are applied to any (`kubectl -n`). */
const TASK_NAMESPACES: Record<string, string> = {
  'locality-failover': 'sample',
  'locality-distribute': 'sample',
};

/** The states of a task, by name. */
export function taskStates(task: string): TaskState[] {
  const states = TASKS[task];
  if (states === undefined) throw new Error(`no task ${JSON.stringify(task)}. Fix: use one of ${Object.keys(TASKS).join(', ')}`);
  return states;
}

/**
 * A state of a task as a phase: one chart named after the task, whose objects carry no sync wave (the tasks are
 * applied with `kubectl apply`, not by Argo CD).
 */
function statePhase(task: string, state: TaskState): PhaseDefinition {
  return {
    folder: state.folder,
    define: (app) => {
      disableSyncWaves(app);
      state.define(new Chart(app, task, { namespace: TASK_NAMESPACES[task] }));
    },
  };
}

/** The app of one state of a task, writing `<outdir>/<task>/<state>/<task>.k8s.yaml`. */
export function taskApp(task: string, state: string, outdir: string): App {
  const states = taskStates(task);
  const found = states.find((candidate) => candidate.folder === state);
  if (found === undefined) throw new Error(`${task}: no state ${JSON.stringify(state)}. Fix: use one of ${states.map((candidate) => candidate.folder).join(', ')}`);
  const app = new App({ outdir: path.join(outdir, task, state) });
  statePhase(task, found).define(app);
  return app;
}

/**
 * Synthesizes every task into a folder of its own below `outdir`, each state of the task into a numbered folder of
 * the task's, with its kustomization and traffic page; a task of several states gets the plan of its states.
 */
export function synthTasks(outdir: string): void {
  for (const [task, states] of Object.entries(TASKS)) {
    synthPhaseFolders(path.join(outdir, task), states.map((state) => statePhase(task, state)), { planPage: states.length > 1 });
  }
}
