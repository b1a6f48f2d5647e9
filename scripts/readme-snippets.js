#!/usr/bin/env node
// The TypeScript examples of README.md as files, so that they are run (test/readme.test.ts) and type-checked
// (--typecheck) against the sources of lib/: an example that no longer compiles or runs fails the build.
//
//   node scripts/readme-snippets.js <outdir>     writes <outdir>/snippet-<n>.ts, one per ```ts block
//   node scripts/readme-snippets.js --typecheck  writes them to .readme-snippets/typecheck/ and runs tsc --noEmit
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const README = path.join(ROOT, 'README.md');
const LIB = path.join(ROOT, 'lib');
const PACKAGE_NAME = 'cdk8s-istio-traffic';
/** Inside the repository, so that the snippets resolve cdk8s and constructs from its node_modules. */
const SNIPPETS_DIR = path.join(ROOT, '.readme-snippets');
const TYPESCRIPT_LANGUAGES = new Set(['ts', 'typescript']);

/** The TypeScript code blocks of a Markdown text, each with the line of its opening fence. */
function snippetsOf(markdown) {
  const snippets = [];
  let fence;
  markdown.split('\n').forEach((line, index) => {
    if (fence === undefined) {
      const opening = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
      if (opening) fence = { marker: opening[1], typescript: TYPESCRIPT_LANGUAGES.has(opening[2].toLowerCase()), line: index + 1, lines: [] };
      return;
    }
    const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
    if (closing && closing[1][0] === fence.marker[0] && closing[1].length >= fence.marker.length) {
      if (fence.typescript) snippets.push({ line: fence.line, code: `${fence.lines.join('\n')}\n` });
      fence = undefined;
      return;
    }
    fence.lines.push(line);
  });
  return snippets;
}

/** The code with the package's module specifier replaced by `specifier` in imports and requires. */
function rewriteImports(code, specifier) {
  const quoted = new RegExp(`(\\bfrom\\s*|\\bimport\\s*\\(\\s*|\\bimport\\s+|\\brequire\\s*\\(\\s*)(['"])${PACKAGE_NAME}\\2`, 'g');
  return code.replace(quoted, (_, before, quote) => `${before}${quote}${specifier}${quote}`);
}

/** The path of lib/ as a module specifier relative to `dir`. */
function libSpecifier(dir) {
  const relative = path.relative(dir, LIB).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/**
 * Writes every TypeScript block of the README to `<outdir>/snippet-<n>.ts` (n from 1), importing lib/ where the
 * block imports the package, after removing the snippets of an earlier run. Returns them in README order.
 */
function extractSnippets(outdir, readme = README) {
  fs.mkdirSync(outdir, { recursive: true });
  for (const stale of fs.readdirSync(outdir).filter((file) => /^snippet-\d+\.ts$/.test(file))) fs.rmSync(path.join(outdir, stale));
  const specifier = libSpecifier(outdir);
  return snippetsOf(fs.readFileSync(readme, 'utf8')).map((snippet, index) => {
    const file = path.join(outdir, `snippet-${index + 1}.ts`);
    fs.writeFileSync(file, rewriteImports(snippet.code, specifier));
    return { number: index + 1, line: snippet.line, file };
  });
}

/** Type-checks the snippets with the repository's compiler options; returns tsc's exit status. */
function typecheck() {
  const outdir = path.join(SNIPPETS_DIR, 'typecheck');
  const snippets = extractSnippets(outdir);
  const tsconfig = {
    extends: path.relative(outdir, path.join(ROOT, 'tsconfig.json')).split(path.sep).join('/'),
    compilerOptions: {
      noEmit: true,
      // Every snippet is a module of its own, as it is when it runs, even one without an import.
      moduleDetection: 'force',
      // An example may name a value only to show it; what matters here are the types.
      noUnusedLocals: false,
      noUnusedParameters: false,
    },
    include: snippets.map((snippet) => path.basename(snippet.file)),
  };
  fs.writeFileSync(path.join(outdir, 'tsconfig.json'), `${JSON.stringify(tsconfig, undefined, 2)}\n`);
  for (const snippet of snippets) console.log(`${path.relative(ROOT, snippet.file)}: README.md line ${snippet.line}`);
  if (snippets.length === 0) return 0;
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', path.join(outdir, 'tsconfig.json')], { cwd: ROOT, stdio: 'inherit' });
  return result.status ?? 1;
}

module.exports = { extractSnippets, rewriteImports, snippetsOf, SNIPPETS_DIR };

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.length === 1 && args[0] === '--typecheck') {
    process.exitCode = typecheck();
  } else if (args.length === 1 && !args[0].startsWith('-')) {
    for (const snippet of extractSnippets(path.resolve(args[0]))) console.log(`${snippet.file}: README.md line ${snippet.line}`);
  } else {
    console.error('usage: node scripts/readme-snippets.js <outdir> | --typecheck');
    process.exitCode = 2;
  }
}
