import * as fs from 'node:fs';
import * as path from 'node:path';

const LIB = path.resolve(__dirname, '..', 'lib');

/** What each layer of lib/ may import, besides itself and the generated classes: data flows one way. */
const ALLOWED: Record<string, string[]> = {
  values: [],
  manifest: ['values'],
  analysis: ['manifest', 'values'],
  fleet: ['analysis', 'manifest', 'values'],
  constructs: ['fleet', 'analysis', 'manifest', 'values'],
  review: ['analysis', 'manifest', 'values'],
  output: ['constructs', 'review', 'fleet', 'analysis', 'manifest', 'values'],
  cli: ['output', 'review', 'fleet', 'analysis', 'manifest', 'values'],
};

/** The layers of lib/ that each file of a layer imports. */
function importedLayers(layer: string): Array<{ file: string; imported: string }> {
  const dir = path.join(LIB, layer);
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  return files.flatMap((file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    return [...text.matchAll(/from '(\.[^']+)'/g)].map((match) => {
      const target = path.relative(LIB, path.resolve(path.dirname(path.join(dir, file)), match[1]));
      return { file: `${layer}/${file}`, imported: target.split(path.sep)[0] };
    });
  });
}

describe('the layers of lib/', () => {
  test('every folder of lib/ is a known layer', () => {
    // GIVEN
    const folders = fs.readdirSync(LIB, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

    // THEN
    expect(folders.sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  test.each(Object.keys(ALLOWED))('%s imports only the layers below it', (layer) => {
    // WHEN
    const offenders = importedLayers(layer)
      .filter(({ imported }) => imported !== layer && !imported.startsWith('..') && !ALLOWED[layer].includes(imported))
      .map(({ file, imported }) => `${file} imports ${imported}`);

    // THEN
    expect(fs.readdirSync(path.join(LIB, layer)).length).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });
});
