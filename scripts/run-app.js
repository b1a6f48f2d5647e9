#!/usr/bin/env node
// Runs a TypeScript cdk8s app, the `app` command of cdk8s.yaml: `node <this file> main.ts [argument...]`.
// esbuild bundles the app's own files into one CommonJS module (packages stay external, nothing is type-checked:
// `npm run typecheck` does that), and the bundle is cached in node_modules/.cache/. Loading that one file instead
// of transpiling and resolving every module of the app on each run takes about a third off a synth.
// The cache is used only while every bundled file, and every folder holding one, keeps its size and modification
// time, so that an edit, a new file or a deleted one rebuilds it.
// A stack trace names lines of the bundle, which keeps each module's code under a comment with its path; with
// NODE_OPTIONS=--enable-source-maps it names the TypeScript lines instead (source maps cost a fifth of a synth).
// ISTIO_TRAFFIC_APP_CACHE sets another folder for the cache.
const crypto = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const CACHE = process.env.ISTIO_TRAFFIC_APP_CACHE || path.resolve(__dirname, '..', 'node_modules', '.cache', 'istio-traffic-app');

/** What must stay as it is for a cached bundle to be used: the files and folders it came from, and its tools. */
function stamp(files, folders) {
  const statOf = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat ? `${stat.size}:${stat.mtimeMs}` : 'absent';
  };
  return {
    node: process.version,
    esbuild: require('esbuild/package.json').version,
    files: files.map((file) => [file, statOf(file)]),
    folders: folders.map((folder) => [folder, statOf(folder)]),
  };
}

/** The tsconfig.json that esbuild reads for the entry: the nearest one above it. */
function tsconfigOf(entry) {
  for (let dir = path.dirname(entry); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'tsconfig.json');
    if (fs.existsSync(file)) return [file];
    if (path.dirname(dir) === dir) return [];
  }
}

/**
 * One module is one file in the bundle, but `__dirname` would then be the entry's folder for all of them: only
 * the entry may use it.
 */
function checkNoDirname(entry, files) {
  const users = files.filter((file) => file !== entry && /\b__(dirname|filename)\b/.test(fs.readFileSync(file, 'utf8')));
  if (users.length > 0) {
    throw new Error(`${users.join(', ')}: uses __dirname or __filename, which a bundle gives the entry's value. Fix: take the path from the entry, ${entry}`);
  }
}

function build(entry, codeFile) {
  const esbuild = require('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [entry],
    outfile: codeFile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    sourcemap: 'linked',
    sourcesContent: false,
    // The entry's own folder and path, as if it ran as itself.
    define: { __dirname: JSON.stringify(path.dirname(entry)), __filename: JSON.stringify(entry) },
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  const cwd = process.cwd();
  const files = Object.keys(result.metafile.inputs).map((input) => path.resolve(cwd, input));
  checkNoDirname(entry, files);
  const output = (extension) => result.outputFiles.find((file) => file.path.endsWith(extension)).text;
  return { code: output('.js'), map: output('.js.map'), files: [...files, ...tsconfigOf(entry), __filename] };
}

function sameStamp(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The stamp a cached bundle was written with; none when there is none, or it cannot be read. */
function readStamp(stampFile) {
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
    return Array.isArray(stamp?.files) && Array.isArray(stamp?.folders) ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/** The file of the bundle of `entry`, and its code, from the cache when nothing it came from changed. */
function bundleOf(entry) {
  const key = crypto.createHash('sha256').update(entry).digest('hex').slice(0, 16);
  const codeFile = path.join(CACHE, `${path.basename(entry, '.ts')}-${key}.js`);
  const stampFile = `${codeFile}.stamp.json`;
  const cached = readStamp(stampFile);
  if (cached && fs.existsSync(codeFile)) {
    const files = cached.files.map(([file]) => file);
    if (sameStamp(cached, stamp(files, cached.folders.map(([folder]) => folder)))) return { codeFile, code: fs.readFileSync(codeFile, 'utf8') };
  }
  const started = Date.now();
  const { code, map, files } = build(entry, codeFile);
  const folders = [...new Set(files.map((file) => path.dirname(file)))].sort();
  const fresh = stamp(files, folders);
  // A file saved while esbuild read it may be in the bundle as it was before: such a bundle is used once, not kept.
  if ([...fresh.files, ...fresh.folders].some(([, at]) => Number(at.split(':')[1]) >= started)) return { codeFile, code };
  try {
    fs.mkdirSync(CACHE, { recursive: true });
    // Written aside and renamed, so that two synths running at once never read half a bundle.
    const partial = `.${process.pid}`;
    for (const [file, text] of [[`${codeFile}.map`, map], [codeFile, code], [stampFile, JSON.stringify(fresh)]]) {
      fs.writeFileSync(file + partial, text);
      fs.renameSync(file + partial, file);
    }
  } catch (error) {
    // A cache that cannot be written (a read-only checkout) only costs the next run a build.
    console.error(`warning: the bundle of ${entry} is not cached: ${error.message}`);
  }
  return { codeFile, code };
}

/**
 * Runs the bundle as the main module, so that `require.main === module` holds, finding packages from the entry's
 * folder.
 */
function runAsMain(entry, { codeFile, code }) {
  const main = new Module(codeFile, null);
  main.filename = codeFile;
  main.paths = Module._nodeModulePaths(path.dirname(entry));
  process.mainModule = main;
  Module._cache[codeFile] = main;
  main._compile(code, codeFile);
  main.loaded = true;
}

function run(argv) {
  if (argv.length === 0 || !/\.ts$/.test(argv[0])) {
    console.error('Usage: node scripts/run-app.js <app>.ts [argument...]');
    process.exit(2);
  }
  const entry = path.resolve(argv[0]);
  let bundle;
  try {
    bundle = bundleOf(entry);
  } catch (error) {
    // esbuild has printed its own errors, with file and line.
    if (!Array.isArray(error.errors)) console.error(`error: ${error.message}`);
    process.exit(1);
  }
  // The app sees its own path where Node puts the main module's, and its arguments after it.
  process.argv.splice(1, 2, entry);
  runAsMain(entry, bundle);
}

run(process.argv.slice(2));
