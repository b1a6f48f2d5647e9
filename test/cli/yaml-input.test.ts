import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FindingLevel } from '../../lib';
import { readYaml, yamlFiles } from '../../lib/cli/yaml-input';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: reviews\nspec:\n  selector:\n    app: reviews\n';
const ENTRY = 'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: external-api\nspec:\n  hosts: [api.external.com]\n';

describe('YAML input', () => {
  let work: string;

  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-input-'));
  });

  afterEach(() => {
    fs.rmSync(work, { recursive: true, force: true });
  });

  function write(file: string, content: string): string {
    const at = path.join(work, file);
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.writeFileSync(at, content);
    return at;
  }

  /** The YAML of an object as an item of a YAML list, indented by the prefix. */
  function listed(object: string, prefix: string): string {
    return object.trimEnd().split('\n').map((line, index) => `${prefix}${index === 0 ? '- ' : '  '}${line}`).join('\n');
  }

  test('yamlFiles lists the YAML files of folders recursively and sorted, and passes files and missing paths through', () => {
    // GIVEN
    write('b.yaml', SERVICE);
    write('a/c.yml', SERVICE);
    write('a/readme.md', '# not YAML');
    const file = write('single.txt', SERVICE);
    const missing = path.join(work, 'missing.yaml');

    // WHEN
    const files = yamlFiles([path.join(work, 'a'), work, file, missing]);

    // THEN
    expect(files.map((found) => path.relative(work, found))).toEqual(['a/c.yml', 'a/c.yml', 'b.yaml', 'single.txt', 'missing.yaml']);
  });

  test('readYaml gives every object the line of its first field as its source, skipping empty documents', () => {
    // GIVEN
    const file = write('mesh.yaml', `${SERVICE}---\n# the external API\n${ENTRY}---\n---\n${SERVICE.replace('reviews', 'ratings')}`);

    // WHEN
    const input = readYaml([file]);

    // THEN
    expect(input.findings).toEqual([]);
    expect(input.objects.map(({ manifest, source }) => `${source} ${manifest.kind}/${manifest.metadata.name}`)).toEqual([
      `${file}:1 Service/reviews`,
      `${file}:10 ServiceEntry/external-api`,
      `${file}:18 Service/ratings`,
    ]);
    expect(input.objects[1].manifest.spec).toEqual({ hosts: ['api.external.com'] });
  });

  test('readYaml reports bad syntax at its line and column, and reads the other documents of the file', () => {
    // GIVEN
    const file = write('broken.yaml', `${SERVICE}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken: yes\n`);

    // WHEN
    const input = readYaml([file]);

    // THEN
    expect(input.objects.map(({ source }) => source)).toEqual([`${file}:1`]);
    expect(input.findings).toEqual([{
      level: FindingLevel.ERROR,
      code: 'yaml-invalid',
      source: `${file}:12:9`,
      kind: '-',
      namespace: '-',
      name: '-',
      field: '-',
      message: 'Nested mappings are not allowed in compact mappings at line 12, column 9',
      fix: 'fix the YAML syntax',
    }]);
  });

  test('readYaml reports a document that is not a Kubernetes object, and a file that does not exist', () => {
    // GIVEN
    const file = write('values.yaml', 'replicas: 3\n');
    const missing = path.join(work, 'missing.yaml');

    // WHEN
    const input = readYaml([file, missing]);

    // THEN
    expect(input.objects).toEqual([]);
    expect(input.findings.map(({ level, code, source }) => `${level} ${code} ${source}`)).toEqual([
      `error not-a-manifest ${file}:1`,
      `error file-not-found ${missing}`,
    ]);
  });

  test('readYaml reads scalars as kubectl does, as YAML 1.1 without timestamps and base-60 numbers', () => {
    // GIVEN
    const file = write('scalars.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: scalars\n  labels:\n'
      + '    a: yes\n    b: On\n    c: OFF\n    d: y\n    e: N\n    f: no\n    g: 0777\n    h: 1_000\n    i: 0x1F\n    j: 0b101\n'
      + '    k: 2001-12-14\n    l: 1:20\n    m: yES\n');

    // WHEN
    const input = readYaml([file]);

    // THEN
    expect(input.findings).toEqual([]);
    expect(input.objects.map(({ manifest }) => manifest.metadata.labels)).toEqual([{
      a: true, b: true, c: false, d: true, e: false, f: false, g: 511, h: 1000, i: 31, j: 5, k: '2001-12-14', l: '1:20', m: 'yES',
    }]);
  });

  test('readYaml expands a List, nested Lists too, into its items, each with the line of the item', () => {
    // GIVEN
    const file = write('list.yaml', `apiVersion: v1\nkind: List\nitems:\n${listed(SERVICE, '')}\n`
      + `- apiVersion: v1\n  kind: List\n  metadata: {}\n  items:\n${listed(ENTRY, '  ')}\n---\napiVersion: v1\nkind: List\nitems: []\n`);

    // WHEN
    const input = readYaml([file]);

    // THEN
    expect(input.findings).toEqual([]);
    expect(input.objects.map(({ manifest, source }) => `${source} ${manifest.kind}/${manifest.metadata.name}`)).toEqual([
      `${file}:4 Service/reviews`,
      `${file}:15 ServiceEntry/external-api`,
    ]);
    expect(input.objects[1].manifest.spec).toEqual({ hosts: ['api.external.com'] });
  });

  test('readYaml reports List items that are no Kubernetes objects, null items too, and items that are not a list', () => {
    // GIVEN
    const file = write('items.yaml', `apiVersion: v1\nkind: List\nitems:\n- replicas: 3\n-\n- [a, b]\n- text\n- null\n${listed(SERVICE, '')}\n`
      + '---\napiVersion: v1\nkind: List\nitems: text\n---\napiVersion: v1\nkind: List\nitems:\n---\n~\n');

    // WHEN
    const input = readYaml([file]);

    // THEN
    expect(input.objects.map(({ manifest, source }) => `${source} ${manifest.kind}/${manifest.metadata.name}`)).toEqual([`${file}:9 Service/reviews`]);
    expect(input.findings.map(({ level, code, source, message }) => `${level} ${code} ${source}: ${message}`)).toEqual([
      `error not-a-manifest ${file}:4: the document is not a Kubernetes object (apiVersion, kind and metadata)`,
      `error not-a-manifest ${file}:5: the document is not a Kubernetes object (apiVersion, kind and metadata)`,
      `error not-a-manifest ${file}:6: the document is not a Kubernetes object (apiVersion, kind and metadata)`,
      `error not-a-manifest ${file}:7: the document is not a Kubernetes object (apiVersion, kind and metadata)`,
      `error not-a-manifest ${file}:8: the document is not a Kubernetes object (apiVersion, kind and metadata)`,
      `error not-a-manifest ${file}:17: the items of the List are not a list`,
    ]);
  });
});
