import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeManifests } from '../analysis/analyze';
import { Finding, FindingLevel, countErrors, formatFinding, formatFindingWithIstioCode, sortFindings } from '../analysis/finding';
import { accessMatrix } from '../analysis/access-matrix';
import { accessTable } from '../review/access-table';
import { readYaml, yamlFiles } from './yaml-input';
import { GATEWAY_API_CHANNELS, GatewayApiChannel, schemaFindings } from './schema-check';
import { HELP_OPTION, JSON_OPTION, UsageError, parse } from './usage';
import { STATUS_USAGE, status } from './status-command';
import { PROMOTE_USAGE, ROLLBACK_USAGE, promote, rollBack } from './promote-command';
import { FLEET_PLAN_OPTION, fleetPlanCommand } from './fleet-plan-command';

/** Exit status: the command did what was asked, and `analyze` found no error. */
export const EXIT_OK = 0;
/** Exit status: `analyze` found at least one error. */
export const EXIT_FINDINGS = 1;
/** Exit status: bad usage (unknown command or option, missing or extra argument), or a `plan` folder that is none. */
export const EXIT_USAGE = 2;

/** Where the command line writes: each call is one line (it may hold line breaks), without its final newline. */
export interface CliIo {
  /** Results: findings, the plan, help that was asked for, the version. */
  readonly out: (line: string) => void;
  /** Errors, and the usage after a usage error. */
  readonly err: (line: string) => void;
}

const PACKAGE_NAME = 'cdk8s-istio-traffic';

/** The help of the whole command line. */
export const USAGE = `usage: istio-traffic analyze [--json] [--access] <file|dir>...
       istio-traffic plan [--json] [dir]
       istio-traffic status [--config F] [--json]
       istio-traffic promote|rollback <service> --env <env> [--config F] [--dist D]
       istio-traffic help [command]
       istio-traffic -h | --help | -V | --version

commands:
  analyze        check YAML manifests against the Kubernetes and Istio schemas and the mesh rules
  plan           print what every phase synthesized below dir (default: dist) does, as a table or JSON
  status         print the step, versions and weights of every service of a fleet in every environment
  promote        move a service of a fleet one step on in an environment
  rollback       move a service of a fleet onto the abort path in an environment
  help           print this help, or the help of a command

options:
  -h, --help     print this help; after a command, the help of the command
  -V, --version  print the version

exit status: 0 success, 1 analyze found an error, promote or rollback refused, or a fleet configuration has
problems, 2 bad usage or a plan dir that is no folder of phase folders`;

const ANALYZE_USAGE = `usage: istio-traffic analyze [--json] [--access] <file|dir>...

Checks YAML manifests: Kubernetes and Istio schemas, and the mesh rules across objects (routes, subsets,
gateways, Services, pod templates). Folders are searched recursively for *.yaml and *.yml files. Prints one
finding per line, starting with its level (error, warning, info) and code, then a summary line. When no
object can be read at all, the findings about the input and the summary go to stderr instead.

options:
  --json         print the findings as a JSON array
  --access       then print who may call whom, from the PeerAuthentications and AuthorizationPolicies:
                 per Service port its allowed callers and the calls made to it (with --json:
                 {"findings": [...], "access": {callers, services, cells, calls, egress}})
  --gateway-api-channel standard|experimental
                 the Gateway API CRDs the cluster has: experimental accepts the kinds and fields of the
                 experimental channel (TCPRoute, HTTPRoute retry, ...). Default: experimental when the input
                 holds Gateway API CRDs of the experimental channel, else standard
  -h, --help     print this help

exit status: 0 no error found, 1 an error found, 2 bad usage`;

const PLAN_USAGE = `usage: istio-traffic plan [--json] [dir]
       istio-traffic plan --config F [--json] <service>

Prints the phases synthesized below dir (default: dist) as a Markdown table: per phase the weights of every
version, the matches, the mirrors, and the objects added, changed and removed against the phase before;
then, for every phase with PeerAuthentications or AuthorizationPolicies, who may call whom (calls that the
policies deny are flagged).

With --config, prints the plan of a service of the fleet configuration F instead, from F only: every step,
the abort path's included, with the versions deployed, the subsets, the weights and the environments at it.

options:
  --json         print the plan as JSON: {"phases": [{"phase", "weights", "matches", "mirrors",
                 "added", "changed", "removed"}, ...], "access": [{"phase", "calls"}, ...]}, phases in
                 folder order ("access" only when a phase has policies)
  --config F     the fleet configuration whose service to print; --json: {"steps": [{"step", "path",
                 "deployed", "subsets", "weights", "environments"}, ...]}
  -h, --help     print this help

exit status: 0 printed, 2 bad usage, or dir is no folder of phase folders`;

const HELP_USAGE = `usage: istio-traffic help [command]

Prints the help of the command line, or of the command (analyze, plan, status, promote, rollback, help).

exit status: 0 printed, 2 bad usage`;

/** The help of every command, by name. */
export const COMMAND_USAGE: Readonly<Record<string, string>> = {
  analyze: ANALYZE_USAGE, plan: PLAN_USAGE, status: STATUS_USAGE, promote: PROMOTE_USAGE, rollback: ROLLBACK_USAGE, help: HELP_USAGE,
};

const GLOBAL_OPTIONS = { ...HELP_OPTION, version: { type: 'boolean', short: 'V' } } as const;

/**
 * Runs the command line with the arguments after the command's name and returns the exit status
 * (`EXIT_OK`, `EXIT_FINDINGS` or `EXIT_USAGE`). Writes to stdout and stderr unless `io` says otherwise.
 */
export async function main(args: string[], io: Partial<CliIo> = {}): Promise<number> {
  const { out, err } = { out: writer(process.stdout), err: writer(process.stderr), ...io };
  try {
    return await run(args, out, err);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`istio-traffic: ${error.message}`);
    err(error.usage);
    return EXIT_USAGE;
  }
}

/** The version of the package, from the package.json above this file (in the checkout and in the installed package). */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (manifest.name === PACKAGE_NAME) return manifest.version;
    }
    if (path.dirname(dir) === dir) throw new Error(`no package.json of ${PACKAGE_NAME} above ${__dirname}`);
  }
}

async function run(args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  // Options before the command are the tool's own; the ones after it belong to the command.
  const commandAt = args.findIndex((arg) => arg === '-' || !arg.startsWith('-') || arg === '--');
  const leading = commandAt < 0 ? args : args.slice(0, commandAt);
  const global = parse(leading, GLOBAL_OPTIONS, USAGE, false).values;
  if (global.help) return printed(out, USAGE);
  if (global.version) return printed(out, packageVersion());
  const rest = commandAt < 0 ? [] : args.slice(args[commandAt] === '--' ? commandAt + 1 : commandAt);
  const [command, ...commandArgs] = rest;
  if (command === undefined) {
    err(USAGE);
    return EXIT_USAGE;
  }
  switch (command) {
    case 'analyze': return analyze(commandArgs, out, err);
    case 'plan': return plan(commandArgs, out, err);
    case 'status': return status(commandArgs, out, err);
    case 'promote': return promote(commandArgs, out, err);
    case 'rollback': return rollBack(commandArgs, out, err);
    case 'help': return help(commandArgs, out);
    default: throw new UsageError(`unknown command '${command}'`, USAGE);
  }
}

async function analyze(args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const { values, positionals } = parse(args, { ...JSON_OPTION, ...HELP_OPTION, ...CHANNEL_OPTION, ...ACCESS_OPTION }, ANALYZE_USAGE);
  if (values.help) return printed(out, ANALYZE_USAGE);
  if (positionals.length === 0) throw new UsageError('missing argument <file|dir>', ANALYZE_USAGE);
  const gatewayApiChannel = gatewayApiChannelOf(values['gateway-api-channel']);
  const input = readYaml(yamlFiles(positionals));
  if (input.objects.length === 0 && input.findings.length > 0) {
    // Nothing could be read: the problems with the input are all there is to say.
    for (const finding of sortFindings(input.findings)) err(formatFinding(finding));
    err(summary(input.findings, 0));
    return EXIT_FINDINGS;
  }
  const findings = sortFindings([...input.findings, ...schemaFindings(input.objects, { gatewayApiChannel }), ...analyzeManifests(input.objects)]);
  const access = values.access ? accessMatrix(input.objects.map(({ manifest }) => manifest)) : undefined;
  if (values.json) {
    out(JSON.stringify(access ? { findings, access } : findings, undefined, 2));
  } else {
    for (const finding of findings) out(formatFindingWithIstioCode(finding));
    out(summary(findings, input.objects.length));
    if (access) out(`\n${accessTable(access)}`);
  }
  return countErrors(findings) > 0 ? EXIT_FINDINGS : EXIT_OK;
}

const CHANNEL_OPTION = { 'gateway-api-channel': { type: 'string' } } as const;
const ACCESS_OPTION = { access: { type: 'boolean' } } as const;

function gatewayApiChannelOf(value: string | undefined): GatewayApiChannel | undefined {
  if (value === undefined) return undefined;
  const channel = GATEWAY_API_CHANNELS.find((known) => known === value);
  if (!channel) throw new UsageError(`option '--gateway-api-channel' takes ${GATEWAY_API_CHANNELS.join(' or ')}, not '${value}'`, ANALYZE_USAGE);
  return channel;
}

function plan(args: string[], out: (line: string) => void, err: (line: string) => void): number {
  const { values, positionals } = parse(args, { ...JSON_OPTION, ...HELP_OPTION, ...FLEET_PLAN_OPTION }, PLAN_USAGE);
  if (values.help) return printed(out, PLAN_USAGE);
  if (values.config !== undefined) return fleetPlanCommand(values.config, positionals, values.json ?? false, PLAN_USAGE, out, err);
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}' (plan takes one dir)`, PLAN_USAGE);
  const outdir = positionals[0] ?? 'dist';
  if (!isPhaseFolders(outdir)) {
    err(`error plan-input ${outdir}: not a folder of phase folders. Fix: give the folder the rollout was synthesized to, e.g. dist`);
    return EXIT_USAGE;
  }
  const { accessOf, planJson, planOf, planText } = planCommand();
  const summaries = planOf(outdir);
  const access = accessOf(outdir);
  out(values.json ? planJson(summaries, access) : planText(summaries, access));
  return EXIT_OK;
}

/**
 * The plan of phase folders, loaded when it is asked for: it reads folders the way the synth writes them, with the
 * synth's code, which `status`, `promote` and `rollback` never load (they read the fleet configuration only).
 */
function planCommand(): typeof import('./plan-command') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only by the commands that read phase folders
  return require('./plan-command') as typeof import('./plan-command');
}

function help(args: string[], out: (line: string) => void): number {
  const { values, positionals } = parse(args, HELP_OPTION, HELP_USAGE);
  if (values.help) return printed(out, HELP_USAGE);
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}' (help takes one command)`, HELP_USAGE);
  const [command] = positionals;
  if (command === undefined) return printed(out, USAGE);
  const usage = COMMAND_USAGE[command];
  if (usage === undefined) throw new UsageError(`unknown command '${command}'`, USAGE);
  return printed(out, usage);
}

/** A folder with at least one phase folder that holds YAML. */
function isPhaseFolders(outdir: string): boolean {
  return fs.existsSync(outdir) && fs.statSync(outdir).isDirectory()
    && planCommand().phaseFolders(outdir).some((folder) => yamlFiles([path.join(outdir, folder)]).length > 0);
}

function printed(out: (line: string) => void, text: string): number {
  out(text);
  return EXIT_OK;
}

function writer(stream: NodeJS.WriteStream): (line: string) => void {
  return (line) => {
    stream.write(`${line}\n`);
  };
}

function summary(findings: Finding[], objects: number): string {
  const count = (level: FindingLevel) => findings.filter((finding) => finding.level === level).length;
  return `${objects} objects: ${count(FindingLevel.ERROR)} errors, ${count(FindingLevel.WARNING)} warnings, ${count(FindingLevel.INFO)} infos`;
}
