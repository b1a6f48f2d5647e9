import { isIP } from 'node:net';
import { Environment } from '@marcbachmann/cel-js';
import { WrappedRE2 } from 're2-wasm/build/wasm/re2';

/*
 * The CEL of the `x-kubernetes-validations` rules of CRD schemas, evaluated as the API server evaluates them: the
 * standard CEL library, `matches` with RE2, and the Kubernetes libraries the CRDs use (IP and URL functions).
 */

/** A compiled rule: true when the rule holds for `self`; throws when CEL cannot evaluate it (e.g. no such key). */
export type CompiledRule = (self: unknown) => unknown;

/** A rule that does not compile: the API server would have refused the CRD; analyze reports it and goes on. */
export class CelCompileError extends Error {}

/** RE2 programs by pattern; the patterns are the constants of the CRD rules, so they stay few. */
const RE2_PROGRAMS = new Map<string, WrappedRE2>();

function re2Matches(value: string, pattern: string): boolean {
  let program = RE2_PROGRAMS.get(pattern);
  if (!program) {
    program = new WrappedRE2(pattern, false, false, false);
    if (!program.ok()) {
      const error = program.error();
      // The compiled program lives in WebAssembly memory, which the garbage collector does not free.
      (program as WrappedRE2 & { delete(): void }).delete();
      throw new Error(`invalid regular expression ${pattern}: ${error}`);
    }
    RE2_PROGRAMS.set(pattern, program);
  }
  return program.match(value, 0, false).index >= 0;
}

/** A URL as the Kubernetes URL library parses it: absolute, with a scheme. */
class KubernetesUrl {
  constructor(readonly url: URL) {}
}

function parseUrl(value: string): KubernetesUrl {
  try {
    return new KubernetesUrl(new URL(value));
  } catch {
    throw new Error(`URL parse error during conversion from string: ${value}`);
  }
}

function newEnvironment(): Environment {
  return new Environment({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false })
    .registerFunction(`string.${RE2_MATCHES}(string): bool`, re2Matches)
    .registerFunction('isIP(string): bool', (value: string) => isIP(value) !== 0)
    .registerType('net.URL', { ctor: KubernetesUrl })
    .registerFunction('url(string): net.URL', parseUrl)
    .registerFunction('isURL(string): bool', (value: string) => URL.canParse(value))
    .registerFunction('net.URL.getScheme(): string', (value: KubernetesUrl) => value.url.protocol.replace(/:$/, ''))
    .registerFunction('net.URL.getHost(): string', (value: KubernetesUrl) => value.url.host)
    .registerFunction('net.URL.getHostname(): string', (value: KubernetesUrl) => value.url.hostname.replace(/^\[(.*)\]$/, '$1'))
    .registerFunction('net.URL.getPort(): string', (value: KubernetesUrl) => value.url.port)
    .registerFunction('net.URL.getEscapedPath(): string', (value: KubernetesUrl) => value.url.pathname);
}

/** The name `matches` is called by in the compiled rules: the built-in one uses JavaScript regexes, not RE2. */
const RE2_MATCHES = 'matchesRE2';

/**
 * The rule as the evaluator needs it to evaluate it as the API server does: `.matches(` calls RE2, and
 * `has(x[0].f)`, which CEL allows but the evaluator refuses (it takes only `has(a.b.f)`), is `('f' in x[0])`, the
 * same test on the objects of a custom resource. Nothing inside string literals is changed.
 */
export function forEvaluator(rule: string): string {
  const inString = stringMask(rule);
  let result = '';
  for (let at = 0; at < rule.length;) {
    if (!inString[at] && rule.startsWith('.matches(', at)) {
      result += `.${RE2_MATCHES}(`;
      at += '.matches('.length;
      continue;
    }
    const presence = inString[at] ? undefined : indexedPresence(rule, inString, at);
    if (presence) {
      result += presence.text;
      at = presence.end;
      continue;
    }
    result += rule[at];
    at += 1;
  }
  return result;
}

/** For each character of the rule, whether it is inside a string literal (quoted with ' or ", single or tripled, maybe raw). */
function stringMask(rule: string): boolean[] {
  const mask = new Array<boolean>(rule.length).fill(false);
  for (let at = 0; at < rule.length;) {
    const quote = /^(?:'''|"""|'|")/.exec(rule.slice(at))?.[0];
    if (!quote) {
      at += 1;
      continue;
    }
    const raw = /[rR]$/.test(rule.slice(0, at));
    let end = at + quote.length;
    while (end < rule.length && !rule.startsWith(quote, end)) end += !raw && rule[end] === '\\' ? 2 : 1;
    end = Math.min(rule.length, end + quote.length);
    mask.fill(true, at, end);
    at = end;
  }
  return mask;
}

/**
 * `('f' in x[0])` for a call `has(x[0].f)` at `at`, with the index of what follows the call; undefined when there is
 * no call of has there, or its argument is a plain `a.b.f`.
 */
function indexedPresence(rule: string, inString: boolean[], at: number): { text: string; end: number } | undefined {
  const call = /^has\s*\(/.exec(rule.slice(at));
  if (!call || /[A-Za-z0-9_.]/.test(rule[at - 1] ?? '')) return undefined;
  const start = at + call[0].length;
  let depth = 1;
  let indexed = false;
  let lastDot: number | undefined;
  let end = start;
  for (; end < rule.length && depth > 0; end++) {
    if (inString[end]) continue;
    const char = rule[end];
    if (char === '(' || char === '[') {
      depth += 1;
      indexed = true;
    } else if (char === ')' || char === ']') {
      depth -= 1;
    } else if (char === '.' && depth === 1) {
      lastDot = end;
    }
  }
  if (depth > 0 || !indexed || lastDot === undefined) return undefined;
  const field = rule.slice(lastDot + 1, end - 1).trim();
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) return undefined;
  return { text: `('${field}' in ${forEvaluator(rule.slice(start, lastDot))})`, end };
}

/** Whether the rule reads `oldSelf`: a transition rule, which the API server evaluates on updates only. */
export function isTransitionRule(rule: string): boolean {
  return /\boldSelf\b/.test(rule.replace(/r?("""|'''|"|')(?:\\.|(?!\1)[\s\S])*?\1/g, '""'));
}

/** Compiles CEL rules for one run: each distinct rule text once. */
export class CelRules {
  private readonly environment = newEnvironment();
  private readonly compiled = new Map<string, CompiledRule | CelCompileError>();

  /** The compiled rule, or the error of compiling it. */
  public compile(rule: string): CompiledRule | CelCompileError {
    let compiled = this.compiled.get(rule);
    if (compiled === undefined) {
      try {
        const evaluate = this.environment.parse(forEvaluator(rule));
        compiled = (self: unknown) => evaluate({ self });
      } catch (error) {
        compiled = new CelCompileError((error as Error).message.split('\n')[0]);
      }
      this.compiled.set(rule, compiled);
    }
    return compiled;
  }
}
