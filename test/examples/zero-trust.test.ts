import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { PAYMENT_API, SHOP_CALLS, SHOP_NAMESPACE, SHOP_PHASES, SHOP_PORT, synthShop } from '../../examples/zero-trust/app';
import { Access, AccessMatrix, Manifest, accessMatrix } from '../../lib';
import { main } from '../../lib/cli/main';
import { listFiles, treeDifferences } from '../support/files';

const DIST = path.resolve(__dirname, '..', '..', 'examples', 'zero-trust', 'dist');
const GATEWAY = 'istio-ingressgateway-service-account';
/** The workloads of each service: the cart runs two versions. */
const WORKLOADS: Record<string, string[]> = { cart: ['cart-v1', 'cart-v2'] };

function manifestsOf(phase: string): Manifest[] {
  return YAML.parseAllDocuments(fs.readFileSync(path.join(DIST, phase, 'shop.k8s.yaml'), 'utf8')).map((document) => document.toJSON());
}

function host(service: string): string {
  return `${service}.${SHOP_NAMESPACE}.svc.cluster.local`;
}

/** Every cell of the matrix as `caller -> service access`. */
function cells(matrix: AccessMatrix): string[] {
  return matrix.cells.map((cell) => `${cell.caller} -> ${cell.host.split('.')[0]} ${cell.access}`).sort();
}

/** The cells the declared calls must give: allowed where declared (partly where the call names methods and paths), denied elsewhere. */
function expectedCells(matrix: AccessMatrix): string[] {
  const declared = (caller: string, callee: string) => {
    if (caller === GATEWAY) return callee === 'frontend';
    const service = Object.keys(SHOP_CALLS).find((name) => (WORKLOADS[name] ?? [name]).includes(caller));
    return service !== undefined && SHOP_CALLS[service].includes(callee);
  };
  return matrix.callers.flatMap(({ name }) => Object.keys(SHOP_CALLS).map((callee) => {
    const access = !declared(name, callee) ? Access.DENIED : callee === 'analytics' ? Access.PARTLY : Access.ALLOWED;
    return `${name} -> ${callee} ${access}`;
  })).sort();
}

describe('examples/zero-trust', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-trust-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('dist/ is what a fresh synth writes: one folder per phase', () => {
    // GIVEN
    const fresh = path.join(tmp, 'dist');

    // WHEN
    synthShop(fresh);

    // THEN
    expect(listFiles(fresh)).toEqual(SHOP_PHASES.map((phase) => path.join(phase, 'shop.k8s.yaml')));
    const stale = treeDifferences(fresh, DIST);
    if (stale.length > 0) {
      throw new Error(`examples/zero-trust/dist/ is not what the app synthesizes:\n  ${stale.join('\n  ')}\nRun \`npx cdk8s synth\` in examples/zero-trust and commit dist/.`);
    }
  });

  test.each(SHOP_PHASES)('dist/%s is clean under istio-traffic analyze', async (phase) => {
    // GIVEN
    const out: string[] = [];
    const err: string[] = [];

    // WHEN
    const code = await main(['analyze', path.join(DIST, phase)], { out: (line) => out.push(line), err: (line) => err.push(line) });

    // THEN
    expect(err).toEqual([]);
    expect(out.filter((line) => !/^\d+ objects: 0 errors, 0 warnings, 0 infos$/.test(line))).toEqual([]);
    expect(code).toEqual(0);
  });

  describe('the access matrix of 02-zero-trust', () => {
    const matrix = accessMatrix(manifestsOf('02-zero-trust'));

    test('has a column per service of the shop, at least 20, every one STRICT', () => {
      // THEN
      expect(matrix.services.map((service) => service.name).sort()).toEqual(Object.keys(SHOP_CALLS).sort());
      expect(matrix.services.length).toBeGreaterThanOrEqual(20);
      expect(matrix.services.filter((service) => service.mtls !== 'STRICT' || service.port !== SHOP_PORT)).toEqual([]);
    });

    test('allows exactly the declared calls: every other caller is denied, the gateway reaches only the frontend', () => {
      // THEN
      expect(matrix.enforced).toBe(true);
      expect(cells(matrix)).toEqual(expectedCells(matrix));
      expect(matrix.cells.filter((cell) => cell.caller === 'outside the mesh' && cell.access !== Access.DENIED)).toEqual([]);
    });

    test('every declared call and the gateway route are made and allowed', () => {
      // GIVEN
      const declared = Object.entries(SHOP_CALLS).flatMap(([caller, callees]) => (WORKLOADS[caller] ?? [caller])
        .flatMap((workload) => callees.map((callee) => `${workload} -> ${host(callee)}:${SHOP_PORT}`)));

      // THEN
      expect(matrix.calls.map((call) => `${call.caller} -> ${call.host}:${call.port}`).sort()).toEqual([...declared, `${GATEWAY} -> ${host('frontend')}:${SHOP_PORT}`].sort());
      expect(matrix.calls.filter((call) => call.access !== Access.ALLOWED)).toEqual([]);
      expect(declared.length).toBeGreaterThanOrEqual(30);
    });

    test('the payment service reaches only the payment provider outside the mesh', () => {
      // THEN
      expect(matrix.egress.find((entry) => entry.caller === 'payment')).toEqual({ caller: 'payment', hosts: [PAYMENT_API], anyHost: false });
    });
  });

  test('01-identities runs every service as its own account, and enforces nothing yet', () => {
    // GIVEN
    const manifests = manifestsOf('01-identities');

    // WHEN
    const matrix = accessMatrix(manifests);
    const accounts = manifests.filter((manifest) => manifest.kind === 'Deployment').map((manifest) => `${manifest.metadata.name} ${manifest.spec.template.spec.serviceAccountName}`);

    // THEN
    expect(matrix.enforced).toBe(false);
    expect(matrix.cells.filter((cell) => cell.access !== Access.ALLOWED)).toEqual([]);
    expect(accounts).toContain('cart-v2 cart');
    expect(accounts.filter((line) => { const [name, account] = line.split(' '); return !name.startsWith(account); })).toEqual([]);
    expect(manifests.filter((manifest) => manifest.kind === 'ServiceAccount').map((manifest) => manifest.metadata.name).sort()).toEqual(Object.keys(SHOP_CALLS).sort());
  });
});
