#!/usr/bin/env node
// Times `istio-traffic analyze` of the benchmark mesh against parsing the same YAML, for 1000 and 4000 services.
// Each measurement runs in a fresh process that first loads the code, then times only its work: parse reads the
// files as analyze reads them (YAML 1.1, with lines); analyze runs the whole command (read, schemas and CEL rules,
// mesh rules, JSON output). Parse and analyze alternate, one pair after the other, so that a slower or faster spell
// of the machine falls on both halves of a pair; the ratio is the median of the pairs'.
// Usage: node bench/analyze-speed.js [--pairs <n>]
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SYNTH = path.join(__dirname, 'synth-mesh.ts');
const SIZES = [1000, 4000];
const DEFAULT_PAIRS = 3;
const TARGET_ANALYZE_OVER_PARSE = 3;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function run(args) {
  const result = spawnSync(process.execPath, ['-r', 'tsx/cjs', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stderr || result.stdout}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

/** The benchmark mesh of `services` services, synthesized by the library, as one YAML file. */
function meshYaml(services, tmp) {
  const outdir = path.join(tmp, `mesh-${services}`);
  const { objects } = run([SYNTH, 'library', String(services), outdir]);
  return { file: path.join(outdir, 'mesh.k8s.yaml'), objects };
}

/** One timed measurement in a child process: `parse` or `analyze` of the file. */
function measure(mode, file) {
  return run([__filename, '--child', mode, file]);
}

/** In the child: load the code, then time the work. */
async function child(mode, file) {
  const { readYaml } = require(path.join(ROOT, 'lib', 'cli', 'yaml-input.ts'));
  const { main } = require(path.join(ROOT, 'lib', 'cli', 'main.ts'));
  const started = performance.now();
  let objects;
  let findings;
  if (mode === 'parse') {
    objects = readYaml([file]).objects.length;
  } else {
    let json = '';
    await main(['analyze', '--json', file], { out: (line) => { json += line; }, err: () => {} });
    findings = JSON.parse(json).length;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ seconds, objects, findings }));
}

function benchSize(services, pairs, tmp) {
  const { file, objects } = meshYaml(services, tmp);
  const parse = [];
  const analyze = [];
  let findings;
  for (let pair = 0; pair < pairs; pair++) {
    parse.push(measure('parse', file).seconds);
    const analyzed = measure('analyze', file);
    analyze.push(analyzed.seconds);
    findings = analyzed.findings;
  }
  const ratios = analyze.map((seconds, pair) => seconds / parse[pair]);
  const list = (values) => values.map((value) => value.toFixed(2)).join(', ');
  console.log(`${services} services, ${objects} objects, ${findings} findings: parse median ${median(parse).toFixed(2)} s of ${list(parse)}; `
    + `analyze median ${median(analyze).toFixed(2)} s of ${list(analyze)}; analyze/parse per pair ${list(ratios)}`);
  return { services, objects, parse: median(parse), analyze: median(analyze), ratio: median(ratios) };
}

function parseArgs(argv) {
  const options = { pairs: DEFAULT_PAIRS };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (flag === '--pairs') options.pairs = Number(inline ?? argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}. Usage: node bench/analyze-speed.js [--pairs <n>]`);
  }
  if (!Number.isInteger(options.pairs) || options.pairs < 1) throw new Error(`--pairs ${options.pairs}: needs a whole number of at least 1`);
  return options;
}

function main() {
  if (process.argv[2] === '--child') {
    child(process.argv[3], process.argv[4]).catch((error) => {
      console.error(error.stack);
      process.exit(1);
    });
    return;
  }
  const options = parseArgs(process.argv.slice(2));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-istio-analyze-speed-'));
  try {
    const results = SIZES.map((services) => benchSize(services, options.pairs, tmp));
    const [small, large] = results;
    const figures = results.map((result) => `analyze_over_parse_${result.services}=${result.ratio.toFixed(2)}`).join(' ');
    console.log(`analyze_over_parse=${large.ratio.toFixed(2)} (target <= ${TARGET_ANALYZE_OVER_PARSE}) ${figures} `
      + `analyze_4000_s=${large.analyze.toFixed(2)} parse_4000_s=${large.parse.toFixed(2)} `
      + `scaling_4000_over_1000=${(large.analyze / small.analyze).toFixed(2)} objects_ratio=${(large.objects / small.objects).toFixed(2)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
