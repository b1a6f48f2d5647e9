import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
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
    const lineCounter = new LineCounter();
    for (const document of parseAllDocuments(fs.readFileSync(file, 'utf8'), { lineCounter })) {
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
      if (!isManifest(value)) {
        findings.push(inputFinding('not-a-manifest', `${file}:${line}`, 'the document is not a Kubernetes object (apiVersion, kind and metadata)', 'give it apiVersion, kind and metadata, or leave it out'));
        continue;
      }
      objects.push({ manifest: value, source: `${file}:${line}` });
    }
  }
  return { objects, findings };
}

function isManifest(value: any): value is Manifest {
  return typeof value === 'object' && typeof value.apiVersion === 'string' && typeof value.kind === 'string'
    && typeof value.metadata === 'object' && value.metadata !== null;
}

function inputFinding(code: string, source: string, message: string, fix: string): Finding {
  return { level: FindingLevel.ERROR, code, source, kind: '-', namespace: '-', name: '-', field: '-', message, fix };
}
