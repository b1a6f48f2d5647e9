import { synthToFolder } from '../../lib';
import { synthShop } from './app';

// `cdk8s synth` writes to .cdk8s.out (cdk8s.yaml); the phases are published to dist/ only when both synthesized.
synthToFolder(synthShop, process.env.CDK8S_OUTDIR);
