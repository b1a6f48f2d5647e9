import { CelCompileError, CelRules, forEvaluator, isTransitionRule } from '../../lib/cli/cel-rules';

/** The result of the rule for `self`, or the message of what it threw. */
function evaluate(rule: string, self: unknown): unknown {
  const compiled = new CelRules().compile(rule);
  if (compiled instanceof CelCompileError) return `compile error: ${compiled.message}`;
  try {
    return compiled(self);
  } catch (error) {
    return `error: ${(error as Error).message.split('\n')[0]}`;
  }
}

describe('CelRules', () => {
  test('compiles each rule text once per run', () => {
    // GIVEN
    const rules = new CelRules();

    // WHEN
    const first = rules.compile('self.size() > 0');
    const second = rules.compile('self.size() > 0');

    // THEN
    expect(typeof first).toEqual('function');
    expect(second).toBe(first);
    expect(new CelRules().compile('self.size() > 0')).not.toBe(first);
  });

  test('matches with RE2, as the API server does: inline flags and Unicode classes that JavaScript regexes lack', () => {
    // WHEN
    const results = [
      evaluate('self.matches(r"""^(?i)\\.?[a-z_][a-z_0-9]*$""")', 'Catalog'),
      evaluate('self.matches("^\\\\p{Greek}+$")', 'αβγ'),
      evaluate('self.matches("^[a-z]+$")', 'Shop'),
    ];

    // THEN
    expect(results).toEqual([true, true, false]);
  });

  test('an invalid regex in a rule is an error of the evaluation, not a crash', () => {
    // WHEN
    const result = evaluate('self.matches("a(")', 'a');

    // THEN
    expect(result).toMatch(/^error: invalid regular expression a\(: /);
  });

  test('has() of a field of an indexed element works, as CEL allows', () => {
    // WHEN
    const results = [
      evaluate("has(self.matches[0].path) && self.matches[0].path.type == 'PathPrefix'", { matches: [{ path: { type: 'PathPrefix' } }] }),
      evaluate('has(self.matches[0].path)', { matches: [{}] }),
    ];

    // THEN
    expect(results).toEqual([true, false]);
  });

  test('the Kubernetes IP and URL functions of the CRD rules', () => {
    // WHEN
    const results = [
      evaluate('self.all(h, !isIP(h))', ['shop.example.com', 'fd00::1']),
      evaluate('url(self).getScheme() in ["http", "https"]', 'https://accounts.example.com/jwks'),
      evaluate('url(self).getScheme() in ["http", "https"]', 'ftp://accounts.example.com/jwks'),
      evaluate('url(self).getHost()', 'https://accounts.example.com:8443/jwks'),
      evaluate('isURL(self)', 'not a url'),
      evaluate('url(self).getScheme()', 'not a url'),
    ];

    // THEN
    expect(results).toEqual([false, true, false, 'accounts.example.com:8443', false, 'error: URL parse error during conversion from string: not a url']);
  });

  test('a rule that does not parse is a compile error with the parser\'s message', () => {
    // WHEN
    const compiled = new CelRules().compile('self.size( > 0');

    // THEN
    expect(compiled).toBeInstanceOf(CelCompileError);
    expect((compiled as CelCompileError).message.length).toBeGreaterThan(0);
  });
});

describe('forEvaluator', () => {
  test('rewrites matches and indexed has() outside string literals only', () => {
    // GIVEN
    const rule = 'has(self.a.b) && self.x.matches(\'has(a[0].b)\') && has( self.m[0].n.o ) && self.y.matches(r"""^a\\.b$""") && "x.matches(" != \'\'';

    // WHEN
    const rewritten = forEvaluator(rule);

    // THEN
    expect(rewritten).toEqual('has(self.a.b) && self.x.matchesRE2(\'has(a[0].b)\') && (\'o\' in  self.m[0].n) && self.y.matchesRE2(r"""^a\\.b$""") && "x.matches(" != \'\'');
  });

  test('leaves a rule without them unchanged', () => {
    // GIVEN
    const rule = "self.all(l1, self.exists_one(l2, l1.name == l2.name))";

    // WHEN
    const rewritten = forEvaluator(rule);

    // THEN
    expect(rewritten).toEqual(rule);
  });
});

describe('isTransitionRule', () => {
  test.each([
    ['self == oldSelf', true],
    ['!has(oldSelf.x) || has(self.x)', true],
    ["self.name != 'oldSelf'", false],
    ['self.oldSelfish == 1', false],
    ['self.size() > 0', false],
  ])('%s: %s', (rule, transition) => {
    // WHEN
    const result = isTransitionRule(rule);

    // THEN
    expect(result).toEqual(transition);
  });
});
