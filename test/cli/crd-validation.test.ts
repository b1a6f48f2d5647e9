import { CelRules } from '../../lib/cli/cel-rules';
import { CrdSchema, celPropertyName, defaulted, ruleProblems } from '../../lib/cli/crd-validation';

const PORT: CrdSchema = { type: 'integer', default: 80 };

/** A schema of listeners, with a default, a nullable field, a map list and rules of every form. */
const SCHEMA: CrdSchema = {
  type: 'object',
  properties: {
    listeners: {
      type: 'array',
      'x-kubernetes-list-type': 'map',
      'x-kubernetes-list-map-keys': ['name', 'port'],
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, port: PORT, protocol: { type: 'string', default: 'HTTP' }, note: { type: 'string', nullable: true } },
        'x-kubernetes-validations': [
          { rule: "self.protocol != 'UDP'", messageExpression: "'protocol ' + self.protocol + ' is not supported on port ' + string(self.port)", message: 'protocol not supported' },
          { rule: 'self.port < 65536', message: 'port out of range', fieldPath: '.port', reason: 'FieldValueForbidden' },
          { rule: 'self == oldSelf', message: 'immutable' },
          { rule: "self.name != ''", messageExpression: "self.missing + 'x'", message: 'name must be set' },
        ],
      },
    },
    tags: { type: 'array', 'x-kubernetes-list-type': 'set', items: { type: 'string' } },
    labels: { type: 'object', additionalProperties: { type: 'string' }, 'x-kubernetes-validations': [{ rule: "self.all(key, key != 'forbidden')" }] },
    namespace: { type: 'string', 'x-kubernetes-validations': [{ rule: 'self.size() > 0', message: 'namespace must not be empty' }] },
  },
  'x-kubernetes-validations': [{ rule: "!has(self.__namespace__) || self.__namespace__ != 'kube-system'", message: 'kube-system is reserved' }],
};

function problems(value: unknown): string[] {
  return ruleProblems(defaulted(value, SCHEMA), SCHEMA, 'spec', 'example.com/v1 Thing', new CelRules())
    .map(({ code, field, message }) => `${code} ${field}: ${message.replace(/ \(rule `[\s\S]*$/, '')}`);
}

describe('defaulted', () => {
  test('drops unknown fields and nulls that are not nullable, applies defaults top down, and leaves the value unchanged', () => {
    // GIVEN
    const value = { listeners: [{ name: 'a', port: null, note: null, extra: 1 }], labels: { app: 'a' }, unknown: true };
    const before = JSON.stringify(value);

    // WHEN
    const result = defaulted(value, SCHEMA);

    // THEN
    expect(result).toEqual({ listeners: [{ name: 'a', port: 80, protocol: 'HTTP', note: null }], labels: { app: 'a' } });
    expect(JSON.stringify(value)).toEqual(before);
  });

  test('keeps values of the wrong type as they are, for the type check to report', () => {
    // WHEN
    const result = defaulted({ listeners: 'a', tags: [1, null], labels: ['x'] }, SCHEMA);

    // THEN
    expect(result).toEqual({ listeners: 'a', tags: [1, null], labels: ['x'] });
  });
});

describe('ruleProblems', () => {
  test('a valid value has none', () => {
    // WHEN
    const found = problems({ listeners: [{ name: 'a' }, { name: 'a', port: 443 }], tags: ['x', 'y'], labels: { app: 'a' }, namespace: 'shop' });

    // THEN
    expect(found).toEqual([]);
  });

  test('the message of messageExpression, fieldPath and reason; transition rules skipped; a failing messageExpression gives way to the message', () => {
    // WHEN
    const found = problems({ listeners: [{ name: '', port: 70000, protocol: 'UDP' }] });

    // THEN
    expect(found).toEqual([
      'schema-rule-violated spec.listeners[0]: Invalid value: protocol UDP is not supported on port 70000',
      'schema-rule-violated spec.listeners[0].port: Forbidden: port out of range',
      'schema-rule-violated spec.listeners[0]: Invalid value: name must be set',
    ]);
  });

  test('duplicates of a map list by all its keys, and of a set', () => {
    // WHEN
    const found = problems({ listeners: [{ name: 'a' }, { name: 'a', port: 80 }, { name: 'a', port: 81 }], tags: ['x', 'y', 'x'] });

    // THEN
    expect(found.filter((problem) => problem.startsWith('schema-list-duplicate'))).toEqual([
      'schema-list-duplicate spec.listeners[1]: Duplicate value: {"name":"a","port":80}: has the same name and port as spec.listeners[0], '
        + 'and the schema of example.com/v1 Thing makes the list a map',
      'schema-list-duplicate spec.tags[2]: Duplicate value: "x": has the same value as spec.tags[0], and the schema of example.com/v1 Thing makes the list a set',
    ]);
  });

  test('rules on maps and on properties whose names are CEL keywords', () => {
    // WHEN
    const found = problems({ labels: { forbidden: 'x' }, namespace: 'kube-system' });

    // THEN
    expect(found).toEqual([
      'schema-rule-violated spec: Invalid value: kube-system is reserved',
      'schema-rule-violated spec.labels: Invalid value: failed rule: self.all(key, key != \'forbidden\')',
    ]);
  });

  test('a rule that reads a field the object lacks fails with what CEL reports', () => {
    // GIVEN
    const schema: CrdSchema = { type: 'object', properties: { a: { type: 'string' } }, 'x-kubernetes-validations': [{ rule: "self.a == 'x'" }] };

    // WHEN
    const found = ruleProblems({}, schema, 'spec', 'example.com/v1 Thing', new CelRules());

    // THEN
    expect(found).toEqual([{ code: 'schema-rule-failed', field: 'spec', message: 'Invalid value: the rule `self.a == \'x\'` of the schema of example.com/v1 Thing fails: No such key: a',
      fix: 'correct the field so that the rule can be evaluated: set the fields it reads, with the types it expects' }]);
  });

  test('a rule the evaluator cannot compile is reported as such, once per object it applies to', () => {
    // GIVEN
    const schema: CrdSchema = { type: 'object', 'x-kubernetes-validations': [{ rule: 'self.size( >' }] };

    // WHEN
    const found = ruleProblems({}, schema, 'spec', 'example.com/v1 Thing', new CelRules());

    // THEN
    expect(found).toEqual([{ code: 'schema-rule-unsupported', field: 'spec', message: expect.stringMatching(/^the rule `self.size\( >` of the schema of example.com\/v1 Thing cannot be evaluated here: .+/),
      fix: 'check the rule on a cluster: apply with --dry-run=server', warning: true }]);
  });
});

describe('celPropertyName', () => {
  test.each([['namespace', '__namespace__'], ['x-forwarded', 'x__dash__forwarded'], ['a.b/c', 'a__dot__b__slash__c'], ['a__b', 'a__underscores__b'], ['name', 'name']])('%s is %s', (name, escaped) => {
    // WHEN
    const result = celPropertyName(name);

    // THEN
    expect(result).toEqual(escaped);
  });
});
