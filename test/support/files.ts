import * as fs from 'node:fs';
import * as path from 'node:path';

/** The files of a directory tree, relative to it and sorted; none when it does not exist. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => fs.statSync(path.join(dir, file)).isFile())
    .sort();
}

/** How the tree `actual` differs from `expected`, byte for byte: one line per missing, extra or changed file. */
export function treeDifferences(expected: string, actual: string): string[] {
  const expectedFiles = listFiles(expected);
  const actualFiles = listFiles(actual);
  return [
    ...expectedFiles.filter((file) => !actualFiles.includes(file)).map((file) => `${file}: missing`),
    ...actualFiles.filter((file) => !expectedFiles.includes(file)).map((file) => `${file}: not expected`),
    ...expectedFiles.filter((file) => actualFiles.includes(file))
      .filter((file) => !fs.readFileSync(path.join(expected, file)).equals(fs.readFileSync(path.join(actual, file))))
      .map((file) => `${file}: differs`),
  ];
}
