import { Yaml } from 'cdk8s';
import { Manifest } from '../manifest/manifest';
import { YAML } from '../manifest/yaml';

/**
 * The options of cdk8s's `Yaml.stringify`: a document that holds no object twice is written with them by `yaml`
 * without the search for repeated objects (which only such a document needs), about a sixth faster, with the same
 * text (a test compares them over every committed output).
 */
const CDK8S_YAML_OPTIONS = { keepUndefined: true, lineWidth: 0, version: '1.1', aliasDuplicateObjects: false } as const;

/** What stands for a value that JSON cannot tell apart from another (undefined, NaN, Infinity) in a document's key. */
const MARK = '\u0000';

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
    // YAML writes an object held twice as an anchor and an alias, which only cdk8s's own search finds.
    if (holdsAnObjectTwice(manifest)) return Yaml.stringify(manifest);
    if (!this.props.reuse) return stringifyDistinct(manifest);
    const key = keyOf(manifest);
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

/** Whether an object (or array) of the document appears in it twice. */
function holdsAnObjectTwice(manifest: Manifest): boolean {
  const seen = new Set<object>();
  const pending: unknown[] = [manifest];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (seen.has(value)) return true;
    seen.add(value);
    for (const child of Object.values(value)) pending.push(child);
  }
  return false;
}

/** A JSON text that is the same for two documents (holding no object twice) only when their YAML is. */
function keyOf(manifest: Manifest): string {
  return JSON.stringify(manifest, (_, value: unknown) => {
    if (value === undefined) return MARK;
    if (typeof value === 'number' && !Number.isFinite(value)) return `${MARK}${value}`;
    if (typeof value === 'string' && value.startsWith(MARK)) return `${MARK}${value}`;
    return value;
  });
}
