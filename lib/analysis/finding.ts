/** How serious a finding is. Errors fail the synth and the `analyze` command; warnings are printed. */
export enum FindingLevel {
  /** Istio would reject the object or route requests wrongly: fails the synth and `analyze`. */
  ERROR = 'error',
  /** Probably not what was meant: printed. */
  WARNING = 'warning',
  /** Worth knowing: shown by `analyze`. */
  INFO = 'info',
}

/** One thing the mesh analysis found, with what it takes to fix it. */
export interface Finding {
  /** How serious it is. */
  readonly level: FindingLevel;
  /** A stable identifier of the rule, e.g. `destination-subset-undefined`. */
  readonly code: string;
  /** Where the object comes from: a construct path, or `file:line` for YAML input. */
  readonly source: string;
  /** Kind of the object. */
  readonly kind: string;
  /** Namespace of the object. */
  readonly namespace: string;
  /** Name of the object. */
  readonly name: string;
  /** Path of the field in the object, e.g. `spec.http[0].route[1].destination.subset`. */
  readonly field: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

/** One line: level, code, source, object, field, message and fix. */
export function formatFinding(finding: Finding): string {
  const object = `${finding.kind} ${finding.namespace}/${finding.name}`;
  return `${finding.level} ${finding.code} ${finding.source} ${object} ${finding.field}: ${finding.message}. Fix: ${finding.fix}`;
}

/** Thrown when the analysis finds errors; the message lists every finding, errors first. */
export class MeshAnalysisError extends Error {
  constructor(public readonly findings: Finding[]) {
    super(`mesh analysis found ${countErrors(findings)} error(s):\n${sortFindings(findings).map(formatFinding).join('\n')}`);
    this.name = 'MeshAnalysisError';
  }
}

/** Number of error findings. */
export function countErrors(findings: Finding[]): number {
  return findings.filter((finding) => finding.level === FindingLevel.ERROR).length;
}

const LEVEL_ORDER = [FindingLevel.ERROR, FindingLevel.WARNING, FindingLevel.INFO];

/** Errors first, then warnings, then infos; otherwise in the order found. */
export function sortFindings(findings: Finding[]): Finding[] {
  return LEVEL_ORDER.flatMap((level) => findings.filter((finding) => finding.level === level));
}
