import { ApiObject, App, YamlOutputType } from 'cdk8s';
import { Construct, Dependable, IConstruct } from 'constructs';
import { analyzeManifests } from '../analysis/analyze';
import { Finding, FindingLevel, MeshAnalysisError, formatFinding } from '../analysis/finding';
import { getOrCreate } from '../analysis/mesh-index';
import { AnalyzedPhase, analyzeTransitions } from '../analysis/transitions';
import { INTENDED_FINDINGS_ANNOTATION, Manifest, SourcedManifest } from '../manifest/manifest';
import { Problem, _formatProblem } from '../values/names';
import { _trafficPolicyProp } from '../values/traffic-policy';

/** What the analysis does with a warning at synth. */
export enum WarningAction {
  /** Print it on standard error and go on. */
  PRINT = 'print',
  /** Fail the synth, as for an error. */
  FAIL = 'fail',
  /** Say nothing (the `onFinding` callback still sees it). */
  IGNORE = 'ignore',
}

/** Props for `MeshAnalysis`. */
export interface MeshAnalysisProps {
  /**
   * What to do with warnings.
   * @default WarningAction.PRINT
   */
  readonly warnings?: WarningAction;
  /**
   * Called once with every finding of the app, errors, warnings and infos alike.
   * @default - none
   */
  readonly onFinding?: (finding: Finding) => void;
  /**
   * Where printed warnings go, one line each.
   * @default - standard error
   */
  readonly print?: (line: string) => void;
}

/** Maps a field of an object's manifest to the prop of its construct that wrote it. */
export type PropOf = (field: string) => string;

/**
 * The props of a composite construct behind the fields of one of its objects, first match first: a field, or the
 * start of one (`[*]` for any index), and the prop that wrote it. What follows the matched start is kept:
 * `['spec.trafficPolicy.connectionPool', 'limits']` makes `spec.trafficPolicy.connectionPool.maxConnections`
 * `limits.maxConnections`.
 */
export type ChildProps = ReadonlyArray<readonly [field: string, prop: string]>;

/** An object made by a construct of this library, which reports the object's findings under its own path. */
interface Owned {
  readonly owner: IConstruct;
  readonly propOf: PropOf;
}

/** A rollout phase as a cdk8s app (or any construct tree). */
export interface PhaseTree {
  /** Name of the phase, e.g. `05-routed`. */
  readonly name: string;
  /** The root of the phase's constructs. */
  readonly root: IConstruct;
}

/**
 * The whole-app mesh analysis: every object of the app, raw L1 objects included, rendered as it will be written
 * and checked on its own and against the others (routes, subsets, gateways, Services, pod templates) before any
 * YAML is written. Errors fail the synth, all listed at once; warnings are printed, fail or are ignored, as
 * `warnings` says.
 *
 * There is one per app, the child `MeshAnalysis.ID` of the root. Every construct of this library creates it with
 * the default props when the app has none; to choose the props, create it first: `new MeshAnalysis(app, {...})`.
 * A finding about an object made by a construct of this library is reported by that construct, with its
 * construct path and the name of its prop; findings about other objects are reported by the analysis itself.
 * The same rules run in `istio-traffic analyze` over YAML.
 *
 * cdk8s validates the app once when a synth starts and again right before it writes each chart; the app is analysed
 * in each pass that comes right before writing, so that it sees the objects as they are written, and the first
 * pass is left out when a later one follows.
 */
export class MeshAnalysis extends Construct {
  /** The construct id of the analysis, a child of the app. */
  public static readonly ID = 'MeshAnalysis';

  /** The analysis of the app of `scope`, created with the default props when there is none yet. */
  public static of(scope: IConstruct): MeshAnalysis {
    const root = scope.node.root;
    const existing = root.node.tryFindChild(MeshAnalysis.ID);
    return existing instanceof MeshAnalysis ? existing : new MeshAnalysis(root as Construct);
  }

  /** Every finding about the objects below `root`. */
  public static findings(root: IConstruct): Finding[] {
    return analyzeManifests(MeshAnalysis.objectsOf(root));
  }

  /** Findings of make-before-break between consecutive phases, each a construct tree; throws on errors. */
  public static checkTransitions(phases: PhaseTree[]): Finding[] {
    return MeshAnalysis.checkRenderedTransitions(phases.map((phase) => ({ name: phase.name, objects: MeshAnalysis.objectsOf(phase.root) })));
  }

  /** Findings of make-before-break between consecutive phases already rendered (see `objectsOf`); throws on errors. */
  public static checkRenderedTransitions(phases: AnalyzedPhase[]): Finding[] {
    const findings = analyzeTransitions(phases);
    if (findings.some((finding) => finding.level === FindingLevel.ERROR)) throw new MeshAnalysisError(findings);
    return findings;
  }

  /** The objects below `root`, rendered as they will be written, each with its construct path. */
  public static objectsOf(root: IConstruct): SourcedManifest[] {
    return root.node.findAll().filter(ApiObject.isApiObject).map((object) => ({ manifest: object.toJson() as Manifest, source: object.node.path }));
  }

  /**
   * Marks a warning or info of the analysis as intended for `object`, so that it is not reported.
   * @internal
   */
  public static _intend(object: ApiObject, code: string): void {
    const annotation: string | undefined = object.metadata.toJson()?.annotations?.[INTENDED_FINDINGS_ANNOTATION];
    const codes = new Set(annotation ? annotation.split(',') : []).add(code);
    object.metadata.addAnnotation(INTENDED_FINDINGS_ANNOTATION, [...codes].join(','));
  }

  private readonly warnings: WarningAction;
  private readonly onFinding?: (finding: Finding) => void;
  private readonly print: (line: string) => void;
  /** Who reports the findings of an object; by construct path once the first findings need it (`ownerAt`). */
  private readonly owned = new Map<ApiObject, Owned>();
  private ownedByPath: Map<string, Owned> | undefined;
  private readonly reporters = new Set<IConstruct>();
  /** Lines already printed or passed on: cdk8s validates the app again for every chart it writes. */
  private readonly reported = new Set<string>();
  /** The findings of the current validation pass, by the construct that reports them. */
  private findingsByReporter = new Map<IConstruct, Finding[]>();
  /** Whether a chart is about to be written: the pass then checks what will be written. */
  private writeAhead = false;
  /** Set while a writer renders the app once, to analyse what it rendered afterwards (`_renderOnce`). */
  private rendering = false;
  /** DestinationRules, and the routes to them, by host: a rule declared after a route still comes first in files. */
  private readonly routeTargets = new Map<string, ApiObject[]>();
  private readonly routesTo = new Map<string, ApiObject[]>();

  constructor(scope: Construct, props: MeshAnalysisProps = {}) {
    if (scope.node.scope !== undefined) throw new Error(`[${scope.node.path}] MeshAnalysis belongs to the app: create it with the App as its scope`);
    if (scope.node.tryFindChild(MeshAnalysis.ID)) {
      throw new Error('The app has a MeshAnalysis already: a construct of this library creates one with the default props. Create yours, with its props, before any construct of the library');
    }
    super(scope, MeshAnalysis.ID);
    this.warnings = props.warnings ?? WarningAction.PRINT;
    this.onFinding = props.onFinding;
    this.print = props.print ?? ((line) => process.stderr.write(`${line}\n`));
    // The root is validated first in every pass: the app is analysed once per pass, before any construct reports.
    scope.node.addValidation({ validate: () => this.analyze() });
    // cdk8s resolves the app's dependencies right before each validation pass that precedes writing a chart; reading
    // this construct's dependencies is the sign that such a pass comes.
    const markWriteAhead = (): IConstruct[] => {
      this.writeAhead = true;
      return [];
    };
    const writeAhead = {};
    Dependable.implement(writeAhead, { get dependencyRoots() { return markWriteAhead(); } });
    this.node.addDependency(writeAhead);
    this.node.addValidation({ validate: () => this.report(this) });
  }

  /**
   * Makes `owner` report the findings of `object`, with `propOf` naming the prop behind a field.
   * @internal
   */
  public _own(object: ApiObject, owner: IConstruct, propOf: PropOf): void {
    this.owned.set(object, { owner, propOf });
    this.ownedByPath = undefined;
    if (this.reporters.has(owner)) return;
    this.reporters.add(owner);
    owner.node.addValidation({ validate: () => this.report(owner) });
  }

  /**
   * Makes `owner`, a construct made of other constructs of this library, report the findings of `object` (which one
   * of them made) under its own path and with its own props, so that no finding names a prop the user did not write.
   * Fields are matched after the traffic policy's renaming (`connectionPool.tcp.x` is `connectionPool.x`); a field
   * that `props` does not name is reported at `fallback`.
   * @internal
   */
  public _ownForComposite(object: ApiObject, owner: IConstruct, props: ChildProps, fallback: string): void {
    const matchers = props.map(([field, prop]) => ({ start: fieldStart(field), prop }));
    this._own(object, owner, (field) => {
      const renamed = _trafficPolicyProp(field);
      for (const { start, prop } of matchers) {
        const match = start.exec(renamed);
        if (match) return `${prop}${renamed.slice(match[0].length)}`;
      }
      return fallback;
    });
  }

  /**
   * Makes `route` come after every object that `_addRouteTarget` declares for `host`, before or after it.
   * @internal
   */
  public _orderAfterTargets(route: ApiObject, host: string): void {
    for (const target of this.routeTargets.get(host) ?? []) route.addDependency(target);
    getOrCreate(this.routesTo, host, () => []).push(route);
  }

  /**
   * Declares `target` (a DestinationRule) as what routes to `host` depend on.
   * @internal
   */
  public _addRouteTarget(target: ApiObject, host: string): void {
    getOrCreate(this.routeTargets, host, () => []).push(target);
    for (const route of this.routesTo.get(host) ?? []) route.addDependency(target);
  }

  /**
   * Reports problems of a construct's props that no object shows, with the construct's path.
   * @internal
   */
  public static _validateProps(scope: IConstruct, check: () => Problem[]): void {
    let lines: string[] | undefined;
    scope.node.addValidation({ validate: () => (lines ??= check().map(_formatProblem)) });
  }

  /**
   * Runs `render` with the analysis left out of the validation passes it causes, for a writer that renders each
   * object once and then hands the objects to `_checkRendered`.
   * @internal
   */
  public _renderOnce<T>(render: () => T): T {
    this.rendering = true;
    try {
      return render();
    } finally {
      this.rendering = false;
    }
  }

  /**
   * Analyses the app's objects as they were rendered for writing and reports the findings as a validation pass
   * does: warnings printed, failed or ignored, and every error thrown at once in the words of cdk8s.
   * @internal
   */
  public _checkRendered(objects: SourcedManifest[]): void {
    this.groupByReporter(analyzeManifests(objects));
    // Only reporters with findings report anything: without findings, the tree is not walked for them.
    const reporting = this.findingsByReporter;
    const reporters = reporting.size === 0 ? [] : this.node.root.node.findAll().filter((construct) => reporting.has(construct));
    const errors = reporters.flatMap((reporter) => this.report(reporter).map((line) => `[${reporter.node.path}] ${line}`));
    this.findingsByReporter = new Map();
    if (errors.length > 0) throw new Error(`Validation failed with the following errors:\n  ${errors.join('\n  ')}`);
  }

  private analyze(): string[] {
    this.findingsByReporter = new Map();
    if (this.rendering || (!this.writeAhead && !this.validatesOnce())) return [];
    this.writeAhead = false;
    this.groupByReporter(MeshAnalysis.findings(this.node.root));
    return [];
  }

  private groupByReporter(findings: Finding[]): void {
    this.findingsByReporter = new Map();
    for (const finding of findings) {
      const reporter = this.ownerAt(finding.source)?.owner ?? this;
      getOrCreate(this.findingsByReporter, reporter, () => []).push(finding);
    }
  }

  /**
   * Whether the app's synth validates only once, before it writes: only when each object gets a file of its own in a
   * folder per chart. Every other synth validates again right before writing each chart, and is analysed then.
   */
  private validatesOnce(): boolean {
    const app = this.node.root;
    return !(app instanceof App) || app.yamlOutputType === YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE;
  }

  private report(reporter: IConstruct): string[] {
    const lines: string[] = [];
    for (const finding of this.findingsByReporter.get(reporter) ?? []) {
      const line = this.lineOf(finding);
      const fails = finding.level === FindingLevel.ERROR || (finding.level === FindingLevel.WARNING && this.warnings === WarningAction.FAIL);
      if (fails && !lines.includes(line)) lines.push(line);
      const printed = `[${reporter.node.path}] ${line}`;
      if (this.reported.has(printed)) continue;
      this.reported.add(printed);
      this.onFinding?.(finding);
      if (!fails && finding.level === FindingLevel.WARNING && this.warnings === WarningAction.PRINT) this.print(printed);
    }
    return lines;
  }

  /** Who reports the findings of the object at a construct path: paths are worked out only when there are findings. */
  private ownerAt(source: string): Owned | undefined {
    this.ownedByPath ??= new Map([...this.owned].map(([object, owned]) => [object.node.path, owned]));
    return this.ownedByPath.get(source);
  }

  /** A finding as its reporter words it: by the prop for a construct, by the object and field otherwise. */
  private lineOf(finding: Finding): string {
    const owned = this.ownerAt(finding.source);
    if (!owned) return formatFinding(finding);
    return `${finding.level} ${finding.code} ${owned.propOf(finding.field)}: ${finding.message}. Fix: ${finding.fix}`;
  }
}

/** A pattern for a field and every field below it; `[*]` stands for any index. */
function fieldStart(field: string): RegExp {
  const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\[\\\*\\\]/g, '\\[\\d+\\]');
  return new RegExp(`^${escaped}(?=[.[]|$)`);
}

/** The labels of a workload selector, which the constructs take as the selector prop itself. */
const SELECTOR_LABELS = /^spec\.(workloadSelector|selector)\.(?:labels|matchLabels)(?=\.|$)/;

/**
 * The field as a prop of a construct whose props follow the object's spec: `spec.hosts[0]` is `hosts[0]`, `metadata.name`
 * is `name`, and a selector prop holds the labels: `spec.workloadSelector.labels.app` is `workloadSelector.app`.
 * @internal
 */
export function _specProp(field: string): string {
  if (field === 'metadata.name') return 'name';
  if (!field.startsWith('spec.')) return field;
  return field.replace(SELECTOR_LABELS, 'spec.$1').slice('spec.'.length);
}
