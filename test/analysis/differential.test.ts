import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ApiObject, App, Chart, JsonPatch } from 'cdk8s';
import { stringify } from 'yaml';
import { Finding, FindingLevel, MeshAnalysis, WarningAction } from '../../lib';
import { EXIT_FINDINGS, EXIT_OK, main } from '../../lib/cli/main';
import {
  GATEWAY_API_WALKTHROUGH_PHASES, GatewayApiWalkthroughChart, WALKTHROUGH_PHASES, WalkthroughChart, walkthroughApps,
} from '../../main';
import { BAD_INPUTS, FINE_INPUTS } from './support/bad-inputs';
import { BaselineMesh, MeshObject, baselineMesh, objectsOf, summarize } from './support/fixtures';

/*
 * The same rules run at synth, over the rendered cdk8s objects, and in `istio-traffic analyze`, over YAML: for the
 * same objects both must report the same findings. Sources differ by design (a construct path, `file:line`), and so
 * do the schema findings, which only `analyze` makes; everything else must match.
 */

const ROOT = path.resolve(__dirname, '..', '..');

/** What the synth found, and whether it failed. */
interface SynthResult {
  readonly app: App;
  readonly findings: Finding[];
  readonly failed: boolean;
}

/** `level code kind namespace/name field` of every finding but the schema's, sorted: what both sides must agree on. */
function comparable(findings: Finding[]): string[] {
  return findings
    .filter(({ code }) => !code.startsWith('schema-'))
    .map(({ level, code, kind, namespace, name, field }) => `${level} ${code} ${kind} ${namespace}/${name} ${field}`)
    .sort();
}

function hasErrors(findings: Finding[]): boolean {
  return findings.some(({ level }) => level === FindingLevel.ERROR);
}

/** Synthesizes the app `define` builds, with an analysis that fails on nothing but errors and passes on every finding. */
function synthFindings(outdir: string, define: (app: App) => void): SynthResult {
  const app = new App({ outdir });
  const findings: Finding[] = [];
  new MeshAnalysis(app, { warnings: WarningAction.IGNORE, onFinding: (finding) => findings.push(finding) });
  define(app);
  try {
    app.synthYaml();
  } catch (error) {
    // Every finding reaches onFinding before the synth fails on the errors among them.
    expect((error as Error).message.split('\n')[0]).toEqual('Validation failed with the following errors:');
    return { app, findings, failed: true };
  }
  return { app, findings, failed: false };
}

/** The objects as raw cdk8s objects in one chart, each rendered as written. */
function meshChart(app: App, objects: MeshObject[]): void {
  const chart = new Chart(app, 'mesh');
  objects.forEach((object, at) => {
    const apiObject = new ApiObject(chart, `${object.kind}${at}`, structuredClone(object));
    // cdk8s names an object without a name after its path: the missing name is the defect, so it is removed again.
    if (object.metadata.name === undefined) apiObject.addJsonPatch(JsonPatch.remove('/metadata/name'));
  });
}

/** What `istio-traffic analyze --json <paths>` prints, read back; it writes nothing else. */
async function analyzeFindings(...paths: string[]): Promise<Finding[]> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(['analyze', '--json', ...paths], { out: (line) => out.push(line), err: (line) => err.push(line) });
  expect(err).toEqual([]);
  expect(out).toHaveLength(1);
  const findings: Finding[] = JSON.parse(out[0]);
  expect(status).toEqual(hasErrors(findings) ? EXIT_FINDINGS : EXIT_OK);
  return findings;
}

describe('the synth and istio-traffic analyze', () => {
  let work: string;
  let row = 0;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-traffic-differential-'));
  });

  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
  });

  /** The baseline mesh after `change`, synthesized as cdk8s objects and analyzed as a folder of YAML. */
  async function bothWays(change: (mesh: BaselineMesh) => void): Promise<{ atSynth: SynthResult; fromYaml: Finding[] }> {
    const mesh = baselineMesh();
    change(mesh);
    const objects = objectsOf(mesh);
    const folder = path.join(work, `mesh-${row++}`);
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'mesh.yaml'), objects.map((object) => stringify(object)).join('---\n'));
    const atSynth = synthFindings(path.join(folder, 'synth-unused'), (app) => meshChart(app, objects));
    return { atSynth, fromYaml: await analyzeFindings(folder) };
  }

  test.each(BAD_INPUTS)('report the same findings for $defect', async ({ change, findings }) => {
    // GIVEN
    const errors = findings.some((finding) => finding.startsWith(`${FindingLevel.ERROR} `));

    // WHEN
    const { atSynth, fromYaml } = await bothWays(change);

    // THEN
    expect(summarize(atSynth.findings)).toEqual(findings);
    expect(atSynth.failed).toBe(errors);
    expect(comparable(fromYaml)).toEqual(comparable(atSynth.findings));
  });

  test.each(FINE_INPUTS)('report nothing for $variation', async ({ change }) => {
    // WHEN
    const { atSynth, fromYaml } = await bothWays(change);

    // THEN
    expect(atSynth.findings).toEqual([]);
    expect(atSynth.failed).toBe(false);
    expect(comparable(fromYaml)).toEqual([]);
  });

  describe('for the walkthrough', () => {
    const rendered = (app: App) => MeshAnalysis.objectsOf(app).map(({ manifest }) => manifest);
    let walkthrough: App[];

    beforeAll(() => {
      walkthrough = walkthroughApps(path.join(work, 'walkthrough-unused'));
    });

    test.each(WALKTHROUGH_PHASES.map((phase, index) => ({ phase, index, folder: phase.folder })))(
      'report the same findings, and no error, for the synth of $folder and dist/$folder', async ({ phase, index, folder }) => {
        // GIVEN the phase's app as walkthroughApps defines it, with the analysis passing on every finding
        const define = (app: App) => new WalkthroughChart(app, 'walkthrough', { phase });

        // WHEN
        const atSynth = synthFindings(path.join(work, 'synth-unused', folder), define);
        const fromDist = await analyzeFindings(path.join(ROOT, 'dist', folder));

        // THEN
        expect(rendered(atSynth.app)).toEqual(rendered(walkthrough[index]));
        expect(atSynth.failed).toBe(false);
        expect(comparable(atSynth.findings).filter((line) => line.startsWith(`${FindingLevel.ERROR} `))).toEqual([]);
        expect(comparable(fromDist).filter((line) => line.startsWith(`${FindingLevel.ERROR} `))).toEqual([]);
        expect(comparable(fromDist)).toEqual(comparable(atSynth.findings));
      },
    );
  });

  describe('for the walkthrough in the Gateway API', () => {
    test.each(GATEWAY_API_WALKTHROUGH_PHASES.map((phase) => ({ phase, folder: phase.folder })))(
      'report the same findings, and no error, for the synth of $folder and dist/gateway-api/$folder', async ({ phase, folder }) => {
        // GIVEN
        const define = (app: App) => new GatewayApiWalkthroughChart(app, 'walkthrough', { phase });

        // WHEN
        const atSynth = synthFindings(path.join(work, 'synth-unused', 'gateway-api', folder), define);
        const fromDist = await analyzeFindings(path.join(ROOT, 'dist', 'gateway-api', folder));

        // THEN
        expect(atSynth.failed).toBe(false);
        expect(comparable(fromDist).filter((line) => line.startsWith(`${FindingLevel.ERROR} `))).toEqual([]);
        expect(comparable(fromDist)).toEqual(comparable(atSynth.findings));
      },
    );
  });
});
