import * as path from 'node:path';
import { App, Chart, ChartProps } from 'cdk8s';
import { Construct } from 'constructs';
import {
  Gateway, GatewayProtocol, GatewayTlsMode, IstioApiVersion, MeshService, OutboundTrafficPolicy, PhaseDefinition,
  RolloutPhaseName, RolloutPlan, SecurityPosture, ServiceEntry, ServiceEntryLocation, ServiceEntryResolution, Sidecar,
  StringMatch, VersionedService, VersionedWorkload, VirtualService, definePhaseApps, readLivePhase, synthPhaseFolders,
  synthToFolder, GatewayApiGateway, GatewayApiHttpRoute, ListenerProtocol, TrafficApi, Waypoint,
} from './lib';

/** The label every walkthrough object carries, so that `kubectl apply --prune -l` removes what a phase drops. */
export const WALKTHROUGH_LABEL = { 'app.kubernetes.io/part-of': 'istio-traffic-walkthrough' };

const GREETER_APP = 'greeter-service';
const GREETER_PORT = 3000;

/**
 * The Greeter service's release of v2: the rollout the walkthrough is about. Mirrored traffic and opt-in
 * routes come before any share of everyone's requests.
 */
export const GREETER_PLAN = new RolloutPlan({
  stable: { name: 'v1', image: 'learnistio/greeter-service:1.0.0', replicas: 3 },
  candidate: { name: 'v2', image: 'learnistio/greeter-service:2.0.0', replicas: 3 },
  steps: [
    { mirrorPercentage: 100 },
    { headerOptIn: { 'user-agent': StringMatch.regex('.*Firefox.*') }, name: 'opt-in-firefox' },
    { pathRewrite: { prefix: '/greeting', uri: '/hello' } },
    {
      pathRedirect: {
        prefix: '/greeting',
        redirect: { uri: '/hello', authority: `${GREETER_APP}.default.svc.cluster.local:${GREETER_PORT}` },
      },
    },
    { candidateWeight: 10 },
    { candidateWeight: 50 },
  ],
});

/** How Movie Web and its external API take part in a phase. */
export enum MovieWebMode {
  /** Not deployed. */
  ABSENT = 'absent',
  /** Deployed, calling its API through a ServiceEntry. */
  OPEN = 'open',
  /** Deployed behind a REGISTRY_ONLY Sidecar: only its ServiceEntry lets it reach the API. */
  LOCKED = 'locked',
}

/** Who may call whom in a phase. */
export enum WalkthroughSecurity {
  /** As the walkthrough: every workload runs as the namespace's `default` service account, mTLS is PERMISSIVE, no policy. */
  OPEN = 'open',
  /** Every app runs as a service account of its own; still no policy, so that the new identities are in place first. */
  IDENTITIES = 'identities',
  /** STRICT mTLS, a default-deny, and an ALLOW policy for every declared call and gateway route. */
  ZERO_TRUST = 'zero-trust',
}

/** One phase of the walkthrough: the Greeter's rollout phase, and what else runs beside it. */
export interface WalkthroughPhase {
  /** Folder name under dist/, e.g. `05-dark`. */
  readonly folder: string;
  /** The Greeter's rollout phase. */
  readonly greeterPhase: string;
  /** Whether and how Movie Web runs. */
  readonly movieWeb: MovieWebMode;
  /** Whether the gateway serves helloweb.dev (and movieweb.dev) over HTTPS, redirecting plain HTTP. */
  readonly tlsIngress: boolean;
  /**
   * Identities and policies.
   * @default WalkthroughSecurity.OPEN
   */
  readonly security?: WalkthroughSecurity;
}

/** A phase of the walkthrough before it is numbered: its name and what runs. */
type NamedPhase = Omit<WalkthroughPhase, 'folder'> & { readonly name: string };

const WALKTHROUGH_STEPS: NamedPhase[] = [
  { name: 'ingress', greeterPhase: RolloutPhaseName.STABLE, movieWeb: MovieWebMode.ABSENT, tlsIngress: false },
  { name: 'egress', greeterPhase: RolloutPhaseName.STABLE, movieWeb: MovieWebMode.OPEN, tlsIngress: false },
  { name: 'egress-locked', greeterPhase: RolloutPhaseName.STABLE, movieWeb: MovieWebMode.LOCKED, tlsIngress: false },
  ...GREETER_PLAN.phaseNames
    .filter((name) => name !== RolloutPhaseName.STABLE)
    .map((name) => ({ name, greeterPhase: name, movieWeb: MovieWebMode.ABSENT, tlsIngress: false })),
  { name: 'tls-ingress', greeterPhase: RolloutPhaseName.RETIRED, movieWeb: MovieWebMode.ABSENT, tlsIngress: true },
  // Identities a phase before the policies that name them: pods restart as their new service account while
  // nothing denies the old one yet (make-before-break of authorization).
  {
    name: 'identities', greeterPhase: RolloutPhaseName.RETIRED, movieWeb: MovieWebMode.LOCKED, tlsIngress: true,
    security: WalkthroughSecurity.IDENTITIES,
  },
  {
    name: 'zero-trust', greeterPhase: RolloutPhaseName.RETIRED, movieWeb: MovieWebMode.LOCKED, tlsIngress: true,
    security: WalkthroughSecurity.ZERO_TRUST,
  },
];

/** Every phase, in the order it is applied: ingress, egress, the Greeter's rollout, TLS at the gateway, zero trust. */
export const WALKTHROUGH_PHASES: WalkthroughPhase[] = WALKTHROUGH_STEPS.map(({ name, ...phase }, index) => ({
  ...phase,
  folder: `${String(index + 1).padStart(2, '0')}-${name}`,
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
    const security = props.phase.security ?? WalkthroughSecurity.OPEN;
    // The phases of the walkthrough run as `default`, as its manifests do; the zero-trust phases give each app its own.
    const identity = (name: string) => (security === WalkthroughSecurity.OPEN ? undefined : name);
    const movieWeb = props.phase.movieWeb !== MovieWebMode.ABSENT;

    const gateway = props.phase.tlsIngress ? this.tlsGateway(movieWeb, apiVersion) : new Gateway(this, 'Gateway', {
      name: 'gateway',
      servers: [{ port: 80, hosts: ['*'] }],
      // The walkthrough exposes every host on purpose, to be reached by IP address on a local cluster.
      wildcardHostsIntended: true,
      apiVersion,
    });

    const greeter = new VersionedService(this, 'Greeter', {
      app: GREETER_APP,
      port: GREETER_PORT,
      plan: GREETER_PLAN,
      phase: props.phase.greeterPhase,
      containerName: 'svc',
      serviceAccountName: identity(GREETER_APP),
      apiVersion,
    });

    const helloWeb = new MeshService(this, 'HelloWebService', { app: 'helloweb' });
    new VersionedWorkload(this, 'HelloWeb', {
      app: 'helloweb',
      containerName: 'web',
      serviceAccountName: identity('helloweb'),
      // The one declaration of the call: the URL in the environment, the diagram's arrow, the posture's ALLOW.
      calls: [{ service: greeter.service, env: 'GREETER_SERVICE_URL' }],
      version: { name: 'v1', image: 'learnistio/hello-web:1.0.0', replicas: 3, deploymentName: 'helloweb' },
    });
    new VirtualService(this, 'HelloWebRoutes', {
      name: 'helloweb',
      hosts: ['helloweb.dev'],
      gateways: [gateway],
      http: [{ route: [{ host: helloWeb.host, port: helloWeb.port }] }],
      apiVersion,
    });

    if (movieWeb) this.addMovieWeb(gateway, props.phase, identity('movieweb'), apiVersion);
    // Last: the posture reads the calls and routes declared above.
    if (security === WalkthroughSecurity.ZERO_TRUST) new SecurityPosture(this, 'ZeroTrust');
  }

  /**
   * helloweb.dev over HTTPS with the certificate of the `helloweb-dev-tls` Secret, and movieweb.dev with that of
   * `movieweb-dev-tls` when Movie Web runs; plain HTTP is redirected.
   */
  private tlsGateway(movieWeb: boolean, apiVersion: IstioApiVersion | undefined): Gateway {
    const hosts = movieWeb ? ['helloweb.dev', 'movieweb.dev'] : ['helloweb.dev'];
    return new Gateway(this, 'Gateway', {
      name: 'gateway',
      servers: [
        { port: 80, hosts, httpsRedirect: true },
        ...hosts.map((host) => ({
          port: 443,
          protocol: GatewayProtocol.HTTPS,
          hosts: [host],
          tls: { mode: GatewayTlsMode.SIMPLE as const, credentialName: `${host.replace('.', '-')}-tls` },
        })),
      ],
      apiVersion,
    });
  }

  /**
   * Movie Web calls api.themoviedb.org; its API key comes from the `movieweb-themoviedb` Secret. Behind the TLS
   * gateway it is served as movieweb.dev: the gateway's `*` would take helloweb.dev too.
   */
  private addMovieWeb(gateway: Gateway, phase: WalkthroughPhase, serviceAccountName: string | undefined, apiVersion: IstioApiVersion | undefined): void {
    const movieWeb = new MeshService(this, 'MovieWebService', { app: 'movieweb' });
    new VersionedWorkload(this, 'MovieWeb', {
      app: 'movieweb',
      containerName: 'movieweb',
      serviceAccountName,
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
      hosts: [phase.tlsIngress ? 'movieweb.dev' : '*'],
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
    if (phase.movieWeb === MovieWebMode.LOCKED) {
      new Sidecar(this, 'MovieWebEgress', {
        name: 'movieweb',
        workloadSelector: { app: 'movieweb' },
        outboundTrafficPolicy: OutboundTrafficPolicy.REGISTRY_ONLY,
        egress: [{ hosts: ['./*', 'istio-system/*'] }],
        apiVersion,
      });
    }
  }
}

/** One phase of the walkthrough in the Gateway API: the Greeter's rollout phase, and whether ingress is HTTPS. */
export interface GatewayApiWalkthroughPhase {
  /** Folder name under dist/gateway-api/, e.g. `04-dark`. */
  readonly folder: string;
  /** The Greeter's rollout phase. */
  readonly greeterPhase: string;
  /** Whether the Gateway serves helloweb.dev over HTTPS, redirecting plain HTTP. */
  readonly tlsIngress: boolean;
}

/** The folder below dist/ of the walkthrough in the Gateway API. */
export const GATEWAY_API_FOLDER = 'gateway-api';

/**
 * The portable phases, in the Gateway API: ingress, the Greeter's rollout, then HTTPS at the Gateway. Egress (a
 * ServiceEntry and a REGISTRY_ONLY Sidecar) has no Gateway API form, and the security phases are Istio's own.
 */
export const GATEWAY_API_WALKTHROUGH_PHASES: GatewayApiWalkthroughPhase[] = [
  { name: 'ingress', greeterPhase: RolloutPhaseName.STABLE, tlsIngress: false },
  ...GREETER_PLAN.phaseNames
    .filter((name) => name !== RolloutPhaseName.STABLE)
    .map((name) => ({ name, greeterPhase: name, tlsIngress: false })),
  { name: 'tls-ingress', greeterPhase: RolloutPhaseName.RETIRED, tlsIngress: true },
].map(({ name, ...phase }, index) => ({ ...phase, folder: `${String(index + 1).padStart(2, '0')}-${name}` }));

/** Props for `GatewayApiWalkthroughChart`. */
export interface GatewayApiWalkthroughChartProps extends ChartProps {
  /** The phase to render. */
  readonly phase: GatewayApiWalkthroughPhase;
}

/**
 * The walkthrough's phase in the Gateway API, for ambient mode or sidecars: a Gateway of class `istio` for ingress, an
 * HTTPRoute from it to Hello Web, the Greeter's rollout as a Service per version and an HTTPRoute whose parent is the
 * Greeter's Service (GAMMA), and the waypoint that applies that route in ambient mode.
 */
export class GatewayApiWalkthroughChart extends Chart {
  constructor(scope: Construct, id: string, props: GatewayApiWalkthroughChartProps) {
    super(scope, id, { namespace: 'default', ...props, labels: { ...WALKTHROUGH_LABEL, ...props.labels } });
    const tls = props.phase.tlsIngress;
    const gateway = new GatewayApiGateway(this, 'Gateway', {
      name: 'gateway',
      // Without TLS every host name, to be reached by IP address on a local cluster, as in the Istio phases.
      listeners: tls
        ? [
          { port: 80, hostname: 'helloweb.dev' },
          { port: 443, protocol: ListenerProtocol.HTTPS, hostname: 'helloweb.dev', certificateSecrets: ['helloweb-dev-tls'] },
        ]
        : [{ port: 80 }],
    });
    const greeter = new VersionedService(this, 'Greeter', {
      app: GREETER_APP,
      port: GREETER_PORT,
      plan: GREETER_PLAN,
      phase: props.phase.greeterPhase,
      containerName: 'svc',
      trafficApi: TrafficApi.GATEWAY_API,
    });
    // In ambient mode the Greeter's mesh route is applied by a waypoint; sidecars apply it themselves.
    new Waypoint(this, 'Waypoint', { services: [greeter.service] });
    const helloWeb = new MeshService(this, 'HelloWebService', { app: 'helloweb' });
    new VersionedWorkload(this, 'HelloWeb', {
      app: 'helloweb',
      containerName: 'web',
      calls: [{ service: greeter.service, env: 'GREETER_SERVICE_URL' }],
      version: { name: 'v1', image: 'learnistio/hello-web:1.0.0', replicas: 3, deploymentName: 'helloweb' },
    });
    new GatewayApiHttpRoute(this, 'HelloWebRoutes', {
      name: 'helloweb',
      parents: [gateway.parent(tls ? 'https' : undefined)],
      hostnames: ['helloweb.dev'],
      rules: [{ backends: [{ service: helloWeb.name, port: helloWeb.port }] }],
    });
    if (tls) {
      new GatewayApiHttpRoute(this, 'HttpsRedirect', {
        name: 'helloweb-https-redirect',
        parents: [gateway.parent('http')],
        hostnames: ['helloweb.dev'],
        rules: [{ redirect: { scheme: 'https', statusCode: 301 } }],
      });
    }
  }
}

/** The Gateway API phases as definitions of their apps. */
function gatewayApiWalkthroughDefinitions(): PhaseDefinition[] {
  return GATEWAY_API_WALKTHROUGH_PHASES.map((phase) => ({
    folder: phase.folder,
    define: (app: App) => new GatewayApiWalkthroughChart(app, 'walkthrough', { phase }),
  }));
}

/** One app per Gateway API phase, each writing its own folder below `outdir`. */
export function gatewayApiWalkthroughApps(outdir: string): App[] {
  return definePhaseApps(outdir, gatewayApiWalkthroughDefinitions()).map((phase) => phase.app);
}

/** The phases as definitions of their apps. */
function walkthroughDefinitions(apiVersion?: IstioApiVersion): PhaseDefinition[] {
  return WALKTHROUGH_PHASES.map((phase) => ({
    folder: phase.folder,
    define: (app: App) => new WalkthroughChart(app, 'walkthrough', { phase, apiVersion }),
  }));
}

/** One app per phase, each writing its own folder below `outdir`. */
export function walkthroughApps(outdir: string, apiVersion?: IstioApiVersion): App[] {
  return definePhaseApps(outdir, walkthroughDefinitions(apiVersion)).map((phase) => phase.app);
}

/** The file that says which phase Argo CD syncs from dist/live/. */
export const ROLLOUT_CONFIG = path.join(__dirname, 'rollout.yaml');

/**
 * Synthesizes every phase below `outdir`, plus `live/`, and the portable phases in the Gateway API below
 * `<outdir>/gateway-api/`, after checking make-before-break between the phases of each.
 */
export function synthWalkthrough(outdir: string): void {
  synthPhaseFolders(outdir, walkthroughDefinitions(), { livePhase: readLivePhase(ROLLOUT_CONFIG) });
  synthPhaseFolders(path.join(outdir, GATEWAY_API_FOLDER), gatewayApiWalkthroughDefinitions());
}

if (require.main === module) {
  // Into a fresh folder first: a failed synth leaves the last good output as it was.
  synthToFolder(synthWalkthrough);
}
