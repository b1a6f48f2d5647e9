import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';

const ROOT = path.resolve(__dirname, '..');
const ISTIO_CRDS = path.resolve(ROOT, '..', 'shared', 'istio', 'istio-crds-1.30.3.yaml');
const GATEWAY_API = path.resolve(ROOT, '..', 'shared', 'gateway-api');
const GATEWAY_API_CRDS = path.join(GATEWAY_API, 'gateway-api-crds-v1.5.1-standard.yaml');
const GATEWAY_API_EXPERIMENTAL_CRDS = path.join(GATEWAY_API, 'gateway-api-crds-v1.5.1-experimental.yaml');
const SCRIPT = path.join(ROOT, 'scripts', 'import-istio.js');

type Schemas = Record<string, { served: boolean; openAPIV3Schema: { type: string; properties: Record<string, unknown> } }>;

function runImport(env: Record<string, string>): void {
  execFileSync(process.execPath, [SCRIPT], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' });
}

/** `group/version/kind` -> openAPIV3Schema of every version of the CRDs of `file` that `keep` accepts. */
function crdSchemas(file: string, keep: (crd: any) => boolean): Record<string, unknown> {
  const crds = parseAllDocuments(fs.readFileSync(file, 'utf8')).map((document) => document.toJS())
    .filter((crd) => crd?.kind === 'CustomResourceDefinition' && keep(crd));
  return Object.fromEntries(crds.flatMap((crd) => crd.spec.versions
    .map((version: any) => [`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, version.schema.openAPIV3Schema])));
}

function servedVersions(schemas: Schemas): Record<string, boolean> {
  return Object.fromEntries(Object.entries(schemas).map(([key, version]) => [key, version.served]));
}

function classesOf(declarations: string): string[] {
  return [...declarations.matchAll(/^export declare class (\w+)/gm)].map((match) => match[1]);
}

describe('npm run import', () => {
  let outdir: string;
  beforeEach(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-imports-'));
  });
  afterEach(() => {
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  describe('from the Istio 1.30.3 and Gateway API v1.5.1 CRDs', () => {
    // One import for every test of this group: it takes seconds.
    let imported: string;
    const generated = (file: string) => fs.readFileSync(path.join(imported, file), 'utf8');
    beforeAll(() => {
      // GIVEN the CRD files of ../shared
      imported = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-imports-'));

      // WHEN
      runImport({ ISTIO_CRDS, GATEWAY_API_CRDS, GATEWAY_API_EXPERIMENTAL_CRDS, IMPORTS_DIR: imported });
    });
    afterAll(() => {
      fs.rmSync(imported, { recursive: true, force: true });
    });

    test('regenerates every file of imports/ byte for byte, and no other', () => {
      // THEN
      const committed = fs.readdirSync(path.join(ROOT, 'imports')).sort();
      expect(fs.readdirSync(imported).sort()).toEqual(committed);
      expect(committed).toEqual([
        'experimental-gateway.networking.k8s.io.cjs',
        'experimental-gateway.networking.k8s.io.d.cts',
        'gateway.networking.k8s.io.cjs',
        'gateway.networking.k8s.io.d.cts',
        'gateway.networking.k8s.io.experimental.schemas.json',
        'gateway.networking.k8s.io.schemas.json',
        'networking.istio.io.cjs',
        'networking.istio.io.d.cts',
        'networking.istio.io.schemas.json',
        'security.istio.io.cjs',
        'security.istio.io.d.cts',
        'security.istio.io.schemas.json',
      ]);
      const differing = committed.filter((file) => generated(file) !== fs.readFileSync(path.join(ROOT, 'imports', file), 'utf8'));
      expect(differing).toEqual([]);
    });

    test('the Istio classes are the networking and security kinds the library composes, in every version', () => {
      // THEN
      expect(classesOf(generated('networking.istio.io.d.cts'))).toEqual(['DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar', 'VirtualService']
        .flatMap((kind) => [kind, `${kind}V1Alpha3`, `${kind}V1Beta1`]));
      expect(classesOf(generated('security.istio.io.d.cts'))).toEqual(['AuthorizationPolicy', 'PeerAuthentication', 'RequestAuthentication']
        .flatMap((kind) => [kind, `${kind}V1Beta1`]));
    });

    test('the Istio schemas are every kind and version of networking.istio.io and of security.istio.io, unchanged', () => {
      // THEN
      const networking: Schemas = JSON.parse(generated('networking.istio.io.schemas.json'));
      expect(Object.keys(networking)).toEqual([
        ...['DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar', 'VirtualService', 'WorkloadEntry', 'WorkloadGroup']
          .flatMap((kind) => ['v1', 'v1alpha3', 'v1beta1'].map((version) => `networking.istio.io/${version}/${kind}`)),
        'networking.istio.io/v1alpha3/EnvoyFilter',
        'networking.istio.io/v1beta1/ProxyConfig',
      ].sort());
      const security: Schemas = JSON.parse(generated('security.istio.io.schemas.json'));
      expect(Object.keys(security)).toEqual(['v1', 'v1beta1']
        .flatMap((version) => ['AuthorizationPolicy', 'PeerAuthentication', 'RequestAuthentication'].map((kind) => `security.istio.io/${version}/${kind}`)));
      for (const schemas of [networking, security]) {
        expect(Object.values(schemas).map((version) => [Object.keys(version), version.served, version.openAPIV3Schema.type, Object.keys(version.openAPIV3Schema.properties)]))
          .toEqual(Object.keys(schemas).map(() => [['openAPIV3Schema', 'served'], true, 'object', ['spec', 'status']]));
      }
      const openAPI = (schemas: Schemas) => Object.fromEntries(Object.entries(schemas).map(([key, version]) => [key, version.openAPIV3Schema]));
      expect(openAPI(networking)).toEqual(crdSchemas(ISTIO_CRDS, (crd) => crd.spec.group === 'networking.istio.io'));
      expect(openAPI(security)).toEqual(crdSchemas(ISTIO_CRDS, (crd) => crd.spec.group === 'security.istio.io'));
    });

    test('the Gateway API classes are the standard channel kinds, with the experimental HTTPRoute and experimental-only kinds in their own module', () => {
      // THEN
      expect(classesOf(generated('gateway.networking.k8s.io.d.cts'))).toEqual([
        'BackendTlsPolicy', 'BackendTlsPolicyV1Alpha3', 'Gateway', 'GatewayV1Beta1', 'GatewayClass', 'GatewayClassV1Beta1', 'GrpcRoute',
        'HttpRoute', 'HttpRouteV1Beta1', 'ListenerSet', 'ReferenceGrant', 'ReferenceGrantV1Beta1', 'TlsRoute', 'TlsRouteV1Alpha2', 'TlsRouteV1Alpha3',
      ]);
      expect(classesOf(generated('experimental-gateway.networking.k8s.io.d.cts'))).toEqual(['HttpRoute', 'HttpRouteV1Beta1', 'TcpRoute', 'UdpRoute']);
      // The standard HTTPRoute rule has timeouts but not the experimental retry; the experimental one has both.
      const rule = (file: string) => /^export interface HttpRouteSpecRules \{$([\s\S]*?)^\}$/m.exec(generated(file))?.[1];
      expect(rule('gateway.networking.k8s.io.d.cts')).toMatch(/readonly timeouts\?: HttpRouteSpecRulesTimeouts;/);
      expect(rule('gateway.networking.k8s.io.d.cts')).not.toMatch(/readonly retry\?/);
      expect(rule('experimental-gateway.networking.k8s.io.d.cts')).toMatch(/readonly timeouts\?: HttpRouteSpecRulesTimeouts;/);
      expect(rule('experimental-gateway.networking.k8s.io.d.cts')).toMatch(/readonly retry\?: HttpRouteSpecRulesRetry;/);
      const retry = /^export interface HttpRouteSpecRulesRetry \{$([\s\S]*?)^\}$/m.exec(generated('experimental-gateway.networking.k8s.io.d.cts'))?.[1];
      expect([...(retry ?? '').matchAll(/^ {4}readonly (\w+\??: [\w[\]]+);$/gm)].map((match) => match[1]))
        .toEqual(['attempts?: number', 'backoff?: string', 'codes?: number[]']);
    });

    test('the Gateway API schemas are every kind and version of each channel, with their served flags, unchanged', () => {
      // THEN
      const standard: Schemas = JSON.parse(generated('gateway.networking.k8s.io.schemas.json'));
      expect(servedVersions(standard)).toEqual({
        'gateway.networking.k8s.io/v1/BackendTLSPolicy': true,
        'gateway.networking.k8s.io/v1/GRPCRoute': true,
        'gateway.networking.k8s.io/v1/Gateway': true,
        'gateway.networking.k8s.io/v1/GatewayClass': true,
        'gateway.networking.k8s.io/v1/HTTPRoute': true,
        'gateway.networking.k8s.io/v1/ListenerSet': true,
        'gateway.networking.k8s.io/v1/ReferenceGrant': true,
        'gateway.networking.k8s.io/v1/TLSRoute': true,
        'gateway.networking.k8s.io/v1alpha2/TLSRoute': false,
        'gateway.networking.k8s.io/v1alpha3/BackendTLSPolicy': false,
        'gateway.networking.k8s.io/v1alpha3/TLSRoute': false,
        'gateway.networking.k8s.io/v1beta1/Gateway': true,
        'gateway.networking.k8s.io/v1beta1/GatewayClass': true,
        'gateway.networking.k8s.io/v1beta1/HTTPRoute': true,
        'gateway.networking.k8s.io/v1beta1/ReferenceGrant': true,
      });
      const experimental: Schemas = JSON.parse(generated('gateway.networking.k8s.io.experimental.schemas.json'));
      expect(Object.keys(experimental).filter((key) => !(key in standard))).toEqual([
        'gateway.networking.k8s.io/v1alpha2/TCPRoute',
        'gateway.networking.k8s.io/v1alpha2/UDPRoute',
        'gateway.networking.x-k8s.io/v1alpha1/XBackendTrafficPolicy',
        'gateway.networking.x-k8s.io/v1alpha1/XMesh',
      ]);
      const retry = (schemas: Schemas) => (schemas['gateway.networking.k8s.io/v1/HTTPRoute'].openAPIV3Schema as any)
        .properties.spec.properties.rules.items.properties.retry;
      expect(retry(standard)).toBeUndefined();
      expect(retry(experimental)).toHaveProperty('type', 'object');
      const openAPI = (schemas: Schemas) => Object.fromEntries(Object.entries(schemas).map(([key, version]) => [key, version.openAPIV3Schema]));
      expect(openAPI(standard)).toEqual(crdSchemas(GATEWAY_API_CRDS, () => true));
      expect(openAPI(experimental)).toEqual(crdSchemas(GATEWAY_API_EXPERIMENTAL_CRDS, () => true));
    });
  });

  test('fails with a clear message, writing nothing, when a CRD source lacks a kind the library uses', () => {
    // GIVEN a Gateway API source with only the Gateway CRD
    const partial = path.join(outdir, 'crds.yaml');
    fs.writeFileSync(partial, 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: gateways.gateway.networking.k8s.io\n');

    // WHEN
    const run = () => runImport({ ISTIO_CRDS, GATEWAY_API_CRDS: partial, GATEWAY_API_EXPERIMENTAL_CRDS, IMPORTS_DIR: path.join(outdir, 'out') });

    // THEN
    expect(run).toThrow(new RegExp('import failed: the Gateway API standard channel CRD source lacks: backendtlspolicies\\.gateway\\.networking\\.k8s\\.io, '
      + 'gatewayclasses\\.gateway\\.networking\\.k8s\\.io, grpcroutes.*tlsroutes\\.gateway\\.networking\\.k8s\\.io\\n'));
    expect(fs.existsSync(path.join(outdir, 'out'))).toBe(false);
  });

  test('names the missing Istio kinds', () => {
    // GIVEN an Istio source with only the networking Gateway CRD
    const partial = path.join(outdir, 'crds.yaml');
    fs.writeFileSync(partial, 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: gateways.networking.istio.io\n');

    // WHEN
    const run = () => runImport({ ISTIO_CRDS: partial, IMPORTS_DIR: path.join(outdir, 'out') });

    // THEN
    expect(run).toThrow(/import failed: the Istio CRD source lacks: destinationrules\.networking\.istio\.io, serviceentries\.networking\.istio\.io, sidecars\.networking\.istio\.io, virtualservices\.networking\.istio\.io, authorizationpolicies\.security\.istio\.io, peerauthentications\.security\.istio\.io, requestauthentications\.security\.istio\.io/);
    expect(fs.existsSync(path.join(outdir, 'out'))).toBe(false);
  });
});
