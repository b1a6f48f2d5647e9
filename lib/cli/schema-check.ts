import * as path from 'node:path';
import { ErrorObject } from 'ajv';
import { CrdSchemas, GatewayApiChannel, GroupSchemas, inputChannel } from './crd-schemas';
import { CrdSchema, Problem, defaulted, fieldOf, fieldSchema, isObject, preservesUnknownFields, ruleProblems } from './crd-validation';
import { Finding } from '../analysis/finding';
import { Manifest, SourcedManifest, groupOf } from '../manifest/manifest';
import { FindingsOf } from '../analysis/findings-of';

/*
 * The schema checks of `istio-traffic analyze`, made as the API server makes them:
 * - custom resources of Istio (networking.istio.io, security.istio.io) and of the Gateway API against the
 *   openAPIV3Schema of their CRD (see crd-schemas.ts for the Gateway API channel): the OpenAPI types, formats,
 *   patterns and bounds of the object with its defaults applied, `x-kubernetes-list-type` uniqueness, and the
 *   `x-kubernetes-validations` CEL rules (see crd-validation.ts);
 * - Kubernetes objects, and the metadata of every object, with the validators of kubernetes-models.
 * A field that its schema does not declare is reported too: the API server rejects it (strict field validation)
 * or drops it (pruning), so a misspelled field never takes effect.
 */

export { GatewayApiChannel, GATEWAY_API_CHANNELS } from './crd-schemas';

/** How the schema checks read the input. */
export interface SchemaCheckOptions {
  /**
   * The Gateway API release channel whose CRDs the cluster has.
   * @default - experimental when the input holds Gateway API CRDs of the experimental channel, else standard
   */
  readonly gatewayApiChannel?: GatewayApiChannel;
}

/** An error of an ajv validator; kubernetes-models' validators give the same shape. */
type SchemaError = Pick<ErrorObject, 'instancePath' | 'keyword' | 'params' | 'message'> & Partial<Pick<ErrorObject, 'schemaPath' | 'schema'>>;

const INVALID_FIX = 'correct the field to match the API schema';
const EXPERIMENTAL_FIX = 'install the Gateway API experimental channel CRDs and analyze them with the objects, '
  + 'or run analyze with --gateway-api-channel experimental';

/** Schema findings of every object; an object of a group with no known schema gets an info finding. */
export function schemaFindings(objects: SourcedManifest[], options: SchemaCheckOptions = {}): Finding[] {
  const channel = options.gatewayApiChannel ?? inputChannel(objects.map((sourced) => sourced.manifest)) ?? 'standard';
  const schemas = new Schemas(channel);
  return objects.flatMap((sourced) => {
    const f = new FindingsOf(sourced);
    let problems: Problem[] | undefined;
    try {
      problems = schemaProblems(sourced.manifest, schemas);
    } catch (error) {
      // One object the check cannot handle must not hide what it finds in the others.
      f.error('internal-error', '', `the schema check failed on this object: ${(error as Error).message}`, 'report it, with the object');
      return f.findings;
    }
    if (problems === undefined) {
      const { apiVersion, kind } = sourced.manifest;
      f.info('schema-unknown', 'apiVersion', `no schema is known for ${apiVersion} ${kind} (group ${groupOf(sourced.manifest) || 'core'})`,
        'nothing to do; the object is checked by the mesh rules only');
    } else {
      for (const { code, field, message, fix, warning } of problems) {
        if (warning) f.warning(code, field, message, fix);
        else f.error(code, field, message, fix);
      }
    }
    return f.findings;
  });
}

/** The `apiVersion` and `kind` of every version of every kind of a CRD group that the CRDs serve (Gateway API: in the channel). */
export function servedCrdTypes(group: string, channel: GatewayApiChannel = 'standard'): Array<{ readonly apiVersion: string; readonly kind: string }> {
  return Object.entries(new CrdSchemas(channel).group(group) ?? {}).filter(([, version]) => version.served).map(([key]) => {
    const [, version, kind] = key.split('/');
    return { apiVersion: `${group}/${version}`, kind };
  });
}

/** The `apiVersion` and `kind` of every version of every networking.istio.io kind that the CRDs serve. */
export function servedIstioTypes(): Array<{ readonly apiVersion: string; readonly kind: string }> {
  return servedCrdTypes('networking.istio.io');
}

/** What the schema of the object finds wrong with it; undefined when no schema is known for its apiVersion and kind. */
function schemaProblems(manifest: Manifest, schemas: Schemas): Problem[] | undefined {
  if (typeof manifest.apiVersion !== 'string' || typeof manifest.kind !== 'string') return undefined;
  const group = groupOf(manifest);
  const crds = schemas.crds.group(group);
  if (crds) return crdProblems(manifest, group, crds, schemas);
  const model = schemas.kubernetesModel(manifest.apiVersion, manifest.kind);
  if (!model) return undefined;
  const type = `${manifest.apiVersion} ${manifest.kind}`;
  return trackedValidation((data) => model.prototype.validate.call(data), manifest, '', type, UNTRACKED_FIELDS[type]);
}

/**
 * Fields of Kubernetes kinds that kubernetes-models' validators do not read to the end, though the API server takes
 * them: the schemas of a CRD (recursive JSONSchemaProps with the `x-kubernetes-*` extensions), which the API server
 * checks as structural schemas rather than field by field, and its printer columns, whose `description` the
 * validator does not know.
 */
const UNTRACKED_FIELDS: Record<string, RegExp> = {
  'apiextensions.k8s.io/v1 CustomResourceDefinition': /^spec\.versions\[\d+\]\.(?:schema\.openAPIV3Schema(?:$|[.[])|additionalPrinterColumns\[\d+\]$)/,
};

// ---------------------------------------------------------------------------------------------------------------
// Custom resources: the CRD schemas

/** The custom resource against the CRD of its kind and version. */
function crdProblems(manifest: Manifest, group: string, crds: GroupSchemas, registry: Schemas): Problem[] {
  const key = `${manifest.apiVersion}/${manifest.kind}`;
  const crdVersion = crds[key];
  if (!crdVersion?.served) return [typeProblem(manifest, group, crds, registry)];
  const type = `${manifest.apiVersion} ${manifest.kind}`;
  const schema = rootSchema(crdVersion.openAPIV3Schema);
  const problems = [...unknownFieldProblems(manifest, group, schema, registry, type)];
  if (isObject(manifest.metadata)) {
    problems.push(...trackedValidation((data) => registry.objectMetaModel().prototype.validate.call(data), manifest.metadata, 'metadata', type));
  }
  // The API server validates, and evaluates the rules on, what it would store: pruned and defaulted.
  const stored = defaulted(manifest, schema);
  const validator = registry.crds.validator(key, crdVersion.openAPIV3Schema);
  const errors = validator(stored) ? [] : relevantErrors(validator.errors ?? []);
  problems.push(...invalidProblems(stored, errors, '', type));
  // As the API server, no rule is evaluated on an object with a field of the wrong type.
  if (!errors.some((error) => error.keyword === 'type')) problems.push(...ruleProblems(stored, schema, '', type, registry.crds.rules));
  return dedupe(problems);
}

/** Why the apiVersion and kind is not one the CRDs serve: an unknown kind, an experimental one, or a version not served. */
function typeProblem(manifest: Manifest, group: string, crds: GroupSchemas, registry: Schemas): Problem {
  const experimental = registry.crds.channel === 'standard' ? registry.crds.groupIn(group, 'experimental') ?? {} : {};
  const kindIn = (schemas: GroupSchemas) => Object.keys(schemas).some((key) => key.endsWith(`/${manifest.kind}`));
  if (!kindIn(crds)) {
    if (kindIn(experimental)) {
      return {
        code: 'schema-experimental-kind',
        field: 'kind',
        message: `${manifest.kind} is a kind of the Gateway API experimental channel, which the standard channel CRDs do not define`,
        fix: EXPERIMENTAL_FIX,
      };
    }
    const kinds = [...new Set(Object.keys(crds).map((key) => key.split('/')[2]))].sort();
    return {
      code: 'schema-kind-unknown',
      field: 'kind',
      message: `${group} has no kind ${manifest.kind}`,
      fix: `use one of the kinds of ${group}: ${kinds.join(', ')}`,
    };
  }
  const versions = servedVersions(crds, manifest.kind);
  if (experimental[`${manifest.apiVersion}/${manifest.kind}`]?.served) {
    return {
      code: 'schema-experimental-kind',
      field: 'apiVersion',
      message: `the standard channel ${manifest.kind} CRD does not serve ${manifest.apiVersion} (it serves ${versions.join(', ')}); the experimental channel does`,
      fix: `use apiVersion ${group}/${versions[0]}, or ${EXPERIMENTAL_FIX}`,
    };
  }
  return {
    code: 'schema-version-not-served',
    field: 'apiVersion',
    message: `the ${manifest.kind} CRD does not serve ${manifest.apiVersion} (it serves ${versions.join(', ')})`,
    fix: `use apiVersion ${group}/${versions[0]}`,
  };
}

function servedVersions(crds: GroupSchemas, kind: string): string[] {
  return Object.entries(crds).filter(([key, version]) => key.endsWith(`/${kind}`) && version.served).map(([key]) => key.split('/')[1]).sort(byVersionPriority);
}

/** The root schema, the fields of metadata left to the ObjectMeta validator. */
function rootSchema(schema: CrdSchema): CrdSchema {
  return {
    ...schema,
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      ...schema.properties,
      metadata: { type: 'object', ...schema.properties?.metadata, 'x-kubernetes-preserve-unknown-fields': true },
    },
  };
}

/** The unknown fields of the object; on the standard channel, those the experimental channel declares say so. */
function unknownFieldProblems(manifest: Manifest, group: string, schema: CrdSchema, registry: Schemas, type: string): Problem[] {
  const problems = unknownFields(manifest, schema, '', type);
  const experimental = problems.length > 0 && registry.crds.channel === 'standard'
    ? registry.crds.groupIn(group, 'experimental')?.[`${manifest.apiVersion}/${manifest.kind}`] : undefined;
  if (!experimental) return problems;
  const unknownThere = new Set(unknownFields(manifest, rootSchema(experimental.openAPIV3Schema), '', type).map((problem) => problem.field));
  return problems.map((problem) => (unknownThere.has(problem.field) ? problem : {
    code: 'schema-experimental-field',
    field: problem.field,
    message: `is a field of the Gateway API experimental channel, which the standard channel schema of ${type} does not declare: the API server rejects the object, or drops the field`,
    fix: `${EXPERIMENTAL_FIX}; or remove it`,
  }));
}

/** The fields of the value that the schema does not declare, found as the API server's pruning finds them. */
function unknownFields(value: unknown, schema: CrdSchema, field: string, type: string): Problem[] {
  if (Array.isArray(value)) {
    return schema.items ? value.flatMap((item, index) => unknownFields(item, schema.items!, `${field}[${index}]`, type)) : [];
  }
  if (!isObject(value) || (schema.type !== 'object' && !schema.properties)) return [];
  const preserved = preservesUnknownFields(schema);
  let known: string[] | undefined;
  return Object.entries(value).flatMap(([key, child]) => {
    const childField = fieldOf(field, key);
    const childSchema = fieldSchema(schema, key);
    if (childSchema) return unknownFields(child, childSchema, childField, type);
    known ??= Object.keys(schema.properties ?? {}).sort();
    return preserved ? [] : [unknownField(childField, known, type)];
  });
}

function unknownField(field: string, known: string[], type: string): Problem {
  return {
    code: 'schema-unknown-field',
    field,
    message: `not declared by the schema of ${type}: the API server rejects the object, or drops the field`,
    fix: known.length > 0 ? `remove it, or fix its spelling: known fields are ${known.join(', ')}` : 'remove it: the schema declares no fields here',
  };
}

/** Kubernetes API versions by priority: GA before beta before alpha, then the higher number first. */
function byVersionPriority(a: string, b: string): number {
  const rank = (version: string): number[] => {
    const match = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(version);
    if (!match) return [0, 0, 0];
    return [match[2] === undefined ? 3 : match[2] === 'beta' ? 2 : 1, Number(match[1]), Number(match[3] ?? 0)];
  };
  const [ra, rb] = [rank(a), rank(b)];
  return rb[0] - ra[0] || rb[1] - ra[1] || rb[2] - ra[2] || a.localeCompare(b);
}

// ---------------------------------------------------------------------------------------------------------------
// Kubernetes: kubernetes-models

/** A class of kubernetes-models; its `validate` throws an error carrying the validator's `errors`. */
interface KubernetesModel {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly prototype: { validate(): void };
}

/** The schemas of one run of the check, each read or compiled the first time an object needs it. */
class Schemas {
  /** The CRD schemas. */
  public readonly crds: CrdSchemas;
  private readonly models = new Map<string, KubernetesModel | undefined>();
  private objectMeta?: KubernetesModel;

  constructor(channel: GatewayApiChannel) {
    this.crds = new CrdSchemas(channel);
  }

  /** The kubernetes-models class of an apiVersion and kind, e.g. `kubernetes-models/apps/v1/Deployment`; undefined if it has none. */
  public kubernetesModel(apiVersion: string, kind: string): KubernetesModel | undefined {
    const key = `${apiVersion} ${kind}`;
    if (!this.models.has(key)) this.models.set(key, loadKubernetesModel(apiVersion, kind));
    return this.models.get(key);
  }

  /** The ObjectMeta class of the apimachinery models that kubernetes-models depends on. */
  public objectMetaModel(): KubernetesModel {
    if (!this.objectMeta) {
      const from = path.dirname(require.resolve('kubernetes-models/package.json'));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      this.objectMeta = require(require.resolve('@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta', { paths: [from] })).ObjectMeta as KubernetesModel;
    }
    return this.objectMeta;
  }
}

function loadKubernetesModel(apiVersion: string, kind: string): KubernetesModel | undefined {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  if (!/^[a-z0-9.-]*$/.test(group) || !/^v\d+[a-z0-9]*$/.test(version) || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) return undefined;
  let model: KubernetesModel | undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    model = require(`kubernetes-models/${group ? `${group}/` : ''}${version}/${kind}`)[kind];
  } catch {
    return undefined;
  }
  // Only a resource's class has the apiVersion and kind; kubernetes-models also has classes of the types inside them.
  return model?.apiVersion === apiVersion && model.kind === kind ? model : undefined;
}

/**
 * Runs a kubernetes-models validator on the value, and finds the fields its schema does not declare. Those
 * validators are compiled code without their schema, and allow any field; but they read every declared field of
 * an object (and enumerate the keys of a map), so a field of the value that the validator never read is not declared.
 */
function trackedValidation(validate: (data: unknown) => void, value: unknown, base: string, type: string, untracked?: RegExp): Problem[] {
  const tracker = new ReadTracker();
  let errors: SchemaError[] = [];
  try {
    validate(tracker.wrap(value, base));
  } catch (error) {
    errors = (error as { errors?: SchemaError[] }).errors ?? [{ instancePath: '', keyword: 'invalid', params: {}, message: (error as Error).message }];
  }
  return dedupe([...tracker.unknownFields(type, untracked), ...invalidProblems(value, errors, base, type)]);
}

/** What a validator read of each object of a value, by field path. */
class ReadTracker {
  private readonly objects = new Map<string, { readonly value: Record<string, unknown>; readonly read: Set<string>; enumerated: boolean }>();

  /** The value, whose objects and arrays record what is read of them. */
  public wrap(value: unknown, field: string): unknown {
    if (value === null || typeof value !== 'object') return value;
    const isArray = Array.isArray(value);
    const record = { value: value as Record<string, unknown>, read: new Set<string>(), enumerated: false };
    if (!isArray) this.objects.set(field, record);
    const children = new Map<string, unknown>();
    const childOf = (key: string, child: unknown): unknown => {
      if (!children.has(key)) children.set(key, this.wrap(child, isArray ? `${field}[${key}]` : fieldOf(field, key)));
      return children.get(key);
    };
    return new Proxy(value, {
      get: (target, key, receiver) => {
        const child = Reflect.get(target, key, receiver);
        if (typeof key !== 'string' || (isArray && !/^\d+$/.test(key))) return child;
        if (!isArray) record.read.add(key);
        return childOf(key, child);
      },
      has: (target, key) => {
        if (typeof key === 'string' && !isArray) record.read.add(key);
        return Reflect.has(target, key);
      },
      getOwnPropertyDescriptor: (target, key) => {
        if (typeof key === 'string' && !isArray) record.read.add(key);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      ownKeys: (target) => {
        record.enumerated = true;
        return Reflect.ownKeys(target);
      },
    });
  }

  /**
   * The keys that were never read, of every object whose keys were not enumerated (a map) and of which something
   * was read (an object the schema declares no field of is free-form).
   */
  public unknownFields(type: string, untracked?: RegExp): Problem[] {
    return [...this.objects.entries()].flatMap(([field, { value, read, enumerated }]) => {
      if (enumerated || read.size === 0 || untracked?.test(field)) return [];
      const known = [...read].sort();
      return Object.keys(value).filter((key) => !read.has(key)).map((key) => unknownField(fieldOf(field, key), known, type));
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Validator errors as problems

/** The validator errors but those inside a branch of oneOf, anyOf or not: the error of the composite tells. */
function relevantErrors(errors: SchemaError[]): SchemaError[] {
  return errors.filter((error) => error.keyword !== 'additionalProperties' && !/\/(?:oneOf|anyOf)\/\d+\/|\/not\//.test(error.schemaPath ?? ''));
}

/** A problem for every relevant validator error. */
function invalidProblems(root: unknown, errors: SchemaError[], base: string, type: string): Problem[] {
  return relevantErrors(errors).map((error) => {
    const { field, value } = locate(root, error.instancePath, base);
    const { suffix, message } = describe(error, value);
    return { code: 'schema-invalid', field: suffix === undefined ? field || '(object)' : fieldOf(field, suffix), message: `${message} (schema of ${type})`, fix: INVALID_FIX };
  });
}

const FORMATS: Record<string, string> = {
  'int32': 'a 32-bit integer',
  'int64': 'a 64-bit integer',
  'double': 'a number',
  'date-time': 'a date and time as in RFC 3339, e.g. 2024-01-31T12:00:00Z',
  'byte': 'base64-encoded',
};

/** The error as a sentence about the field (or about `suffix`, a field inside it). */
function describe(error: SchemaError, value: unknown): { suffix?: string; message: string } {
  const params = error.params as { missingProperty?: string; allowedValues?: unknown[]; format?: string };
  switch (error.keyword) {
    case 'required':
      return { suffix: params.missingProperty, message: 'is required' };
    case 'enum':
      return { message: `must be one of ${(params.allowedValues ?? []).map(String).join(', ')}` };
    case 'format':
      return { message: FORMATS[params.format ?? ''] ? `must be ${FORMATS[params.format ?? '']}` : `must have the format ${params.format}` };
    case 'oneOf':
      return { message: exclusiveFields(error.schema, value) ?? 'must match exactly one of the forms the schema allows' };
    case 'anyOf': {
      const types = Array.isArray(error.schema) && error.schema.every((branch) => typeof branch?.type === 'string' && Object.keys(branch).length === 1)
        ? error.schema.map((branch: { type: string }) => branch.type) : undefined;
      return { message: types ? `must be ${types.join(' or ')}` : 'must match one of the forms the schema allows' };
    }
    default:
      return { message: error.message ?? 'is invalid' };
  }
}

/**
 * The message of a oneOf whose branches each require one field, as the CRDs write mutually exclusive fields
 * (with a first branch `not: { anyOf: [...] }` when none of them may be set, either).
 */
function exclusiveFields(branches: unknown, value: unknown): string | undefined {
  if (!Array.isArray(branches) || !isObject(value)) return undefined;
  const noneAllowed = branches.some((branch) => isObject(branch) && 'not' in branch);
  const names = branches.flatMap((branch) => (isObject(branch) && Array.isArray(branch.required) && branch.required.length === 1
    && Object.keys(branch).length === 1 ? [String(branch.required[0])] : []));
  if (names.length !== branches.length - (noneAllowed ? 1 : 0)) return undefined;
  const set = names.filter((name) => name in value);
  if (set.length > 1) return `sets ${set.join(' and ')}, but only one of ${names.join(', ')} may be set`;
  return `must set one of ${names.join(', ')}`;
}

/** The field path and value at a JSON pointer of the value. */
function locate(root: unknown, instancePath: string, base: string): { field: string; value: unknown } {
  let field = base;
  let value = root;
  for (const part of instancePath.split('/').slice(1).map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    field = Array.isArray(value) ? `${field}[${part}]` : fieldOf(field, part);
    value = isObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[part] : undefined;
  }
  return { field, value };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.code} ${problem.field} ${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
