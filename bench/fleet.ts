// The fleet benchmark: every environment of a generated rollouts.yaml synthesized with the library (analysis on,
// one folder per service with its kustomization and traffic page, the Argo CD ApplicationSet) against the same objects
// and kustomizations written directly with cdk8s-plus and the generated Istio classes, as bench/baseline-mesh.ts does
// for one mesh. Both write byte-identical objects.
// Usage: node scripts/run-app.js bench/fleet.ts                               every size, both variants, the figures last
//        node scripts/run-app.js bench/fleet.ts <library|baseline> <services> <outdir>   one measured synth (a child process)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Chart, YamlOutputType } from 'cdk8s';
import * as YAML from 'yaml';
import { parseFleetConfig } from '../lib/fleet/fleet-config';
import { synthFleet } from '../lib/output/fleet-folders';
import { serviceObjects } from './baseline-mesh';
import { CANDIDATE_WEIGHTS, MeshServiceSpec, meshServices } from './mesh-spec';

/** Each environment's step of every service, all with both versions running and sharing requests. */
const ENVIRONMENTS = [
  { name: 'dev', namespace: 'fleet-dev', weight: 75 },
  { name: 'staging', namespace: 'fleet', weight: 25 },
  { name: 'prod', namespace: 'fleet', weight: 10 },
];
const FLEET = 'fleet';
const PART_OF = { 'app.kubernetes.io/part-of': FLEET };
const SIZES = [{ services: 250, reps: 3 }, { services: 1000, reps: 3 }, { services: 4000, reps: 1 }];
const VARIANTS = ['library', 'baseline'] as const;
const RUN_APP = path.join(__dirname, '..', 'scripts', 'run-app.js');
type Variant = typeof VARIANTS[number];

/** The fleet configuration of `services`, as a user would write it. */
export function fleetYaml(services: MeshServiceSpec[]): string {
  const lines = [
    `name: ${FLEET}`,
    'argocd: { repoURL: https://git.example.com/platform.git, path: dist }',
    'environments:',
    ...ENVIRONMENTS.map((environment, at) => `  ${environment.name}: { namespace: ${environment.namespace}${at > 0 ? `, notAheadOf: ${ENVIRONMENTS[at - 1].name}` : ''} }`),
    'services:',
  ];
  for (const service of services) {
    lines.push(
      `  ${service.app}:`,
      `    stable: { name: v1, image: ${service.stableImage} }`,
      `    candidate: { name: v2, image: ${service.candidateImage} }`,
      `    steps: [${CANDIDATE_WEIGHTS.map((weight) => `{ candidateWeight: ${weight} }`).join(', ')}]`,
      `    live: { ${ENVIRONMENTS.map((environment) => `${environment.name}: canary-${environment.weight}`).join(', ')} }`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function libraryFleet(services: MeshServiceSpec[], outdir: string): void {
  synthFleet(outdir, parseFleetConfig(fleetYaml(services), 'rollouts.yaml'));
}

/** The same objects, folders and kustomizations, written by hand. */
function baselineFleet(services: MeshServiceSpec[], outdir: string): void {
  for (const environment of ENVIRONMENTS) {
    const app = new App({ outdir: path.join(outdir, environment.name), yamlOutputType: YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE });
    for (const service of services) {
      serviceObjects(new Chart(app, service.app, { namespace: environment.namespace, labels: PART_OF }), service, { namespace: environment.namespace, weight: environment.weight, idPrefix: '' });
    }
    app.synth();
    for (const service of services) {
      const folder = path.join(app.outdir, service.app);
      const resources = fs.readdirSync(folder).filter((file) => file.endsWith('.yaml')).sort();
      fs.writeFileSync(path.join(folder, 'kustomization.yaml'), YAML.stringify({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources }));
    }
    const folders = services.map((service) => service.app).sort();
    fs.writeFileSync(path.join(app.outdir, 'kustomization.yaml'), YAML.stringify({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: folders }));
  }
}

/** The object files below the environments' folders, relative to `outdir`, sorted. */
function objectFiles(outdir: string): string[] {
  return ENVIRONMENTS.flatMap((environment) => fs.readdirSync(path.join(outdir, environment.name), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.k8s.yaml'))
    .map((file) => path.join(environment.name, file)))
    .sort();
}

function countObjects(outdir: string): number {
  return objectFiles(outdir).reduce((count, file) => count + (fs.readFileSync(path.join(outdir, file), 'utf8').match(/^kind: /gm)?.length ?? 0), 0);
}

/** One measured synthesis, in this process. */
function measure(variant: Variant, count: number, outdir: string): void {
  const services = meshServices(count);
  const started = performance.now();
  (variant === 'library' ? libraryFleet : baselineFleet)(services, outdir);
  const seconds = (performance.now() - started) / 1000;
  const peakRssMib = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ seconds, objects: countObjects(outdir), peakRssMib }));
}

interface Run { readonly seconds: number; readonly objects: number; readonly peakRssMib: number }

function child(variant: Variant, services: number, outdir: string): Run {
  fs.rmSync(outdir, { recursive: true, force: true });
  // Run as the apps of this repository run, bundled by scripts/run-app.js.
  const result = spawnSync(process.execPath, [RUN_APP, __filename, variant, String(services), outdir], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`fleet ${variant} ${services} failed:\n${result.stderr || result.stdout}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Where the fleets are written: a RAM disk when the machine has one. A fleet is tens of thousands of files, and a
 * disk's speed swings more from one run to the next than the synth does.
 */
const SCRATCH = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();

/** Every size, the variants alternating; prints a line per size and the figures last. */
function benchAll(): void {
  const tmp = fs.mkdtempSync(path.join(SCRATCH, 'cdk8s-istio-fleet-bench-'));
  try {
    const results = SIZES.map(({ services, reps }) => {
      const runs: Record<Variant, Run[]> = { library: [], baseline: [] };
      const outdir = (variant: Variant) => path.join(tmp, `${variant}-${services}`);
      for (let rep = 0; rep < reps; rep++) {
        for (const variant of rep % 2 ? [...VARIANTS].reverse() : VARIANTS) runs[variant].push(child(variant, services, outdir(variant)));
      }
      const files = VARIANTS.map((variant) => objectFiles(outdir(variant)));
      const same = files[0].length === files[1].length && files[0].every((file, at) => file === files[1][at]
        && fs.readFileSync(path.join(outdir('library'), file)).equals(fs.readFileSync(path.join(outdir('baseline'), file))));
      const summary = (variant: Variant) => ({ seconds: median(runs[variant].map((run) => run.seconds)), rssMib: median(runs[variant].map((run) => run.peakRssMib)) });
      const result = { services, objects: runs.library[0].objects, same, library: summary('library'), baseline: summary('baseline') };
      console.log(`fleet ${services} services x ${ENVIRONMENTS.length} environments, ${result.objects} objects, identical objects: ${same ? 'yes' : 'NO'}`);
      for (const variant of VARIANTS) console.log(`  ${variant.padEnd(8)} wall ${result[variant].seconds.toFixed(2)} s  peak RSS ${Math.round(result[variant].rssMib)} MiB`);
      console.log(`  library/baseline  wall ${(result.library.seconds / result.baseline.seconds).toFixed(2)}`);
      return result;
    });
    const at = (services: number) => results.find((result) => result.services === services)!;
    const ratio = at(1000).library.seconds / at(1000).baseline.seconds;
    const scaling = at(4000).library.seconds / at(1000).library.seconds;
    console.log(`fleet: fleet_ratio_1000=${ratio.toFixed(2)} fleet_scaling=${scaling.toFixed(2)} fleet_peak_rss_4000_mib=${Math.round(at(4000).library.rssMib)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [variant, count, outdir] = process.argv.slice(2);
  if (variant === undefined) benchAll();
  else if (VARIANTS.includes(variant as Variant) && outdir) measure(variant as Variant, Number(count), outdir);
  else throw new Error('usage: fleet.ts [<library|baseline> <services> <outdir>]');
}
