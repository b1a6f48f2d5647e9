import { Finding } from '../analysis/finding';
import { FindingsOf, SourcedManifest, groupOf } from '../manifest/manifest';

interface Model {
  new (data: unknown): { validate(): void };
}

interface SchemaError {
  readonly instancePath: string;
  readonly message?: string;
}

/**
 * kubernetes-models ships ES modules only; TypeScript's CommonJS output would turn `import()` into `require()`,
 * which cannot load them.
 */
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<any>;

/** The kubernetes-models module that validates an apiVersion and kind. */
function modelModule(apiVersion: string, kind: string): string {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  if (group === '') return `kubernetes-models/${version}/${kind}`;
  if (group.endsWith('.istio.io')) return `@kubernetes-models/istio/${group}/${version}/${kind}`;
  return `kubernetes-models/${group}/${version}/${kind}`;
}

/** `/spec/http/0/route` as `spec.http[0].route`. */
function fieldOf(instancePath: string): string {
  return instancePath.split('/').filter((part) => part !== '')
    .reduce((field, part) => (/^\d+$/.test(part) ? `${field}[${part}]` : field ? `${field}.${part}` : part), '') || '(object)';
}

/** Schema findings of every object, by the validators of kubernetes-models and @kubernetes-models/istio. */
export async function schemaFindings(objects: SourcedManifest[]): Promise<Finding[]> {
  const models = new Map<string, Model | undefined>();
  const findings: Finding[] = [];
  for (const sourced of objects) {
    const { apiVersion, kind } = sourced.manifest;
    const specifier = modelModule(apiVersion, kind);
    if (!models.has(specifier)) models.set(specifier, await importModule(specifier).then((module) => module[kind], () => undefined));
    const model = models.get(specifier);
    const f = new FindingsOf(sourced);
    if (!model) {
      f.info('schema-unknown', 'apiVersion', `no schema is known for ${apiVersion} ${kind} (group ${groupOf(sourced.manifest) || 'core'})`, 'nothing to do; the object is checked by the mesh rules only');
    } else {
      validate(f, model);
    }
    findings.push(...f.findings);
  }
  return findings;
}

function validate(f: FindingsOf, model: Model): void {
  try {
    new model(f.manifest).validate();
  } catch (error) {
    const errors: SchemaError[] = (error as { errors?: SchemaError[] }).errors ?? [{ instancePath: '', message: (error as Error).message }];
    for (const schemaError of errors) {
      f.error('schema-invalid', fieldOf(schemaError.instancePath), `${schemaError.message ?? 'is invalid'} (schema of ${f.manifest.apiVersion} ${f.manifest.kind})`, 'correct the field to match the API schema');
    }
  }
}
