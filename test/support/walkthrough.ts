import * as os from 'node:os';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { IstioApiVersion } from '../../lib';
import { WALKTHROUGH_PHASES, walkthroughApps } from '../../main';

/** A Kubernetes object as it appears in the synthesized YAML. */
export interface WalkthroughObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly labels?: Record<string, string>;
    readonly annotations?: Record<string, string>;
  };
  readonly [field: string]: any;
}

/** One phase of the walkthrough, synthesized in memory. */
export interface SynthesizedPhase {
  /** Folder under dist/, e.g. `05-canary-10`. */
  readonly folder: string;
  /** The YAML the phase's file would hold. */
  readonly yaml: string;
  /** The objects, in file order. */
  readonly manifests: WalkthroughObject[];
}

/** A route destination of a VirtualService, with the weight Istio applies when it is omitted. */
export interface Destination {
  readonly host: string;
  readonly subset?: string;
  readonly weight: number;
}

/** Synthesizes every phase of the walkthrough without writing files. */
export function synthPhases(apiVersion?: IstioApiVersion): SynthesizedPhase[] {
  // The apps write below outdir only when synth() is called, which this does not do.
  const outdir = path.join(os.tmpdir(), 'walkthrough-unused');
  return walkthroughApps(outdir, apiVersion).map((app, index) => {
    const yaml = app.synthYaml();
    return { folder: WALKTHROUGH_PHASES[index].folder, yaml, manifests: parseObjects(yaml) };
  });
}

/** The objects of a multi-document YAML string, in order. */
export function parseObjects(yaml: string): WalkthroughObject[] {
  return parseAllDocuments(yaml).map((document) => document.toJS() as WalkthroughObject).filter((object) => object !== null);
}

/** The objects of one kind, in file order. */
export function ofKind(manifests: WalkthroughObject[], kind: string): WalkthroughObject[] {
  return manifests.filter((object) => object.kind === kind);
}

/** The object of a kind and name, or undefined. */
export function find(manifests: WalkthroughObject[], kind: string, name: string): WalkthroughObject | undefined {
  return manifests.find((object) => object.kind === kind && object.metadata.name === name);
}

/** Names of the objects of a kind, sorted. */
export function namesOf(manifests: WalkthroughObject[], kind: string): string[] {
  return ofKind(manifests, kind).map((object) => object.metadata.name).sort();
}

/** Every destination of every HTTP route of a VirtualService; a lone destination without a weight gets 100. */
export function destinations(virtualService: WalkthroughObject): Destination[] {
  return (virtualService.spec.http ?? []).flatMap((http: any) => [
    ...(http.route ?? []).map((route: any) => {
      const weight = route.weight ?? (http.route.length === 1 ? 100 : undefined);
      if (weight === undefined) throw new Error(`VirtualService/${virtualService.metadata.name}: a split without weights`);
      return { host: route.destination.host, subset: route.destination.subset, weight };
    }),
    ...mirrorDestinations(http),
  ]);
}

/** Mirrors of an HTTP route, weighed by the share of requests they receive copies of. */
function mirrorDestinations(http: any): Destination[] {
  const mirrors = http.mirror ? [{ destination: http.mirror, percentage: http.mirrorPercentage }] : http.mirrors ?? [];
  return mirrors.map((mirror: any) => ({
    host: mirror.destination.host,
    subset: mirror.destination.subset,
    weight: mirror.percentage?.value ?? 100,
  }));
}

/** Weight per subset of each HTTP route of a VirtualService, in order, e.g. `[{ v2: 100 }, { v1: 100 }]`. */
export function routeWeights(virtualService: WalkthroughObject): Array<Record<string, number>> {
  return (virtualService.spec.http ?? []).map((http: any) => Object.fromEntries((http.route ?? [])
    .map((route: any) => [route.destination.subset, route.weight ?? 100])));
}

/** Labels per subset of a DestinationRule, e.g. `{ v1: { version: 'v1' } }`. */
export function subsetLabels(destinationRule: WalkthroughObject): Record<string, Record<string, string>> {
  return Object.fromEntries((destinationRule.spec.subsets ?? []).map((subset: any) => [subset.name, subset.labels]));
}

/** The labels of a Deployment's pods. */
export function podLabels(deployment: WalkthroughObject): Record<string, string> {
  return deployment.spec.template.metadata.labels;
}

/** Whether every key of `selector` is in `labels` with the same value. */
export function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

/** Every object nested in a value (itself included), so that a fact can be checked wherever it appears. */
export function* objectsIn(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) {
    for (const element of value) yield* objectsIn(element);
  } else if (value !== null && typeof value === 'object') {
    yield value as Record<string, unknown>;
    for (const child of Object.values(value)) yield* objectsIn(child);
  }
}
