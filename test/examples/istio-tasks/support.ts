import * as os from 'node:os';
import * as path from 'node:path';
import { durationMillis } from '../../../lib/values/durations';
import { taskApp } from '../../../examples/istio-tasks/app';
import { WalkthroughObject, parseObjects } from '../../support/walkthrough';

/** An object a task applies, as its page or sample writes it: kind, name and the fields that matter. */
export interface ExpectedObject {
  readonly apiVersion?: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly labels?: Record<string, string> };
  readonly spec: Record<string, unknown>;
}

/** The objects of one state of a task's chart, synthesized in memory. */
export function taskObjects(task: string, state: string): WalkthroughObject[] {
  // The app writes below outdir only when synth() is called, which this does not do.
  return parseObjects(taskApp(task, state, path.join(os.tmpdir(), 'istio-tasks-unused')).synthYaml());
}

/**
 * The value with every duration string written in milliseconds: the constructs write `60s` where a page writes `1m`,
 * which Istio reads alike.
 */
export function normalized(value: unknown): unknown {
  if (typeof value === 'string') {
    const millis = /^\d/.test(value) ? durationMillis(value) : undefined;
    return millis === undefined ? value : `${millis}ms`;
  }
  if (Array.isArray(value)) return value.map(normalized);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, normalized(field)]));
  return value;
}

/** The one object of a kind and name. */
export function objectOf(objects: WalkthroughObject[], kind: string, name: string): WalkthroughObject {
  const found = objects.filter((object) => object.kind === kind && object.metadata.name === name);
  if (found.length !== 1) throw new Error(`expected one ${kind} ${name}, found ${found.length} among ${objects.map((object) => `${object.kind}/${object.metadata.name}`).join(', ')}`);
  return found[0];
}

/**
 * Asserts that the task writes each expected object in the current API version (`networking.istio.io/v1` for Istio
 * kinds), in the expected namespace, with the same spec (durations compared by length).
 */
export function expectObjects(objects: WalkthroughObject[], expected: ExpectedObject[]): void {
  for (const object of expected) {
    const actual = objectOf(objects, object.kind, object.metadata.name);
    expect(actual.apiVersion).toEqual(object.apiVersion ?? 'networking.istio.io/v1');
    expect(actual.metadata.namespace).toEqual(object.metadata.namespace);
    if (object.metadata.labels) expect(actual.metadata.labels).toEqual(object.metadata.labels);
    expect({ kind: actual.kind, name: actual.metadata.name, spec: normalized(actual.spec) })
      .toEqual({ kind: object.kind, name: object.metadata.name, spec: normalized(object.spec) });
  }
}

/** The Istio objects of a task, as `Kind/name`, sorted. */
export function istioObjects(objects: WalkthroughObject[]): string[] {
  return objects.filter((object) => object.apiVersion.startsWith('networking.istio.io/')).map((object) => `${object.kind}/${object.metadata.name}`).sort();
}

/** The pod template labels and the container of a Deployment. */
export function podOf(objects: WalkthroughObject[], name: string): { labels: Record<string, string>; spec: any; container: any } {
  const deployment = objectOf(objects, 'Deployment', name);
  const spec = deployment.spec.template.spec;
  return { labels: deployment.spec.template.metadata.labels, spec, container: spec.containers[0] };
}
