import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CHROMIUM_ARGS, MAX_WIDTH, Measure, MeasuredLabel, diagramPages, mermaidBlocks, problemsOf, requiresDiagram } from '../../scripts/render-diagrams';

// The browser check itself runs with `npm run test:diagrams`; these tests cover what it decides without a browser.

const ROOT = path.resolve(__dirname, '..', '..');

function label(values: Partial<MeasuredLabel> = {}): MeasuredLabel {
  return {
    kind: 'node', content: 'v1 · stable', box: { x: 0, y: 0, width: 200, height: 60 }, text: { x: 30, y: 15, width: 140, height: 30 }, wrapped: false, ...values,
  };
}

function measure(values: Partial<Measure> = {}): Measure {
  return { width: 600, height: 800, labels: [label()], overlaps: [], ...values };
}

describe('mermaidBlocks', () => {
  test('gives the Mermaid blocks of a page with the line of their fence, and no other code block', () => {
    // GIVEN
    const page = ['# 05-routed', '', '```mermaid', 'flowchart TB', '  a --> b', '```', '', '```sh', 'npx cdk8s synth', '```', '~~~~mermaid', 'xychart-beta', '~~~~', ''].join('\n');

    // WHEN
    const blocks = mermaidBlocks(page);

    // THEN
    expect(blocks).toEqual([{ line: 3, source: 'flowchart TB\n  a --> b' }, { line: 11, source: 'xychart-beta' }]);
  });

  test('finds one block in each TRAFFIC.md of dist/ and of dist/gateway-api/, and one in each of their PLAN.md', () => {
    // GIVEN
    const pages = diagramPages(ROOT).filter((page) => page.startsWith('dist/'));
    const phases = (dir: string) => fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(ROOT, dir, entry.name, 'TRAFFIC.md'))).length;

    // WHEN
    const counts = pages.map((page) => mermaidBlocks(fs.readFileSync(path.join(ROOT, page), 'utf8')).length);

    // THEN
    expect(pages).toHaveLength(phases('dist') + phases('dist/gateway-api') + 2);
    expect(pages).toEqual(expect.arrayContaining(['dist/PLAN.md', 'dist/live/TRAFFIC.md', 'dist/gateway-api/PLAN.md', 'dist/gateway-api/13-tls-ingress/TRAFFIC.md']));
    expect(counts).toEqual(pages.map(() => 1));
  });

  test('finds one block in the TRAFFIC.md of each service of each environment of examples/fleet/dist/', () => {
    // GIVEN
    const pages = diagramPages(ROOT).filter((page) => page.startsWith('examples/fleet/dist/'));

    // WHEN
    const counts = pages.map((page) => mermaidBlocks(fs.readFileSync(path.join(ROOT, page), 'utf8')).length);

    // THEN
    expect(pages).toHaveLength(24 * 3);
    expect(pages.every((page) => /^examples\/fleet\/dist\/(dev|staging|prod)\/[a-z-]+\/TRAFFIC\.md$/.test(page))).toBe(true);
    expect(counts).toEqual(pages.map(() => 1));
  });
});

describe('diagramPages', () => {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'diagram-pages-'));
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('lists the TRAFFIC.md and PLAN.md pages of dist/ and of examples/*/dist/, sorted, and nothing else', () => {
    // GIVEN
    for (const file of ['dist/PLAN.md', 'dist/01-a/TRAFFIC.md', 'dist/01-a/README.md', 'dist/live/TRAFFIC.md', 'examples/shop/dist/02-b/TRAFFIC.md', 'examples/empty/README.md']) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), '');
    }

    // WHEN
    const pages = diagramPages(root);

    // THEN
    expect(pages).toEqual(['dist/01-a/TRAFFIC.md', 'dist/PLAN.md', 'dist/live/TRAFFIC.md', 'examples/shop/dist/02-b/TRAFFIC.md']);
  });

  test('is empty without dist/ or examples/', () => {
    // WHEN
    const pages = diagramPages(root);

    // THEN
    expect(pages).toEqual([]);
  });
});

describe('requiresDiagram', () => {
  test('requires a diagram of every TRAFFIC.md, not of a PLAN.md, which charts only Services of several versions', () => {
    // GIVEN
    const pages = ['dist/01-stable/TRAFFIC.md', 'examples/istio-tasks/dist/egress-gateway/PLAN.md'];

    // WHEN
    const required = pages.map(requiresDiagram);

    // THEN
    expect(required).toEqual([true, false]);
  });
});

describe('problemsOf', () => {
  test('finds nothing wrong with a narrow diagram whose labels fit', () => {
    // WHEN
    const problems = problemsOf(measure());

    // THEN
    expect(problems).toEqual([]);
  });

  test('reports a diagram wider than the limit', () => {
    // WHEN
    const problems = problemsOf(measure({ width: MAX_WIDTH + 0.6 }));

    // THEN
    expect(MAX_WIDTH).toBe(1000);
    expect(problems).toEqual(['1001 px wide, more than 1000 px']);
  });

  test('reports a label whose text sticks out of its shape on any side, beyond 1 px', () => {
    // GIVEN
    const labels = [
      label({ content: 'left', text: { x: -3, y: 15, width: 140, height: 30 } }),
      label({ content: 'right', text: { x: 70, y: 15, width: 140, height: 30 } }),
      label({ content: 'below', kind: 'edge', text: { x: 30, y: 40, width: 140, height: 30 } }),
      label({ content: 'just inside', text: { x: 30, y: 15, width: 170.5, height: 30 } }),
    ];

    // WHEN
    const problems = problemsOf(measure({ labels }));

    // THEN
    expect(problems).toEqual([
      'node label "left" overflows its shape by 3 px',
      'node label "right" overflows its shape by 10 px',
      'edge label "below" overflows its shape by 10 px',
    ]);
  });

  test('reports labels that Mermaid wrapped or read as Markdown, and group titles under a box', () => {
    // GIVEN
    const labels = [label({ content: 'greeter-service', wrapped: true }), label({ content: 'Unsupported markdown: list' })];

    // WHEN
    const problems = problemsOf(measure({ labels, overlaps: [{ group: 'greeter-service · DR', node: 'v1 · stable' }] }));

    // THEN
    expect(problems).toEqual([
      'group title "greeter-service · DR" lies under the box "v1 · stable"',
      'node label "greeter-service" is wrapped by Mermaid: break it into shorter lines',
      'node label "Unsupported markdown: list" is read as Markdown: escape it',
    ]);
  });
});

describe('the browser', () => {
  test('is Chromium without sandbox, GPU, network services or QUIC', () => {
    // THEN
    expect(CHROMIUM_ARGS).toEqual([
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
    ]);
  });
});
