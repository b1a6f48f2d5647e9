import { App, Chart } from 'cdk8s';
import {
  Gateway, GatewayProtocol, GatewayTlsMode, RolloutPlan, StringMatch, VersionedService,
  readLivePhase, synthPhaseFolders, synthToFolder,
} from 'cdk8s-istio-traffic';

/** Orders v2 goes out behind a mirror, an opt-in header, then two canary steps. */
const plan = new RolloutPlan({
  stable: { name: 'v1', image: 'registry.example.com/shop/orders:1.4.0', replicas: 2 },
  candidate: { name: 'v2', image: 'registry.example.com/shop/orders:1.5.0', replicas: 2 },
  steps: [
    { mirrorPercentage: 50 },
    { headerOptIn: { 'x-orders-beta': StringMatch.exact('true') }, name: 'beta-testers' },
    { candidateWeight: 20 },
    { candidateWeight: 60 },
  ],
});

/** The complete desired state of the shop namespace in one phase of the release. */
function definePhase(app: App, phase: string): void {
  const chart = new Chart(app, 'shop', { namespace: 'shop', labels: { 'app.kubernetes.io/part-of': 'shop' } });
  const gateway = new Gateway(chart, 'Gateway', {
    name: 'shop',
    servers: [
      { port: 80, hosts: ['orders.example.com'], httpsRedirect: true },
      { port: 443, protocol: GatewayProtocol.HTTPS, hosts: ['orders.example.com'], tls: { mode: GatewayTlsMode.SIMPLE, credentialName: 'orders-example-com' } },
    ],
  });
  // The gateway follows the same subset routes as the mesh, so the dark launch stays dark at the edge too.
  new VersionedService(chart, 'Orders', {
    app: 'orders',
    port: 8080,
    plan,
    phase,
    gateways: [gateway],
    gatewayHosts: ['orders.example.com'],
  });
}

synthToFolder((outdir) => synthPhaseFolders(outdir, plan.phaseNames.map((phase, index) => ({
  folder: `${String(index + 1).padStart(2, '0')}-${phase}`,
  define: (app: App) => definePhase(app, phase),
})), { livePhase: readLivePhase('rollout.yaml') }));
