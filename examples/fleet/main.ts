// The fleet of rollouts.yaml, every environment into dist/<environment>/<service>/, and the Argo CD
// ApplicationSet into dist/argocd/. Runs from the checkout with the root's dependencies: `npx cdk8s synth` here.
import { ConfigError, FleetTransitionError, readFleetConfig, synthFleet, synthToFolder } from '../../lib';

/** The folder that holds the last good output: each service's move from there must be make-before-break. */
const PUBLISHED = 'dist';

try {
  const config = readFleetConfig('rollouts.yaml');
  synthToFolder((outdir) => synthFleet(outdir, config, { previous: PUBLISHED }), undefined, { publishTo: PUBLISHED });
} catch (error) {
  // Problems of the configuration and unsafe moves are the user's to fix: every one of them, without a stack trace.
  if (!(error instanceof ConfigError || error instanceof FleetTransitionError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
