import * as path from 'node:path';
import { App, Chart } from 'cdk8s';
import {
  Gateway, MeshAnalysis, MeshService, OutboundTrafficPolicy, RolloutPlan, SecurityPosture, ServiceEntry, ServiceEntryLocation,
  ServiceEntryResolution, Sidecar, VersionedService, VersionedWorkload, VirtualService, WorkloadCall,
} from '../../lib';

/** The namespace of the shop. */
export const SHOP_NAMESPACE = 'shop';
/** The port every service of the shop listens on. */
export const SHOP_PORT = 8080;
/** The host the ingress gateway serves. */
export const SHOP_HOST = 'shop.example.com';
/** The payment provider's API, the only host outside the mesh that the shop calls. */
export const PAYMENT_API = 'api.payments.example.com';

/** Who calls whom: every service of the shop and the services it calls. This is the one declaration of the calls. */
export const SHOP_CALLS: Readonly<Record<string, readonly string[]>> = {
  'frontend': ['ad', 'analytics', 'cart', 'catalog', 'checkout', 'currency', 'recommendation', 'reviews', 'search', 'users'],
  'ad': [],
  'analytics': [],
  'auth': [],
  'cart': ['pricing'],
  'catalog': ['inventory', 'pricing'],
  'checkout': ['cart', 'currency', 'email', 'inventory', 'orders', 'payment', 'shipping'],
  'currency': [],
  'email': [],
  'inventory': [],
  'invoices': [],
  'loyalty': [],
  'notifications': ['email'],
  'orders': ['analytics', 'invoices', 'loyalty', 'notifications'],
  'payment': [],
  'pricing': ['currency'],
  'ratings': [],
  'recommendation': ['catalog'],
  'reviews': ['ratings', 'users'],
  'search': ['catalog'],
  'shipping': ['currency'],
  'users': ['auth'],
};

/** Calls that say more than host and port: analytics only takes events. */
const NARROW_CALLS: Readonly<Record<string, Pick<WorkloadCall, 'methods' | 'paths'>>> = {
  analytics: { methods: ['POST'], paths: ['/events'] },
};

/** The cart is released as a canary: v2 gets 10% of the requests, both versions run as the cart's identity. */
const CART_PLAN = new RolloutPlan({
  stable: { name: 'v1', image: 'registry.example.com/shop/cart:1.4.0', replicas: 2 },
  candidate: { name: 'v2', image: 'registry.example.com/shop/cart:1.5.0', replicas: 2 },
  steps: [{ candidateWeight: 10 }],
});

/** The phases: identities first, then the policies that name them (make-before-break of authorization). */
export const SHOP_PHASES = ['01-identities', '02-zero-trust'];

/** The shop in one phase: every service with its identity and declared calls; in 02-zero-trust, the posture. */
export class ShopChart extends Chart {
  constructor(app: App, zeroTrust: boolean) {
    super(app, 'shop', { namespace: SHOP_NAMESPACE });
    const gateway = new Gateway(this, 'Gateway', { name: 'shop', servers: [{ port: 80, hosts: [SHOP_HOST] }] });
    const services = new Map<string, MeshService>();
    const names = Object.keys(SHOP_CALLS).filter((name) => name !== 'cart');
    for (const name of names) services.set(name, new MeshService(this, `${name}-service`, { app: name, port: SHOP_PORT }));
    const cart = new VersionedService(this, 'cart', {
      app: 'cart', port: SHOP_PORT, plan: CART_PLAN, phase: 'canary-10', serviceAccountName: 'cart', calls: this.callsOf('cart', services),
    });
    services.set('cart', cart.service);
    for (const name of names) {
      new VersionedWorkload(this, name, {
        app: name,
        containerPort: SHOP_PORT,
        serviceAccountName: name,
        version: { name: 'v1', image: `registry.example.com/shop/${name}:1.0.0`, deploymentName: name },
        calls: [...this.callsOf(name, services), ...(name === 'payment' ? [{ host: PAYMENT_API, port: 443 }] : [])],
      });
    }
    const frontend = services.get('frontend')!;
    new VirtualService(this, 'FrontendRoutes', {
      name: 'frontend', hosts: [SHOP_HOST], gateways: [gateway], http: [{ route: [{ host: frontend.host, port: frontend.port }] }],
    });
    new ServiceEntry(this, 'PaymentApi', {
      name: 'payments',
      hosts: [PAYMENT_API],
      ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }],
      resolution: ServiceEntryResolution.DNS,
      location: ServiceEntryLocation.MESH_EXTERNAL,
    });
    // The payment service holds card data: it reaches the provider's API and nothing else outside the mesh.
    new Sidecar(this, 'PaymentEgress', {
      name: 'payment',
      workloadSelector: { app: 'payment' },
      outboundTrafficPolicy: OutboundTrafficPolicy.REGISTRY_ONLY,
      egress: [{ hosts: ['./*', 'istio-system/*'] }],
    });
    if (zeroTrust) new SecurityPosture(this, 'ZeroTrust');
  }

  /** The calls of a service, to the Services it calls; the cart's by URL in its environment, the others' annotated. */
  private callsOf(name: string, services: Map<string, MeshService>): WorkloadCall[] {
    return SHOP_CALLS[name].map((callee) => {
      const service = services.get(callee);
      if (service === undefined) throw new Error(`${name} calls ${callee}, which is declared later: declare the Services first`);
      return name === 'cart' ? { service, env: `${callee.toUpperCase()}_URL` } : { service, ...NARROW_CALLS[callee] };
    });
  }
}

/** Synthesizes both phases into `<outdir>/<phase>/`, after checking make-before-break between them. */
export function synthShop(outdir: string): void {
  const apps = SHOP_PHASES.map((phase, at) => {
    const app = new App({ outdir: path.join(outdir, phase) });
    new ShopChart(app, at === 1);
    return { name: phase, app };
  });
  MeshAnalysis.checkTransitions(apps.map(({ name, app }) => ({ name, root: app })));
  for (const { app } of apps) app.synth();
}
