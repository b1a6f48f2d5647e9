import { Problem } from './names';

/** Envoy compiles route regexes with RE2 and rejects programs past a size that 1024 bytes stays within. */
const MAX_REGEX_BYTES = 1024;

/** Constructs RE2 does not support, with what to use instead. */
const RE2_UNSUPPORTED: { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /\(\?<?[=!]/, what: 'lookaround assertions ((?=, (?!, (?<=, (?<!)' },
  { pattern: /\\[1-9]|\\k</, what: 'backreferences (\\1, \\k<name>)' },
  { pattern: /\(\?>/, what: 'atomic groups ((?>)' },
  { pattern: /[*+?}]\+/, what: 'possessive quantifiers (*+, ++, ?+)' },
  { pattern: /\\[ZG]/, what: 'the anchors \\Z and \\G' },
];

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
 * What RE2 (Istio and Envoy) would reject in the regular expression `value` at `field`.
 * @internal
 */
export function _regexProblems(field: string, value: string): Problem[] {
  const problems: Problem[] = RE2_UNSUPPORTED
    .filter(({ pattern }) => pattern.test(value))
    .map(({ what }) => ({
      field,
      value,
      message: `uses ${what}, which RE2 (Istio and Envoy) does not support`,
      fix: 'rewrite the expression without it, or match with exact/prefix',
    }));
  if (Buffer.byteLength(value) > MAX_REGEX_BYTES) {
    problems.push({ field, value: `${value.slice(0, 40)}...`, message: `is longer than ${MAX_REGEX_BYTES} bytes`, fix: 'shorten the expression or split it into several matches' });
  }
  if (value === '' || !compiles(value)) {
    problems.push({ field, value, message: 'is not a valid regular expression', fix: 'fix the syntax (RE2: https://github.com/google/re2/wiki/Syntax)' });
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

/** Syntax check with the JavaScript engine, after rewriting RE2's inline flags and `(?P<name>` groups, which it lacks. */
function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern.replace(/\(\?[imsU-]+\)/g, '').replace(/\(\?[imsU-]+:/g, '(?:').replace(/\(\?P</g, '(?<'));
    return true;
  } catch {
    return false;
  }
}
