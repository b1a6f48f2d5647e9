import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { replaceFolder, synthToFolder } from '../../lib';
import { listFiles, treeDifferences } from '../support/files';

/** Writes `files` (relative path → content) below `dir`. */
function writeTree(dir: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
}

/** The content of every file below `dir`, by relative path. */
function readTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
}

const OLD_FILES = { '01-ingress/walkthrough.k8s.yaml': 'kind: Gateway\n', '02-egress/walkthrough.k8s.yaml': 'kind: ServiceEntry\n' };
const NEW_FILES = { '01-ingress/walkthrough.k8s.yaml': 'kind: VirtualService\n' };

describe('atomic output', () => {
  let work: string;

  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'atomic-output-'));
  });

  afterEach(() => {
    fs.rmSync(work, { recursive: true, force: true });
  });

  describe('replaceFolder', () => {
    test('keeps the old folder byte for byte when fill throws', () => {
      // GIVEN
      const target = path.join(work, 'out', 'dist');
      writeTree(target, OLD_FILES);
      const before = path.join(work, 'before');
      fs.cpSync(target, before, { recursive: true });

      // WHEN
      const replace = () => replaceFolder(target, (staging) => {
        writeTree(staging, NEW_FILES);
        throw new Error('synth failed');
      });

      // THEN
      expect(replace).toThrow('synth failed');
      expect(treeDifferences(before, target)).toEqual([]);
      expect(fs.readdirSync(path.dirname(target))).toEqual(['dist']);
    });

    test('replaces the folder with what fill wrote, and nothing of the old one', () => {
      // GIVEN
      const target = path.join(work, 'dist');
      writeTree(target, OLD_FILES);

      // WHEN
      replaceFolder(target, (staging) => writeTree(staging, NEW_FILES));

      // THEN
      expect(readTree(target)).toEqual(NEW_FILES);
      expect(fs.readdirSync(work)).toEqual(['dist']);
    });

    test('creates the folder, and its parents, when there was none', () => {
      // GIVEN
      const target = path.join(work, 'nested', 'dist');

      // WHEN
      replaceFolder(target, (staging) => writeTree(staging, NEW_FILES));

      // THEN
      expect(readTree(target)).toEqual(NEW_FILES);
      expect(fs.readdirSync(path.join(work, 'nested'))).toEqual(['dist']);
    });

    test('fills a staging folder beside the target, not the target itself', () => {
      // GIVEN
      const target = path.join(work, 'dist');
      writeTree(target, OLD_FILES);
      let staged = '';

      // WHEN
      replaceFolder(target, (staging) => {
        staged = staging;
        expect(readTree(target)).toEqual(OLD_FILES);
        writeTree(staging, NEW_FILES);
      });

      // THEN
      expect(path.dirname(staged)).toEqual(work);
      expect(path.basename(staged)).toEqual(`dist.staging-${process.pid}`);
      expect(fs.existsSync(staged)).toBe(false);
    });
  });

  describe('synthToFolder', () => {
    test('publishes to publishTo when it writes to the folder of the cdk8s CLI', () => {
      // GIVEN
      const cliOutdir = path.join(work, '.cdk8s.out');
      const publishTo = path.join(work, 'dist');
      writeTree(publishTo, OLD_FILES);

      // WHEN
      synthToFolder((outdir) => writeTree(outdir, NEW_FILES), cliOutdir, { cliOutdir, publishTo });

      // THEN
      expect(readTree(cliOutdir)).toEqual(NEW_FILES);
      expect(readTree(publishTo)).toEqual(NEW_FILES);
      expect(fs.readdirSync(work).sort()).toEqual(['.cdk8s.out', 'dist']);
    });

    test('leaves publishTo alone when it writes to another folder', () => {
      // GIVEN
      const cliOutdir = path.join(work, '.cdk8s.out');
      const publishTo = path.join(work, 'dist');
      const elsewhere = path.join(work, 'preview');
      writeTree(publishTo, OLD_FILES);

      // WHEN
      synthToFolder((outdir) => writeTree(outdir, NEW_FILES), elsewhere, { cliOutdir, publishTo });

      // THEN
      expect(readTree(elsewhere)).toEqual(NEW_FILES);
      expect(readTree(publishTo)).toEqual(OLD_FILES);
      expect(fs.readdirSync(work).sort()).toEqual(['dist', 'preview']);
    });

    test('writes to CDK8S_OUTDIR when no folder is given, and publishes when it is the folder of the cdk8s CLI', () => {
      // GIVEN
      const cliOutdir = path.join(work, '.cdk8s.out');
      const publishTo = path.join(work, 'dist');
      const previous = process.env.CDK8S_OUTDIR;
      process.env.CDK8S_OUTDIR = cliOutdir;

      // WHEN
      try {
        synthToFolder((outdir) => writeTree(outdir, NEW_FILES), undefined, { cliOutdir, publishTo });
      } finally {
        if (previous === undefined) delete process.env.CDK8S_OUTDIR;
        else process.env.CDK8S_OUTDIR = previous;
      }

      // THEN
      expect(readTree(cliOutdir)).toEqual(NEW_FILES);
      expect(readTree(publishTo)).toEqual(NEW_FILES);
    });

    test('a failing synth changes neither the output folder nor publishTo', () => {
      // GIVEN
      const cliOutdir = path.join(work, '.cdk8s.out');
      const publishTo = path.join(work, 'dist');
      writeTree(cliOutdir, OLD_FILES);
      writeTree(publishTo, OLD_FILES);

      // WHEN
      const synth = () => synthToFolder((outdir) => {
        writeTree(outdir, NEW_FILES);
        throw new Error('validation failed');
      }, cliOutdir, { cliOutdir, publishTo });

      // THEN
      expect(synth).toThrow('validation failed');
      expect(readTree(cliOutdir)).toEqual(OLD_FILES);
      expect(readTree(publishTo)).toEqual(OLD_FILES);
      expect(fs.readdirSync(work).sort()).toEqual(['.cdk8s.out', 'dist']);
    });
  });
});
