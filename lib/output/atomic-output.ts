import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Fills a fresh folder beside `target` and moves it into place only when `fill` returns, so that a failed or
 * killed synth leaves the previous contents of `target` as they were.
 */
export function replaceFolder(target: string, fill: (staging: string) => void): void {
  const staging = `${target}.staging-${process.pid}`;
  const previous = `${target}.previous-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(path.resolve(staging)), { recursive: true });
  try {
    fill(staging);
    if (fs.existsSync(target)) fs.renameSync(target, previous);
    fs.renameSync(staging, target);
    fs.rmSync(previous, { recursive: true, force: true });
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Props for `synthToFolder`. */
export interface SynthToFolderOptions {
  /**
   * The folder `cdk8s synth` empties before it runs the app (the `output` of cdk8s.yaml): when the app is asked
   * to write there, it does, and then also replaces `publishTo` with a copy.
   * @default '.cdk8s.out'
   */
  readonly cliOutdir?: string;
  /**
   * The folder that keeps the last good output.
   * @default 'dist'
   */
  readonly publishTo?: string;
}

/**
 * Writes the output of `synth` to `outdir` (by default `CDK8S_OUTDIR`) without ever leaving a partial result,
 * and, when `outdir` is the folder `cdk8s synth` empties first, publishes it to `dist/` the same way. Point
 * cdk8s.yaml's `output` at `.cdk8s.out` so that a failing `cdk8s synth` cannot empty `dist/`.
 */
export function synthToFolder(synth: (outdir: string) => void, outdir?: string, options: SynthToFolderOptions = {}): void {
  const cliOutdir = options.cliOutdir ?? '.cdk8s.out';
  const target = outdir ?? process.env.CDK8S_OUTDIR ?? cliOutdir;
  replaceFolder(target, synth);
  if (path.resolve(target) === path.resolve(cliOutdir)) {
    replaceFolder(options.publishTo ?? 'dist', (staging) => fs.cpSync(target, staging, { recursive: true }));
  }
}
