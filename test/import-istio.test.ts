import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const CRDS = path.resolve(ROOT, '..', 'shared', 'istio', 'istio-crds-1.30.3.yaml');

describe('npm run import', () => {
  let outdir: string;
  beforeEach(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-imports-'));
  });
  afterEach(() => {
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('regenerates imports/ byte for byte from the Istio 1.30.3 CRDs, networking kinds only', () => {
    // GIVEN
    expect(fs.existsSync(CRDS)).toBe(true);

    // WHEN
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'import-istio.js')], {
      cwd: ROOT,
      env: { ...process.env, ISTIO_CRDS: CRDS, IMPORTS_DIR: outdir },
      stdio: 'pipe',
    });

    // THEN
    expect(fs.readdirSync(outdir)).toEqual(['networking.istio.io.ts']);
    const generated = fs.readFileSync(path.join(outdir, 'networking.istio.io.ts'), 'utf8');
    const committed = fs.readFileSync(path.join(ROOT, 'imports', 'networking.istio.io.ts'), 'utf8');
    expect(generated === committed).toBe(true);
    const classes = [...generated.matchAll(/^export class (\w+)/gm)].map((match) => match[1]);
    expect(classes).toEqual(['DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar', 'VirtualService']
      .flatMap((kind) => [kind, `${kind}V1Alpha3`, `${kind}V1Beta1`]));
  });

  test('fails with a clear message when the CRD source lacks a kind the library uses', () => {
    // GIVEN
    const partial = path.join(outdir, 'crds.yaml');
    fs.writeFileSync(partial, 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: gateways.networking.istio.io\n');

    // WHEN
    const run = () => execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'import-istio.js')], {
      cwd: ROOT,
      env: { ...process.env, ISTIO_CRDS: partial, IMPORTS_DIR: path.join(outdir, 'out') },
      stdio: 'pipe',
    });

    // THEN
    expect(run).toThrow(/import failed: the CRD source lacks: destinationrules\.networking\.istio\.io, serviceentries\.networking\.istio\.io, sidecars\.networking\.istio\.io, virtualservices\.networking\.istio\.io/);
  });
});
