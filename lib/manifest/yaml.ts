import * as path from 'node:path';
import type * as Yaml from 'yaml';

/**
 * The path of the `yaml` library, as the copy that cdk8s bundles (the version this package depends on too): every reader and
 * writer of the library uses it, so that a synth loads one copy, the one cdk8s loads anyway.
 */
export const YAML_MODULE = require.resolve('yaml', { paths: [path.dirname(require.resolve('cdk8s'))] });

/** The module at `YAML_MODULE`. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const YAML: typeof Yaml = require(YAML_MODULE);
