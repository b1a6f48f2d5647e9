import * as fs from 'node:fs';
import * as path from 'node:path';

/** The folder of the corpus: bad/ and valid/ cases, and base/ objects that cases build on. */
export const CORPUS_DIR = path.resolve(__dirname, '..', 'corpus');

/** One case of the corpus: YAML objects, with the base files they build on and, for a bad case, the finding it must cause. */
export interface CorpusCase {
  /** What the case is, from its `# case:` line. */
  readonly name: string;
  /** `file:line` of the case. */
  readonly at: string;
  /** Names of the files of base/ the case adds to (`# with:`), without `.yaml`. */
  readonly bases: string[];
  /** The finding a bad case causes, as `level code istioCode kind/name field` (`-` for no Istio code); undefined for a valid case. */
  readonly expected: string | undefined;
  /** The case's own YAML. */
  readonly yaml: string;
}

const CASE = /^# case: (.+)$/;
const WITH = /^# with: (.+)$/;
const EXPECT = /^# expect: (.+)$/;

/**
 * The cases of every file of bad/ or valid/. A case starts with its `# case:` line and runs to the next one;
 * `# with:` and `# expect:` lines follow it.
 */
export function corpusCases(kind: 'bad' | 'valid'): CorpusCase[] {
  const dir = path.join(CORPUS_DIR, kind);
  return fs.readdirSync(dir).filter((file) => file.endsWith('.yaml')).sort().flatMap((file) => {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    const starts = lines.flatMap((line, at) => (CASE.test(line) ? [at] : []));
    return starts.map((start, at): CorpusCase => {
      const body = lines.slice(start, starts[at + 1] ?? lines.length);
      const header = (pattern: RegExp) => body.map((line) => pattern.exec(line)?.[1]).find((value) => value !== undefined);
      return {
        name: CASE.exec(body[0])![1],
        at: `${kind}/${file}:${start + 1}`,
        bases: header(WITH)?.split(',').map((base) => base.trim()) ?? [],
        expected: header(EXPECT)?.trim(),
        yaml: body.join('\n'),
      };
    });
  });
}

/** The YAML of the base files a case builds on. */
export function baseYaml(bases: string[]): string[] {
  return bases.map((base) => fs.readFileSync(path.join(CORPUS_DIR, 'base', `${base}.yaml`), 'utf8'));
}
