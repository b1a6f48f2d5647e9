import * as fs from 'node:fs';
import * as path from 'node:path';
import { Yaml } from 'cdk8s';
import { Manifest } from '../../lib/manifest/manifest';
import { ManifestYaml } from '../../lib/output/manifest-yaml';

const ROOT = path.resolve(__dirname, '..', '..');
/** The copy of `yaml` cdk8s writes with, which both of ManifestYaml's ways of writing call once per document. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cdk8sYaml = require(require.resolve('yaml', { paths: [path.dirname(require.resolve('cdk8s'))] }));

/** Every YAML file of the committed outputs: the walkthrough's and the examples'. */
function committedYamlFiles(): string[] {
  const outputs = [path.join(ROOT, 'dist'), ...fs.readdirSync(path.join(ROOT, 'examples')).map((example) => path.join(ROOT, 'examples', example, 'dist'))];
  return outputs.filter((folder) => fs.existsSync(folder)).flatMap((folder) => fs.readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.k8s.yaml'))
    .map((file) => path.join(folder, file)));
}

const deployment = (replicas: unknown): Manifest => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas } });

describe('ManifestYaml', () => {
  test('writes a file of documents as Yaml.stringify does, separated by ---', () => {
    // GIVEN
    const manifests = [deployment(1), { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { ports: [{ port: 80 }] } }];

    // WHEN
    const text = new ManifestYaml({ reuse: true }).file(manifests);

    // THEN
    expect(text).toBe(Yaml.stringify(...manifests));
    expect(text).toContain('---\n');
  });

  test('gives documents that differ only where JSON cannot tell them apart their own YAML', () => {
    // GIVEN one writer for all, so that a document written first would be reused for a look-alike
    const yaml = new ManifestYaml({ reuse: true });
    const lookAlikes = [
      deployment(null), deployment(undefined), { ...deployment(1), spec: {} },
      deployment(Number.NaN), deployment(Number.POSITIVE_INFINITY), deployment('\u0000undefined'), deployment('\u0000'),
      deployment(0), deployment(-0), { ...deployment(1), spec: { replicas: [1, undefined] } }, { ...deployment(1), spec: { replicas: [1, null] } },
    ];

    // WHEN
    const texts = lookAlikes.map((manifest) => yaml.file([manifest]));

    // THEN
    expect(texts).toEqual(lookAlikes.map((manifest) => Yaml.stringify(manifest)));
    expect(texts[2]).not.toBe(texts[1]);
  });

  test('gives a document holding an object of a class its own YAML, not that of its JSON', () => {
    // GIVEN a Date, whose JSON is its ISO text, which YAML writes otherwise
    const yaml = new ManifestYaml({ reuse: true });
    const epoch = new Date(0);
    const [dated, texted] = [deployment(epoch), deployment(epoch.toISOString())];

    // WHEN
    const texts = [yaml.file([texted]), yaml.file([dated])];

    // THEN
    expect(texts).toEqual([Yaml.stringify(texted), Yaml.stringify(dated)]);
    expect(texts[1]).toContain('replicas: 1970-01-01\n');
  });

  test('writes nothing before the texts are asked for, so that a document YAML cannot write fails only then', () => {
    // GIVEN a document holding a function, which YAML has no tag for
    const yaml = new ManifestYaml({ reuse: true });
    const unwritable = { ...deployment(1), spec: { replicas: () => 1 } } as Manifest;

    // WHEN
    const started = yaml.start([[deployment(2)], [unwritable]]);

    // THEN
    expect(() => started.texts()).toThrow(/Tag not resolved for Function value/);
  });

  test('turns a document repeated within one batch into YAML once', () => {
    // GIVEN
    const yaml = new ManifestYaml({ reuse: true });
    const stringify = jest.spyOn(cdk8sYaml, 'stringify');

    // WHEN
    const texts = yaml.files([[deployment(3), deployment(2)], [deployment(3)]]);

    // THEN
    expect(stringify).toHaveBeenCalledTimes(2);
    stringify.mockRestore();
    expect(texts).toEqual([Yaml.stringify(deployment(3), deployment(2)), Yaml.stringify(deployment(3))]);
  });

  test('writes an object held twice as YAML does, with an anchor, and equal copies without one', () => {
    // GIVEN
    const yaml = new ManifestYaml({ reuse: true });
    const labels = { app: 'web' };
    const copies: Manifest = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', labels: { app: 'web' } }, spec: { labels: { app: 'web' } } };
    const shared: Manifest = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', labels }, spec: { labels } };

    // WHEN
    const [first, second] = [yaml.file([copies]), yaml.file([shared])];

    // THEN
    expect(first).toBe(Yaml.stringify(copies));
    expect(second).toBe(Yaml.stringify(shared));
    expect(second).toMatch(/&a1/);
    expect(first).not.toMatch(/&a1/);
  });

  test('turns a document repeated by another app of the same synth into YAML once', () => {
    // GIVEN
    const yaml = new ManifestYaml({ reuse: true });
    const stringify = jest.spyOn(cdk8sYaml, 'stringify');

    // WHEN
    const texts = [yaml.file([deployment(3)]), yaml.file([deployment(3), deployment(2)]), yaml.file([deployment(3)])];

    // THEN
    expect(stringify).toHaveBeenCalledTimes(2);
    stringify.mockRestore();
    expect(texts).toEqual([Yaml.stringify(deployment(3)), Yaml.stringify(deployment(3), deployment(2)), Yaml.stringify(deployment(3))]);
  });

  test('without reuse, stringifies every document it writes', () => {
    // GIVEN
    const yaml = new ManifestYaml({ reuse: false });
    const stringify = jest.spyOn(cdk8sYaml, 'stringify');

    // WHEN
    const texts = [yaml.file([deployment(3)]), yaml.file([deployment(3)])];

    // THEN
    expect(stringify).toHaveBeenCalledTimes(2);
    stringify.mockRestore();
    expect(texts).toEqual([Yaml.stringify(deployment(3)), Yaml.stringify(deployment(3))]);
  });

  test('writes every committed output exactly as Yaml.stringify does, with reuse and without', () => {
    // GIVEN
    const files = committedYamlFiles();
    const documents = files.map((file) => cdk8sYaml.parseAllDocuments(fs.readFileSync(file, 'utf8'), { version: '1.1' }).map((document: any) => document.toJSON() as Manifest));
    const [reusing, plain] = [new ManifestYaml({ reuse: true }), new ManifestYaml({ reuse: false })];

    // WHEN
    const mismatches = documents.flatMap((manifests, at) => {
      const expected = Yaml.stringify(...manifests);
      return [reusing.file(manifests), plain.file(manifests)].some((text) => text !== expected) ? [files[at]] : [];
    });

    // THEN
    expect(files.length).toBeGreaterThan(300);
    expect(mismatches).toEqual([]);
  });

  test('writes every committed output exactly as Yaml.stringify does with a worker thread writing half of it', () => {
    // GIVEN every file at once, so that one worker takes half of their documents
    const files = committedYamlFiles();
    const documents = files.map((file) => cdk8sYaml.parseAllDocuments(fs.readFileSync(file, 'utf8'), { version: '1.1' }).map((document: any) => document.toJSON() as Manifest));
    const stringify = jest.spyOn(cdk8sYaml, 'stringify');

    // WHEN
    const texts = new ManifestYaml({ reuse: false, workerFrom: 1 }).files(documents);

    // THEN this thread wrote half of the documents, and every file is as cdk8s writes it
    const total = documents.flat().length;
    expect(stringify).toHaveBeenCalledTimes(Math.ceil(total / 2));
    stringify.mockRestore();
    const mismatches = files.filter((_file, at) => texts[at] !== Yaml.stringify(...documents[at]));
    expect(mismatches).toEqual([]);
  });
});
