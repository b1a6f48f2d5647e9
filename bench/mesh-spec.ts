/** One service of the synthetic mesh: plain data that both variants render. */
export interface MeshServiceSpec {
  readonly app: string;
  readonly stableImage: string;
  readonly candidateImage: string;
}

/** Four traffic steps per plan, so that every plan has the many phases of a cautious real rollout. */
export const CANDIDATE_WEIGHTS = [10, 25, 50, 75];

/** The phase rendered for every service: both versions deployed and sharing traffic. */
export const RENDERED_WEIGHT = 25;

/** Service and container port of every service. */
export const SERVICE_PORT = 3000;

/** Host the shared ingress Gateway serves. */
export const GATEWAY_HOST = 'mesh.example.com';

/** `count` services, named `svc-0000` onwards. */
export function meshServices(count: number): MeshServiceSpec[] {
  return Array.from({ length: count }, (_, index) => {
    const app = `svc-${String(index).padStart(4, '0')}`;
    return { app, stableImage: `example/${app}:1.0.0`, candidateImage: `example/${app}:2.0.0` };
  });
}
