import { Yaml } from 'cdk8s';
import { Manifest } from '../manifest/manifest';
import { YAML } from '../manifest/yaml';

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
}

/**
 * The YAML text of manifests exactly as cdk8s writes it (`Yaml.stringify`); with `reuse`, each distinct document is
 * stringified once, since YAML stringifying costs a hundred times what a JSON key does. One instance serves one synth:
 * it holds every document it wrote.
 */
export class ManifestYaml {
  private readonly byKey = new Map<string, string>();

  constructor(private readonly props: ManifestYamlProps) {}

  /** The text of a file of `manifests`, as `Yaml.save` writes it. */
  public file(manifests: readonly Manifest[]): string {
    return manifests.map((manifest) => this.document(manifest)).join('---\n');
  }

  private document(manifest: Manifest): string {
    const shape = shapeOf(manifest);
    // YAML writes an object held twice as an anchor and an alias, which only cdk8s's own search finds.
    if (shape === Shape.SHARED) return Yaml.stringify(manifest);
    if (!this.props.reuse || shape === Shape.UNKEYED) return stringifyDistinct(manifest);
    // Two documents with the same JSON text have the same YAML text: JSON keeps every value such a document holds.
    const key = JSON.stringify(manifest);
    let text = this.byKey.get(key);
    if (text === undefined) {
      text = stringifyDistinct(manifest);
      this.byKey.set(key, text);
    }
    return text;
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
  /** A value JSON cannot tell from another (undefined, NaN, Infinity, -0, a function): its JSON text is no key. */
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
      for (const child of Object.values(value)) pending.push(child);
    } else if (!isJsonScalar(value)) {
      shape = Shape.UNKEYED;
    }
  }
  return shape;
}

function isJsonScalar(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  return value === null || typeof value === 'string' || typeof value === 'boolean';
}
