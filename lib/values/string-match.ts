import type { WrappedRE2 } from 're2-wasm/build/wasm/re2';
import { Problem } from './names';

/** Envoy compiles route regexes with RE2 and rejects programs past a size that 1024 bytes stays within. */
const MAX_REGEX_BYTES = 1024;

const SYNTAX_FIX = 'fix the syntax (RE2: https://github.com/google/re2/wiki/Syntax)';

/**
 * How a request property (a URI, a header, a method...) is compared: exactly one of exact, prefix or regex.
 */
export class StringMatch {
  /** The value must equal `value`. */
  public static exact(value: string): StringMatch {
    return new StringMatch('exact', value);
  }

  /** The value must start with `value`. */
  public static prefix(value: string): StringMatch {
    return new StringMatch('prefix', value);
  }

  /** The whole value must match the RE2 regular expression `value`, e.g. `.*Firefox.*`. */
  public static regex(value: string): StringMatch {
    return new StringMatch('regex', value);
  }

  private constructor(
    /** Which comparison. */
    public readonly kind: 'exact' | 'prefix' | 'regex',
    /** The value compared with. */
    public readonly value: string,
  ) {}

  /**
   * Whether every string this match accepts is accepted by `other` as well.
   * Regexes are compared as text only, so this may say no where a proof would say yes.
   */
  public isWithin(other: StringMatch): boolean {
    if (other.kind === 'regex' || this.kind === 'regex') {
      return this.kind === other.kind && this.value === other.value;
    }
    if (other.kind === 'exact') return this.kind === 'exact' && this.value === other.value;
    return this.value.startsWith(other.value);
  }

  /**
   * What is wrong with the match at `field`.
   * @internal
   */
  public _problems(field: string): Problem[] {
    return this.kind === 'regex' ? _regexProblems(`${field}.regex`, this.value) : [];
  }

  /**
   * The Istio StringMatch object.
   * @internal
   */
  public _toIstio(): { exact?: string; prefix?: string; regex?: string } {
    return { [this.kind]: this.value };
  }
}

/**
 * What Istio and Envoy would reject in the regular expression `value` at `field`: more than 1024 bytes,
 * the empty regex (which Istio's validation refuses), and whatever RE2 fails to compile.
 * @internal
 */
export function _regexProblems(field: string, value: string): Problem[] {
  const problems: Problem[] = [];
  if (Buffer.byteLength(value) > MAX_REGEX_BYTES) {
    problems.push({ field, value: `${value.slice(0, 40)}...`, message: `is longer than ${MAX_REGEX_BYTES} bytes`, fix: 'shorten the expression or split it into several matches' });
  }
  if (value === '') {
    problems.push({ field, value, message: 'is not a valid regular expression', fix: SYNTAX_FIX });
    return problems;
  }
  const error = re2Error(value);
  if (error !== undefined) {
    problems.push({
      field,
      value,
      message: `is not valid RE2, the regex syntax of Istio and Envoy, which reports "${error.length > 40 ? `${error.slice(0, 40)}...` : error}"`,
      fix: `${SYNTAX_FIX}, or match with exact/prefix`,
    });
  }
  return problems;
}

/**
 * The StringMatch of an Istio StringMatch object, or undefined when it sets none of exact, prefix and regex.
 * @internal
 */
export function _stringMatchFromIstio(json: { exact?: string; prefix?: string; regex?: string } | undefined): StringMatch | undefined {
  if (json?.exact !== undefined) return StringMatch.exact(json.exact);
  if (json?.prefix !== undefined) return StringMatch.prefix(json.prefix);
  if (json?.regex !== undefined) return StringMatch.regex(json.regex);
  return undefined;
}

/**
 * A sequence of printable ASCII characters and `.`, each repeated by at most one `*`, `+` or `?` (lazy or not),
 * between optional `^` and `$`: RE2 compiles every such pattern, so they need no compiler. Most route regexes are
 * of this form (`.*Firefox.*`), and RE2's WebAssembly costs more to load and start than a whole synth of them.
 */
const PLAIN_PATTERN = /^\^?(?:(?:[ !"#%&',\-/0-9:;<=>@A-Z_`a-z~]|\.)(?:[*+?]\??)?)*\$?$/;

/**
 * Whether `pattern` is of the plain form that RE2 always compiles.
 * @internal
 */
export function _isPlainRe2(pattern: string): boolean {
  return PLAIN_PATTERN.test(pattern);
}

/** RE2's compiler, loaded on the first pattern that is not plain. */
function re2(): typeof WrappedRE2 {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a pattern needs it
  return (require('re2-wasm/build/wasm/re2') as typeof import('re2-wasm/build/wasm/re2')).WrappedRE2;
}

/**
 * What RE2 reports when it compiles `pattern` as Envoy does (case-sensitive, no flags), or undefined when it compiles.
 * The report quotes the offending part of the pattern, which may be all of it.
 * RE2 is called directly rather than through the package's RegExp-like class, which first rewrites JavaScript
 * syntax (\uXXXX, \cX, (?<name>) into RE2 syntax and so would accept what Envoy rejects.
 */
function re2Error(pattern: string): string | undefined {
  if (_isPlainRe2(pattern)) return undefined;
  const compiled = new (re2())(pattern, false, false, false);
  try {
    return compiled.ok() ? undefined : compiled.error();
  } finally {
    // The compiled program lives in WebAssembly memory, which the garbage collector does not free.
    (compiled as WrappedRE2 & { delete(): void }).delete();
  }
}
