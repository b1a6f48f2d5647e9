#!/usr/bin/env node
// Benchmarks synthesis of synthetic meshes with the library against the same objects written directly with
// cdk8s-plus and the generated Istio classes, then times `cdk8s synth` of the walkthrough.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CHILD = path.join(__dirname, 'synth-mesh.ts');
const SIZES = [
  { services: 250, reps: 5 },
  { services: 1000, reps: 5 },
  { services: 4000, reps: 3 },
];
const WALKTHROUGH_REPS = 5;
const VARIANTS = ['library', 'baseline'];

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
  const stdout = run(process.execPath, ['-r', 'tsx/cjs', CHILD, variant, String(services), outdir]);
  return JSON.parse(stdout.trim().split('\n').pop());
}

function benchSize({ services, reps }, tmp) {
  const runs = { library: [], baseline: [] };
  for (let rep = 0; rep < reps; rep++) {
    // Swapping the order each repetition spreads any drift of the machine over both variants.
    const order = rep % 2 ? [...VARIANTS].reverse() : VARIANTS;
    for (const variant of order) runs[variant].push(synthMesh(variant, services, path.join(tmp, `${variant}-${services}`)));
    const [library, baseline] = VARIANTS.map((variant) => runs[variant][rep].objects);
    if (library !== baseline) throw new Error(`${services} services: library wrote ${library} objects, baseline ${baseline}`);
  }
  const yamlOf = (variant) => fs.readFileSync(path.join(tmp, `${variant}-${services}`, 'mesh.k8s.yaml'), 'utf8');
  const summary = (variant) => ({
    seconds: median(runs[variant].map((r) => r.seconds)),
    rssMib: median(runs[variant].map((r) => r.peakRssMib)),
  });
  return {
    services,
    objects: runs.library[0].objects,
    sameYaml: yamlOf('library') === yamlOf('baseline'),
    library: summary('library'),
    baseline: summary('baseline'),
  };
}

function printSize(result) {
  const { services, objects, library, baseline } = result;
  console.log(`${services} services, ${objects} objects, identical YAML: ${result.sameYaml ? 'yes' : 'NO'}`);
  for (const variant of VARIANTS) {
    const { seconds, rssMib } = result[variant];
    const rate = Math.round(objects / seconds);
    console.log(`  ${variant.padEnd(8)} wall ${seconds.toFixed(2)} s  ${rate} objects/s  peak RSS ${Math.round(rssMib)} MiB`);
  }
  const wallRatio = library.seconds / baseline.seconds;
  console.log(`  library/baseline  wall ${wallRatio.toFixed(2)}  peak RSS ${(library.rssMib / baseline.rssMib).toFixed(2)}`);
}

/** `cdk8s synth` of the walkthrough, as a user runs it, but writing to `tmp` rather than dist/. */
function benchWalkthrough(tmp) {
  const env = { ...process.env, CDK8S_CHECK_UPGRADE: 'false' };
  const seconds = [];
  for (let rep = 0; rep < WALKTHROUGH_REPS; rep++) {
    const started = performance.now();
    run('npx', ['cdk8s', 'synth', '--output', path.join(tmp, 'walkthrough')], { env });
    seconds.push((performance.now() - started) / 1000);
  }
  const result = median(seconds);
  console.log(`walkthrough: npx cdk8s synth median ${result.toFixed(2)} s of ${seconds.map((s) => s.toFixed(2)).join(', ')}`);
  return result;
}

function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-istio-bench-'));
  try {
    const results = SIZES.map((size) => {
      const result = benchSize(size, tmp);
      printSize(result);
      return result;
    });
    const walkthrough = benchWalkthrough(tmp);
    const at = (services) => results.find((result) => result.services === services);
    const ratio = at(1000).library.seconds / at(1000).baseline.seconds;
    const scaling = at(4000).library.seconds / at(1000).library.seconds;
    const rss = Math.round(at(4000).library.rssMib);
    console.log(`bench: ratio_1000=${ratio.toFixed(2)} scaling_4000_over_1000=${scaling.toFixed(2)} synth_walkthrough_s=${walkthrough.toFixed(2)} peak_rss_4000_mib=${rss}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
