import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/** What the validators need to know of an object: its type, and its name for the error message. */
export interface KubernetesObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata?: { readonly name?: string };
}

const ISTIO_VERSIONS = ['v1', 'v1beta1', 'v1alpha3'];
const ISTIO_KINDS = ['Gateway', 'VirtualService', 'DestinationRule', 'ServiceEntry', 'Sidecar'];

/** The kubernetes-models module whose class of the same name as the kind validates each `apiVersion` + `kind`. */
const VALIDATORS: Record<string, string> = {
  'apps/v1 Deployment': 'kubernetes-models/apps/v1/Deployment',
  'v1 Service': 'kubernetes-models/v1/Service',
  ...Object.fromEntries(ISTIO_VERSIONS.flatMap((version) => ISTIO_KINDS.map((kind) => [
    `networking.istio.io/${version} ${kind}`,
    `@kubernetes-models/istio/networking.istio.io/${version}/${kind}`,
  ]))),
};

/**
 * kubernetes-models ships ES modules only, which Jest's CommonJS runtime cannot load without transforming
 * node_modules; a plain Node process loads them natively. It reads `[{ module, kind, object }]` from stdin and
 * writes one entry per object: the validation error, or null.
 */
const VALIDATE_SCRIPT = `
import { readFileSync } from 'node:fs';
const errors = [];
for (const { module, kind, object } of JSON.parse(readFileSync(0, 'utf8'))) {
  const { [kind]: Model } = await import(module);
  try {
    new Model(object).validate();
    errors.push(null);
  } catch (error) {
    errors.push(error.message);
  }
}
process.stdout.write(JSON.stringify(errors));
`;

const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');

function validatorOf(manifest: KubernetesObject): string {
  const module = VALIDATORS[`${manifest.apiVersion} ${manifest.kind}`];
  if (!module) {
    throw new Error(`${manifest.kind}/${manifest.metadata?.name}: no schema validator for ${manifest.apiVersion} ${manifest.kind}. `
      + 'Fix: add the kubernetes-models class of the kind to VALIDATORS in test/support/schema.ts');
  }
  return module;
}

/**
 * The schema error of each manifest (undefined when it is valid), in the order given; validates all of them
 * in one Node process. Throws for a kind it has no validator for.
 */
export function schemaErrors(manifests: KubernetesObject[]): Array<string | undefined> {
  const input = manifests.map((object) => ({ module: validatorOf(object), kind: object.kind, object }));
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', VALIDATE_SCRIPT], {
    cwd: PACKAGE_ROOT,
    input: JSON.stringify(input),
    encoding: 'utf8',
  });
  return (JSON.parse(output) as Array<string | null>).map((error) => error ?? undefined);
}

/** Throws, naming the kind and name of every invalid manifest, unless all of them pass schema validation. */
export function validateManifests(manifests: KubernetesObject[]): void {
  const errors = schemaErrors(manifests);
  const invalid = manifests.flatMap((object, index) => {
    const error = errors[index];
    return error === undefined ? [] : [`${object.kind}/${object.metadata?.name}: ${error}`];
  });
  if (invalid.length > 0) throw new Error(`schema validation failed:\n${invalid.join('\n')}`);
}

/** Throws, naming its kind and name, unless the manifest passes schema validation. */
export function validateManifest(manifest: KubernetesObject): void {
  validateManifests([manifest]);
}
