import * as fs from 'node:fs';
import { analyzeManifests } from '../analysis/analyze';
import { Finding, FindingLevel, countErrors, formatFinding, sortFindings } from '../analysis/finding';
import { planOf, planTable } from './plan-command';
import { readYaml, yamlFiles } from './yaml-input';
import { schemaFindings } from './schema-check';

const USAGE = `usage: istio-traffic analyze [--json] <file|dir>...
       istio-traffic plan [dir]

  analyze   check YAML manifests: Kubernetes and Istio schemas, and the mesh rules across objects
            (routes, subsets, gateways, Services, pod templates). One finding per line, starting with
            its level (error, warning, info) and code. Exit status 1 when there is an error.
  --json    print the findings as a JSON array
  plan      print the phases synthesized below dir (default: dist) as a Markdown table: per phase the
            weights of every version, the matches, the mirrors, and the objects added, changed and
            removed against the phase before`;

/** Runs the command line and returns the exit status. */
export async function main(args: string[], out: (line: string) => void = console.log): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'analyze') return analyze(rest, out);
  if (command === 'plan') return plan(rest, out);
  out(USAGE);
  return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
}

async function analyze(args: string[], out: (line: string) => void): Promise<number> {
  const json = args.includes('--json');
  const paths = args.filter((arg) => arg !== '--json');
  if (paths.length === 0) {
    out(USAGE);
    return 2;
  }
  const input = readYaml(yamlFiles(paths));
  const findings = sortFindings([...input.findings, ...(await schemaFindings(input.objects)), ...analyzeManifests(input.objects)]);
  if (json) {
    out(JSON.stringify(findings, undefined, 2));
  } else {
    for (const finding of findings) out(formatFinding(finding));
    out(summary(findings, input.objects.length));
  }
  return countErrors(findings) > 0 ? 1 : 0;
}

function plan(args: string[], out: (line: string) => void): number {
  const outdir = args[0] ?? 'dist';
  if (args.length > 1 || !fs.existsSync(outdir) || !fs.statSync(outdir).isDirectory()) {
    out(`error plan-input ${outdir}: not a folder of phase folders. Fix: give the folder the rollout was synthesized to, e.g. dist`);
    return 2;
  }
  out(planTable(planOf(outdir)));
  return 0;
}

function summary(findings: Finding[], objects: number): string {
  const count = (level: FindingLevel) => findings.filter((finding) => finding.level === level).length;
  return `${objects} objects: ${count(FindingLevel.ERROR)} errors, ${count(FindingLevel.WARNING)} warnings, ${count(FindingLevel.INFO)} infos`;
}
