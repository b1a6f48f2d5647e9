// One measured synthesis, run in a child process of run.js so that peak RSS belongs to this run alone.
// Usage: node scripts/run-app.js bench/synth-mesh.ts <library|baseline> <services> <outdir>
import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Chart } from 'cdk8s';
import { synthApp } from '../lib';
import { baselineMesh } from './baseline-mesh';
import { libraryMesh } from './library-mesh';
import { MeshServiceSpec, meshServices } from './mesh-spec';

/** How each variant builds its mesh and writes it: the library's way, `synthApp`, and cdk8s's own, `app.synth()`. */
const VARIANTS: Record<string, { build: (chart: Chart, services: MeshServiceSpec[]) => void; synth: (app: App) => void }> = {
  library: { build: libraryMesh, synth: synthApp },
  baseline: { build: baselineMesh, synth: (app) => app.synth() },
};

/** Objects in a synthesized file: every document has exactly one top-level `kind`. */
function countObjects(file: string): number {
  return fs.readFileSync(file, 'utf8').match(/^kind: /gm)?.length ?? 0;
}

function main(): void {
  const [variant, count, outdir] = process.argv.slice(2);
  const chosen = VARIANTS[variant];
  if (!chosen || !outdir) throw new Error('usage: synth-mesh.ts <library|baseline> <services> <outdir>');
  const services = meshServices(Number(count));

  // Writing the YAML is timed: it is part of what synth does.
  const started = performance.now();
  const app = new App({ outdir });
  chosen.build(new Chart(app, 'mesh', { namespace: 'default' }), services);
  chosen.synth(app);
  const seconds = (performance.now() - started) / 1000;

  const objects = countObjects(path.join(outdir, 'mesh.k8s.yaml'));
  const peakRssMib = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ seconds, objects, peakRssMib }));
}

main();
