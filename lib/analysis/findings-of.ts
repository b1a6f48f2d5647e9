import { Finding, FindingLevel, istioCodeOf } from './finding';
import { INTENDED_FINDINGS_ANNOTATION, Manifest, SourcedManifest, inGroup, namespaceOf } from '../manifest/manifest';

/** A builder of findings about one object. */
export class FindingsOf {
  public readonly findings: Finding[] = [];

  constructor(public readonly sourced: SourcedManifest) {}

  public get manifest(): Manifest {
    return this.sourced.manifest;
  }

  public error(code: string, field: string, message: string, fix: string): void {
    this.add(FindingLevel.ERROR, code, field, message, fix);
  }

  public warning(code: string, field: string, message: string, fix: string): void {
    this.add(FindingLevel.WARNING, code, field, message, fix);
  }

  public info(code: string, field: string, message: string, fix: string): void {
    this.add(FindingLevel.INFO, code, field, message, fix);
  }

  private add(level: FindingLevel, code: string, field: string, message: string, fix: string): void {
    if (level !== FindingLevel.ERROR && this.isIntended(code)) return;
    const istioCode = istioCodeOf(code, level, typeof this.manifest.apiVersion === 'string' && inGroup(this.manifest, 'networking.istio.io'));
    this.findings.push({
      level,
      code,
      source: this.sourced.source,
      kind: this.manifest.kind,
      namespace: namespaceOf(this.manifest),
      name: this.manifest.metadata.name ?? '(unnamed)',
      field,
      message,
      fix,
      ...(istioCode === undefined ? {} : { istioCode }),
    });
  }

  /** Whether the object's annotation lists the code as intended. */
  private isIntended(code: string): boolean {
    const annotation = this.manifest.metadata.annotations?.[INTENDED_FINDINGS_ANNOTATION] ?? '';
    return annotation.split(',').some((intended) => intended.trim() === code);
  }
}
