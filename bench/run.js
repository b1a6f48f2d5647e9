#!/usr/bin/env node
// Benchmarks synthesis of synthetic meshes with the library against the same objects written directly with
// cdk8s-plus and the generated Istio classes, then times `cdk8s synth` of the walkthrough against the CLI's floor.
// Usage: node bench/run.js [--only mesh|floor|fleet] [--pairs <n>]
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CHILD = path.join(__dirname, 'synth-mesh.ts');
/** Every measured synth runs as the apps of this repository do, bundled by scripts/run-app.js. */
const RUN_APP = path.join(ROOT, 'scripts', 'run-app.js');
const SIZES = [
  { services: 250, reps: 5 },
  { services: 1000, reps: 5 },
  { services: 4000, reps: 3 },
];
const EMPTY_APP = path.join(__dirname, 'empty-app');
/** Walkthrough and floor runs alternate, one pair after the other; the ratio is the median of the pairs'. */
const FLOOR_PAIRS = 9;
const MIN_FLOOR_PAIRS = 7;
const TARGET_WALKTHROUGH_OVER_CLI_FLOOR = 1.4;
const VARIANTS = ['library', 'one-thread', 'baseline'];
/**
 * How each variant runs: `one-thread` is the library writing all of its YAML on the synth's own thread, as on a
 * machine with one core.
 */
const VARIANT_RUNS = {
  library: { child: 'library', env: {} },
  'one-thread': { child: 'library', env: { ISTIO_TRAFFIC_YAML_THREADS: '1' } },
  baseline: { child: 'baseline', env: {} },
};
/** What `--only` can run alone. */
const PARTS = ['mesh', 'floor', 'fleet'];
/**
 * Where the synths write: a RAM disk when the machine has one, as bench/fleet.ts does, so that a disk's swings in
 * speed do not fall on one variant's runs more than on the other's.
 */
const SCRATCH = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function run(command, args, options) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr || result.stdout}`);
  return result.stdout;
}

/** One synthesis in a fresh process, so that its peak RSS is its own. */
function synthMesh(variant, services, outdir) {
  const { child, env } = VARIANT_RUNS[variant];
  const stdout = run(process.execPath, [RUN_APP, CHILD, child, String(services), outdir], { env: { ...process.env, ...env } });
  return JSON.parse(stdout.trim().split('\n').pop());
}

function benchSize({ services, reps }, tmp) {
  const runs = Object.fromEntries(VARIANTS.map((variant) => [variant, []]));
  for (let rep = 0; rep < reps; rep++) {
    // Reversing the order each repetition spreads any drift of the machine over every variant.
    const order = rep % 2 ? [...VARIANTS].reverse() : VARIANTS;
    for (const variant of order) runs[variant].push(synthMesh(variant, services, path.join(tmp, `${variant}-${services}`)));
    const objects = VARIANTS.map((variant) => runs[variant][rep].objects);
    if (new Set(objects).size !== 1) throw new Error(`${services} services: ${VARIANTS.map((variant, at) => `${variant} wrote ${objects[at]} objects`).join(', ')}`);
  }
  const yamlOf = (variant) => fs.readFileSync(path.join(tmp, `${variant}-${services}`, 'mesh.k8s.yaml'), 'utf8');
  const summary = (variant) => ({
    seconds: median(runs[variant].map((r) => r.seconds)),
    rssMib: median(runs[variant].map((r) => r.peakRssMib)),
  });
  return {
    services,
    objects: runs.library[0].objects,
    sameYaml: VARIANTS.every((variant) => yamlOf(variant) === yamlOf('baseline')),
    ...Object.fromEntries(VARIANTS.map((variant) => [variant, summary(variant)])),
  };
}

function printSize(result) {
  const { services, objects, baseline } = result;
  console.log(`${services} services, ${objects} objects, identical YAML: ${result.sameYaml ? 'yes' : 'NO'}`);
  for (const variant of VARIANTS) {
    const { seconds, rssMib } = result[variant];
    const rate = Math.round(objects / seconds);
    console.log(`  ${variant.padEnd(10)} wall ${seconds.toFixed(2)} s  ${rate} objects/s  peak RSS ${Math.round(rssMib)} MiB`);
  }
  for (const variant of VARIANTS.filter((name) => name !== 'baseline')) {
    const { seconds, rssMib } = result[variant];
    console.log(`  ${`${variant}/baseline`.padEnd(19)} wall ${(seconds / baseline.seconds).toFixed(2)}  peak RSS ${(rssMib / baseline.rssMib).toFixed(2)}`);
  }
}

/** Inode and modification time of dist/, to tell whether anything replaced or rewrote it. */
function distStamp() {
  const stat = fs.statSync(path.join(ROOT, 'dist'), { throwIfNoEntry: false });
  return stat ? `${stat.ino}:${stat.mtimeMs}` : 'absent';
}

/** Seconds of one `npx cdk8s synth` in `cwd`, writing to `outdir`. */
function timeSynth(cwd, outdir) {
  const started = performance.now();
  run('npx', ['cdk8s', 'synth', '--no-check-upgrade', '--output', outdir], { cwd });
  return (performance.now() - started) / 1000;
}

/**
 * `cdk8s synth` of the walkthrough, as a user runs it, against the same CLI synthesizing an empty app
 * (bench/empty-app: an App with one empty Chart, run by the same `node scripts/run-app.js` app command). With
 * `--output` outside the repository, the CLI hands the app that folder as CDK8S_OUTDIR; main.ts's
 * `synthToFolder` writes there and publishes to dist/ only when it is cdk8s.yaml's own `.cdk8s.out`, so dist/
 * stays as it is. Runs alternate walkthrough, floor, walkthrough, floor... so that a slower or faster spell of
 * the machine falls on both halves of a pair.
 */
function benchFloor(tmp, pairs) {
  const walkthroughOut = path.join(tmp, 'walkthrough');
  const floorOut = path.join(tmp, 'floor');
  // synthToFolder publishes to dist/ only when the app writes to cdk8s.yaml's `output`.
  if (path.resolve(walkthroughOut) === path.resolve(ROOT, '.cdk8s.out')) throw new Error('the walkthrough must not write to .cdk8s.out: it would publish to dist/');
  const before = distStamp();
  // One untimed run of each first: it fills the bundle cache of scripts/run-app.js and the file cache for both apps.
  timeSynth(ROOT, walkthroughOut);
  timeSynth(EMPTY_APP, floorOut);
  const walkthrough = [];
  const floor = [];
  for (let pair = 0; pair < pairs; pair++) {
    walkthrough.push(timeSynth(ROOT, walkthroughOut));
    floor.push(timeSynth(EMPTY_APP, floorOut));
  }
  if (!fs.existsSync(path.join(walkthroughOut, 'live'))) throw new Error(`the walkthrough wrote no live/ folder to ${walkthroughOut}`);
  if (!fs.existsSync(path.join(floorOut, 'empty.k8s.yaml'))) throw new Error(`the empty app wrote no empty.k8s.yaml to ${floorOut}`);
  // Not an error: a `npm run synth` running meanwhile also replaces dist/.
  if (distStamp() !== before) console.error('warning: dist/ was replaced while the walkthrough was timed; the bench writes to its temporary folder only, so something else synthesized');

  const ratios = walkthrough.map((seconds, pair) => seconds / floor[pair]);
  const result = { walkthrough: median(walkthrough), floor: median(floor), ratio: median(ratios) };
  const list = (values) => values.map((value) => value.toFixed(2)).join(', ');
  console.log(`walkthrough: npx cdk8s synth median ${result.walkthrough.toFixed(2)} s of ${list(walkthrough)}`);
  console.log(`cli floor: npx cdk8s synth of an empty app median ${result.floor.toFixed(2)} s of ${list(floor)}`);
  console.log(`walkthrough/floor per pair: median ${result.ratio.toFixed(2)}, ` +
    `${Math.min(...ratios).toFixed(2)} to ${Math.max(...ratios).toFixed(2)} over ${pairs} pairs: ${list(ratios)}`);
  return result;
}

/** The floor figures of the last line. */
function floorFigures(result) {
  return `walkthrough_over_cli_floor=${result.ratio.toFixed(2)} (target <= ${TARGET_WALKTHROUGH_OVER_CLI_FLOOR}) ` +
    `synth_walkthrough_s=${result.walkthrough.toFixed(2)} cli_floor_s=${result.floor.toFixed(2)}`;
}

function parseArgs(argv) {
  const options = { only: undefined, pairs: FLOOR_PAIRS };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--only') options.only = value();
    else if (flag === '--pairs') options.pairs = Number(value());
    else throw new Error(`unknown argument ${argv[i]}. Usage: node bench/run.js [--only ${PARTS.join('|')}] [--pairs <n>]`);
  }
  if (options.only !== undefined && !PARTS.includes(options.only)) throw new Error(`--only ${options.only}: the parts are ${PARTS.join(', ')}`);
  if (!Number.isInteger(options.pairs) || options.pairs < MIN_FLOOR_PAIRS) {
    throw new Error(`--pairs ${options.pairs}: needs a whole number of at least ${MIN_FLOOR_PAIRS}`);
  }
  return options;
}

/** The fleet benchmark of bench/fleet.ts: prints its report, gives the figures of its last line. */
function benchFleet() {
  const lines = run(process.execPath, [RUN_APP, path.join(__dirname, 'fleet.ts')]).trim().split('\n');
  console.log(lines.slice(0, -1).join('\n'));
  return lines[lines.length - 1].replace(/^fleet: /, '');
}

/** The mesh sizes, each printed; gives the figures of the last line and the peak RSS at 4000 services. */
function benchMesh(tmp) {
  const results = SIZES.map((size) => {
    const result = benchSize(size, tmp);
    printSize(result);
    return result;
  });
  const at = (services) => results.find((result) => result.services === services);
  const ratio = (variant) => (at(1000)[variant].seconds / at(1000).baseline.seconds).toFixed(2);
  const scaling = at(4000).library.seconds / at(1000).library.seconds;
  return {
    figures: `ratio_1000=${ratio('library')} ratio_1000_one_thread=${ratio('one-thread')} scaling_4000_over_1000=${scaling.toFixed(2)}`,
    rss: `peak_rss_4000_mib=${Math.round(at(4000).library.rssMib)}`,
  };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const runs = (part) => options.only === undefined || options.only === part;
  const tmp = fs.mkdtempSync(path.join(SCRATCH, 'cdk8s-istio-bench-'));
  try {
    const mesh = runs('mesh') ? benchMesh(tmp) : undefined;
    const floor = runs('floor') ? floorFigures(benchFloor(tmp, options.pairs)) : undefined;
    const fleet = runs('fleet') ? benchFleet() : undefined;
    console.log(`bench: ${[mesh?.figures, floor, mesh?.rss, fleet].filter(Boolean).join(' ')}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
