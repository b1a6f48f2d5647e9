import { synthToFolder } from '../../lib';
import { synthTasks } from './app';

// `cdk8s synth` writes to .cdk8s.out (cdk8s.yaml); the tasks are published to dist/ only when every one synthesized.
synthToFolder(synthTasks, process.env.CDK8S_OUTDIR);
