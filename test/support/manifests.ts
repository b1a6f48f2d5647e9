import { Chart, Testing } from 'cdk8s';
import type { Manifest } from '../../lib';

export type { Manifest } from '../../lib';

/** Synthesizes a chart, running the app-wide validation first. */
export function synth(chart: Chart): Manifest[] {
  return Testing.synth(chart) as Manifest[];
}

/** `Kind/name` of every object, in synthesized order. */
export function kindsAndNames(manifests: Manifest[]): string[] {
  return manifests.map((manifest) => `${manifest.kind}/${manifest.metadata.name}`);
}

/** The one object of a kind (and name, when given); fails the test when there is not exactly one. */
export function only(manifests: Manifest[], kind: string, name?: string): Manifest {
  const matches = manifests.filter((manifest) => manifest.kind === kind && (name === undefined || manifest.metadata.name === name));
  if (matches.length !== 1) {
    throw new Error(`expected one ${kind}${name ? `/${name}` : ''}, found ${matches.length} in ${kindsAndNames(manifests).join(', ')}`);
  }
  return matches[0];
}

/** The message of the error that synthesizing the chart throws; fails the test when synth succeeds. */
export function synthError(chart: Chart): string {
  try {
    Testing.synth(chart);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected synth to fail, but it succeeded');
}
