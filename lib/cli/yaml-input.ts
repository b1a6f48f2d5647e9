import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Document, LineCounter, Node, ParseOptions, DocumentOptions, SchemaOptions } from 'yaml';
import { YAML } from '../manifest/yaml';
import { Finding, FindingLevel } from '../analysis/finding';
import { Manifest, SourcedManifest } from '../manifest/manifest';

/** The objects of YAML files, with the findings about what could not be read. */
export interface YamlInput {
  /** The objects, each with `file:line`. */
  readonly objects: SourcedManifest[];
  /** Files that do not exist, YAML that does not parse, documents that are no Kubernetes objects. */
  readonly findings: Finding[];
}

const YAML_FILE = /\.ya?ml$/;
const KUSTOMIZE_GROUP = 'kustomize.config.k8s.io/';

/**
 * YAML as kubectl reads it: YAML 1.1, where `yes`, `on`, `off`, `y`, `n` are booleans and `0777` is octal, but
 * without the timestamps and base-60 numbers of YAML 1.1, which kubectl keeps as strings.
 */
const KUBECTL_YAML: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: (tags) => tags.filter((tag) => typeof tag === 'string'
    || (tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.format !== 'TIME')),
};

/** Every YAML file of the given files and folders (folders searched recursively), sorted. */
export function yamlFiles(paths: string[]): string[] {
  return paths.flatMap((given) => {
    if (!fs.existsSync(given)) return [given];
    if (!fs.statSync(given).isDirectory()) return [given];
    return fs.readdirSync(given, { recursive: true, encoding: 'utf8' })
      .filter((file) => YAML_FILE.test(file))
      .sort()
      .map((file) => path.join(given, file));
  });
}

/** Reads every object of the files, each with `file:line` of its document as its source. */
export function readYaml(files: string[]): YamlInput {
  const objects: SourcedManifest[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    if (!fs.existsSync(file)) {
      findings.push(inputFinding('file-not-found', file, 'no such file or folder', 'check the path'));
      continue;
    }
    const lineCounter = new YAML.LineCounter();
    for (const document of YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'), { ...KUBECTL_YAML, lineCounter })) {
      const line = lineCounter.linePos(document.contents?.range[0] ?? document.range[0]).line;
      if (document.errors.length > 0) {
        for (const error of document.errors) {
          const at = error.linePos?.[0];
          findings.push(inputFinding('yaml-invalid', `${file}:${at?.line ?? line}${at ? `:${at.col}` : ''}`, error.message.split('\n')[0].replace(/:$/, ''), 'fix the YAML syntax'));
        }
        continue;
      }
      const value = document.toJS();
      // Empty documents and kustomizations (a list of the files beside them) are no cluster objects.
      if (value === null || value === undefined || String(value.apiVersion).startsWith(KUSTOMIZE_GROUP)) continue;
      const read: ObjectsOf = { file, document, lineCounter, objects, findings };
      readObject(read, value, document.contents, line);
    }
  }
  return { objects, findings };
}

/** Where the objects of one document of a file go. */
interface ObjectsOf {
  readonly file: string;
  readonly document: Document;
  readonly lineCounter: LineCounter;
  readonly objects: SourcedManifest[];
  readonly findings: Finding[];
}

/** Reads the object of a document or of a List item at the line, expanding a List (`v1`) into its items as kubectl does. */
function readObject(read: ObjectsOf, value: unknown, node: unknown, line: number): void {
  const source = `${read.file}:${line}`;
  // A List needs no metadata.
  if (!isList(value)) {
    if (isManifest(value)) read.objects.push({ manifest: value, source });
    else read.findings.push(inputFinding('not-a-manifest', source, 'the document is not a Kubernetes object (apiVersion, kind and metadata)', 'give it apiVersion, kind and metadata, or leave it out'));
    return;
  }
  const items = value.items;
  if (items === null || items === undefined) return;
  if (!Array.isArray(items)) {
    read.findings.push(inputFinding('not-a-manifest', source, 'the items of the List are not a list', 'give the List a list of Kubernetes objects as items'));
    return;
  }
  const resolved = resolve(read.document, node);
  const itemsNode = YAML.isMap(resolved) ? resolve(read.document, resolved.get('items', true)) : undefined;
  items.forEach((item, index) => {
    const itemNode = YAML.isSeq(itemsNode) ? itemsNode.items[index] : undefined;
    const start = (itemNode as Node | undefined)?.range?.[0];
    readObject(read, item, itemNode, start === undefined ? line : read.lineCounter.linePos(start).line);
  });
}

/** The node an alias stands for, or the node itself. */
function resolve(document: Document, node: unknown): unknown {
  return YAML.isAlias(node) ? node.resolve(document) : node;
}

function isList(value: any): value is { items?: unknown } {
  return typeof value === 'object' && value !== null && value.apiVersion === 'v1' && value.kind === 'List';
}

function isManifest(value: any): value is Manifest {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value.apiVersion === 'string' && typeof value.kind === 'string'
    && typeof value.metadata === 'object' && value.metadata !== null;
}

function inputFinding(code: string, source: string, message: string, fix: string): Finding {
  return { level: FindingLevel.ERROR, code, source, kind: '-', namespace: '-', name: '-', field: '-', message, fix };
}
