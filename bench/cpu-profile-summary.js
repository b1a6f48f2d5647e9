#!/usr/bin/env node
// Summarizes a V8 CPU profile of one walkthrough app run: the functions with the most self time, where the time
// goes (module loading, building constructs, validation, resolving, YAML writing), and which packages cost the
// most to load.
// Profile:   CDK8S_OUTDIR=$(mktemp -d) node --cpu-prof --cpu-prof-dir=<dir> -r tsx/cjs main.ts
// Summarize: node bench/cpu-profile-summary.js <dir>/<file>.cpuprofile [top]
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

function shortUrl(url) {
  return url.replace(/^file:\/\//, '').replace(/.*\/node_modules\//, '').replace(`${ROOT}/`, '');
}

/** Package of a module URL: `cdk8s`, `@kubernetes-models/istio`, `lib`, `imports`, `node:` and so on. */
function packageOf(url) {
  const nodeModules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (nodeModules) return nodeModules.pop().replace('node_modules/', '');
  if (url.startsWith('node:')) return 'node:';
  const local = shortUrl(url);
  return local.includes('/') ? local.split('/')[0] : local;
}

const is = (frame, name, file) => frame.functionName === name && frame.url.includes(file);

/** Where a sample's time goes, from its stack (outermost frame first). */
function categoryOf(stack) {
  const leaf = stack[stack.length - 1];
  if (leaf && ['(garbage collector)', '(program)', '(idle)'].includes(leaf.functionName)) return leaf.functionName;
  const has = (name, file) => stack.some((frame) => is(frame, name, file));
  if (has('renderApp', 'app-output')) {
    if (has('_checkRendered', 'mesh-analysis')) return 'validation: mesh analysis over the rendered objects (renderApp)';
    if (has('resolve', 'cdk8s/lib/resolve.js')) return 'rendering: resolving objects to JSON (renderApp)';
    return 'rendering: the rest (renderApp: toJson, construct checks, dependency order)';
  }
  if (has('checkRenderedTransitions', 'mesh-analysis')) return 'validation: make-before-break between phases (checkRenderedTransitions)';
  if (has('writeApp', 'app-output')) return 'YAML writing: stringify and write (writeApp)';
  if (has('describeFolder', 'phase-folders')) return 'folder pages: kustomization.yaml and TRAFFIC.md (describeFolder)';
  if (has('planPage', 'plan-page')) return 'folder pages: PLAN.md (planPage)';
  if (has('definePhaseApps', 'phase-folders')) return 'building constructs (definePhaseApps)';
  if (has('synthPhaseFolders', 'phase-folders') || has('synthToFolder', 'atomic-output')) return 'output folders: staging, copies, renames';
  if (stack.some((frame) => frame.functionName === 'Module._load')) {
    const innermost = [...stack].reverse().find((frame) => frame.url !== '');
    if (innermost && /\/(tsx|esbuild|get-tsconfig)\//.test(innermost.url)) return 'module loading: tsx (resolve, transform cache, source maps)';
    if (stack.some((frame) => frame.functionName === 'wrapSafe' || frame.functionName === 'compileFunction')) {
      return 'module loading: V8 compiling module code';
    }
    if (innermost && innermost.url.startsWith('node:')) return 'module loading: Node.js loader (resolve, read files)';
    return 'module loading: running module top levels';
  }
  return 'other (Node.js start, preload)';
}

function main() {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: cpu-profile-summary.js <file.cpuprofile> [top]');
  const top = Number(topArg ?? 15);
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

  const selfMicros = new Map();
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...selfMicros.values()].reduce((sum, micros) => sum + micros, 0);
  const ms = (micros) => `${(micros / 1000).toFixed(0).padStart(5)} ms`;
  const share = (micros) => `${((100 * micros) / total).toFixed(1).padStart(5)} %`;

  const stackOf = (id) => {
    const stack = [];
    for (let at = id; at !== undefined; at = parents.get(at)) stack.unshift(nodes.get(at).callFrame);
    return stack;
  };

  const byFunction = new Map();
  const byCategory = new Map();
  const add = (map, key, micros) => map.set(key, (map.get(key) ?? 0) + micros);
  for (const [id, micros] of selfMicros) {
    const frame = nodes.get(id).callFrame;
    add(byFunction, `${frame.functionName || '(anonymous)'}  ${shortUrl(frame.url)}:${frame.lineNumber + 1}`, micros);
    add(byCategory, categoryOf(stackOf(id)), micros);
  }

  // A module's load time: the samples under its top-level function, less those under modules it requires.
  const byPackage = new Map();
  for (const [id, micros] of selfMicros) {
    const stack = stackOf(id);
    const loading = [...stack].reverse().find((frame) => frame.functionName === '' && frame.lineNumber === 0 && frame.url);
    const inApp = stack.some((frame) => frame.functionName === 'synthToFolder' || frame.functionName === 'synthWalkthrough');
    if (loading && !inApp) add(byPackage, packageOf(loading.url), micros);
  }

  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  console.log(`${path.basename(file)}: ${ms(total)} sampled, ${profile.samples.length} samples`);
  console.log(`\nTop ${top} functions by self time:`);
  for (const [name, micros] of sorted(byFunction).slice(0, top)) console.log(`  ${ms(micros)} ${share(micros)}  ${name}`);
  console.log('\nWhere the time goes:');
  for (const [name, micros] of sorted(byCategory)) console.log(`  ${ms(micros)} ${share(micros)}  ${name}`);
  console.log('\nModule loading by package (top levels of its modules, with tsx and the loader working for them):');
  for (const [name, micros] of sorted(byPackage).slice(0, top)) console.log(`  ${ms(micros)} ${share(micros)}  ${name}`);
}

main();
