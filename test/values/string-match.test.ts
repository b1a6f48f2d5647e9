import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { Testing } from 'cdk8s';
import { WrappedRE2 } from 're2-wasm/build/wasm/re2';
import { MeshService, StringMatch, VersionedWorkload, VirtualService } from '../../lib';
import type { Problem } from '../../lib/values/names';
import { _isPlainRe2 } from '../../lib/values/string-match';
import { only, synth } from '../support/manifests';

const SYNTAX_FIX = 'fix the syntax (RE2: https://github.com/google/re2/wiki/Syntax)';

/** The problem StringMatch reports for a regex RE2 does not compile, with the error RE2 gives. */
const rejected = (value: string, error: string): Problem => ({
  field: 'match.uri.regex', value, message: `is not valid RE2, the regex syntax of Istio and Envoy, which reports "${error}"`, fix: `${SYNTAX_FIX}, or match with exact/prefix`,
});

describe('StringMatch', () => {
  test('renders exact, prefix and regex as the one Istio field of each, in a VirtualService match', () => {
    // GIVEN
    const chart = Testing.chart();
    new MeshService(chart, 'Service', { app: 'helloweb' });
    new VersionedWorkload(chart, 'Web', { app: 'helloweb', version: { name: 'v1', image: 'learnistio/hello-web:1.0.0' } });

    // WHEN
    new VirtualService(chart, 'Routes', {
      name: 'helloweb',
      hosts: ['helloweb.dev'],
      http: [{
        match: [
          { uri: StringMatch.exact('/hello') },
          { uri: StringMatch.prefix('/greeting/') },
          { headers: { 'user-agent': StringMatch.regex('.*Firefox.*') } },
        ],
        route: [{ host: 'helloweb.default.svc.cluster.local' }],
      }],
    });

    // THEN
    expect(only(synth(chart), 'VirtualService').spec.http[0].match).toEqual([
      { uri: { exact: '/hello' } },
      { uri: { prefix: '/greeting/' } },
      { headers: { 'user-agent': { regex: '.*Firefox.*' } } },
    ]);
  });

  test('exposes its kind and value', () => {
    // GIVEN / WHEN
    const matches = [StringMatch.exact('a'), StringMatch.prefix('b'), StringMatch.regex('c+')];

    // THEN
    expect(matches.map((match) => [match.kind, match.value])).toEqual([['exact', 'a'], ['prefix', 'b'], ['regex', 'c+']]);
  });

  describe('isWithin', () => {
    test.each<[string, StringMatch, StringMatch, boolean]>([
      ['exact within the same exact', StringMatch.exact('/a'), StringMatch.exact('/a'), true],
      ['exact not within another exact', StringMatch.exact('/a'), StringMatch.exact('/b'), false],
      ['exact within a prefix of it', StringMatch.exact('/a/x'), StringMatch.prefix('/a'), true],
      ['exact not within a prefix it does not start with', StringMatch.exact('/b'), StringMatch.prefix('/a'), false],
      ['prefix within a shorter prefix', StringMatch.prefix('/a/b'), StringMatch.prefix('/a'), true],
      ['prefix within the same prefix', StringMatch.prefix('/a'), StringMatch.prefix('/a'), true],
      ['prefix not within a longer prefix', StringMatch.prefix('/a'), StringMatch.prefix('/a/b'), false],
      ['prefix not within an exact equal to it', StringMatch.prefix('/a'), StringMatch.exact('/a'), false],
      ['anything within the empty prefix', StringMatch.exact('/a'), StringMatch.prefix(''), true],
      ['regex within the identical regex', StringMatch.regex('.*Firefox.*'), StringMatch.regex('.*Firefox.*'), true],
      ['regex not within another regex, even a wider one', StringMatch.regex('a'), StringMatch.regex('.*'), false],
      ['exact not within a regex that accepts it (regexes are compared as text)', StringMatch.exact('a'), StringMatch.regex('a'), false],
      ['regex not within a prefix', StringMatch.regex('/a.*'), StringMatch.prefix('/a'), false],
    ])('%s', (_, match, other, expected) => {
      // GIVEN / WHEN
      const within = match.isWithin(other);

      // THEN
      expect(within).toBe(expected);
    });
  });

  describe('_problems', () => {
    test.each<[string, string, Problem[]]>([
      ['a lookahead', '(?=x)', [rejected('(?=x)', 'invalid perl operator: (?=')]],
      ['a negative lookahead', 'a(?!x)', [rejected('a(?!x)', 'invalid perl operator: (?!')]],
      ['a lookbehind', '(?<=x)a', [rejected('(?<=x)a', 'invalid perl operator: (?<')]],
      ['a negative lookbehind', '(?<!x)a', [rejected('(?<!x)a', 'invalid perl operator: (?<')]],
      ['a backreference', '(a)\\1', [rejected('(a)\\1', 'invalid escape sequence: \\1')]],
      ['a named backreference', '(?P<n>a)\\k<n>', [rejected('(?P<n>a)\\k<n>', 'invalid escape sequence: \\k')]],
      ['an atomic group', '(?>a)', [rejected('(?>a)', 'invalid perl operator: (?>')]],
      ['a possessive quantifier', 'a*+', [rejected('a*+', 'bad repetition operator: *+')]],
      ['the \\Z anchor', 'a\\Z', [rejected('a\\Z', 'invalid escape sequence: \\Z')]],
      ['invalid syntax', '(', [rejected('(', 'missing ): (')]],
      ['a repeat count over 1000', 'a{1001}', [rejected('a{1001}', 'invalid repetition size: {1001}')]],
      ['a JavaScript \\u escape, which RE2 writes \\x{...}', '\\u0041', [rejected('\\u0041', 'invalid escape sequence: \\u')]],
      ['an empty regex, which Istio refuses', '', [{ field: 'match.uri.regex', value: '', message: 'is not a valid regular expression', fix: SYNTAX_FIX }]],
    ])('reports %s', (_, regex, expected) => {
      // GIVEN
      const match = StringMatch.regex(regex);

      // WHEN
      const problems = match._problems('match.uri');

      // THEN
      expect(problems).toEqual(expected);
    });

    test('reports a regex longer than 1024 bytes, showing its first 40 characters', () => {
      // GIVEN
      const match = StringMatch.regex('a'.repeat(1025));

      // WHEN
      const problems = match._problems('match.uri');

      // THEN
      expect(problems).toEqual([{
        field: 'match.uri.regex', value: `${'a'.repeat(40)}...`, message: 'is longer than 1024 bytes', fix: 'shorten the expression or split it into several matches',
      }]);
    });

    test('reports both a regex longer than 1024 bytes and what RE2 rejects in it, cutting RE2\'s quote of it to 40 characters', () => {
      // GIVEN
      const match = StringMatch.regex(`${'a'.repeat(1024)}(`);

      // WHEN
      const problems = match._problems('match.uri');

      // THEN
      expect(problems.map((problem) => problem.message)).toEqual([
        'is longer than 1024 bytes',
        `is not valid RE2, the regex syntax of Istio and Envoy, which reports "missing ): ${'a'.repeat(29)}..."`,
      ]);
    });

    test('counts the length in bytes, not characters', () => {
      // GIVEN
      const longest = StringMatch.regex('a'.repeat(1024));
      const multiByte = StringMatch.regex('é'.repeat(513));

      // WHEN
      const problems = [longest._problems('match.uri'), multiByte._problems('match.uri')];

      // THEN
      expect(problems[0]).toEqual([]);
      expect(problems[1].map((problem) => problem.message)).toEqual(['is longer than 1024 bytes']);
    });

    test.each(['(?i)firefox', '(?i:firefox)', '(?s).*Firefox.*', '.*Firefox.*', '^/api/v[0-9]+/users$', 'a\\z', '\\p{Greek}+', 'a{1000}', 'a/b'])('accepts the RE2 regex %j', (regex) => {
      // GIVEN
      const match = StringMatch.regex(regex);

      // WHEN
      const problems = match._problems('match.uri');

      // THEN
      expect(problems).toEqual([]);
    });

    test('accepts RE2 named groups (?P<name>re)', () => {
      // GIVEN
      const match = StringMatch.regex('/users/(?P<id>[0-9]+)');

      // WHEN
      const problems = match._problems('match.uri');

      // THEN
      expect(problems).toEqual([]);
    });

    test.each(['(?i-s)firefox', '(?-i)Firefox'])('accepts the RE2 inline flags that clear a flag, %j', (regex) => {
      // GIVEN
      const match = StringMatch.regex(regex);

      // WHEN
      const problems = match._problems('match.uri');

      // THEN
      expect(problems).toEqual([]);
    });

    test.each([StringMatch.exact('('), StringMatch.prefix('(?=x)'), StringMatch.exact('')])('checks nothing in a non-regex match %#', (match) => {
      // GIVEN / WHEN
      const problems = match._problems('match.uri');

      // THEN
      expect(problems).toEqual([]);
    });
  });

  describe('plain patterns, which need no RE2 compiler', () => {
    /** What RE2 itself reports, compiling as Envoy does. */
    const re2Compiles = (pattern: string): boolean => {
      const compiled = new WrappedRE2(pattern, false, false, false);
      try {
        return compiled.ok();
      } finally {
        (compiled as WrappedRE2 & { delete(): void }).delete();
      }
    };

    test.each(['.*Firefox.*', '^/api/v1/users$', '.*', 'a*?b+?c??', '^', '$', '^$', 'curl/7.6', 'Mozilla/5.0 Windows'])('%j is plain', (pattern) => {
      // WHEN
      const plain = _isPlainRe2(pattern);

      // THEN
      expect(plain).toBe(true);
      expect(re2Compiles(pattern)).toBe(true);
    });

    test.each(['a**', 'a*+', '^*', '*a', 'a|b', '(a)', '[a]', 'a{2}', '\\d', 'a^', '$a', 'é.*', '(?i)a'])('%j is not plain: RE2 decides', (pattern) => {
      // WHEN
      const plain = _isPlainRe2(pattern);

      // THEN
      expect(plain).toBe(false);
    });

    test('a synth whose regexes are all plain never loads the RE2 compiler', () => {
      // GIVEN a fresh process, as a synth is
      const script = [
        "const { StringMatch } = require('./lib/values/string-match');",
        "const problems = ['.*Firefox.*', '^/api/v1$'].flatMap((regex) => StringMatch.regex(regex)._problems('match.uri'));",
        "const loaded = Object.keys(require.cache).some((file) => file.includes('re2-wasm'));",
        'console.log(JSON.stringify({ problems, loaded }));',
      ].join('\n');

      // WHEN
      const output = execFileSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' });

      // THEN
      expect(JSON.parse(output)).toEqual({ problems: [], loaded: false });
    });

    test('RE2 compiles every plain pattern among 20000 random ones of metacharacters and letters, and the check agrees with RE2 on each', () => {
      // GIVEN patterns of up to 8 characters, from a fixed seed so that a failure can be replayed
      const alphabet = ['a', 'Z', '0', '/', ' ', '-', '.', '*', '+', '?', '^', '$', '(', ')', '|', '[', ']', '{', '}', '\\', 'é'];
      let seed = 20261203;
      const random = (below: number) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % below;
      };
      const patterns = Array.from({ length: 20000 }, () => Array.from({ length: 1 + random(8) }, () => alphabet[random(alphabet.length)]).join(''));

      // WHEN
      const plain = patterns.filter(_isPlainRe2);
      const rejectedByRe2 = plain.filter((pattern) => !re2Compiles(pattern));
      const verdicts = patterns.slice(0, 2000).map((pattern) => StringMatch.regex(pattern)._problems('match.uri').length === 0);

      // THEN some hundreds are plain, RE2 compiles all of them, and the problems found are RE2's verdict for every pattern
      expect(plain.length).toBeGreaterThan(200);
      expect(rejectedByRe2).toEqual([]);
      expect(verdicts).toEqual(patterns.slice(0, 2000).map(re2Compiles));
    });
  });
});
