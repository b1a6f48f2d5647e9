// Preload that times every module load: reading, tsx's work on the file, compiling and running its top level,
// less the modules it loads in turn. At exit it prints the slowest files and the total by package to stderr.
// The entry module is not timed: its top level is the app's run (for main.ts, the synth).
// Usage: CDK8S_OUTDIR=$(mktemp -d) node -r tsx/cjs -r ./bench/require-times.js main.ts [> /dev/null]
// REQUIRE_TIMES_TOP sets how many files are listed (default 15).
const Module = require('node:module');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const selfMs = new Map();
const stack = [];
const originalLoad = Module._load;
const started = performance.now();

Module._load = function timedLoad(request, parent, isMain) {
  let file;
  try {
    file = Module._resolveFilename(request, parent, isMain);
  } catch {
    return originalLoad.apply(this, arguments);
  }
  if (isMain || Module._cache[file] || file.startsWith('node:') || !path.isAbsolute(file)) return originalLoad.apply(this, arguments);
  const frame = { file, start: performance.now(), children: 0 };
  stack.push(frame);
  try {
    return originalLoad.apply(this, arguments);
  } finally {
    stack.pop();
    const total = performance.now() - frame.start;
    selfMs.set(file, (selfMs.get(file) ?? 0) + total - frame.children);
    if (stack.length) stack[stack.length - 1].children += total;
  }
};

function packageOf(file) {
  const parts = file.split('/node_modules/');
  if (parts.length > 1) {
    const name = parts.pop().split('/');
    return name[0].startsWith('@') ? `${name[0]}/${name[1]}` : name[0];
  }
  return path.relative(ROOT, file).split(path.sep)[0];
}

process.on('exit', () => {
  const top = Number(process.env.REQUIRE_TIMES_TOP ?? 15);
  const loads = [...selfMs].sort((a, b) => b[1] - a[1]);
  const byPackage = new Map();
  for (const [file, ms] of loads) {
    const name = packageOf(file);
    const entry = byPackage.get(name) ?? { ms: 0, files: 0 };
    byPackage.set(name, { ms: entry.ms + ms, files: entry.files + 1 });
  }
  const total = loads.reduce((sum, [, ms]) => sum + ms, 0);
  const line = (ms, text) => process.stderr.write(`${ms.toFixed(0).padStart(6)} ms  ${text}\n`);
  const elapsed = performance.now() - started;
  process.stderr.write(`module loading: ${total.toFixed(0)} ms of ${elapsed.toFixed(0)} ms after the preload, ${loads.length} files\n`);
  process.stderr.write(`slowest ${top} files (self):\n`);
  for (const [file, ms] of loads.slice(0, top)) line(ms, path.relative(ROOT, file));
  process.stderr.write('by package:\n');
  for (const [name, { ms, files }] of [...byPackage].sort((a, b) => b[1].ms - a[1].ms)) line(ms, `${name} (${files} files)`);
});
