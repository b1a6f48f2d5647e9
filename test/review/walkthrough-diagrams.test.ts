import * as fs from 'node:fs';
import * as path from 'node:path';
import { Manifest, trafficDiagram, trafficPage } from '../../lib';
import { planOf, planTable } from '../../lib/cli/plan-command';
import { LINE_WIDTH, textWidth } from '../../lib/review/mermaid-text';
import { planPage } from '../../lib/review/plan-page';
import { parseObjects } from '../support/walkthrough';

const DIST = path.resolve(__dirname, '..', '..', 'dist');
const FOLDERS = [
  '01-ingress', '02-egress', '03-egress-locked', '04-subsets', '05-routed', '06-dark', '07-mirror-100', '08-opt-in-firefox',
  '09-rewrite-greeting', '10-redirect-greeting', '11-canary-10', '12-canary-50', '13-promoted', '14-retired', '15-tls-ingress',
  '16-identities', '17-zero-trust',
];
const GREETER = 'subset_greeter_service_default_svc_cluster_local';
const GREETER_VS = 'vs_default_greeter_service';
const HELLOWEB = 'service_helloweb_default_svc_cluster_local';

function manifestsOf(folder: string): Manifest[] {
  return parseObjects(fs.readFileSync(path.join(DIST, folder, 'walkthrough.k8s.yaml'), 'utf8')) as unknown as Manifest[];
}

const PHASES = FOLDERS.map((folder) => ({ phase: folder, manifests: manifestsOf(folder) }));

/** The diagram of a phase, with what changed since the phase before it. */
function diagramOf(folder: string): string {
  const index = FOLDERS.indexOf(folder);
  return trafficDiagram(PHASES[index].manifests, index > 0 ? PHASES[index - 1].manifests : undefined);
}

/** The diagram without what changed: the picture of the phase on its own. */
function pictureOf(folder: string): string {
  return trafficDiagram(PHASES[FOLDERS.indexOf(folder)].manifests);
}

describe('the walkthrough\'s diagrams', () => {
  test('are the TRAFFIC.md of every phase folder, each with the changes since the phase before, and live/ is its phase\'s', () => {
    // GIVEN
    const livePhase = /livePhase:\s*(\S+)/.exec(fs.readFileSync(path.join(DIST, '..', 'rollout.yaml'), 'utf8'))?.[1] ?? '';

    // WHEN
    const stale = FOLDERS.filter((folder, index) => {
      const previous = index > 0 ? { title: FOLDERS[index - 1], manifests: PHASES[index - 1].manifests } : undefined;
      return fs.readFileSync(path.join(DIST, folder, 'TRAFFIC.md'), 'utf8') !== trafficPage(folder, PHASES[index].manifests, previous);
    });

    // THEN
    expect(stale).toEqual([]);
    expect(fs.readFileSync(path.join(DIST, 'live', 'TRAFFIC.md'), 'utf8')).toEqual(fs.readFileSync(path.join(DIST, livePhase, 'TRAFFIC.md'), 'utf8'));
  });

  test.each(FOLDERS.slice(1).map((folder, index) => [FOLDERS[index], folder]))('%s and %s draw different pictures', (before, after) => {
    // WHEN
    const pictures = [pictureOf(before), pictureOf(after)];
    const diagrams = [diagramOf(before), diagramOf(after)];

    // THEN the phases differ even without the marks of what changed
    expect(pictures[1]).not.toEqual(pictures[0]);
    expect(diagrams[1]).not.toEqual(diagrams[0]);
  });

  test.each(FOLDERS)('%s shows Hello Web calling the Greeter through GREETER_SERVICE_URL, below the gateway', (folder) => {
    // WHEN
    const diagram = diagramOf(folder);

    // THEN
    expect(diagram.startsWith('flowchart TB\n  clients(["clients"])\n  gateway_default_gateway[')).toBe(true);
    expect(diagram).toMatch(new RegExp(`\\n  ${HELLOWEB} -->\\|"GREETER_SERVICE_URL"\\| (${GREETER_VS}|service_greeter_service_default_svc_cluster_local)\\n`));
  });

  test.each(FOLDERS)('%s has no label line wider than Mermaid leaves unwrapped', (folder) => {
    // WHEN
    const lines = [...diagramOf(folder).matchAll(/"([^"]*)"/g)].flatMap((match) => match[1].split('<br/>'));

    // THEN
    expect(lines.filter((line) => textWidth(line) > LINE_WIDTH)).toEqual([]);
  });

  test('03-egress-locked draws the REGISTRY_ONLY lock of Movie Web', () => {
    // WHEN
    const diagram = diagramOf('03-egress-locked');

    // THEN
    expect(diagram).toContain('  service_movieweb_default_svc_cluster_local -->|"ServiceEntry movieweb<br/>(new)"| external_api_themoviedb_org\n');
    expect(diagram).toContain('  service_movieweb_default_svc_cluster_local --x|"blocked by<br/>REGISTRY_ONLY<br/>Sidecar movieweb"| blocked\n');
    expect(diagram).toContain('  blocked["any other external host<br/>(new)"]\n');
    expect(diagramOf('02-egress')).toContain('  any_workload -->|"ServiceEntry movieweb"| external_api_themoviedb_org\n');
  });

  test('04-subsets draws the new DestinationRule\'s subsets in the Greeter, v2 without pods', () => {
    // WHEN
    const diagram = diagramOf('04-subsets');

    // THEN
    expect(diagram).toContain([
      '  subgraph service_greeter_service_default_svc_cluster_local["greeter-service · DR"]',
      `    ${GREETER}_v1["v1 · stable<br/>greeter-service:1.0.0 ×3<br/>ISTIO_MUTUAL<br/>(new)"]`,
      `    ${GREETER}_v2["v2 · candidate<br/>no pods<br/>ISTIO_MUTUAL<br/>(new)"]`,
      '  end',
    ].join('\n'));
    expect(diagram).toContain(`  ${HELLOWEB} -->|"GREETER_SERVICE_URL"| service_greeter_service_default_svc_cluster_local\n`);
    expect(diagram).toContain('  removed["removed<br/>Service movieweb<br/>Deployment movieweb<br/>VirtualService movieweb<br/>ServiceEntry movieweb<br/>Sidecar movieweb"]\n');
  });

  test('05-routed routes 0% to v2, which has no pods; 06-dark gives v2 its pods', () => {
    // WHEN
    const routed = diagramOf('05-routed');
    const dark = diagramOf('06-dark');

    // THEN
    expect(routed).toContain(`  ${GREETER_VS} -->|"0%"| ${GREETER}_v2\n`);
    expect(routed).toContain(`  class ${GREETER}_v2 nopods`);
    expect(dark).toContain(`    ${GREETER}_v2["v2 · candidate<br/>greeter-service:2.0.0 ×3<br/>ISTIO_MUTUAL<br/>(was no pods)"]\n`);
    expect(dark).not.toContain('nopods');
  });

  test('07-mirror-100 mirrors every request to v2, dashed, and 08-opt-in-firefox numbers its rules', () => {
    // WHEN
    const mirror = diagramOf('07-mirror-100');
    const optIn = diagramOf('08-opt-in-firefox');

    // THEN
    expect(mirror).toContain(`  ${GREETER_VS} -.->|"mirror 100% (was 0%)"| ${GREETER}_v2\n`);
    expect(optIn).toContain(`  ${GREETER_VS} -->|"rule 1: header user-agent<br/>regex .#42;Firefox.#42;<br/>100% (was 0%)"| ${GREETER}_v2\n`);
    expect(optIn).toContain(`  ${GREETER_VS} -->|"rule 2: everything else<br/>100%<br/>(changed)"| ${GREETER}_v1\n`);
    expect(optIn).toContain(`  ${GREETER_VS} -.->|"mirror removed (was 100%)"| ${GREETER}_v2\n`);
  });

  test('11-canary-10 splits 90 / 10, the candidate amber and thin, and says the candidate had nothing before', () => {
    // WHEN
    const diagram = diagramOf('11-canary-10');

    // THEN
    expect(diagram.split('\n').filter((line) => line.startsWith(`  ${GREETER_VS} `) || line.startsWith('  linkStyle'))).toEqual([
      `  ${GREETER_VS} -->|"90% (was 100%)"| ${GREETER}_v1`,
      `  ${GREETER_VS} -->|"10% (was 0%)"| ${GREETER}_v2`,
      '  linkStyle 2 stroke-width:5px',
      '  linkStyle 4 stroke-width:4.6px',
      '  linkStyle 5 stroke:#d97706,stroke-width:1.4px',
    ]);
  });

  test('14-retired draws v1 greyed as removed, and 15-tls-ingress lists the Gateway\'s servers', () => {
    // WHEN
    const retired = diagramOf('14-retired');
    const tls = diagramOf('15-tls-ingress');

    // THEN
    expect(retired).toContain(`    ${GREETER}_v1["v1 · previous<br/>greeter-service:1.0.0 ×3<br/>ISTIO_MUTUAL<br/>(removed)"]\n`);
    expect(tls).toContain('  gateway_default_gateway["Gateway default/gateway<br/>:80 HTTP → 301 https<br/>:443 HTTPS SIMPLE<br/>cert helloweb-dev-tls<br/>hosts helloweb.dev<br/>(was :80 HTTP)<br/>(was hosts #42;)"]\n');
  });
});

describe('the walkthrough\'s PLAN.md', () => {
  const page = fs.readFileSync(path.join(DIST, 'PLAN.md'), 'utf8');

  test('is the plan page of the phase folders', () => {
    // WHEN
    const fresh = planPage(PHASES);

    // THEN
    expect(page).toEqual(fresh);
  });

  test('holds the table that istio-traffic plan prints', () => {
    // WHEN
    const table = planTable(planOf(DIST));

    // THEN
    expect(page).toContain(`\n\n${table}\n\n`);
  });

  test('charts the Greeter\'s versions over the phases', () => {
    // WHEN
    const chart = page.slice(page.indexOf('xychart-beta'));

    // THEN
    expect(chart.split('\n').slice(0, 6)).toEqual([
      'xychart-beta',
      '  title "greeter-service: v1 blue, v2 amber"',
      '  x-axis "phase" ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17"]',
      '  y-axis "% of requests" 0 --> 100',
      '  line "v1" [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 90, 50, 0, 0, 0, 0, 0]',
      '  line "v2" [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 50, 100, 100, 100, 100, 100]',
    ]);
  });
});
