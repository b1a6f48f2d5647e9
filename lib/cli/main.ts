import { analyzeManifests } from '../analysis/analyze';
import { Finding, FindingLevel, countErrors, formatFinding, sortFindings } from '../analysis/finding';
import { readYaml, yamlFiles } from './yaml-input';
import { schemaFindings } from './schema-check';

const USAGE = `usage: istio-traffic analyze [--json] <file|dir>...

  analyze   check YAML manifests: Kubernetes and Istio schemas, and the mesh rules across objects
            (routes, subsets, gateways, Services, pod templates). One finding per line, starting with
            its level (error, warning, info) and code. Exit status 1 when there is an error.
  --json    print the findings as a JSON array`;

/** Runs the command line and returns the exit status. */
export async function main(args: string[], out: (line: string) => void = console.log): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'analyze') return analyze(rest, out);
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

function summary(findings: Finding[], objects: number): string {
  const count = (level: FindingLevel) => findings.filter((finding) => finding.level === level).length;
  return `${objects} objects: ${count(FindingLevel.ERROR)} errors, ${count(FindingLevel.WARNING)} warnings, ${count(FindingLevel.INFO)} infos`;
}
