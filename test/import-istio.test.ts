import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';

const ROOT = path.resolve(__dirname, '..');
const CRDS = path.resolve(ROOT, '..', 'shared', 'istio', 'istio-crds-1.30.3.yaml');
const SCHEMAS = 'networking.istio.io.schemas.json';

describe('npm run import', () => {
  let outdir: string;
  beforeEach(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-imports-'));
  });
  afterEach(() => {
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('regenerates imports/ byte for byte from the Istio 1.30.3 CRDs: the classes of the networking kinds the library composes, and the schemas of every networking kind', () => {
    // GIVEN
    expect(fs.existsSync(CRDS)).toBe(true);

    // WHEN
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'import-istio.js')], {
      cwd: ROOT,
      env: { ...process.env, ISTIO_CRDS: CRDS, IMPORTS_DIR: outdir },
      stdio: 'pipe',
    });

    // THEN
    expect(fs.readdirSync(outdir)).toEqual([SCHEMAS, 'networking.istio.io.ts']);
    const generatedSchemas = fs.readFileSync(path.join(outdir, SCHEMAS), 'utf8');
    const committedSchemas = fs.readFileSync(path.join(ROOT, 'imports', SCHEMAS), 'utf8');
    expect(generatedSchemas === committedSchemas).toBe(true);
    const schemas: Record<string, { served: boolean; openAPIV3Schema: { type: string; properties: Record<string, unknown> } }> = JSON.parse(generatedSchemas);
    expect(Object.keys(schemas)).toEqual([
      ...['DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar', 'VirtualService', 'WorkloadEntry', 'WorkloadGroup']
        .flatMap((kind) => ['v1', 'v1alpha3', 'v1beta1'].map((version) => `networking.istio.io/${version}/${kind}`)),
      'networking.istio.io/v1alpha3/EnvoyFilter',
      'networking.istio.io/v1beta1/ProxyConfig',
    ].sort());
    expect(Object.values(schemas).map((version) => [Object.keys(version), version.served, version.openAPIV3Schema.type, Object.keys(version.openAPIV3Schema.properties)]))
      .toEqual(Object.keys(schemas).map(() => [['openAPIV3Schema', 'served'], true, 'object', ['spec', 'status']]));
    const crds = parseAllDocuments(fs.readFileSync(CRDS, 'utf8')).map((document) => document.toJS())
      .filter((crd) => crd?.kind === 'CustomResourceDefinition' && crd.spec.group === 'networking.istio.io');
    expect(Object.fromEntries(Object.entries(schemas).map(([key, version]) => [key, version.openAPIV3Schema]))).toEqual(Object.fromEntries(crds.flatMap((crd) =>
      crd.spec.versions.map((version: any) => [`networking.istio.io/${version.name}/${crd.spec.names.kind}`, version.schema.openAPIV3Schema]))));
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
    expect(fs.existsSync(path.join(outdir, 'out'))).toBe(false);
  });
});
