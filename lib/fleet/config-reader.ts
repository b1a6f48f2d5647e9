import type { LineCounter, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { YAML } from '../manifest/yaml';

/** One thing wrong with a YAML file, at its line, described so that it can be fixed without reading the code. */
export interface ConfigProblem {
  /** The file, as given. */
  readonly file: string;
  /** Line of the offending value, from 1. */
  readonly line: number;
  /** Path of the field, e.g. `services.orders.live.prod`. */
  readonly field: string;
  /** The offending value, or undefined for a missing one. */
  readonly value: unknown;
  /** What is wrong with it. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

/** One line: `file:line: field: message (got value). Fix: fix`. */
export function formatConfigProblem(problem: ConfigProblem): string {
  const got = problem.value === undefined ? '' : ` (got ${JSON.stringify(problem.value)})`;
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}${got}. Fix: ${problem.fix}`;
}

/** Thrown when a YAML file holds problems; the message lists every one, one per line. */
export class ConfigError extends Error {
  constructor(public readonly problems: ConfigProblem[]) {
    super(problems.map(formatConfigProblem).join('\n'));
    this.name = 'ConfigError';
  }
}

/** A value of the document at a field path, with its node (undefined when the field is absent). */
export interface Field {
  /** Path of the field, e.g. `services.orders.port`. */
  readonly path: string;
  /**
   * Its node.
   * @default - the field is absent
   */
  readonly node?: Node;
  /**
   * The node that holds the field, to point at when the field is missing.
   * @default - the document's first line
   */
  readonly parent?: Node;
}

/** An entry of a map: a field with its key. */
export interface KeyedField extends Field {
  /** The key. */
  readonly key: string;
  /**
   * The key's node, to point at when the key itself is wrong.
   * @default - the value's node
   */
  readonly keyNode?: Node;
}

/**
 * Reads the nodes of a YAML document into typed values, collecting every problem with its line instead of stopping
 * at the first.
 */
export class ConfigReader {
  public readonly problems: ConfigProblem[] = [];

  constructor(private readonly file: string, private readonly lines: LineCounter) {}

  /** The line of a node, from 1; the first line when there is no node. */
  public lineOf(node: Node | undefined): number {
    return node?.range ? this.lines.linePos(node.range[0]).line : 1;
  }

  /** Records a problem of the field, at its line (the line of what holds it, when it is missing). */
  public problem(field: Field, message: string, fix: string, value: unknown = valueOf(field.node)): void {
    this.problems.push({ file: this.file, line: this.lineOf(field.node ?? field.parent), field: field.path, value, message, fix });
  }

  /** The entries of a map, each as a field; a problem for anything else, and for keys not in `known`. */
  public entries(field: Field, known?: readonly string[]): KeyedField[] {
    if (field.node === undefined) return [];
    if (!YAML.isMap(field.node)) {
      this.problem(field, 'is not a map', known ? `write it as keys and values: ${known.join(', ')}` : 'write it as keys and values');
      return [];
    }
    return (field.node as YAMLMap<unknown, Node>).items.flatMap((pair: Pair<unknown, Node>): KeyedField[] => {
      const key = YAML.isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const keyNode = pair.key as Node | undefined;
      const child = { path: field.path ? `${field.path}.${key}` : key, node: pair.value ?? undefined, parent: keyNode ?? field.node, key, keyNode };
      if (known && !known.includes(key)) {
        this.problem({ ...child, node: keyNode }, 'is not a field here', `use one of ${known.join(', ')}`, key);
        return [];
      }
      return [child];
    });
  }

  /** The field `key` of a map field (the map's problems are reported by `entries`). */
  public child(field: Field, key: string): Field {
    const node = YAML.isMap(field.node) ? (field.node.get(key, true) as Node | undefined) : undefined;
    return { path: field.path ? `${field.path}.${key}` : key, node: node ?? undefined, parent: field.node ?? field.parent };
  }

  /** The items of a list, each as a field. */
  public items(field: Field): Field[] {
    if (field.node === undefined) return [];
    if (!YAML.isSeq(field.node)) {
      this.problem(field, 'is not a list', 'write one item per line, each starting with \'- \'');
      return [];
    }
    return (field.node as YAMLSeq<Node>).items.map((node, at) => ({ path: `${field.path}[${at}]`, node, parent: field.node }));
  }

  /** A string, or undefined with a problem when it is missing (and required) or not a string. */
  public string(field: Field, required: string | false): string | undefined {
    if (field.node === undefined || (YAML.isScalar(field.node) && field.node.value === null)) {
      if (required !== false) this.problem(field, 'is missing', required, undefined);
      return undefined;
    }
    if (!YAML.isScalar(field.node) || typeof field.node.value !== 'string') {
      this.problem(field, 'is not a string', required === false ? 'write a string' : required);
      return undefined;
    }
    return field.node.value;
  }

  /** A number, or undefined with a problem when it is missing (and required) or not a number. */
  public number(field: Field, required: string | false): number | undefined {
    if (field.node === undefined) {
      if (required !== false) this.problem(field, 'is missing', required, undefined);
      return undefined;
    }
    if (!YAML.isScalar(field.node) || typeof field.node.value !== 'number') {
      this.problem(field, 'is not a number', required === false ? 'write a number' : required);
      return undefined;
    }
    return field.node.value;
  }
}

/** The value of a node as plain data, for messages. */
export function valueOf(node: Node | undefined): unknown {
  if (node === undefined) return undefined;
  return YAML.isScalar(node) ? (node as Scalar).value : node.toJSON();
}
