import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A TypeScript block of the README, written to a file of its own. */
interface Snippet {
  /** 1 for the first block of the README. */
  readonly number: number;
  /** Line of its opening fence in README.md. */
  readonly line: number;
  /** The file it is written to. */
  readonly file: string;
}

interface ReadmeSnippets {
  extractSnippets(outdir: string, readme?: string): Snippet[];
  rewriteImports(code: string, specifier: string): string;
  snippetsOf(markdown: string): Array<{ line: number; code: string }>;
  readonly SNIPPETS_DIR: string;
}

// A plain CommonJS script, shared with `node scripts/readme-snippets.js --typecheck`.
const { extractSnippets, rewriteImports, snippetsOf, SNIPPETS_DIR } = require('../scripts/readme-snippets') as ReadmeSnippets;

const ROOT = path.resolve(__dirname, '..');
/** The minimum a README with Usage snippets for every construct has. */
const MIN_SNIPPETS = 8;

describe('readme-snippets script', () => {
  test('finds the ts and typescript blocks with the line of their fence, and no other block', () => {
    // GIVEN
    const markdown = [
      '# Title',
      '```sh',
      'npm install',
      '```',
      '```ts',
      "const a = '```';",
      '```',
      '````typescript',
      '```ts',
      'nested',
      '```',
      '````',
      '```json',
      '{}',
      '```',
    ].join('\n');

    // WHEN
    const snippets = snippetsOf(markdown);

    // THEN
    expect(snippets).toEqual([
      { line: 5, code: "const a = '```';\n" },
      { line: 8, code: '```ts\nnested\n```\n' },
    ]);
  });

  test('rewrites imports and requires of the package, and nothing else', () => {
    // GIVEN
    const code = [
      "import { App } from 'cdk8s';",
      "import { Gateway } from 'cdk8s-istio-traffic';",
      'import * as traffic from "cdk8s-istio-traffic";',
      "const lib = require('cdk8s-istio-traffic');",
      "const label = 'cdk8s-istio-traffic';",
    ].join('\n');

    // WHEN
    const rewritten = rewriteImports(code, '../../lib');

    // THEN
    expect(rewritten).toEqual([
      "import { App } from 'cdk8s';",
      "import { Gateway } from '../../lib';",
      'import * as traffic from "../../lib";',
      "const lib = require('../../lib');",
      "const label = 'cdk8s-istio-traffic';",
    ].join('\n'));
  });
});

describe('a snippet that is not self-contained', () => {
  test('fails when it runs, even after the snippet that defines what it uses', () => {
    // GIVEN
    fs.mkdirSync(SNIPPETS_DIR, { recursive: true });
    const dir = fs.mkdtempSync(path.join(SNIPPETS_DIR, 'jest-fragment-'));
    const readme = path.join(dir, 'README.md');
    fs.writeFileSync(readme, [
      '```ts',
      "import { StringMatch } from 'cdk8s-istio-traffic';",
      "const match = StringMatch.exact('true');",
      'export default match;',
      '```',
      '```ts',
      'console.log(match);',
      '```',
    ].join('\n'));

    // WHEN
    try {
      const [first, second] = extractSnippets(dir, readme);

      // THEN
      expect(() => require(first.file)).not.toThrow();
      expect(() => require(second.file)).toThrow('match is not defined');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('README.md snippets', () => {
  fs.mkdirSync(SNIPPETS_DIR, { recursive: true });
  const dir = fs.mkdtempSync(path.join(SNIPPETS_DIR, 'jest-'));
  const snippets = extractSnippets(dir);
  const outdirs: string[] = [];

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const outdir of outdirs) fs.rmSync(outdir, { recursive: true, force: true });
    // Left in place while it holds the output of `--typecheck` or of another run.
    if (fs.readdirSync(SNIPPETS_DIR).length === 0) fs.rmdirSync(SNIPPETS_DIR);
  });

  test(`has at least ${MIN_SNIPPETS} TypeScript snippets`, () => {
    // THEN
    expect(snippets.length).toBeGreaterThanOrEqual(MIN_SNIPPETS);
  });

  test('imports the package from the sources of lib/', () => {
    // THEN
    const sources = snippets.map((snippet) => fs.readFileSync(snippet.file, 'utf8'));
    expect(sources.filter((source) => /['"]cdk8s-istio-traffic['"]/.test(source))).toEqual([]);
    expect(path.resolve(dir, '../../lib')).toEqual(path.join(ROOT, 'lib'));
  });

  // Jest refuses an empty table; the count test above fails then.
  const runnable = snippets.length > 0 ? test.each(snippets) : test.skip.each([{ number: 0, line: 0, file: '' }]);

  runnable('snippet $number (README.md line $line) runs on its own', ({ file }) => {
    // GIVEN
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-snippet-'));
    outdirs.push(outdir);
    const previous = process.env.CDK8S_OUTDIR;
    process.env.CDK8S_OUTDIR = outdir;
    // What the examples print (and the warnings of the mesh analysis) is for readers, not for the test output.
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);

    // WHEN
    try {
      const run = () => jest.isolateModules(() => require(file));

      // THEN
      expect(run).not.toThrow();
    } finally {
      log.mockRestore();
      warn.mockRestore();
      if (previous === undefined) delete process.env.CDK8S_OUTDIR;
      else process.env.CDK8S_OUTDIR = previous;
    }
  });
});
