#!/usr/bin/env node
// Regenerates imports/ from the CRDs the library composes and `istio-traffic analyze` validates against:
// - Istio (ISTIO_CRDS, a file path or URL; by default the upstream Istio 1.30.3 CRD file): the classes of the
//   networking.istio.io and security.istio.io kinds the library composes, and the schemas of every kind and version
//   of both groups;
// - Gateway API v1.5.1 (GATEWAY_API_CRDS and GATEWAY_API_EXPERIMENTAL_CRDS; by default the release files under
//   ../shared/gateway-api/): the classes and schemas of the standard channel, and, opt-in, the classes of the kinds
//   only the experimental channel has, of its HTTPRoute, and the schemas of every experimental kind and version.
// A schemas file holds `{ "group/version/kind": { served, openAPIV3Schema } }` with its keys sorted.
// The TypeScript that `cdk8s import` writes is compiled here, once, to CommonJS (`.cjs`, without comments) and
// declarations (`.d.cts`, with them): loading megabytes of TypeScript through tsx on every synth costs more than the
// rest of the library. The library imports them as `../imports/<group>.cjs`.
// Everything goes to IMPORTS_DIR, by default imports/.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ts = require('typescript');
const YAML = require('yaml');

const ROOT = path.resolve(__dirname, '..');
const UPSTREAM_ISTIO_CRDS = 'https://raw.githubusercontent.com/istio/istio/1.30.3/manifests/charts/base/files/crd-all.gen.yaml';
const LOCAL_GATEWAY_API = path.resolve(ROOT, '..', 'shared', 'gateway-api');
const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';

/** What one CRD source contributes to imports/. */
const SOURCES = [
  {
    name: 'Istio',
    location: () => process.env.ISTIO_CRDS || UPSTREAM_ISTIO_CRDS,
    // The kinds the library composes get classes.
    classes: [
      'destinationrules.networking.istio.io',
      'gateways.networking.istio.io',
      'serviceentries.networking.istio.io',
      'sidecars.networking.istio.io',
      'virtualservices.networking.istio.io',
      'authorizationpolicies.security.istio.io',
      'peerauthentications.security.istio.io',
      'requestauthentications.security.istio.io',
    ],
    schemas: {
      'networking.istio.io.schemas.json': (crd) => crd.spec.group === 'networking.istio.io',
      'security.istio.io.schemas.json': (crd) => crd.spec.group === 'security.istio.io',
    },
  },
  {
    name: 'Gateway API standard channel',
    location: () => process.env.GATEWAY_API_CRDS || path.join(LOCAL_GATEWAY_API, 'gateway-api-crds-v1.5.1-standard.yaml'),
    classes: [
      'backendtlspolicies', 'gatewayclasses', 'gateways', 'grpcroutes', 'httproutes', 'listenersets', 'referencegrants', 'tlsroutes',
    ].map((plural) => `${plural}.${GATEWAY_API_GROUP}`),
    schemas: { 'gateway.networking.k8s.io.schemas.json': () => true },
  },
  {
    name: 'Gateway API experimental channel',
    location: () => process.env.GATEWAY_API_EXPERIMENTAL_CRDS || path.join(LOCAL_GATEWAY_API, 'gateway-api-crds-v1.5.1-experimental.yaml'),
    // The kinds the standard channel lacks, and HTTPRoute for its experimental fields (e.g. rule `retry`), get classes
    // in their own module, apart from the standard classes of the same names.
    classes: ['httproutes', 'tcproutes', 'udproutes'].map((plural) => `${plural}.${GATEWAY_API_GROUP}`),
    modulePrefix: 'experimental',
    schemas: { 'gateway.networking.k8s.io.experimental.schemas.json': () => true },
  },
];

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

/** The CRDs named in `names`, as one YAML text; every one of them must be in the source. */
function keepCrds(source, crds, names) {
  const kept = crds.filter((crd) => names.includes(crd.metadata.name));
  const missing = names.filter((name) => !kept.some((crd) => crd.metadata.name === name));
  if (missing.length > 0) throw new Error(`the ${source.name} CRD source lacks: ${missing.join(', ')}`);
  return kept.map((crd) => YAML.stringify(crd)).join('---\n');
}

/** The value with the keys of every object in it sorted, so that the JSON text does not depend on the CRD file's order. */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])]));
}

/** `{ "group/version/kind": { served, openAPIV3Schema } }` of every version of every CRD, as JSON text. */
function schemasOf(crds) {
  const schemas = {};
  for (const crd of crds) {
    for (const version of crd.spec.versions) {
      const openAPIV3Schema = version.schema && version.schema.openAPIV3Schema;
      if (!openAPIV3Schema) throw new Error(`${crd.metadata.name} ${version.name} has no openAPIV3Schema`);
      schemas[`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`] = { served: version.served === true, openAPIV3Schema };
    }
  }
  return `${JSON.stringify(sortKeys(schemas), null, 2)}\n`;
}

function cdk8sImport(file, modulePrefix, output) {
  const spec = modulePrefix ? `${modulePrefix}:=${file}` : file;
  execFileSync('npx', ['cdk8s', 'import', spec, '--no-save', '--language', 'typescript', '--output', output], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
  });
}

/** The options `npm run build` compiles the library with, as far as the emitted code of a generated module depends on them. */
const COMPILE_OPTIONS = {
  target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, esModuleInterop: true,
  skipLibCheck: true, newLine: ts.NewLineKind.LineFeed, types: [],
  // The output folder may be anywhere (a test imports into a temporary one): cdk8s and constructs are the root's.
  baseUrl: ROOT, paths: { '*': ['node_modules/*'] },
};

/**
 * Replaces every generated `.ts` of `folder` by CommonJS (`.cjs`) and its declarations (`.d.cts`); fails on any compile
 * error. `.cjs`, because tsx scans every `.js` it loads for ES module syntax, which costs as much as loading the file.
 */
function compileGenerated(folder) {
  const generated = fs.readdirSync(folder).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')).map((file) => path.join(folder, file));
  const sources = generated.map((file) => {
    const source = file.replace(/\.ts$/, '.cts');
    fs.renameSync(file, source);
    return source;
  });
  const emit = (options) => {
    const program = ts.createProgram(sources, { ...COMPILE_OPTIONS, ...options, outDir: folder, rootDir: folder });
    const result = program.emit();
    const problems = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
    if (problems.length > 0) throw new Error(ts.formatDiagnostics(problems, { getCanonicalFileName: (file) => file, getCurrentDirectory: () => folder, getNewLine: () => '\n' }));
  };
  emit({ removeComments: true });
  emit({ declaration: true, emitDeclarationOnly: true });
  for (const source of sources) fs.rmSync(source);
}

async function main() {
  const output = path.resolve(ROOT, process.env.IMPORTS_DIR || 'imports');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crds-'));
  try {
    // Every source is read and checked before anything is written.
    const read = [];
    for (const source of SOURCES) {
      const crds = parseCrds(await readSource(source.location()));
      read.push({ source, crds, kept: keepCrds(source, crds, source.classes) });
    }
    read.forEach(({ source, crds, kept }, index) => {
      const filtered = path.join(workDir, `crds-${index}.yaml`);
      fs.writeFileSync(filtered, kept);
      cdk8sImport(filtered, source.modulePrefix, output);
      for (const [file, belongs] of Object.entries(source.schemas)) {
        fs.writeFileSync(path.join(output, file), schemasOf(crds.filter(belongs)));
      }
    });
    compileGenerated(output);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`import failed: ${error.message}`);
  process.exit(1);
});
