#!/usr/bin/env node
// Renders every Mermaid diagram of the TRAFFIC.md and PLAN.md pages of dist/ (and of examples/*/dist/) with the
// Mermaid of node_modules in headless Chromium, and fails on a diagram that does not parse or render, a label that
// does not fit its box or wraps on its own, or a diagram wider than MAX_WIDTH. It also writes the PNG the README
// shows.
//
//   node scripts/render-diagrams.js            checks every page, writes docs/traffic-11-canary-10.png
//   node scripts/render-diagrams.js <file>...  checks the given Markdown files only, writes no PNG
//   node scripts/render-diagrams.js --png-dir <dir> [<file>...]  also writes a PNG of every diagram into <dir>
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const MERMAID = path.join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];
/** Pages whose diagrams are checked. */
const PAGE_NAMES = new Set(['TRAFFIC.md', 'PLAN.md']);
/** Wider diagrams are shrunk by GitHub until their labels are hard to read. */
const MAX_WIDTH = 1000;
/** How far, in px, a label's text may stick out of its shape before it counts as overflowing (anti-aliasing). */
const TOLERANCE = 1;
/** The phase the README shows, and where its picture goes. */
const PICTURE = { page: path.join('dist', '11-canary-10', 'TRAFFIC.md'), png: path.join('docs', 'traffic-11-canary-10.png') };

/**
 * Whether a page must hold a diagram: every TRAFFIC.md does; a PLAN.md charts only Services of several versions, and
 * a plan without any (an egress task's) has none.
 */
function requiresDiagram(page) {
  return path.basename(page) === 'TRAFFIC.md';
}

/** The Markdown pages with diagrams below `root`: `dist/` and `examples/<name>/dist/`, recursively, sorted. */
function diagramPages(root = ROOT) {
  const dists = [path.join(root, 'dist')];
  const examples = path.join(root, 'examples');
  if (fs.existsSync(examples)) {
    for (const example of fs.readdirSync(examples).sort()) dists.push(path.join(examples, example, 'dist'));
  }
  return dists.filter((dist) => fs.existsSync(dist)).flatMap((dist) => fs.readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => PAGE_NAMES.has(path.basename(file)))
    .sort()
    .map((file) => path.relative(root, path.join(dist, file))));
}

/** The Mermaid blocks of a Markdown text, each with the line of its opening fence. */
function mermaidBlocks(markdown) {
  const blocks = [];
  let fence;
  markdown.split('\n').forEach((line, index) => {
    if (fence === undefined) {
      const opening = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
      if (opening) fence = { marker: opening[1], mermaid: opening[2] === 'mermaid', line: index + 1, lines: [] };
      return;
    }
    const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
    if (closing && closing[1][0] === fence.marker[0] && closing[1].length >= fence.marker.length) {
      if (fence.mermaid) blocks.push({ line: fence.line, source: fence.lines.join('\n') });
      fence = undefined;
      return;
    }
    fence.lines.push(line);
  });
  return blocks;
}

/**
 * What is wrong with a rendered diagram, one text per problem: too wide, labels whose text sticks out of their
 * shape, labels that Mermaid wrapped because a line was too long or read as Markdown, group titles under a box.
 */
function problemsOf(measure, maxWidth = MAX_WIDTH) {
  const problems = [];
  if (measure.width > maxWidth) problems.push(`${Math.round(measure.width)} px wide, more than ${maxWidth} px`);
  for (const overlap of measure.overlaps ?? []) problems.push(`group title "${overlap.group}" lies under the box "${overlap.node}"`);
  for (const label of measure.labels) {
    const { text, box } = label;
    const out = Math.max(box.x - text.x, box.y - text.y, text.x + text.width - (box.x + box.width), text.y + text.height - (box.y + box.height));
    if (out > TOLERANCE) problems.push(`${label.kind} label "${label.content}" overflows its shape by ${Math.round(out)} px`);
    if (/Unsupported markdown/.test(label.content)) problems.push(`${label.kind} label "${label.content}" is read as Markdown: escape it`);
    if (label.wrapped) problems.push(`${label.kind} label "${label.content}" is wrapped by Mermaid: break it into shorter lines`);
  }
  return problems;
}

/** Runs in the page: renders one diagram and measures it. */
async function renderInPage({ id, source }) {
  const host = document.getElementById('diagrams');
  host.innerHTML = '';
  const { svg } = await window.mermaid.render(id, source);
  host.innerHTML = svg;
  const element = host.querySelector('svg');
  // At its own size, not shrunk to the page: Mermaid sets width 100% and a max-width.
  const viewBox = element.viewBox.baseVal;
  if (viewBox && viewBox.width) {
    element.style.width = `${viewBox.width}px`;
    element.style.maxWidth = 'none';
  }
  const rect = (node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return { x, y, width, height };
  };
  const labels = [];
  const wrapped = (group) => [...group.querySelectorAll('foreignObject div')].some((div) => getComputedStyle(div).whiteSpace === 'break-spaces');
  for (const node of element.querySelectorAll('g.node')) {
    const shape = node.querySelector(':scope > rect, :scope > polygon, :scope > path, :scope > circle, :scope > ellipse, :scope > g.basic, :scope > g > path');
    const text = node.querySelector('.label foreignObject span, .label text');
    if (shape && text) labels.push({ kind: 'node', content: node.textContent.trim(), box: rect(shape), text: rect(text), wrapped: wrapped(node) });
  }
  for (const edge of element.querySelectorAll('g.edgeLabel')) {
    const text = edge.querySelector('foreignObject span, text');
    const box = edge.querySelector('foreignObject, rect');
    if (text && box && edge.textContent.trim() !== '') {
      labels.push({ kind: 'edge', content: edge.textContent.trim(), box: rect(box), text: rect(text), wrapped: wrapped(edge) });
    }
  }
  const overlaps = [];
  const nodes = [...element.querySelectorAll('g.node')].map((node) => ({ content: node.textContent.trim(), box: rect(node) }));
  for (const cluster of element.querySelectorAll('g.cluster')) {
    const text = cluster.querySelector('.cluster-label foreignObject span, .cluster-label text');
    const box = cluster.querySelector(':scope > rect');
    if (!text || !box) continue;
    const title = rect(text);
    const content = cluster.textContent.trim();
    labels.push({ kind: 'group', content, box: rect(box), text: title, wrapped: wrapped(cluster) });
    // A group's title must not lie under one of its boxes.
    for (const node of nodes) {
      const apart = node.box.x >= title.x + title.width || title.x >= node.box.x + node.box.width
        || node.box.y >= title.y + title.height || title.y >= node.box.y + node.box.height;
      if (!apart) overlaps.push({ group: content, node: node.content });
    }
  }
  return { width: viewBox && viewBox.width ? viewBox.width : rect(element).width, height: viewBox && viewBox.height ? viewBox.height : rect(element).height, labels, overlaps };
}

/** A headless Chromium page with Mermaid loaded, to render diagrams one after the other. */
async function openRenderer() {
  const { chromium } = require('playwright-core');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing. Fix: apt-get install -y chromium`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 4000, height: 3000 }, deviceScaleFactor: 1 });
  await page.setContent('<!doctype html><html><body style="margin:0;background:#fff"><div id="diagrams" style="display:inline-block;padding:16px"></div></body></html>');
  await page.addScriptTag({ path: MERMAID });
  await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false }));
  let count = 0;
  return {
    /** Renders a diagram and measures it; throws Mermaid's error when it does not parse or render. */
    render: (source) => page.evaluate(renderInPage, { id: `diagram-${++count}`, source }),
    /** Renders a diagram and saves a PNG of it. */
    screenshot: async (source, file) => {
      await page.evaluate(renderInPage, { id: `diagram-${++count}`, source });
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.locator('#diagrams').screenshot({ path: file });
    },
    close: () => browser.close(),
  };
}

/** Checks the diagrams of the pages; resolves to the number of problems found, after printing them. */
async function checkPages(pages, { root = ROOT, picture, pngDir } = {}) {
  const renderer = await openRenderer();
  let failures = 0;
  let widest = { width: 0, where: '' };
  try {
    for (const page of pages) {
      const blocks = mermaidBlocks(fs.readFileSync(path.join(root, page), 'utf8'));
      if (blocks.length === 0 && requiresDiagram(page)) {
        console.log(`FAIL ${page}: no mermaid block`);
        failures++;
      }
      for (const block of blocks) {
        const where = `${page}:${block.line}`;
        let problems;
        let measure;
        try {
          measure = await renderer.render(block.source);
          problems = problemsOf(measure);
        } catch (error) {
          problems = [`does not render: ${String(error && error.message ? error.message : error).split('\n').join(' ')}`];
        }
        if (measure && measure.width > widest.width) widest = { width: measure.width, where };
        if (measure && pngDir) {
          const name = `${page.replace(/\.md$/, '').split(path.sep).filter((part) => part !== '..' && part !== 'dist').join('-')}-${block.line}.png`;
          await renderer.screenshot(block.source, path.join(pngDir, name));
        }
        if (problems.length === 0) console.log(`ok   ${where} ${Math.round(measure.width)}x${Math.round(measure.height)} px, ${measure.labels.length} labels`);
        for (const problem of problems) console.log(`FAIL ${where}: ${problem}`);
        failures += problems.length;
      }
    }
    if (picture && fs.existsSync(path.join(root, picture.page))) {
      const [block] = mermaidBlocks(fs.readFileSync(path.join(root, picture.page), 'utf8'));
      await renderer.screenshot(block.source, path.join(root, picture.png));
      console.log(`wrote ${picture.png}`);
    }
  } finally {
    await renderer.close();
  }
  console.log(`${pages.length} pages, widest diagram ${Math.round(widest.width)} px (${widest.where}), ${failures} problems`);
  return failures;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const pngAt = args.indexOf('--png-dir');
  const pngDir = pngAt >= 0 ? path.resolve(args[pngAt + 1]) : undefined;
  const given = pngAt >= 0 ? [...args.slice(0, pngAt), ...args.slice(pngAt + 2)] : args;
  const pages = given.length > 0 ? given.map((file) => path.relative(ROOT, path.resolve(file))) : diagramPages();
  checkPages(pages, { picture: given.length > 0 ? undefined : PICTURE, pngDir }).then(
    (failures) => process.exit(failures === 0 && pages.length > 0 ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

module.exports = { CHROMIUM_ARGS, MAX_WIDTH, diagramPages, mermaidBlocks, problemsOf, openRenderer, checkPages, requiresDiagram };
