import { ApiObject } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { analyzeManifests } from '../analysis/analyze';
import { Finding, FindingLevel, MeshAnalysisError, formatFinding } from '../analysis/finding';
import { INTENDED_FINDINGS_ANNOTATION, Manifest, SourcedManifest } from '../manifest/manifest';
import { AnalyzedPhase, analyzeTransitions } from '../analysis/transitions';

/** Objects whose values a construct of this library has checked already. */
const CHECKED_BY_CONSTRUCT = new WeakSet<ApiObject>();
/**
 * The spec of objects made by constructs, as the constructs gave it, with every field the analysis reads:
 * rendering objects (Deployments most of all) is the most expensive part of a synth, and it would happen twice.
 */
const SPECS = new WeakMap<ApiObject, () => unknown>();
/** Codes of the findings intended for objects, as their annotation says. */
const INTENDED = new WeakMap<ApiObject, Set<string>>();
/** Construct trees the analysis is attached to. */
const ATTACHED = new WeakSet<IConstruct>();
/** Warnings already printed, per construct tree: cdk8s validates once per chart it synthesizes. */
const PRINTED = new WeakMap<IConstruct, Set<string>>();
/**
 * The last findings per construct tree, with the number of objects they were made of: one synth validates the
 * app once, then again for every chart it writes, and the objects do not change in between.
 */
const LAST_FINDINGS = new WeakMap<IConstruct, { objects: number; findings: Finding[] }>();

/** A rollout phase as a cdk8s app (or any construct tree). */
export interface PhaseTree {
  /** Name of the phase, e.g. `05-routed`. */
  readonly name: string;
  /** The root of the phase's constructs. */
  readonly root: IConstruct;
}

/**
 * The whole-app mesh analysis: every object of the app, raw L1 objects included, checked on its own and against
 * the others (routes, subsets, gateways, Services, pod templates) before any YAML is written. Errors fail the
 * synth, all listed at once; warnings are printed. Every construct of this library attaches it to its app.
 */
export class MeshAnalysis {
  /** Makes the analysis run when the app of `scope` is validated; once per app. */
  public static attach(scope: IConstruct): void {
    const root = scope.node.root;
    if (ATTACHED.has(root)) return;
    ATTACHED.add(root);
    const anchor = new Construct(root, 'MeshAnalysis');
    anchor.node.addValidation({ validate: () => MeshAnalysis.report(root) });
  }

  /** Every finding about the objects below `root`. */
  public static findings(root: IConstruct): Finding[] {
    return analyzeManifests(MeshAnalysis.objectsOf(root));
  }

  /** Findings of make-before-break between consecutive phases, each a construct tree; throws on errors. */
  public static checkTransitions(phases: PhaseTree[]): Finding[] {
    const analyzed: AnalyzedPhase[] = phases.map((phase) => ({ name: phase.name, objects: MeshAnalysis.objectsOf(phase.root) }));
    const findings = analyzeTransitions(analyzed);
    if (findings.some((finding) => finding.level === FindingLevel.ERROR)) throw new MeshAnalysisError(findings);
    return findings;
  }

  /** The synthesized objects below `root`, each with its construct path. */
  public static objectsOf(root: IConstruct): SourcedManifest[] {
    return root.node.findAll().filter(ApiObject.isApiObject).map(sourcedOf);
  }

  /**
   * Marks a warning or info of the analysis as intended for `object`, so that it is not reported.
   * @internal
   */
  public static _intend(object: ApiObject, code: string): void {
    const codes = INTENDED.get(object) ?? new Set<string>();
    INTENDED.set(object, codes.add(code));
    object.metadata.addAnnotation(INTENDED_FINDINGS_ANNOTATION, [...codes].join(','));
  }

  private static cachedFindings(root: IConstruct): Finding[] {
    const objects = root.node.findAll().filter(ApiObject.isApiObject);
    const last = LAST_FINDINGS.get(root);
    if (last && last.objects === objects.length) return last.findings;
    const findings = analyzeManifests(objects.map(sourcedOf));
    LAST_FINDINGS.set(root, { objects: objects.length, findings });
    return findings;
  }

  /**
   * Records that a construct of this library made `object` and checked its values, and attaches the analysis.
   * `spec` gives the object's spec as the construct made it, with at least what the analysis reads.
   * @internal
   */
  public static _register(object: ApiObject, spec?: () => unknown): void {
    CHECKED_BY_CONSTRUCT.add(object);
    if (spec) {
      SPECS.set(object, spec);
      // A JSON patch changes what is written, which only the rendered object shows.
      const addJsonPatch = object.addJsonPatch.bind(object);
      object.addJsonPatch = (...patches) => {
        SPECS.delete(object);
        addJsonPatch(...patches);
      };
    }
    MeshAnalysis.attach(object);
  }

  private static report(root: IConstruct): string[] {
    const findings = MeshAnalysis.cachedFindings(root);
    const printed = PRINTED.get(root) ?? new Set<string>();
    PRINTED.set(root, printed);
    for (const line of findings.filter((finding) => finding.level === FindingLevel.WARNING).map(formatFinding)) {
      if (!printed.has(line)) console.warn(line);
      printed.add(line);
    }
    return findings.filter((finding) => finding.level === FindingLevel.ERROR).map(formatFinding);
  }
}

function sourcedOf(object: ApiObject): SourcedManifest {
  return { manifest: manifestOf(object), source: object.node.path, checkedByConstruct: CHECKED_BY_CONSTRUCT.has(object) };
}

/**
 * The object as the analysis reads it: from its construct's spec when there is one (the analysis reads no labels
 * of such objects, only their name, namespace and intended findings), else rendered.
 */
function manifestOf(object: ApiObject): Manifest {
  const spec = SPECS.get(object);
  if (!spec) return object.toJson() as Manifest;
  const intended = INTENDED.get(object);
  const metadata = {
    name: object.name,
    namespace: object.metadata.namespace,
    annotations: intended && { [INTENDED_FINDINGS_ANNOTATION]: [...intended].join(',') },
  };
  return { apiVersion: object.apiVersion, kind: object.kind, metadata, spec: spec() };
}
