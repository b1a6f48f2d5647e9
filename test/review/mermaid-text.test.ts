import { LINE_WIDTH, MermaidIds, escapeLine, quoted, textWidth, wrap, wrapAll } from '../../lib/review/mermaid-text';

describe('escapeLine', () => {
  test.each([
    ['#', 'a #b', 'a #35;b'],
    ['an entity Mermaid would decode', '#quot; &amp;', '#35;quot; #38;amp;'],
    ['quotes, < and >', 'say "hi" <b>', 'say #quot;hi#quot; #lt;b#gt;'],
    ['a backtick, which would make the label a Markdown string', '`x`', '#96;x#96;'],
    ['Markdown emphasis', '*a* ~~b~~ _c_', '#42;a#42; #126;#126;b#126;#126; #95;c#95;'],
    ['a Markdown link and a mail address', '[a](b) me@x.org', '#91;a#93;(b) me#64;x.org'],
    ['a backslash', 'a\\b', 'a#92;b'],
    ['a URL', 'http://www.example.com/x', 'http#58;//www#8288;.example.com/x'],
    ['a list item', '- item', '#45; item'],
    ['a numbered list item', '12. item', '12#46; item'],
    ['a numbered list item with a parenthesis', '3) item', '3#41; item'],
    ['a heading underline', '===', '#61;=='],
  ])('escapes %s', (_case, line, escaped) => {
    // WHEN
    const result = escapeLine(line);

    // THEN
    expect(result).toEqual(escaped);
  });

  test('leaves _ between letters or digits, dots, slashes, colons, parentheses and arrows as they are', () => {
    // GIVEN
    const line = 'GREETER_SERVICE_URL v1_2 a.b/c:d (e) :80 → 301 · ×3 = 90%';

    // WHEN
    const result = escapeLine(line);

    // THEN
    expect(result).toEqual(line);
  });

  test('drops the spaces around a line, which Markdown would read as a code block', () => {
    // WHEN
    const result = escapeLine('    code');

    // THEN
    expect(result).toEqual('code');
  });
});

describe('quoted', () => {
  test('escapes each line and joins them by line breaks, in quotes', () => {
    // WHEN
    const label = quoted(['rule 1: header', '- x', '"y"']);

    // THEN
    expect(label).toEqual('"rule 1: header<br/>#45; x<br/>#quot;y#quot;"');
  });
});

describe('textWidth', () => {
  test.each([
    // Widths measured in Chromium with Liberation Sans at 16px: 197.1, 179.7, 169.4.
    ['GREETER_SERVICE_URL', 197.4],
    ['Gateway default/gateway', 179.6],
    ['greeter-service:2.0.0 ×3', 169.4],
  ])('estimates %s at %d px', (text, width) => {
    // WHEN
    const result = textWidth(text);

    // THEN
    expect(Math.round(result * 10) / 10).toEqual(width);
  });
});

describe('wrap', () => {
  test('keeps a text that fits on one line', () => {
    // WHEN
    const lines = wrap('rule 2: everything else');

    // THEN
    expect(lines).toEqual(['rule 2: everything else']);
  });

  test('breaks at spaces, filling each line', () => {
    // WHEN
    const lines = wrap('rule 1: header user-agent regex .*Firefox.* or query beta = 1');

    // THEN
    expect(lines).toEqual(['rule 1: header user-agent', 'regex .*Firefox.* or query', 'beta = 1']);
    expect(lines.every((line) => textWidth(line) <= LINE_WIDTH)).toBe(true);
  });

  test('breaks a word too long for a line after a dot, slash, colon or hyphen, and only then anywhere', () => {
    // WHEN
    const host = wrap('greeter-service.default.svc.cluster.local:3000');
    const path = wrap('/api/v1/customers/orders/items/details');
    const word = wrap('x'.repeat(40));

    // THEN
    expect(host).toEqual(['greeter-service.default.svc.', 'cluster.local:3000']);
    expect(path).toEqual(['/api/v1/customers/orders/', 'items/details']);
    expect(word).toEqual(['x'.repeat(24), 'x'.repeat(16)]);
  });

  test.each([
    ['  spaced  out ', ['spaced out']],
    ['tab\tand\nline break', ['tab and line break']],
    ['\u00a0no-break space', ['no-break space']],
  ])('joins the words of %j by single spaces, as wide as it is', (text, lines) => {
    // WHEN
    const result = wrap(text);

    // THEN
    expect(result).toEqual(lines);
  });

  test('counts a character beyond the Basic Multilingual Plane once', () => {
    // WHEN
    const width = textWidth('a😀b');

    // THEN
    expect(width).toBe(textWidth('a') + 16 + textWidth('b'));
  });

  test('gives one empty line for an empty text, and wrapAll leaves empty texts out', () => {
    // WHEN
    const empty = wrap('');
    const all = wrapAll(['a', '', 'b']);

    // THEN
    expect(empty).toEqual(['']);
    expect(all).toEqual(['a', 'b']);
  });
});

describe('MermaidIds', () => {
  test('makes a key safe, and the same key always gets the same id', () => {
    // GIVEN
    const ids = new MermaidIds();

    // WHEN
    const first = ids.of('subset greeter-service.default.svc.cluster.local v1');
    const again = ids.of('subset greeter-service.default.svc.cluster.local v1');

    // THEN
    expect(first).toEqual('subset_greeter_service_default_svc_cluster_local_v1');
    expect(again).toEqual(first);
  });

  test('numbers keys that would share an id, also against an id that already has the number', () => {
    // GIVEN
    const ids = new MermaidIds();

    // WHEN
    const result = ['vs a-b', 'vs a.b', 'vs a_b_2', 'vs a b'].map((key) => ids.of(key));

    // THEN
    expect(result).toEqual(['vs_a_b', 'vs_a_b_2', 'vs_a_b_2_2', 'vs_a_b_3']);
    expect(new Set(result).size).toBe(4);
  });

  test('never gives a Mermaid keyword, an id that starts with a digit, or an empty id', () => {
    // GIVEN
    const ids = new MermaidIds();

    // WHEN
    const result = ['end', 'subgraph', 'classDef', '1st', '***'].map((key) => ids.of(key));

    // THEN
    expect(result).toEqual(['n_end', 'n_subgraph', 'n_classDef', 'n_1st', 'node']);
  });
});
