#!/usr/bin/env node
// Regenerates imports/ from the Istio CRDs: the classes of the networking kinds the library composes, and the
// schemas that `istio-traffic analyze` validates objects against (SCHEMAS_FILE, every kind and version of
// networking.istio.io, keyed by `group/version/kind`, with its `served` flag and `openAPIV3Schema`).
// The CRD source is ISTIO_CRDS (a file path or URL); by default the upstream Istio 1.30.3 CRD file.
// Both go to IMPORTS_DIR, by default imports/.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const YAML = require('yaml');

const UPSTREAM_CRDS = 'https://raw.githubusercontent.com/istio/istio/1.30.3/manifests/charts/base/files/crd-all.gen.yaml';
const SCHEMA_GROUP = 'networking.istio.io';
const SCHEMAS_FILE = 'networking.istio.io.schemas.json';
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

function parseCrds(text) {
  return YAML.parseAllDocuments(text)
    .map((doc) => doc.toJS())
    .filter((crd) => crd && crd.kind === 'CustomResourceDefinition');
}

function keepNetworkingCrds(crds) {
  const kept = crds.filter((crd) => KEPT_CRDS.has(crd.metadata.name));
  const missing = [...KEPT_CRDS].filter((name) => !kept.some((crd) => crd.metadata.name === name));
  if (missing.length > 0) throw new Error(`the CRD source lacks: ${missing.join(', ')}`);
  return kept.map((crd) => YAML.stringify(crd)).join('---\n');
}

/** The value with the keys of every object in it sorted, so that the JSON text does not depend on the CRD file's order. */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])]));
}

/** `{ "group/version/kind": { served, openAPIV3Schema } }` of every version of every kind of SCHEMA_GROUP, as JSON text. */
function groupSchemas(crds) {
  const schemas = {};
  for (const crd of crds.filter((definition) => definition.spec.group === SCHEMA_GROUP)) {
    for (const version of crd.spec.versions) {
      const openAPIV3Schema = version.schema && version.schema.openAPIV3Schema;
      if (!openAPIV3Schema) throw new Error(`${crd.metadata.name} ${version.name} has no openAPIV3Schema`);
      schemas[`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`] = { served: version.served === true, openAPIV3Schema };
    }
  }
  return `${JSON.stringify(sortKeys(schemas), null, 2)}\n`;
}

async function main() {
  const source = process.env.ISTIO_CRDS || UPSTREAM_CRDS;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-crds-'));
  const filtered = path.join(workDir, 'istio-networking-crds.yaml');
  const crds = parseCrds(await readSource(source));
  fs.writeFileSync(filtered, keepNetworkingCrds(crds));
  const root = path.resolve(__dirname, '..');
  const output = path.resolve(root, process.env.IMPORTS_DIR || 'imports');
  execFileSync('npx', ['cdk8s', 'import', filtered, '--no-save', '--language', 'typescript', '--output', output], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
  });
  fs.writeFileSync(path.join(output, SCHEMAS_FILE), groupSchemas(crds));
  fs.rmSync(workDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(`import failed: ${error.message}`);
  process.exit(1);
});
