import * as fs from 'node:fs';
import * as path from 'node:path';
import { App } from 'cdk8s';
import * as YAML from 'yaml';
import { FindingLevel, Manifest, MeshAnalysis, analyzeManifests } from '../lib';
import { schemaFindings } from '../lib/cli/schema-check';
import { GATEWAY_API_WALKTHROUGH_PHASES, gatewayApiWalkthroughApps } from '../main';

const DIST = path.join(__dirname, '..', 'dist', 'gateway-api');

/** The objects of a phase folder of dist/gateway-api/. */
function folderObjects(folder: string): Manifest[] {
  return YAML.parseAllDocuments(fs.readFileSync(path.join(DIST, folder, 'walkthrough.k8s.yaml'), 'utf8')).map((doc) => doc.toJS() as Manifest);
}

function find(manifests: Manifest[], kind: string, name: string): Manifest | undefined {
  return manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name === name);
}

/** The Greeter's mesh route of a phase folder. */
function greeterRoute(folder: string): any {
  return find(folderObjects(folder), 'HTTPRoute', 'greeter-service')?.spec;
}

const v1 = { group: '', kind: 'Service', name: 'greeter-service-v1', port: 3000 };
const v2 = { group: '', kind: 'Service', name: 'greeter-service-v2', port: 3000 };
const GREETER_PARENT = [{ group: '', kind: 'Service', name: 'greeter-service', port: 3000 }];

describe('the walkthrough in the Gateway API (dist/gateway-api/)', () => {
  test('has every portable phase, numbered in order', () => {
    // THEN
    expect(GATEWAY_API_WALKTHROUGH_PHASES.map((phase) => phase.folder)).toEqual([
      '01-ingress', '02-subsets', '03-routed', '04-dark', '05-mirror-100', '06-opt-in-firefox', '07-rewrite-greeting',
      '08-redirect-greeting', '09-canary-10', '10-canary-50', '11-promoted', '12-retired', '13-tls-ingress',
    ]);
  });

  test.each(GATEWAY_API_WALKTHROUGH_PHASES.map((phase) => phase.folder))('%s is clean under the analysis and the strict schemas, and holds no Istio routing object', (folder) => {
    // GIVEN
    const manifests = folderObjects(folder);
    const objects = manifests.map((manifest, at) => ({ manifest, source: `${folder}:${at + 1}` }));

    // WHEN
    const findings = [...analyzeManifests(objects), ...schemaFindings(objects, { gatewayApiChannel: 'standard' })];

    // THEN
    expect(findings.filter((finding) => finding.level !== FindingLevel.INFO)).toEqual([]);
    expect(manifests.filter((manifest) => manifest.apiVersion.startsWith('networking.istio.io'))).toEqual([]);
    expect(YAML.parse(fs.readFileSync(path.join(DIST, folder, 'kustomization.yaml'), 'utf8')).resources).toEqual(['walkthrough.k8s.yaml']);
  });

  test('ingress goes through a Gateway of class istio and an HTTPRoute for helloweb.dev', () => {
    // GIVEN
    const manifests = folderObjects('01-ingress');

    // THEN
    expect(find(manifests, 'Gateway', 'gateway')?.spec).toEqual({
      gatewayClassName: 'istio', listeners: [{ name: 'http', port: 80, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'Same' } } }],
    });
    expect(find(manifests, 'HTTPRoute', 'helloweb')?.spec).toEqual({
      parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'gateway', namespace: 'default' }],
      hostnames: ['helloweb.dev'],
      rules: [{ backendRefs: [{ group: '', kind: 'Service', name: 'helloweb', port: 3000 }] }],
    });
    expect(find(manifests, 'HTTPRoute', 'greeter-service')).toBeUndefined();
  });

  test('a Service per version selects app and version, a phase before a route uses it', () => {
    // GIVEN
    const subsets = folderObjects('02-subsets');

    // THEN
    expect(find(subsets, 'Service', 'greeter-service-v2')?.spec.selector).toEqual({ app: 'greeter-service', version: 'v2' });
    expect(find(subsets, 'Service', 'greeter-service-v1')?.spec.selector).toEqual({ app: 'greeter-service', version: 'v1' });
    expect(greeterRoute('02-subsets')).toBeUndefined();
    expect(greeterRoute('03-routed')).toEqual({ parentRefs: GREETER_PARENT, rules: [{ backendRefs: [{ ...v1, weight: 100 }, { ...v2, weight: 0 }] }] });
  });

  test('Hello Web reaches the Greeter through the mesh route whose parent is the Greeter Service (GAMMA)', () => {
    // THEN
    expect(greeterRoute('09-canary-10')).toEqual({ parentRefs: GREETER_PARENT, rules: [{ backendRefs: [{ ...v1, weight: 90 }, { ...v2, weight: 10 }] }] });
    expect(greeterRoute('10-canary-50').rules[0].backendRefs.map((ref: any) => ref.weight)).toEqual([50, 50]);
    expect(greeterRoute('11-promoted').rules[0].backendRefs.map((ref: any) => ref.weight)).toEqual([0, 100]);
    expect(greeterRoute('12-retired').rules).toEqual([{ backendRefs: [{ ...v2, weight: 100 }] }]);
  });

  test('a waypoint applies the Greeter\'s mesh route in ambient mode, in every phase', () => {
    // THEN
    for (const { folder } of GATEWAY_API_WALKTHROUGH_PHASES) {
      const manifests = folderObjects(folder);
      expect(find(manifests, 'Gateway', 'waypoint')?.spec.gatewayClassName).toEqual('istio-waypoint');
      expect(find(manifests, 'Service', 'greeter-service')?.metadata.labels?.['istio.io/use-waypoint']).toEqual('waypoint');
    }
  });

  test('mirroring is a RequestMirror filter with percent', () => {
    // THEN
    expect(greeterRoute('05-mirror-100').rules).toEqual([{
      backendRefs: [{ ...v1, weight: 100 }],
      filters: [{ type: 'RequestMirror', requestMirror: { backendRef: v2, percent: 100 } }],
    }]);
  });

  test('the Firefox opt-in is a RegularExpression header match', () => {
    // THEN
    expect(greeterRoute('06-opt-in-firefox').rules).toEqual([
      { matches: [{ headers: [{ name: 'user-agent', type: 'RegularExpression', value: '.*Firefox.*' }] }], backendRefs: [{ ...v2, weight: 100 }] },
      { backendRefs: [{ ...v1, weight: 100 }] },
    ]);
  });

  test('the rewrite and the redirect are URLRewrite and RequestRedirect filters', () => {
    // THEN
    expect(greeterRoute('07-rewrite-greeting').rules[0]).toEqual({
      matches: [{ path: { type: 'PathPrefix', value: '/greeting' } }],
      filters: [{ type: 'URLRewrite', urlRewrite: { path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/hello' } } }],
      backendRefs: [{ ...v2, weight: 100 }],
    });
    expect(greeterRoute('08-redirect-greeting').rules[0]).toEqual({
      matches: [{ path: { type: 'PathPrefix', value: '/greeting' } }],
      filters: [{
        type: 'RequestRedirect',
        requestRedirect: { path: { type: 'ReplaceFullPath', replaceFullPath: '/hello' }, hostname: 'greeter-service.default.svc.cluster.local', port: 3000, statusCode: 301 },
      }],
    });
  });

  test('HTTPS ingress terminates with the helloweb-dev-tls Secret and redirects plain HTTP', () => {
    // GIVEN
    const manifests = folderObjects('13-tls-ingress');

    // THEN
    expect(find(manifests, 'Gateway', 'gateway')?.spec.listeners).toEqual([
      { name: 'http', port: 80, protocol: 'HTTP', hostname: 'helloweb.dev', allowedRoutes: { namespaces: { from: 'Same' } } },
      {
        name: 'https', port: 443, protocol: 'HTTPS', hostname: 'helloweb.dev', allowedRoutes: { namespaces: { from: 'Same' } },
        tls: { mode: 'Terminate', certificateRefs: [{ group: '', kind: 'Secret', name: 'helloweb-dev-tls' }] },
      },
    ]);
    expect(find(manifests, 'HTTPRoute', 'helloweb-https-redirect')?.spec.rules).toEqual([
      { filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 301 } }] },
    ]);
    expect(find(manifests, 'HTTPRoute', 'helloweb')?.spec.parentRefs[0].sectionName).toEqual('https');
  });

  describe('make-before-break', () => {
    const phasesOf = (apps: App[]) => apps.map((app, at) => ({ name: GATEWAY_API_WALKTHROUGH_PHASES[at].folder, root: app }));

    test('holds between every two consecutive phases', () => {
      // GIVEN
      const apps = gatewayApiWalkthroughApps('unused');

      // WHEN
      const findings = MeshAnalysis.checkTransitions(phasesOf(apps));

      // THEN
      expect(findings).toEqual([]);
    });

    test('skipping the dark launch would send copies to a version that is not deployed yet', () => {
      // GIVEN
      const apps = gatewayApiWalkthroughApps('unused');
      const routed = apps.findIndex((_, at) => GATEWAY_API_WALKTHROUGH_PHASES[at].folder === '03-routed');

      // WHEN
      const skipped = () => MeshAnalysis.checkTransitions(phasesOf(apps).filter((_, at) => at !== routed + 1));

      // THEN
      expect(skipped).toThrow(/error transition-not-deployed .* spec\.rules\[0\]\.filters\[0\]\.requestMirror\.backendRef\.name: Service greeter-service-v2\.default\.svc\.cluster\.local gets requests, but phase 03-routed ran none of its pods/);
    });

    test('skipping the promotion would remove a version Service that still gets requests', () => {
      // GIVEN
      const apps = gatewayApiWalkthroughApps('unused');
      const promoted = apps.findIndex((_, at) => GATEWAY_API_WALKTHROUGH_PHASES[at].folder === '11-promoted');

      // WHEN
      const skipped = () => MeshAnalysis.checkTransitions(phasesOf(apps).filter((_, at) => at !== promoted));

      // THEN
      expect(skipped).toThrow(/transition-backend-removed .* spec\.rules\[0\]\.backendRefs\[0\]\.name: phase 12-retired removes Service greeter-service-v1/);
    });
  });
});
