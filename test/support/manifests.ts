import { App, Chart, ChartProps, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { MeshAnalysis, MeshService, MeshServiceProps, VersionedWorkload, WarningAction } from '../../lib';
import type { Manifest } from '../../lib';

export type { Manifest } from '../../lib';

/** Synthesizes a chart, running the app-wide validation first. */
export function synth(chart: Chart): Manifest[] {
  return Testing.synth(chart) as Manifest[];
}

/** `Kind/name` of every object, in synthesized order. */
export function kindsAndNames(manifests: Manifest[]): string[] {
  return manifests.map((manifest) => `${manifest.kind}/${manifest.metadata.name}`);
}

/** The one object of a kind (and name, when given); fails the test when there is not exactly one. */
export function only(manifests: Manifest[], kind: string, name?: string): Manifest {
  const matches = manifests.filter((manifest) => manifest.kind === kind && (name === undefined || manifest.metadata.name === name));
  if (matches.length !== 1) {
    throw new Error(`expected one ${kind}${name ? `/${name}` : ''}, found ${matches.length} in ${kindsAndNames(manifests).join(', ')}`);
  }
  return matches[0];
}

/** The message of the error that synthesizing the chart throws; fails the test when synth succeeds. */
export function synthError(chart: Chart): string {
  try {
    Testing.synth(chart);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected synth to fail, but it succeeded');
}

/** The heading cdk8s puts before the lines of a failed validation. */
const VALIDATION_HEADING = 'Validation failed with the following errors:';

/** The lines of a failed validation's message, one per problem, without the heading; fails the test for another error. */
export function validationLines(message: string): string[] {
  const [heading, ...lines] = message.split('\n');
  if (heading !== VALIDATION_HEADING) throw new Error(`expected a validation error, got: ${message}`);
  return lines.map((line) => line.trim());
}

/** The lines of the error that synthesizing the chart throws, one per problem, without the heading. */
export function synthErrorLines(chart: Chart): string[] {
  return validationLines(synthError(chart));
}

/** A chart of its own app, whose mesh analysis hands the warnings it prints to `warnings`. */
export interface AnalyzedChart {
  /** The app, with its MeshAnalysis. */
  readonly app: App;
  /** The chart `test` of the app. */
  readonly chart: Chart;
  /** Every warning line printed at synth, in order. */
  readonly warnings: string[];
}

/** Props of an analyzed chart: the chart's, and what the analysis does with warnings. */
export interface AnalyzedChartProps extends ChartProps {
  /**
   * What the analysis does with warnings.
   * @default WarningAction.PRINT
   */
  readonly warningAction?: WarningAction;
}

/** A chart `test` in an app whose MeshAnalysis prints warnings into `warnings` instead of standard error. */
export function analyzedChart(props: AnalyzedChartProps = {}): AnalyzedChart {
  const { warningAction, ...chartProps } = props;
  const app = Testing.app();
  const warnings: string[] = [];
  new MeshAnalysis(app, { warnings: warningAction, print: (line) => warnings.push(line) });
  return { app, chart: new Chart(app, 'test', chartProps), warnings };
}

/** Props of a deployed service: the Service's, and the versions whose pods run behind it. */
export type DeployedServiceProps = MeshServiceProps & {
  /**
   * Versions with a Deployment each.
   * @default ['v1']
   */
  readonly versions?: string[];
};

/**
 * A MeshService with a running Deployment per version, so that its selector and the subsets of its versions find
 * pods: the construct `id`, and `<id>-<version>` for each Deployment.
 */
export function deployedService(scope: Construct, id: string, props: DeployedServiceProps): MeshService {
  const { versions = ['v1'], ...serviceProps } = props;
  const service = new MeshService(scope, id, serviceProps);
  for (const version of versions) {
    new VersionedWorkload(scope, `${id}-${version}`, {
      app: props.app,
      version: { name: version, image: `${props.app}:${version}` },
      containerPort: props.targetPort ?? service.port,
    });
  }
  return service;
}

/** A chart of the `default` namespace, whose Services have fully qualified hosts. */
export function defaultChart(): Chart {
  return new Chart(Testing.app(), 'test', { namespace: 'default' });
}
