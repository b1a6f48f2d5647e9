import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const LIB = path.join(ROOT, 'lib');

/** The TypeScript sources of lib/, relative to the repository, sorted. */
function libSources(): string[] {
  return fs.readdirSync(LIB, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => path.join('lib', file))
    .sort();
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

/** The JSDoc blocks written right before a declaration. */
function docsOf(node: ts.Node): ts.JSDoc[] {
  return ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
}

/** Whether a declaration has a doc comment that says something. */
function hasDoc(node: ts.Node): boolean {
  return docsOf(node).some((doc) => ts.getTextOfJSDocComment(doc.comment)?.trim());
}

function hasDefaultTag(node: ts.Node): boolean {
  return docsOf(node).some((doc) => (doc.tags ?? []).some((tag) => tag.tagName.text === 'default'));
}

/** `file:line name: what is missing` for every exported declaration of a source file that lacks documentation. */
function undocumented(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const offenders: string[] = [];
  const report = (node: ts.Node, name: string, missing: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    offenders.push(`${file}:${line} ${name}: ${missing}`);
  };
  const functions = new Set<string>();

  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isInterfaceDeclaration(statement)) {
      const name = statement.name.text;
      if (!hasDoc(statement)) report(statement, name, 'no doc comment');
      for (const member of statement.members) {
        // `prop?: never` only keeps props of other variants of a union out; it is no property to document.
        if (!ts.isPropertySignature(member) || member.type?.kind === ts.SyntaxKind.NeverKeyword) continue;
        const property = `${name}.${member.name.getText(source)}`;
        if (!hasDoc(member)) report(member, property, 'no doc comment');
        if (member.questionToken && !hasDefaultTag(member)) report(member, property, 'optional without @default');
      }
    } else if (ts.isClassDeclaration(statement)) {
      if (!hasDoc(statement)) report(statement, statement.name?.text ?? 'default', 'no doc comment');
    } else if (ts.isFunctionDeclaration(statement)) {
      // An overloaded function is documented on its first signature.
      const name = statement.name?.text ?? 'default';
      if (functions.has(name)) continue;
      functions.add(name);
      if (!hasDoc(statement)) report(statement, name, 'no doc comment');
    } else if (ts.isEnumDeclaration(statement)) {
      const name = statement.name.text;
      if (!hasDoc(statement)) report(statement, name, 'no doc comment');
      for (const member of statement.members) {
        if (!hasDoc(member)) report(member, `${name}.${member.name.getText(source)}`, 'no doc comment');
      }
    }
  }
  return offenders;
}

describe('documentation of the public API', () => {
  test('finds what is undocumented', () => {
    // GIVEN
    const text = [
      '/** Documented. */',
      'export interface Props {',
      '  /** Documented. */',
      '  readonly name: string;',
      '  readonly bare: string;',
      '  /** Optional, without its default. */',
      '  readonly port?: number;',
      '  /**',
      '   * Optional, with its default.',
      '   * @default 3000',
      '   */',
      '  readonly other?: number;',
      '  readonly excluded?: never;',
      '}',
      'export class Bare {}',
      '/** Documented. */',
      'export enum Level {',
      '  /** Documented. */',
      "  ERROR = 'error',",
      "  WARNING = 'warning',",
      '}',
      'export function bare(): void {}',
      '// A line comment is no doc comment.',
      'export function commented(): void {}',
      '/** Documented. */',
      'export function overloaded(value: string): string;',
      'export function overloaded(value: number): number;',
      'export function overloaded(value: unknown): unknown { return value; }',
      'interface Internal { readonly bare?: string }',
      'function internal(): void {}',
      'export const CONSTANT = 1;',
    ].join('\n');

    // WHEN
    const offenders = undocumented('lib/example.ts', text);

    // THEN
    expect(offenders).toEqual([
      'lib/example.ts:5 Props.bare: no doc comment',
      'lib/example.ts:7 Props.port: optional without @default',
      'lib/example.ts:15 Bare: no doc comment',
      'lib/example.ts:20 Level.WARNING: no doc comment',
      'lib/example.ts:22 bare: no doc comment',
      'lib/example.ts:24 commented: no doc comment',
    ]);
  });

  test('every exported interface property, class, function, enum and enum member of lib/ has a doc comment, every optional property its @default', () => {
    // GIVEN
    const files = libSources();

    // WHEN
    const offenders = files.flatMap((file) => undocumented(file, fs.readFileSync(path.join(ROOT, file), 'utf8')));

    // THEN
    expect(files.length).toBeGreaterThan(20);
    if (offenders.length > 0) {
      throw new Error(`${offenders.length} undocumented declarations in lib/:\n  ${offenders.join('\n  ')}`);
    }
  });
});
