/**
 * Text for Mermaid diagrams: labels escaped so that Mermaid shows them as written, lines short enough that Mermaid
 * never wraps them on its own (it breaks words at any hyphen), and node ids that never collide.
 */

/**
 * Characters that Mermaid or the Markdown it applies to labels would read as syntax, as Mermaid entity codes:
 * `#` starts an entity, backticks make a Markdown string, `*`, `_` and `~` emphasis, `[` `]` links, `@` mail links;
 * `&`, quotes, `<` and `>` would end the label or be read as HTML. `_` between letters or digits is left as it is.
 */
const ENTITIES: Record<string, string> = {
  '#': '#35;',
  '&': '#38;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '*': '#42;',
  '_': '#95;',
  '~': '#126;',
  '[': '#91;',
  ']': '#93;',
  '\\': '#92;',
  '@': '#64;',
};
const SPECIAL = /[#&"<>`*_~[\]\\@]/g;

/** What `escapeLine` changes: a special character, a line that starts like a block, a link. */
const NEEDS_ESCAPING = new RegExp(`${SPECIAL.source}|^[-+=\\d]|:\\/\\/|www\\.`, 'i');

/** One line of a label as Mermaid source: special characters as entities, and nothing Markdown reads as a block. */
export function escapeLine(line: string): string {
  const trimmed = line.trim();
  // Most lines hold nothing to escape.
  if (!NEEDS_ESCAPING.test(trimmed)) return trimmed;
  const escaped = trimmed.replace(SPECIAL, (character, offset: number, text: string) => (
    // Markdown reads `_` as emphasis only next to something other than a letter or digit.
    character === '_' && /[A-Za-z0-9]/.test(text[offset - 1] ?? '') && /[A-Za-z0-9]/.test(text[offset + 1] ?? '') ? '_' : ENTITIES[character]))
    // A line that starts like a list item, a rule or a heading underline.
    .replace(/^([-+=])/, (marker) => `#${marker.charCodeAt(0)};`)
    .replace(/^(\d+)([.)])/, (_match, digits: string, marker: string) => `${digits}#${marker.charCodeAt(0)};`)
    // What Markdown would turn into a link: a scheme's `://`, and `www.`, which Mermaid decodes back from an entity
    // before Markdown reads it: an invisible word joiner keeps it apart.
    .replace(/:\/\//g, '#58;//')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}#8288;.`);
  return escaped;
}

/** A label as a quoted Mermaid string: its lines escaped and joined by line breaks. */
export function quoted(lines: string[]): string {
  return `"${lines.map(escapeLine).join('<br/>')}"`;
}

/** Advance widths of Arial (and the metric-compatible Liberation Sans) for ASCII ` ` to `~`, in thousandths of an em. */
const ARIAL_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
];
const OTHER_WIDTHS: Record<string, number> = { '·': 278, '×': 584, '→': 1000, '—': 1000 };

/** Width of a text in px in Mermaid's default 16px font, where Arial or Liberation Sans draws it. */
export function textWidth(text: string): number {
  return pxOf(unitsOf(text));
}

/** Width of a text in thousandths of an em: a whole number, so that widths of parts add up exactly. */
function unitsOf(text: string): number {
  let units = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 32 && code <= 126) {
      units += ARIAL_WIDTHS[code - 32];
      continue;
    }
    // A character beyond the Basic Multilingual Plane is two code units: one character, one width.
    const point = text.codePointAt(at) ?? code;
    if (point > 0xffff) at++;
    units += OTHER_WIDTHS[String.fromCodePoint(point)] ?? 1000;
  }
  return units;
}

function pxOf(units: number): number {
  return (units * 16) / 1000;
}

const SPACE_UNITS = ARIAL_WIDTHS[0];

/** Mermaid wraps a label line of 200 px or more (and breaks words at hyphens to do it); lines stay below. */
export const LINE_WIDTH = 198;

/** Where a word too long for one line may be broken: after these characters. */
const BREAK_AFTER = /([./:=,-])/;

/**
 * The text as lines no wider than `width`: broken at spaces, a word too long for a line broken after a `.`, `/`,
 * `:`, `=`, `,` or `-`, and only a word without any of them broken anywhere.
 */
export function wrap(text: string, width = LINE_WIDTH): string[] {
  // Most labels are one line already: single spaces between words, and narrow enough.
  if (text !== '' && !/^\s|\s$|\s\s|[^\S ]/.test(text) && pxOf(unitsOf(text)) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  let lineUnits = 0;
  for (const word of text.split(/\s+/).filter(Boolean).flatMap((word) => pieces(word, width))) {
    const wordUnits = unitsOf(word);
    const candidateUnits = line === '' ? wordUnits : lineUnits + SPACE_UNITS + wordUnits;
    if (pxOf(candidateUnits) <= width || line === '') {
      line = line === '' ? word : `${line} ${word}`;
      lineUnits = candidateUnits;
    } else {
      lines.push(line);
      line = word;
      lineUnits = wordUnits;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** A word as parts that each fit `width`, joined back where they still fit together. */
function pieces(word: string, width: number): string[] {
  if (textWidth(word) <= width) return [word];
  const parts: string[] = [];
  let part = '';
  for (const chunk of word.split(BREAK_AFTER).reduce<string[]>((chunks, piece, index) => {
    // `split` with a group alternates text and separator: keep each separator at the end of its text.
    if (index % 2 === 1) chunks[chunks.length - 1] += piece;
    else chunks.push(piece);
    return chunks;
  }, []).filter(Boolean)) {
    if (textWidth(part + chunk) <= width || part === '') part += chunk;
    else {
      parts.push(part);
      part = chunk;
    }
  }
  if (part !== '') parts.push(part);
  return parts.flatMap((piece) => (textWidth(piece) <= width ? [piece] : hardSplit(piece, width)));
}

function hardSplit(word: string, width: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const character of word) {
    if (part !== '' && textWidth(part + character) > width) {
      parts.push(part);
      part = '';
    }
    part += character;
  }
  return [...parts, part];
}

/** Lines of a label: each text wrapped, empty texts left out. */
export function wrapAll(texts: string[], width = LINE_WIDTH): string[] {
  return texts.filter((text) => text !== '').flatMap((text) => wrap(text, width));
}

/** Words Mermaid reads as keywords wherever an id stands. */
const KEYWORDS = new Set(['end', 'graph', 'flowchart', 'subgraph', 'style', 'class', 'classdef', 'click', 'linkstyle', 'direction', 'default']);

/**
 * Ids of diagram elements named by keys: the key made safe for Mermaid (letters, digits and `_`), with a number
 * added when two keys would give the same id, so that different keys never share one.
 */
export class MermaidIds {
  private readonly ids = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** The id of a key, the same every time it is asked for. */
  public of(key: string): string {
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    let base = key.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'node';
    if (/^\d/.test(base) || KEYWORDS.has(base.toLowerCase())) base = `n_${base}`;
    let id = base;
    for (let suffix = 2; this.taken.has(id); suffix++) id = `${base}_${suffix}`;
    this.ids.set(key, id);
    this.taken.add(id);
    return id;
  }
}
