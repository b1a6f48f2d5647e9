import { Chart } from 'cdk8s';
import { Gateway, RolloutPlan, VersionedService } from '../lib';
import { CANDIDATE_WEIGHTS, GATEWAY_HOST, MeshServiceSpec, RENDERED_WEIGHT, SERVICE_PORT } from './mesh-spec';

/** The mesh written with the library. */
export function libraryMesh(chart: Chart, services: MeshServiceSpec[]): void {
  new Gateway(chart, 'Gateway', { name: 'gateway', servers: [{ port: 80, hosts: [GATEWAY_HOST] }] });
  for (const service of services) {
    const plan = new RolloutPlan({
      stable: { name: 'v1', image: service.stableImage },
      candidate: { name: 'v2', image: service.candidateImage },
      steps: CANDIDATE_WEIGHTS.map((candidateWeight) => ({ candidateWeight })),
    });
    new VersionedService(chart, service.app, {
      app: service.app,
      plan,
      phase: `canary-${RENDERED_WEIGHT}`,
      port: SERVICE_PORT,
    });
  }
}
