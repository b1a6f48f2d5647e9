import * as fs from 'node:fs';
import * as path from 'node:path';
import { FindingLevel, INTENDED_FINDINGS_ANNOTATION, analyzeManifests, formatFinding, formatFindingWithIstioCode } from '../../lib';
import { BAD_INPUTS, FINE_INPUTS } from './support/bad-inputs';
import { corpusCases } from './support/corpus';
import { REVIEWS_HOST, baselineMesh, istioObject, meshWith, objectsOf, sourced, splitRoute, summarize } from './support/fixtures';

const ANALYSIS_DIR = path.resolve(__dirname, '..', '..', 'lib', 'analysis');

/** The codes of analyzeTransitions, which compares consecutive phases: transitions.test.ts reports each of them. */
const TRANSITION_CODES = [
  'transition-allow-late', 'transition-allow-removed', 'transition-backend-removed', 'transition-backend-undefined', 'transition-not-deployed',
  'transition-pods-removed', 'transition-subset-removed', 'transition-subset-undefined',
];
/** Codes that no input table can cause: the analysis' own failure, reported by a test of its own. */
const FAILURE_CODES = ['internal-error'];

describe('analyzeManifests', () => {
  test('finds nothing in the baseline mesh', () => {
    // GIVEN
    const objects = sourced(objectsOf(baselineMesh()));

    // WHEN
    const findings = analyzeManifests(objects);

    // THEN
    expect(findings).toEqual([]);
    expect(objects.map(({ manifest }) => `${manifest.kind}/${manifest.metadata.name}`)).toEqual([
      'Service/reviews', 'Deployment/reviews-v1', 'Deployment/reviews-v2', 'DestinationRule/reviews', 'VirtualService/reviews',
      'Gateway/public', 'VirtualService/app', 'ServiceEntry/external-api',
    ]);
  });

  test('the table of bad inputs and the corpus cover every rule code of the analysis', () => {
    // GIVEN
    const files = fs.readdirSync(ANALYSIS_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const codes = new Set(files.flatMap((file) => [...fs.readFileSync(path.join(ANALYSIS_DIR, file), 'utf8')
      .matchAll(/\bf\.(?:error|warning|info)\('([a-z0-9-]+)'/g)].map((match) => match[1])));

    // WHEN
    const covered = new Set([
      ...BAD_INPUTS.flatMap(({ findings }) => findings.map((finding) => finding.split(' ')[1])),
      ...corpusCases('bad').map(({ expected }) => expected!.split(' ')[1]),
    ]);

    // THEN
    expect(files).toEqual(expect.arrayContaining(['analyze.ts', 'transitions.ts', path.join('rules', 'virtual-service-rules.ts')]));
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(88);
    expect(codes.size).toBeGreaterThanOrEqual(74);
    expect([...covered, ...TRANSITION_CODES, ...FAILURE_CODES].sort()).toEqual([...codes].sort());
  });

  test.each(BAD_INPUTS)('reports $defect', ({ change, findings }) => {
    // GIVEN
    const objects = meshWith(change);

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(summarize(found)).toEqual(findings);
  });

  test.each(FINE_INPUTS)('accepts $variation', ({ change }) => {
    // GIVEN
    const objects = meshWith(change);

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(found).toEqual([]);
  });

  test('does not report subsets without pods when the host has no workload at all', () => {
    // GIVEN
    const objects = meshWith((mesh) => { mesh.omitted.push(mesh.v1, mesh.v2); });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(summarize(found)).toEqual(['warning service-selects-nothing spec.selector']);
  });

  test('an error cannot be waived by the intended-findings annotation', () => {
    // GIVEN
    const objects = meshWith((mesh) => {
      mesh.routes.spec.hosts = ['*'];
      mesh.routes.metadata.annotations = { [INTENDED_FINDINGS_ANNOTATION]: 'vs-mesh-wildcard-host' };
    });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(summarize(found)).toEqual(['error vs-mesh-wildcard-host spec.hosts[0]']);
  });

  test('a warning not listed in the intended-findings annotation is still reported', () => {
    // GIVEN
    const objects = meshWith((mesh) => {
      mesh.gateway.spec.servers[0].hosts.push('*');
      mesh.gateway.metadata.annotations = { [INTENDED_FINDINGS_ANNOTATION]: 'gw-host-invalid' };
    });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(summarize(found)).toEqual(['warning gw-wildcard-host spec.servers[0].hosts[1]']);
  });

  test('qualifies short host names with the namespace of the VirtualService', () => {
    // GIVEN
    const objects = meshWith((mesh) => {
      mesh.extra.push(istioObject('VirtualService', 'reviews', { hosts: ['reviews'], http: [{ route: [{ destination: { host: 'reviews', subset: 'v1' } }] }] }, 'shop'));
    });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(found.map(({ level, code, namespace, message }) => ({ level, code, namespace, message }))).toEqual([
      { level: FindingLevel.WARNING, code: 'destination-host-unknown', namespace: 'shop', message: 'reviews is neither a Service nor a ServiceEntry host of the mesh' },
      { level: FindingLevel.ERROR, code: 'destination-subset-undefined', namespace: 'shop', message: 'no DestinationRule for reviews.shop.svc.cluster.local defines subset v1' },
    ]);
  });

  test('a name.namespace host from another namespace is the Service of that namespace', () => {
    // GIVEN
    const objects = meshWith((mesh) => {
      mesh.extra.push(istioObject('VirtualService', 'reviews', { hosts: ['reviews.default'], http: [{ route: [{ destination: { host: 'reviews.default', subset: 'v1', port: { number: 9080 } } }] }] }, 'shop'));
    });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(summarize(found)).toEqual(['error vs-mesh-host-conflict spec.hosts[0]']);
  });

  test('a finding names the source, object and field, with what is wrong and how to fix it', () => {
    // GIVEN
    const objects = meshWith((mesh) => { splitRoute(mesh).route[1].destination.subset = 'v3'; });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(found).toEqual([{
      level: FindingLevel.ERROR,
      code: 'destination-subset-undefined',
      source: 'test.yaml:5',
      kind: 'VirtualService',
      namespace: 'default',
      name: 'reviews',
      field: 'spec.http[1].route[1].destination.subset',
      message: `no DestinationRule for ${REVIEWS_HOST} defines subset v3`,
      fix: 'use one of v1, v2, or add the subset',
      istioCode: 'IST0101',
    }]);
    expect(formatFindingWithIstioCode(found[0])).toMatch(/^error destination-subset-undefined \[IST0101\] test\.yaml:5 VirtualService default\/reviews /);
    expect(formatFinding(found[0])).toMatch(/^error destination-subset-undefined test\.yaml:5 VirtualService default\/reviews /);
  });

  test('an exception inside a rule becomes an internal-error finding, and the other objects are still analysed', () => {
    // GIVEN
    const objects = meshWith(() => undefined).map((object) => {
      if (object.manifest.metadata.name !== 'reviews' || object.manifest.kind !== 'VirtualService') return object;
      const spec = Object.defineProperty({ ...object.manifest.spec }, 'http', { get: () => { throw new Error('unreadable'); } });
      return { ...object, manifest: { ...object.manifest, spec } };
    });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(found.map(({ level, code, name, message }) => `${level} ${code} ${name}: ${message}`)).toEqual(expect.arrayContaining([
      'error internal-error reviews: the analysis failed on this object: unreadable',
    ]));
    expect(found.filter(({ code }) => code === 'internal-error')).toHaveLength(1);
  });

  test('an object without namespace is in the default namespace', () => {
    // GIVEN
    const objects = meshWith((mesh) => {
      delete mesh.serviceEntry.metadata.namespace;
      mesh.serviceEntry.spec.hosts.push('*');
    });

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(found.map(({ kind, namespace, name, source }) => `${source} ${kind} ${namespace}/${name}`)).toEqual([
      'test.yaml:8 ServiceEntry default/external-api',
      'test.yaml:8 ServiceEntry default/external-api',
    ]);
  });

  test('formatFinding writes one line starting with the level and the code', () => {
    // GIVEN
    const [finding] = analyzeManifests(meshWith((mesh) => { mesh.gateway.spec.servers[0].hosts.push('*'); }));

    // WHEN
    const line = formatFinding(finding);

    // THEN
    expect(line).toEqual('warning gw-wildcard-host test.yaml:6 Gateway default/public spec.servers[0].hosts[1]: exposes every host name. '
      + 'Fix: list real host names, or mark it intended (Gateway construct: wildcardHostsIntended: true; '
      + 'YAML: annotation istio-traffic.cdk8s.io/intended-findings: gw-wildcard-host)');
    expect(line.startsWith(`${finding.level} ${finding.code} `)).toBe(true);
  });

  test('an object duplicated in another file names the first one', () => {
    // GIVEN
    const mesh = baselineMesh();
    const objects = [...sourced(objectsOf(mesh)), ...sourced([structuredClone(mesh.gateway)], 'copy.yaml')];

    // WHEN
    const found = analyzeManifests(objects);

    // THEN
    expect(found.map(({ code, source, message }) => ({ code, source, message }))).toEqual([
      { code: 'duplicate-object', source: 'copy.yaml:1', message: 'Gateway default/public is also defined at test.yaml:6' },
    ]);
  });
});
