// Types of scripts/render-diagrams.js, for the tests that load it.

/** A Mermaid block of a Markdown page. */
export interface MermaidBlock {
  /** Line of its opening fence, from 1. */
  readonly line: number;
  /** The diagram. */
  readonly source: string;
}

/** A box of a rendered diagram, in px. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A label of a rendered diagram: its text's box and the box of the shape around it. */
export interface MeasuredLabel {
  readonly kind: 'node' | 'edge' | 'group';
  readonly content: string;
  readonly box: Box;
  readonly text: Box;
  /** Whether Mermaid wrapped it. */
  readonly wrapped: boolean;
}

/** What the browser measured of one diagram. */
export interface Measure {
  readonly width: number;
  readonly height: number;
  readonly labels: MeasuredLabel[];
  /** Group titles that lie under one of the boxes. */
  readonly overlaps?: Array<{ readonly group: string; readonly node: string }>;
}

export const CHROMIUM_ARGS: string[];
export const MAX_WIDTH: number;
export function diagramPages(root?: string): string[];
export function mermaidBlocks(markdown: string): MermaidBlock[];
export function problemsOf(measure: Measure, maxWidth?: number): string[];
export function requiresDiagram(page: string): boolean;
export function checkPages(pages: string[], options?: { root?: string; picture?: { page: string; png: string }; pngDir?: string }): Promise<number>;
