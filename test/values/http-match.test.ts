import { HttpMatch, StringMatch, _isCatchAll, _matchCovers, _matchProblems, _matchToIstio } from '../../lib';

const PORT_FIX = 'use a whole number from 1 to 65535';

describe('_matchToIstio', () => {
  test('renders every condition as the Istio HTTPMatchRequest field of the same name', () => {
    // GIVEN
    const match: HttpMatch = {
      name: 'beta-firefox',
      uri: StringMatch.prefix('/greeting'),
      scheme: StringMatch.exact('https'),
      method: StringMatch.exact('GET'),
      authority: StringMatch.exact('helloweb.dev'),
      headers: { 'user-agent': StringMatch.regex('.*Firefox.*'), 'x-beta-optin': StringMatch.exact('true') },
      queryParams: { debug: StringMatch.exact('1') },
      withoutHeaders: { 'x-internal': StringMatch.prefix('') },
      sourceLabels: { app: 'web', version: 'v1' },
      port: 8080,
      ignoreUriCase: true,
    };

    // WHEN
    const written = _matchToIstio(match);

    // THEN
    expect(written).toEqual({
      name: 'beta-firefox',
      uri: { prefix: '/greeting' },
      scheme: { exact: 'https' },
      method: { exact: 'GET' },
      authority: { exact: 'helloweb.dev' },
      headers: { 'user-agent': { regex: '.*Firefox.*' }, 'x-beta-optin': { exact: 'true' } },
      queryParams: { debug: { exact: '1' } },
      withoutHeaders: { 'x-internal': { prefix: '' } },
      sourceLabels: { app: 'web', version: 'v1' },
      port: 8080,
      ignoreUriCase: true,
    });
  });

  test('leaves out the conditions that are not given', () => {
    // GIVEN
    const match: HttpMatch = { uri: StringMatch.exact('/') };

    // WHEN
    const written = _matchToIstio(match);

    // THEN
    expect(Object.entries(written).filter(([, value]) => value !== undefined)).toEqual([['uri', { exact: '/' }]]);
  });
});

describe('_isCatchAll', () => {
  test.each<[string, HttpMatch]>([
    ['no condition', {}],
    ['only a name', { name: 'all' }],
    ['empty maps', { headers: {}, queryParams: {}, withoutHeaders: {}, sourceLabels: {} }],
    ['only ignoreUriCase, which is no condition without a uri', { ignoreUriCase: true }],
  ])('is true for a match with %s', (_, match) => {
    // GIVEN / WHEN
    const catchAll = _isCatchAll(match);

    // THEN
    expect(catchAll).toBe(true);
  });

  test.each<[string, HttpMatch]>([
    ['a uri', { uri: StringMatch.prefix('/') }],
    ['a scheme', { scheme: StringMatch.exact('http') }],
    ['a method', { method: StringMatch.exact('GET') }],
    ['an authority', { authority: StringMatch.exact('helloweb.dev') }],
    ['a header', { headers: { 'x-beta': StringMatch.exact('true') } }],
    ['a query parameter', { queryParams: { debug: StringMatch.exact('1') } }],
    ['a header that must be absent', { withoutHeaders: { 'x-beta': StringMatch.exact('true') } }],
    ['source labels', { sourceLabels: { app: 'web' } }],
    ['a port', { port: 80 }],
  ])('is false for a match with %s', (_, match) => {
    // GIVEN / WHEN
    const catchAll = _isCatchAll(match);

    // THEN
    expect(catchAll).toBe(false);
  });
});

describe('_matchCovers', () => {
  const uri = (match: StringMatch): HttpMatch => ({ uri: match });
  const beta: HttpMatch = { headers: { 'x-beta': StringMatch.exact('true') } };

  test.each<[string, HttpMatch, HttpMatch, boolean]>([
    ['the empty match covers a uri match', {}, uri(StringMatch.prefix('/a')), true],
    ['the empty match covers the empty match', {}, {}, true],
    ['the empty match covers a match of every kind', {}, { headers: beta.headers, port: 80, sourceLabels: { app: 'web' } }, true],
    ['a match does not cover the empty match', uri(StringMatch.prefix('/a')), {}, false],
    ['uri prefix /a covers prefix /a/b', uri(StringMatch.prefix('/a')), uri(StringMatch.prefix('/a/b')), true],
    ['uri prefix /a covers exact /a/x', uri(StringMatch.prefix('/a')), uri(StringMatch.exact('/a/x')), true],
    ['uri prefix /a covers the same prefix', uri(StringMatch.prefix('/a')), uri(StringMatch.prefix('/a')), true],
    ['uri prefix /a/b does not cover prefix /a', uri(StringMatch.prefix('/a/b')), uri(StringMatch.prefix('/a')), false],
    ['uri prefix /a does not cover prefix /b', uri(StringMatch.prefix('/a')), uri(StringMatch.prefix('/b')), false],
    ['uri exact /a does not cover prefix /a', uri(StringMatch.exact('/a')), uri(StringMatch.prefix('/a')), false],
    ['a header covers the same header with a uri', beta, { ...beta, uri: StringMatch.prefix('/a') }, true],
    ['a header with a uri does not cover the same header alone', { ...beta, uri: StringMatch.prefix('/a') }, beta, false],
    ['a header covers the same header', beta, beta, true],
    ['a header does not cover another value of it', beta, { headers: { 'x-beta': StringMatch.exact('false') } }, false],
    ['a header does not cover another header', beta, { headers: { 'x-alpha': StringMatch.exact('true') } }, false],
    ['a query parameter covers the same one with a header', { queryParams: { debug: StringMatch.exact('1') } }, { ...beta, queryParams: { debug: StringMatch.exact('1') } }, true],
    ['a query parameter does not cover a header', { queryParams: { debug: StringMatch.exact('1') } }, beta, false],
    ['a port covers the same port with a uri', { port: 80 }, { port: 80, uri: StringMatch.prefix('/a') }, true],
    ['a port does not cover another port', { port: 80 }, { port: 8080 }, false],
    ['a port does not cover any port', { port: 80 }, uri(StringMatch.prefix('/a')), false],
    ['a uri covers the same uri on a port', uri(StringMatch.prefix('/a')), { port: 80, uri: StringMatch.prefix('/a') }, true],
    ['source labels cover more source labels', { sourceLabels: { app: 'web' } }, { sourceLabels: { app: 'web', version: 'v1' } }, true],
    ['source labels do not cover fewer', { sourceLabels: { app: 'web', version: 'v1' } }, { sourceLabels: { app: 'web' } }, false],
    ['source labels do not cover other values', { sourceLabels: { app: 'web' } }, { sourceLabels: { app: 'api' } }, false],
    ['excluding a value covers excluding more values', { withoutHeaders: { 'x-beta': StringMatch.exact('true') } }, { withoutHeaders: { 'x-beta': StringMatch.prefix('t') } }, true],
    ['excluding more values does not cover excluding fewer', { withoutHeaders: { 'x-beta': StringMatch.prefix('t') } }, { withoutHeaders: { 'x-beta': StringMatch.exact('true') } }, false],
    ['excluding a header does not cover not excluding it', { withoutHeaders: { 'x-beta': StringMatch.exact('true') } }, {}, false],
    ['a case-sensitive uri does not cover the same uri ignoring case', uri(StringMatch.prefix('/a')), { ...uri(StringMatch.prefix('/a')), ignoreUriCase: true }, false],
  ])('%s', (_, outer, inner, expected) => {
    // GIVEN / WHEN
    const covers = _matchCovers(outer, inner);

    // THEN
    expect(covers).toBe(expected);
  });
});

describe('_matchProblems', () => {
  test('has no problem with a sound match', () => {
    // GIVEN
    const match: HttpMatch = {
      uri: StringMatch.regex('/users/[0-9]+'), headers: { 'user-agent': StringMatch.regex('.*Firefox.*') }, withoutHeaders: { 'x-internal': StringMatch.exact('1') }, port: 443,
    };

    // WHEN
    const problems = _matchProblems(match, 'match[0]');

    // THEN
    expect(problems).toEqual([]);
  });

  test('reports upper-case header names, which never match, in headers and withoutHeaders', () => {
    // GIVEN
    const match: HttpMatch = { headers: { 'User-Agent': StringMatch.regex('.*Firefox.*') }, withoutHeaders: { 'X-Internal': StringMatch.exact('1') } };

    // WHEN
    const problems = _matchProblems(match, 'match[0]');

    // THEN
    expect(problems).toEqual([
      { field: 'match[0].headers', value: 'User-Agent', message: 'header names are matched in lower case', fix: 'use \'user-agent\'' },
      { field: 'match[0].withoutHeaders', value: 'X-Internal', message: 'header names are matched in lower case', fix: 'use \'x-internal\'' },
    ]);
  });

  test.each<[string, HttpMatch, string, string]>([
    ['a header', { headers: { 'user-agent': StringMatch.regex('(?=Firefox)') } }, 'match[0].headers.user-agent.regex', '(?=Firefox)'],
    ['a header that must be absent', { withoutHeaders: { 'x-internal': StringMatch.regex('(') } }, 'match[0].withoutHeaders.x-internal.regex', '('],
    ['a query parameter', { queryParams: { debug: StringMatch.regex('(a)\\1') } }, 'match[0].queryParams.debug.regex', '(a)\\1'],
    ['the uri', { uri: StringMatch.regex('a\\Z') }, 'match[0].uri.regex', 'a\\Z'],
    ['the scheme', { scheme: StringMatch.regex('') }, 'match[0].scheme.regex', ''],
    ['the method', { method: StringMatch.regex('(?<!P)OST') }, 'match[0].method.regex', '(?<!P)OST'],
    ['the authority', { authority: StringMatch.regex('[') }, 'match[0].authority.regex', '['],
  ])('reports a bad regex in %s with its field path', (_, match, field, value) => {
    // GIVEN / WHEN
    const problems = _matchProblems(match, 'match[0]');

    // THEN
    expect(problems.map((problem) => [problem.field, problem.value])).toEqual([[field, value]]);
  });

  test.each([0, 70000, 1.5, -80])('reports port %j', (port) => {
    // GIVEN / WHEN
    const problems = _matchProblems({ port }, 'http[1].match[2]');

    // THEN
    expect(problems).toEqual([{ field: 'http[1].match[2].port', value: port, message: 'is not a port number', fix: PORT_FIX }]);
  });

  test('reports every problem of a match at once', () => {
    // GIVEN
    const match: HttpMatch = { uri: StringMatch.regex('('), headers: { 'X-Beta': StringMatch.exact('true') }, port: 0 };

    // WHEN
    const problems = _matchProblems(match, 'match[0]');

    // THEN
    expect(problems.map((problem) => problem.field)).toEqual(['match[0].uri.regex', 'match[0].port', 'match[0].headers']);
  });
});
