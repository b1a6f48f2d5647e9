#!/usr/bin/env node
// Regenerates imports/ from the Istio CRDs, keeping only the networking kinds the library composes.
// The CRD source is ISTIO_CRDS (a file path or URL); by default the upstream Istio 1.30.3 CRD file.
// The classes go to IMPORTS_DIR, by default imports/.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const YAML = require('yaml');

const UPSTREAM_CRDS = 'https://raw.githubusercontent.com/istio/istio/1.30.3/manifests/charts/base/files/crd-all.gen.yaml';
const KEPT_CRDS = new Set([
  'destinationrules.networking.istio.io',
  'gateways.networking.istio.io',
  'serviceentries.networking.istio.io',
  'sidecars.networking.istio.io',
  'virtualservices.networking.istio.io',
]);

async function readSource(source) {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`cannot download ${source}: HTTP ${response.status}`);
    return response.text();
  }
  return fs.readFileSync(source, 'utf8');
}

function keepNetworkingCrds(text) {
  const kept = YAML.parseAllDocuments(text)
    .map((doc) => doc.toJS())
    .filter((crd) => crd && crd.kind === 'CustomResourceDefinition' && KEPT_CRDS.has(crd.metadata.name));
  const missing = [...KEPT_CRDS].filter((name) => !kept.some((crd) => crd.metadata.name === name));
  if (missing.length > 0) throw new Error(`the CRD source lacks: ${missing.join(', ')}`);
  return kept.map((crd) => YAML.stringify(crd)).join('---\n');
}

async function main() {
  const source = process.env.ISTIO_CRDS || UPSTREAM_CRDS;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-crds-'));
  const filtered = path.join(workDir, 'istio-networking-crds.yaml');
  fs.writeFileSync(filtered, keepNetworkingCrds(await readSource(source)));
  const root = path.resolve(__dirname, '..');
  const output = path.resolve(root, process.env.IMPORTS_DIR || 'imports');
  execFileSync('npx', ['cdk8s', 'import', filtered, '--no-save', '--language', 'typescript', '--output', output], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
  });
  fs.rmSync(workDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(`import failed: ${error.message}`);
  process.exit(1);
});
