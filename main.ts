import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Chart, ChartProps } from 'cdk8s';
import { Construct } from 'constructs';
import {
  Gateway, IstioApiVersion, MeshService, RolloutPlan, RolloutPhaseName, ServiceEntry, ServiceEntryLocation,
  ServiceEntryResolution, VersionedService, VersionedWorkload, VirtualService,
} from './lib';

/** The label every walkthrough object carries, so that `kubectl apply --prune -l` removes what a phase drops. */
export const WALKTHROUGH_LABEL = { 'app.kubernetes.io/part-of': 'istio-traffic-walkthrough' };

/** The Greeter service's release of v2: the rollout the walkthrough is about. */
export const GREETER_PLAN = new RolloutPlan({
  stable: { name: 'v1', image: 'learnistio/greeter-service:1.0.0', replicas: 3 },
  candidate: { name: 'v2', image: 'learnistio/greeter-service:2.0.0', replicas: 3 },
  steps: [{ candidateWeight: 10 }, { candidateWeight: 50 }],
});

/** One phase of the walkthrough: the Greeter's rollout phase, and what else runs beside it. */
export interface WalkthroughPhase {
  /** Folder name under dist/, e.g. `05-canary-10`. */
  readonly folder: string;
  /** The Greeter's rollout phase. */
  readonly greeterPhase: string;
  /** Whether Movie Web and its egress ServiceEntry run. */
  readonly movieWeb: boolean;
}

/** Every phase, in the order it is applied: ingress, egress, then the Greeter's rollout. */
export const WALKTHROUGH_PHASES: WalkthroughPhase[] = [
  { name: 'ingress', greeterPhase: RolloutPhaseName.STABLE as string, movieWeb: false },
  { name: 'egress', greeterPhase: RolloutPhaseName.STABLE as string, movieWeb: true },
  ...GREETER_PLAN.phaseNames
    .filter((name) => name !== RolloutPhaseName.STABLE)
    .map((name) => ({ name, greeterPhase: name, movieWeb: false })),
].map((phase, index) => ({
  folder: `${String(index + 1).padStart(2, '0')}-${phase.name}`,
  greeterPhase: phase.greeterPhase,
  movieWeb: phase.movieWeb,
}));

/** Props for `WalkthroughChart`. */
export interface WalkthroughChartProps extends ChartProps {
  /** The phase to render. */
  readonly phase: WalkthroughPhase;
  /**
   * Istio API version of the manifests.
   * @default IstioApiVersion.V1
   */
  readonly apiVersion?: IstioApiVersion;
}

/** The complete desired state of the `default` namespace in one phase of the walkthrough. */
export class WalkthroughChart extends Chart {
  constructor(scope: Construct, id: string, props: WalkthroughChartProps) {
    super(scope, id, { namespace: 'default', ...props, labels: { ...WALKTHROUGH_LABEL, ...props.labels } });
    const apiVersion = props.apiVersion;

    const gateway = new Gateway(this, 'Gateway', {
      name: 'gateway',
      servers: [{ port: 80, hosts: ['*'] }],
      apiVersion,
    });

    const greeter = new VersionedService(this, 'Greeter', {
      app: 'greeter-service',
      plan: GREETER_PLAN,
      phase: props.phase.greeterPhase,
      containerName: 'svc',
      apiVersion,
    });

    const helloWeb = new MeshService(this, 'HelloWebService', { app: 'helloweb' });
    new VersionedWorkload(this, 'HelloWeb', {
      app: 'helloweb',
      containerName: 'web',
      version: {
        name: 'v1',
        image: 'learnistio/hello-web:1.0.0',
        replicas: 3,
        deploymentName: 'helloweb',
        env: { GREETER_SERVICE_URL: greeter.service.url },
      },
    });
    new VirtualService(this, 'HelloWebRoutes', {
      name: 'helloweb',
      hosts: ['helloweb.dev'],
      gateways: [gateway],
      http: [{ route: [{ host: helloWeb.host, port: helloWeb.port }] }],
      apiVersion,
    });

    if (props.phase.movieWeb) this.addMovieWeb(gateway, apiVersion);
  }

  /** Movie Web calls api.themoviedb.org; its API key comes from the `movieweb-themoviedb` Secret. */
  private addMovieWeb(gateway: Gateway, apiVersion: IstioApiVersion | undefined): void {
    const movieWeb = new MeshService(this, 'MovieWebService', { app: 'movieweb' });
    new VersionedWorkload(this, 'MovieWeb', {
      app: 'movieweb',
      containerName: 'movieweb',
      version: {
        name: 'v1',
        image: 'learnistio/movie-web:1.0.0',
        replicas: 3,
        deploymentName: 'movieweb',
        secretEnv: { THEMOVIEDB_API_KEY: { secretName: 'movieweb-themoviedb', key: 'api-key' } },
      },
    });
    new VirtualService(this, 'MovieWebRoutes', {
      name: 'movieweb',
      hosts: ['*'],
      gateways: [gateway],
      http: [{ route: [{ host: movieWeb.host, port: movieWeb.port }] }],
      apiVersion,
    });
    new ServiceEntry(this, 'TheMovieDbApi', {
      name: 'movieweb',
      hosts: ['api.themoviedb.org'],
      ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }],
      resolution: ServiceEntryResolution.DNS,
      location: ServiceEntryLocation.MESH_EXTERNAL,
      apiVersion,
    });
  }
}

/** One app per phase, each writing its own folder below `outdir`. */
export function walkthroughApps(outdir: string, apiVersion?: IstioApiVersion): App[] {
  return WALKTHROUGH_PHASES.map((phase) => {
    const app = new App({ outdir: path.join(outdir, phase.folder) });
    new WalkthroughChart(app, 'walkthrough', { phase, apiVersion });
    return app;
  });
}

/**
 * Synthesizes every phase into a fresh folder beside `outdir` and swaps it in only when all phases
 * synthesized, so that a failure leaves the previous output as it was.
 */
export function synthWalkthrough(outdir: string): void {
  const staging = `${outdir}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    for (const app of walkthroughApps(staging)) app.synth();
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.renameSync(staging, outdir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

if (require.main === module) {
  synthWalkthrough(process.env.CDK8S_OUTDIR ?? 'dist');
}
