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
});
