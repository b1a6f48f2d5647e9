import { Yaml } from 'cdk8s';
import { Manifest } from '../manifest/manifest';
import { YAML, YAML_MODULE } from '../manifest/yaml';
import { YamlBatch, YamlWorkers } from './yaml-worker';

/**
 * The options of cdk8s's `Yaml.stringify`: a document that holds no object twice is written with them by `yaml`
 * without the search for repeated objects (which only such a document needs), about a sixth faster, with the same
 * text (a test compares them over every committed output).
 */
const CDK8S_YAML_OPTIONS = { keepUndefined: true, lineWidth: 0, version: '1.1', aliasDuplicateObjects: false } as const;

/** Props for `ManifestYaml`. */
export interface ManifestYamlProps {
  /**
   * Whether a document written again is taken from the text written before: worth it across the phases of a rollout,
   * which repeat most of their objects; a waste for a single app, whose objects are all distinct.
   */
  readonly reuse: boolean;
  /**
   * The fewest documents to write at once for which a worker thread writes half of them; `Infinity` for never.
   * @default 3000 on a machine with more than one core, unless ISTIO_TRAFFIC_YAML_THREADS is 1; else never
   */
  readonly workerFrom?: number;
}

/**
 * The YAML text of manifests exactly as cdk8s writes it (`Yaml.stringify`); with `reuse`, each distinct document is
 * stringified once, since YAML stringifying costs a hundred times what a JSON key does. One instance serves one synth:
 * it holds every document it wrote.
 */
export class ManifestYaml {
  private readonly byKey = new Map<string, string>();
  private readonly workers: YamlWorkers<Manifest>;

  constructor(private readonly props: ManifestYamlProps) {
    this.workers = new YamlWorkers({ yamlModule: YAML_MODULE, options: CDK8S_YAML_OPTIONS, stringify: stringifyDistinct, minDocuments: props.workerFrom });
  }

  /** The text of a file of `manifests`, as `Yaml.save` writes it. */
  public file(manifests: readonly Manifest[]): string {
    return this.files([manifests])[0];
  }

  /** The text of each file of manifests. */
  public files(files: readonly (readonly Manifest[])[]): string[] {
    return this.start(files).texts();
  }

  /**
   * Starts writing files of manifests, all at once: a worker thread takes its share of many documents now, so that
   * it works while this thread does something else (an analysis) before it asks for the texts.
   */
  public start(files: readonly (readonly Manifest[])[]): YamlBatch {
    const documents = this.documents(files.flat());
    return {
      texts: () => {
        const texts = documents.texts();
        let at = 0;
        return files.map((manifests) => texts.slice(at, (at += manifests.length)).join('---\n'));
      },
      cancel: () => documents.cancel(),
    };
  }

  /**
   * The text of each document, in order: each distinct one that holds plain data is stringified in one batch, the
   * others on this thread when the texts are asked for.
   */
  private documents(manifests: readonly Manifest[]): YamlBatch {
    const texts: (string | undefined)[] = [];
    const keys: (string | undefined)[] = [];
    const batch: number[] = [];
    const here: [number, (manifest: Manifest) => string][] = [];
    const inBatch = new Set<string>();
    manifests.forEach((manifest, at) => {
      const shape = shapeOf(manifest);
      // YAML writes an object held twice as an anchor and an alias, which only cdk8s's own search finds.
      if (shape === Shape.SHARED) here.push([at, (shared) => Yaml.stringify(shared)]);
      else if (shape === Shape.UNKEYED) here.push([at, stringifyDistinct]);
      else if (!this.props.reuse) batch.push(at);
      else {
        // Two documents with the same JSON text have the same YAML text: JSON keeps every value such a document holds.
        const key = JSON.stringify(manifest);
        keys[at] = key;
        texts[at] = this.byKey.get(key);
        if (texts[at] === undefined && !inBatch.has(key)) {
          inBatch.add(key);
          batch.push(at);
        }
      }
    });
    const writing = this.workers.start(batch.map((at) => manifests[at]));
    return {
      texts: () => {
        try {
          for (const [at, stringify] of here) texts[at] = stringify(manifests[at]);
        } catch (error) {
          // A document YAML cannot write: the worker's texts will not be needed either.
          writing.cancel();
          throw error;
        }
        const written = writing.texts();
        batch.forEach((at, index) => {
          texts[at] = written[index];
          if (this.props.reuse) this.byKey.set(keys[at]!, written[index]);
        });
        // A document repeated within the batch takes the text of its first.
        return texts.map((text, at) => text ?? this.byKey.get(keys[at]!)!);
      },
      cancel: () => writing.cancel(),
    };
  }
}

/** `Yaml.stringify` of a document that holds no object twice. */
function stringifyDistinct(manifest: Manifest): string {
  return YAML.stringify(manifest, CDK8S_YAML_OPTIONS);
}

/** What a document holds that decides how it is written. */
enum Shape {
  /** Values JSON writes as they are: its JSON text is a key for its YAML text. */
  PLAIN,
  /**
   * A value JSON cannot tell from another (undefined, NaN, Infinity, -0, a function, an object of a class such as a
   * Date): its JSON text is no key, and it is written on the synth's thread.
   */
  UNKEYED,
  /** An object (or array) that appears in it twice. */
  SHARED,
}

function shapeOf(manifest: Manifest): Shape {
  const seen = new Set<object>();
  const pending: unknown[] = [manifest];
  let shape = Shape.PLAIN;
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return Shape.SHARED;
      seen.add(value);
      if (!isPlainObject(value)) shape = Shape.UNKEYED;
      for (const child of Object.values(value)) pending.push(child);
    } else if (!isJsonScalar(value)) {
      shape = Shape.UNKEYED;
    }
  }
  return shape;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === Array.prototype || prototype === null;
}

function isJsonScalar(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  return value === null || typeof value === 'string' || typeof value === 'boolean';
}
