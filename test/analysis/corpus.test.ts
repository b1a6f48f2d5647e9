import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Finding, FindingLevel, analyzeManifests } from '../../lib';
import { schemaFindings } from '../../lib/cli/schema-check';
import { readYaml, yamlFiles } from '../../lib/cli/yaml-input';
import { CorpusCase, baseYaml, corpusCases } from './support/corpus';

/*
 * A corpus of YAML as people write it, read and analysed as `istio-traffic analyze` does: every bad case has one
 * defect, and causes exactly the finding it names (besides infos, and schema findings on the same field); every
 * valid case causes no error and no warning.
 */

const BAD = corpusCases('bad');
const VALID = corpusCases('valid');

let work: string;
/** The findings of every case; the schema check runs once over the objects of all cases, as it checks each object alone. */
const findingsOf = new Map<CorpusCase, Finding[]>();

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
  const inputs = [...BAD, ...VALID].map((corpusCase, row) => {
    const dir = path.join(work, String(row));
    fs.mkdirSync(dir);
    baseYaml(corpusCase.bases).forEach((yaml, at) => fs.writeFileSync(path.join(dir, `base-${at}.yaml`), yaml));
    fs.writeFileSync(path.join(dir, 'case.yaml'), corpusCase.yaml);
    return { corpusCase, dir, input: readYaml(yamlFiles([dir])) };
  });
  const schema = await schemaFindings(inputs.flatMap(({ input }) => input.objects));
  for (const { corpusCase, dir, input } of inputs) {
    const own = schema.filter(({ source }) => source.startsWith(`${dir}${path.sep}`));
    findingsOf.set(corpusCase, [...input.findings, ...own, ...analyzeManifests(input.objects)]);
  }
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

/** `level code istioCode kind/name field`, as `# expect:` lines write it. */
function summary(finding: Finding): string {
  return `${finding.level} ${finding.code} ${finding.istioCode ?? '-'} ${finding.kind}/${finding.name} ${finding.field}`;
}

/** The first two segments of a field, e.g. `spec.hosts[0]` of `spec.hosts[0].name`. */
function fieldRoot(field: string): string {
  return field.split('.').slice(0, 2).join('.').replace(/\[\d+\]$/, '');
}

describe('the corpus', () => {
  test('holds at least 200 bad and 80 valid cases, over every kind', () => {
    // GIVEN
    const kinds = (cases: CorpusCase[]) => new Set(cases.flatMap(({ yaml }) => [...yaml.matchAll(/^kind: (\w+)$/gm)].map((match) => match[1])));

    // WHEN
    const badKinds = kinds(BAD);
    const validKinds = kinds(VALID);

    // THEN
    expect(BAD.length).toBeGreaterThanOrEqual(200);
    expect(VALID.length).toBeGreaterThanOrEqual(80);
    for (const kind of ['VirtualService', 'DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar', 'Service', 'Deployment']) {
      expect([kind, badKinds.has(kind), validKinds.has(kind)]).toEqual([kind, true, true]);
    }
    expect(BAD.every(({ expected }) => expected !== undefined)).toBe(true);
    expect(VALID.every(({ expected }) => expected === undefined)).toBe(true);
    expect(new Set([...BAD, ...VALID].map(({ name }) => name)).size).toEqual(BAD.length + VALID.length);
  });

  test.each(BAD.map((corpusCase) => [`${corpusCase.at} ${corpusCase.name}`, corpusCase] as const))('reports %s', (_name, corpusCase) => {
    // GIVEN
    const expected = corpusCase.expected!;
    const field = expected.split(' ')[4];

    // WHEN
    const findings = findingsOf.get(corpusCase)!;

    // THEN
    const reported = findings.filter(({ level, code }) => level !== FindingLevel.INFO || code === expected.split(' ')[1]);
    const schemaOnSameField = (finding: Finding) => finding.code.startsWith('schema-') && (fieldRoot(finding.field) === fieldRoot(field) || field.startsWith(finding.field));
    expect(reported.filter((finding) => !schemaOnSameField(finding)).map(summary)).toEqual([expected]);
  });

  test.each(VALID.map((corpusCase) => [`${corpusCase.at} ${corpusCase.name}`, corpusCase] as const))('accepts %s', (_name, corpusCase) => {
    // GIVEN a valid case

    // WHEN
    const findings = findingsOf.get(corpusCase)!;

    // THEN
    expect(findings.filter(({ level }) => level !== FindingLevel.INFO).map(summary)).toEqual([]);
  });
});
