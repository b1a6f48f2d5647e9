/**
 * Where `actual` does not contain `expected`: every field of `expected` must be in `actual` with the same
 * value; `actual` may have more fields; arrays must have the same length and contain each other element by
 * element by the same rule. Returns one line per difference, each starting with the field path.
 */
export function containmentMismatches(expected: unknown, actual: unknown, at = ''): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${at}: expected an array, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length) {
      return [`${at}: expected ${expected.length} elements, got ${actual.length}: ${JSON.stringify(actual)}`];
    }
    return expected.flatMap((element, index) => containmentMismatches(element, actual[index], `${at}[${index}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${at}: expected an object, got ${JSON.stringify(actual)}`];
    }
    return Object.entries(expected).flatMap(([key, value]) => {
      const field = at ? `${at}.${key}` : key;
      if (!(key in actual)) return [`${field}: missing, expected ${JSON.stringify(value)}`];
      return containmentMismatches(value, (actual as Record<string, unknown>)[key], field);
    });
  }
  return Object.is(expected, actual) ? [] : [`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}
