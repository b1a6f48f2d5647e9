import { CelCompileError, CelRules, isTransitionRule } from './cel-rules';

/*
 * What the API server does to a custom resource beyond its OpenAPI types, in its order: it prunes unknown fields and
 * nulls, applies the schema's defaults, then checks list uniqueness (`x-kubernetes-list-type`) and evaluates the
 * `x-kubernetes-validations` CEL rules on the defaulted object.
 */

/** The parts of a CRD's structural schema that validation reads (the generated schemas files hold the rest too). */
export interface CrdSchema {
  /**
   * The OpenAPI type: object, array, string, integer, number, boolean.
   * @default - any type (int-or-string, or free-form)
   */
  readonly type?: string;
  /**
   * The declared fields of an object.
   * @default - none
   */
  readonly properties?: Record<string, CrdSchema>;
  /**
   * The schema of every value of a map, or true for free-form values.
   * @default - none: no field but the declared ones
   */
  readonly additionalProperties?: boolean | CrdSchema;
  /**
   * The schema of every item of a list.
   * @default - none
   */
  readonly items?: CrdSchema;
  /**
   * The value the API server sets when the field is absent.
   * @default - none
   */
  readonly default?: unknown;
  /**
   * Whether null is a value of the field; else the API server drops a null.
   * @default false
   */
  readonly nullable?: boolean;
  /**
   * Whether the API server keeps fields that the schema does not declare.
   * @default false
   */
  readonly 'x-kubernetes-preserve-unknown-fields'?: boolean;
  /**
   * Whether the value is an integer or a string.
   * @default false
   */
  readonly 'x-kubernetes-int-or-string'?: boolean;
  /**
   * `atomic`, `set` (unique items) or `map` (items unique by their `x-kubernetes-list-map-keys`).
   * @default atomic
   */
  readonly 'x-kubernetes-list-type'?: string;
  /**
   * The fields that identify an item of a `map` list.
   * @default - none
   */
  readonly 'x-kubernetes-list-map-keys'?: string[];
  /**
   * The CEL rules the value must satisfy.
   * @default - none
   */
  readonly 'x-kubernetes-validations'?: ValidationRule[];
}

/** One `x-kubernetes-validations` entry. */
export interface ValidationRule {
  /** The CEL expression, true when the value (`self`) is valid. */
  readonly rule: string;
  /**
   * What the API server says when the rule does not hold.
   * @default - `failed rule: <rule>`
   */
  readonly message?: string;
  /**
   * A CEL expression of the message, which takes precedence over `message` when it gives a non-empty string.
   * @default - the message
   */
  readonly messageExpression?: string;
  /**
   * The field the rule reports, relative to the value it is on, e.g. `.spec.port`.
   * @default - the value the rule is on
   */
  readonly fieldPath?: string;
  /**
   * FieldValueInvalid, FieldValueForbidden, FieldValueRequired or FieldValueDuplicate.
   * @default FieldValueInvalid
   */
  readonly reason?: string;
}

/** What a schema check found in one object, before it is a finding. */
export interface Problem {
  /** The finding code, e.g. `schema-rule-violated`. */
  readonly code: string;
  /** The field, e.g. `spec.listeners[1]`. */
  readonly field: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
  /**
   * A warning is something analyze cannot check here, which the API server may reject.
   * @default - an error: the API server rejects the object
   */
  readonly warning?: boolean;
}

/** Whether the API server keeps fields of the value that the schema does not declare. */
export function preservesUnknownFields(schema: CrdSchema): boolean {
  return schema['x-kubernetes-preserve-unknown-fields'] === true || schema.additionalProperties === true;
}

/** The schema of a field of an object: a declared property, or the schema of every value of a map. */
export function fieldSchema(schema: CrdSchema, key: string): CrdSchema | undefined {
  return schema.properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
}

/**
 * The value as the API server stores it: without the fields its schema does not declare, without nulls of fields that
 * are not nullable, and with the defaults of absent fields (and of nulls) applied, top down. The value is not changed.
 */
export function defaulted(value: unknown, schema: CrdSchema): unknown {
  if (Array.isArray(value)) return schema.items ? value.map((item) => defaulted(item, schema.items!)) : value;
  if (!isObject(value) || (schema.type !== 'object' && !schema.properties && !schema.additionalProperties)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const childSchema = fieldSchema(schema, key);
    if (!childSchema) {
      if (preservesUnknownFields(schema)) result[key] = child;
    } else if (child !== null || childSchema.nullable === true) {
      result[key] = defaulted(child, childSchema);
    }
  }
  for (const [key, childSchema] of Object.entries(schema.properties ?? {})) {
    if (result[key] === undefined && childSchema.default !== undefined) result[key] = defaulted(copyJson(childSchema.default), childSchema);
  }
  return result;
}

/** A copy of a JSON value, made of this realm's objects and arrays (which the CEL evaluator requires, and structuredClone need not give). */
function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, copyJson(child)]));
  return value;
}

/** Where the rules of one object are checked, and what they found. */
interface RuleRun {
  readonly rules: CelRules;
  readonly type: string;
  readonly problems: Problem[];
  /** CEL values of the objects and lists of the object, each converted once. */
  readonly celValues: WeakMap<object, unknown>;
}

/**
 * The list uniqueness and CEL rule problems of a defaulted object whose OpenAPI types are right (the API server skips
 * the rules of an object with type errors). Transition rules (those reading `oldSelf`) are skipped: the API server
 * evaluates them only when an object is updated, against the stored one, and analyze checks objects as created.
 */
export function ruleProblems(value: unknown, schema: CrdSchema, field: string, type: string, rules: CelRules): Problem[] {
  const run: RuleRun = { rules, type, problems: [], celValues: new WeakMap() };
  visit(value, schema, field, run);
  return run.problems;
}

function visit(value: unknown, schema: CrdSchema, field: string, run: RuleRun): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) listProblems(value, schema, field, run);
  for (const rule of schema['x-kubernetes-validations'] ?? []) {
    if (!isTransitionRule(rule.rule)) checkRule(rule, value, schema, field, run);
  }
  if (Array.isArray(value)) {
    if (schema.items) value.forEach((item, index) => visit(item, schema.items!, `${field}[${index}]`, run));
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      const childSchema = fieldSchema(schema, key);
      if (childSchema) visit(child, childSchema, fieldOf(field, key), run);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// x-kubernetes-list-type

/** Items of a `set` list must be unique; items of a `map` list must differ in their `x-kubernetes-list-map-keys`. */
function listProblems(items: unknown[], schema: CrdSchema, field: string, run: RuleRun): void {
  const listType = schema['x-kubernetes-list-type'];
  if (listType !== 'set' && listType !== 'map') return;
  const keys = schema['x-kubernetes-list-map-keys'] ?? [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const identity = listType === 'set' ? item : isObject(item) ? Object.fromEntries(keys.map((key) => [key, item[key]])) : undefined;
    if (identity === undefined) return;
    const text = stableJson(identity);
    const first = seen.get(text);
    if (first === undefined) {
      seen.set(text, index);
      return;
    }
    const what = listType === 'set' ? 'the same value as' : `the same ${keys.join(' and ')} as`;
    run.problems.push({
      code: 'schema-list-duplicate',
      field: `${field}[${index}]`,
      message: `Duplicate value: ${text}: has ${what} ${field}[${first}], and the schema of ${run.type} makes the list a ${listType}`,
      fix: listType === 'set' ? 'remove the repeated item' : `give every item its own ${keys.join(' and ')}, or merge the items`,
    });
  });
}

/** JSON with the keys of every object sorted: equal values give equal texts. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

// ---------------------------------------------------------------------------------------------------------------
// x-kubernetes-validations

const REASONS: Record<string, string> = {
  FieldValueInvalid: 'Invalid value',
  FieldValueForbidden: 'Forbidden',
  FieldValueRequired: 'Required value',
  FieldValueDuplicate: 'Duplicate value',
};

const MAX_QUOTED_RULE = 160;

function checkRule(rule: ValidationRule, value: unknown, schema: CrdSchema, field: string, run: RuleRun): void {
  const compiled = run.rules.compile(rule.rule);
  const quoted = rule.rule.length > MAX_QUOTED_RULE ? `${rule.rule.slice(0, MAX_QUOTED_RULE)}...` : rule.rule;
  if (compiled instanceof CelCompileError) {
    run.problems.push({
      code: 'schema-rule-unsupported',
      field,
      message: `the rule \`${quoted}\` of the schema of ${run.type} cannot be evaluated here: ${compiled.message}`,
      fix: 'check the rule on a cluster: apply with --dry-run=server',
      warning: true,
    });
    return;
  }
  const self = celValue(value, schema, run);
  let result: unknown;
  try {
    result = compiled(self);
  } catch (error) {
    run.problems.push({
      code: 'schema-rule-failed',
      field,
      message: `Invalid value: the rule \`${quoted}\` of the schema of ${run.type} fails: ${firstLine(error)}`,
      fix: 'correct the field so that the rule can be evaluated: set the fields it reads, with the types it expects',
    });
    return;
  }
  if (result === true) return;
  const reason = REASONS[rule.reason ?? 'FieldValueInvalid'] ?? REASONS.FieldValueInvalid;
  const message = ruleMessage(rule, self, run) ?? `failed rule: ${quoted}`;
  run.problems.push({
    code: 'schema-rule-violated',
    field: rule.fieldPath ? joinFieldPath(field, rule.fieldPath) : field,
    message: `${reason}: ${message} (rule \`${quoted}\` of the schema of ${run.type})`,
    fix: 'correct the object so that the rule holds: the API server rejects it otherwise',
  });
}

/** The rule's messageExpression evaluated, when it gives a non-empty string; else its message. */
function ruleMessage(rule: ValidationRule, self: unknown, run: RuleRun): string | undefined {
  if (rule.messageExpression) {
    const compiled = run.rules.compile(rule.messageExpression);
    if (!(compiled instanceof CelCompileError)) {
      try {
        const message = compiled(self);
        if (typeof message === 'string' && message.trim() !== '') return message;
      } catch {
        // As the API server does, an expression that fails gives way to the message.
      }
    }
  }
  return rule.message;
}

/** A rule's fieldPath (`.spec.port`, `['app.kubernetes.io/name']`, `.items[0]`) below the field the rule is on. */
function joinFieldPath(field: string, fieldPath: string): string {
  let result = field;
  for (const [, name, quoted, index] of fieldPath.matchAll(/\.([A-Za-z0-9_$-]+)|\[['"](.*?)['"]\]|\[(\d+)\]/g)) {
    result = index !== undefined ? `${result}[${index}]` : fieldOf(result, name ?? quoted);
  }
  return result;
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}

/** CEL keywords: a property of that name is `__name__` in rules. */
const CEL_RESERVED = new Set(['true', 'false', 'null', 'in', 'as', 'break', 'const', 'continue', 'else', 'for', 'function', 'if', 'import',
  'let', 'loop', 'package', 'namespace', 'return', 'var', 'void', 'while']);

/** A property name as CEL rules of the API server read it: keywords and `_`, `.`, `-`, `/` escaped. */
export function celPropertyName(name: string): string {
  if (CEL_RESERVED.has(name)) return `__${name}__`;
  return name.replace(/__|[.\-/]/g, (part) => ({ '__': '__underscores__', '.': '__dot__', '-': '__dash__', '/': '__slash__' })[part]!);
}

/**
 * The value as CEL sees it: integers of the schema as CEL ints (bigint), properties with CEL names, map keys as they
 * are. Objects and lists are converted once per run, however many rules read them.
 */
function celValue(value: unknown, schema: CrdSchema | undefined, run: RuleRun): unknown {
  if (typeof value === 'number') {
    const integral = schema?.type === 'integer' || ((!schema?.type || schema['x-kubernetes-int-or-string']) && Number.isInteger(value));
    return integral && Number.isSafeInteger(value) ? BigInt(value) : value;
  }
  if (value === null || typeof value !== 'object') return value;
  const cached = run.celValues.get(value);
  if (cached !== undefined) return cached;
  let converted: unknown;
  if (Array.isArray(value)) {
    converted = value.map((item) => celValue(item, schema?.items, run));
  } else {
    const entries = Object.entries(value as Record<string, unknown>).map(([key, child]) => {
      const declared = schema?.properties?.[key];
      return [declared ? celPropertyName(key) : key, celValue(child, declared ?? (schema ? fieldSchema(schema, key) : undefined), run)];
    });
    converted = Object.fromEntries(entries);
  }
  run.celValues.set(value, converted);
  return converted;
}

/** `spec.http` and `route` as `spec.http.route`; a key that is not a plain name in brackets: `labels["app.kubernetes.io/name"]`. */
export function fieldOf(parent: string, key: string): string {
  if (!/^[A-Za-z0-9_$-]+$/.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent ? `${parent}.${key}` : key;
}

/** Whether the value is a JSON object (not null, not a list). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
