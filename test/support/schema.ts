import { schemaFindings, servedCrdTypes, servedIstioTypes } from '../../lib/cli/schema-check';
import { FindingLevel } from '../../lib/analysis/finding';
import { Manifest } from '../../lib/manifest/manifest';

/** What the validators need to know of an object: its type, and its name for the error message. */
export interface KubernetesObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata?: { readonly name?: string };
}

/**
 * The types of the objects the library writes, each validated as `istio-traffic analyze` validates it: the
 * Kubernetes kinds with kubernetes-models, every served version of every networking.istio.io kind against its CRD
 * schema. A test that validates another type checks something else than the library's output.
 */
const VALIDATED_TYPES = new Set([
  'apps/v1 Deployment',
  'v1 Service',
  'v1 ServiceAccount',
  ...servedIstioTypes().map(({ apiVersion, kind }) => `${apiVersion} ${kind}`),
  ...servedCrdTypes('security.istio.io').map(({ apiVersion, kind }) => `${apiVersion} ${kind}`),
]);

function checkValidated(manifest: KubernetesObject): void {
  if (!VALIDATED_TYPES.has(`${manifest.apiVersion} ${manifest.kind}`)) {
    throw new Error(`${manifest.kind}/${manifest.metadata?.name}: no schema validator for ${manifest.apiVersion} ${manifest.kind}. `
      + 'Fix: add the type to VALIDATED_TYPES in test/support/schema.ts');
  }
}

/**
 * The schema errors of each manifest (undefined when it is valid), in the order given, one a line: the field, what
 * is wrong, the finding code and the fix. Throws for a type it does not validate.
 */
export function schemaErrors(manifests: KubernetesObject[]): Array<string | undefined> {
  manifests.forEach(checkValidated);
  return manifests.map((manifest) => {
    const errors = schemaFindings([{ manifest: { metadata: {}, ...manifest } as Manifest, source: '-' }])
      .filter((finding) => finding.level === FindingLevel.ERROR)
      .map(({ field, message, code, fix }) => `${field} ${message} (${code}; fix: ${fix})`);
    return errors.length > 0 ? errors.join('\n') : undefined;
  });
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
