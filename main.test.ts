import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IstioApiVersion, MeshAnalysis, formatFinding } from './lib';
import { WALKTHROUGH_LABEL, WALKTHROUGH_PHASES, synthWalkthrough, walkthroughApps } from './main';
import { PART1_MANIFESTS } from './test/fixtures/part1-manifests';
import { PART2_MANIFESTS } from './test/fixtures/part2-manifests';
import { listFiles, treeDifferences } from './test/support/files';
import {
  SynthesizedPhase, WalkthroughObject, destinations, find, namesOf, objectsIn, ofKind, podLabels, selects, subsetLabels,
  routeWeights, synthPhases,
} from './test/support/walkthrough';
import { containmentMismatches } from './test/support/match';
import { schemaErrors, validateManifest } from './test/support/schema';

const FOLDERS = [
  '01-ingress', '02-egress', '03-egress-locked', '04-subsets', '05-routed', '06-dark', '07-mirror-100',
  '08-opt-in-firefox', '09-rewrite-greeting', '10-redirect-greeting', '11-canary-10', '12-canary-50', '13-promoted', '14-retired', '15-tls-ingress',
  '16-identities', '17-zero-trust',
];
const DIST = path.join(__dirname, 'dist');
/** The portable phases in the Gateway API, below dist/gateway-api/. */
const GATEWAY_API_FOLDERS = [
  '01-ingress', '02-subsets', '03-routed', '04-dark', '05-mirror-100', '06-opt-in-firefox', '07-rewrite-greeting',
  '08-redirect-greeting', '09-canary-10', '10-canary-50', '11-promoted', '12-retired', '13-tls-ingress',
].map((folder) => path.join('gateway-api', folder));
/** What every phase folder holds: the diagram, the kustomization and the manifests. */
const PHASE_FILES = ['TRAFFIC.md', 'kustomization.yaml', 'walkthrough.k8s.yaml'];
const GREETER_HOST = 'greeter-service.default.svc.cluster.local';
const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';
/** Port names from which Istio infers the protocol: the protocol, optionally followed by `-<suffix>`. */
const ISTIO_PORT_NAME = /^(http|http2|https|grpc|grpc-web|mongo|mysql|redis|tcp|tls|udp)(-.+)?$/;

/** What one phase must contain. */
interface PhaseFacts {
  readonly deployments: string[];
  readonly services: string[];
  /** Subsets of the greeter-service DestinationRule; undefined when there is no DestinationRule. */
  readonly greeterSubsets?: string[];
  /** Weight per subset of each route of the greeter-service VirtualService; undefined when there is none. */
  readonly greeterRoutes?: Array<Record<string, number>>;
  /** Hosts of every VirtualService, by name. */
  readonly virtualServiceHosts: Record<string, string[]>;
}

const APPS = ['greeter-service', 'helloweb'];
const HELLOWEB_HOSTS = { helloweb: ['helloweb.dev'] };
const GREETER_HOSTS = { ...HELLOWEB_HOSTS, 'greeter-service': [GREETER_HOST] };
const V1_V2 = ['greeter-service-v1', 'greeter-service-v2', 'helloweb'];

const BOTH = ['v1', 'v2'];
const MOVIEWEB_PHASE: PhaseFacts = {
  deployments: ['greeter-service-v1', 'helloweb', 'movieweb'],
  services: [...APPS, 'movieweb'],
  virtualServiceHosts: { ...HELLOWEB_HOSTS, movieweb: ['*'] },
};
const ROLLOUT_PHASE = { deployments: V1_V2, services: APPS, greeterSubsets: BOTH, virtualServiceHosts: GREETER_HOSTS };
const RETIRED_PHASE: PhaseFacts = {
  deployments: ['greeter-service-v2', 'helloweb'],
  services: APPS,
  greeterSubsets: ['v2'],
  greeterRoutes: [{ v2: 100 }],
  virtualServiceHosts: GREETER_HOSTS,
};

/** Movie Web is back behind the TLS gateway as movieweb.dev, beside the retired rollout. */
const ZERO_TRUST_PHASE: PhaseFacts = {
  ...RETIRED_PHASE,
  deployments: [...RETIRED_PHASE.deployments, 'movieweb'],
  services: [...APPS, 'movieweb'],
  virtualServiceHosts: { ...GREETER_HOSTS, movieweb: ['movieweb.dev'] },
};

const EXPECTED: Record<string, PhaseFacts> = {
  '01-ingress': { deployments: ['greeter-service-v1', 'helloweb'], services: APPS, virtualServiceHosts: HELLOWEB_HOSTS },
  '02-egress': MOVIEWEB_PHASE,
  '03-egress-locked': MOVIEWEB_PHASE,
  '04-subsets': { ...ROLLOUT_PHASE, deployments: ['greeter-service-v1', 'helloweb'], virtualServiceHosts: HELLOWEB_HOSTS },
  '05-routed': { ...ROLLOUT_PHASE, deployments: ['greeter-service-v1', 'helloweb'], greeterRoutes: [{ v1: 100, v2: 0 }] },
  '06-dark': { ...ROLLOUT_PHASE, greeterRoutes: [{ v1: 100, v2: 0 }] },
  '07-mirror-100': { ...ROLLOUT_PHASE, greeterRoutes: [{ v1: 100 }] },
  '08-opt-in-firefox': { ...ROLLOUT_PHASE, greeterRoutes: [{ v2: 100 }, { v1: 100 }] },
  '09-rewrite-greeting': { ...ROLLOUT_PHASE, greeterRoutes: [{ v2: 100 }, { v1: 100 }] },
  '10-redirect-greeting': { ...ROLLOUT_PHASE, greeterRoutes: [{}, { v1: 100 }] },
  '11-canary-10': { ...ROLLOUT_PHASE, greeterRoutes: [{ v1: 90, v2: 10 }] },
  '12-canary-50': { ...ROLLOUT_PHASE, greeterRoutes: [{ v1: 50, v2: 50 }] },
  '13-promoted': { ...ROLLOUT_PHASE, greeterRoutes: [{ v1: 0, v2: 100 }] },
  '14-retired': RETIRED_PHASE,
  '15-tls-ingress': RETIRED_PHASE,
  '16-identities': ZERO_TRUST_PHASE,
  '17-zero-trust': ZERO_TRUST_PHASE,
};

const PHASES = synthPhases();
const V1ALPHA3_PHASES = synthPhases(IstioApiVersion.V1ALPHA3);

function phaseOf(phases: SynthesizedPhase[], folder: string): SynthesizedPhase {
  const phase = phases.find((candidate) => candidate.folder === folder);
  if (!phase) throw new Error(`no phase ${folder}; phases are ${phases.map((candidate) => candidate.folder).join(', ')}`);
  return phase;
}

function describeObject(object: WalkthroughObject): string {
  return `${object.kind}/${object.metadata.name}`;
}

function syncWave(object: WalkthroughObject): number {
  return Number(object.metadata.annotations?.[SYNC_WAVE]);
}

function serviceHost(service: WalkthroughObject): string {
  return `${service.metadata.name}.${service.metadata.namespace ?? 'default'}.svc.cluster.local`;
}

/** The subset of `host` called `subset` as a label selector, or undefined when no DestinationRule defines it. */
function subsetSelector(manifests: WalkthroughObject[], host: string, subset: string): Record<string, string> | undefined {
  return ofKind(manifests, 'DestinationRule')
    .filter((rule) => rule.spec.host === host)
    .map((rule) => subsetLabels(rule)[subset])
    .find((labels) => labels !== undefined);
}

/**
 * Whether a Deployment's pods get requests: a Service selects them and either no VirtualService routes its host
 * (the Service balances over all its pods) or a route gives weight to the whole host or to a subset of them.
 */
function getsRequests(manifests: WalkthroughObject[], deployment: WalkthroughObject): boolean {
  const labels = podLabels(deployment);
  return ofKind(manifests, 'Service').filter((service) => selects(service.spec.selector, labels)).some((service) => {
    const routes = ofKind(manifests, 'VirtualService').flatMap(destinations).filter((route) => route.host === serviceHost(service));
    if (routes.length === 0) return true;
    return routes.some((route) => route.weight > 0
      && (route.subset === undefined || selects(subsetSelector(manifests, route.host, route.subset) ?? {}, labels)));
  });
}

/** Routes with weight in `next` to a subset that was not defined, or had no Deployment, in `previous`. */
function unpreparedRoutes(previous: WalkthroughObject[], next: WalkthroughObject[]): string[] {
  return ofKind(next, 'VirtualService').flatMap((virtualService) => destinations(virtualService)
    .filter((route) => route.subset !== undefined && route.weight > 0)
    .flatMap((route) => {
      const where = `${describeObject(virtualService)} → ${route.host}/${route.subset} (weight ${route.weight})`;
      const selector = subsetSelector(previous, route.host, route.subset!);
      if (!selector) return [`${where}: subset not defined in the previous phase`];
      const service = ofKind(previous, 'Service').find((candidate) => serviceHost(candidate) === route.host);
      const deployed = ofKind(previous, 'Deployment').some((deployment) => service !== undefined
        && selects(service.spec.selector, podLabels(deployment)) && selects(selector, podLabels(deployment)));
      return deployed ? [] : [`${where}: no Deployment in the previous phase`];
    }));
}

/**
 * Deployments removed in `next`, while their Service stays, that got requests in `previous`. An app removed
 * with its Service (Movie Web after the egress phase) is torn down, not replaced: nothing could serve instead.
 */
function removedWhileServing(previous: WalkthroughObject[], next: WalkthroughObject[]): string[] {
  return ofKind(previous, 'Deployment')
    .filter((deployment) => find(next, 'Deployment', deployment.metadata.name) === undefined)
    .filter((deployment) => ofKind(next, 'Service').some((service) => selects(service.spec.selector, podLabels(deployment))))
    .filter((deployment) => getsRequests(previous, deployment))
    .map(describeObject);
}

/** Subsets removed in `next` that had weight in `previous`. */
function subsetsRemovedWhileRouted(previous: WalkthroughObject[], next: WalkthroughObject[]): string[] {
  const routes = ofKind(previous, 'VirtualService').flatMap(destinations);
  return ofKind(previous, 'DestinationRule').flatMap((rule) => Object.keys(subsetLabels(rule))
    .filter((subset) => subsetSelector(next, rule.spec.host, subset) === undefined)
    .filter((subset) => routes.some((route) => route.host === rule.spec.host && route.subset === subset && route.weight > 0))
    .map((subset) => `${describeObject(rule)} subset ${subset}`));
}

test('the phases are applied in order, each from its own folder', () => {
  // GIVEN
  const outdir = path.join(os.tmpdir(), 'walkthrough-folders');

  // WHEN
  const apps = walkthroughApps(outdir);

  // THEN
  expect(WALKTHROUGH_PHASES.map((phase) => phase.folder)).toEqual(FOLDERS);
  expect(apps.map((app) => path.relative(outdir, app.outdir))).toEqual(FOLDERS);
  expect(PHASES.map((phase) => phase.folder)).toEqual(FOLDERS);
});

describe.each(PHASES)('phase $folder', ({ folder, yaml, manifests }) => {
  const expected = EXPECTED[folder];

  test('matches the snapshot', () => {
    // THEN
    expect(manifests).toMatchSnapshot();
  });

  test('runs the Deployments and Services of the phase', () => {
    // THEN
    expect(namesOf(manifests, 'Deployment')).toEqual(expected.deployments);
    expect(namesOf(manifests, 'Service')).toEqual(expected.services);
  });

  test('the greeter-service DestinationRule defines the subsets of the phase', () => {
    // GIVEN
    const subsets = expected.greeterSubsets;

    // WHEN
    const rule = find(manifests, 'DestinationRule', 'greeter-service');

    // THEN
    expect(namesOf(manifests, 'DestinationRule')).toEqual(subsets ? ['greeter-service'] : []);
    expect(rule && subsetLabels(rule)).toEqual(subsets && Object.fromEntries(subsets.map((name) => [name, { version: name }])));
  });

  test('the greeter-service VirtualService weighs the subsets of the phase', () => {
    // WHEN
    const virtualService = find(manifests, 'VirtualService', 'greeter-service');

    // THEN
    expect(virtualService && routeWeights(virtualService)).toEqual(expected.greeterRoutes);
  });

  test('every VirtualService has the hosts of the phase', () => {
    // WHEN
    const hosts = Object.fromEntries(ofKind(manifests, 'VirtualService').map((object) => [object.metadata.name, object.spec.hosts]));

    // THEN
    expect(hosts).toEqual(expected.virtualServiceHosts);
  });

  test('every Deployment selects exactly the app and version labels of its pods', () => {
    for (const deployment of ofKind(manifests, 'Deployment')) {
      // GIVEN
      const { app, version } = podLabels(deployment);

      // THEN
      expect([deployment.metadata.name, typeof app, typeof version]).toEqual([deployment.metadata.name, 'string', 'string']);
      expect([deployment.metadata.name, deployment.spec.selector]).toStrictEqual([deployment.metadata.name, { matchLabels: { app, version } }]);
    }
  });

  test('every Service selects by app only, and selects the pods of a Deployment', () => {
    // GIVEN
    const deployments = ofKind(manifests, 'Deployment');

    // WHEN
    const services = ofKind(manifests, 'Service').map((service) => ({
      name: service.metadata.name,
      selectorKeys: Object.keys(service.spec.selector),
      selectsPods: deployments.some((deployment) => selects(service.spec.selector, podLabels(deployment))),
    }));

    // THEN
    expect(services).toEqual(services.map(({ name }) => ({ name, selectorKeys: ['app'], selectsPods: true })));
  });

  test('every Service port has a name Istio infers the protocol from', () => {
    // WHEN
    const ports = ofKind(manifests, 'Service').flatMap((service) => service.spec.ports.map((port: { name?: string }) => ({
      service: service.metadata.name,
      name: port.name,
    })));

    // THEN
    expect(ports.length).toBeGreaterThan(0);
    expect(ports.filter((port) => !ISTIO_PORT_NAME.test(port.name ?? ''))).toEqual([]);
  });

  test('every object carries the walkthrough label', () => {
    // THEN
    expect(manifests.filter((object) => !selects(WALKTHROUGH_LABEL, object.metadata.labels ?? {})).map(describeObject)).toEqual([]);
  });

  test('what a VirtualService refers to comes before it in the file and in an earlier sync wave', () => {
    // GIVEN
    const later = manifests.flatMap((virtualService, index) => {
      if (virtualService.kind !== 'VirtualService') return [];
      const rules = destinations(virtualService).filter((route) => route.subset !== undefined)
        .flatMap((route) => ofKind(manifests, 'DestinationRule').filter((rule) => rule.spec.host === route.host));
      const gateways = (virtualService.spec.gateways ?? []).flatMap((name: string) => ofKind(manifests, 'Gateway')
        .filter((gateway) => gateway.metadata.name === name));

      // WHEN
      return [...rules, ...gateways]
        .filter((target) => manifests.indexOf(target) > index || !(syncWave(target) < syncWave(virtualService)))
        .map((target) => `${describeObject(target)} (wave ${syncWave(target)}) for ${describeObject(virtualService)} (wave ${syncWave(virtualService)})`);
    });

    // THEN
    expect(later).toEqual([]);
  });

  test('the subset routes have their DestinationRule', () => {
    // GIVEN
    const subsetRoutes = ofKind(manifests, 'VirtualService').flatMap(destinations).filter((route) => route.subset !== undefined);

    // THEN
    expect(subsetRoutes.filter((route) => subsetSelector(manifests, route.host, route.subset!) === undefined)).toEqual([]);
    expect(subsetRoutes.length > 0).toBe(expected.greeterRoutes !== undefined);
  });

  test('no object holds the Movie Web API key as a plain value', () => {
    // WHEN
    const plain = [...objectsIn(manifests)].filter((object) => object.name === 'THEMOVIEDB_API_KEY' && 'value' in object);

    // THEN
    expect(plain).toEqual([]);
    expect(yaml).not.toContain('API_KEY_HERE');
  });

  test('Hello Web calls the Greeter service by its cluster URL', () => {
    // WHEN
    const helloWeb = find(manifests, 'Deployment', 'helloweb');

    // THEN
    expect(helloWeb?.spec.template.spec.containers[0].env).toEqual([
      { name: 'GREETER_SERVICE_URL', value: 'http://greeter-service.default.svc.cluster.local:3000' },
    ]);
  });

  test('no object carries the construct-path label of cdk8s', () => {
    // THEN
    expect(yaml).not.toContain('cdk8s.io/metadata.addr');
  });
});

test('Movie Web reads its API key from the movieweb-themoviedb Secret', () => {
  // WHEN
  const movieWeb = find(phaseOf(PHASES, '02-egress').manifests, 'Deployment', 'movieweb');

  // THEN
  expect(movieWeb?.spec.template.spec.containers[0].env).toEqual([
    { name: 'THEMOVIEDB_API_KEY', valueFrom: { secretKeyRef: { name: 'movieweb-themoviedb', key: 'api-key' } } },
  ]);
});

describe('make-before-break between consecutive phases', () => {
  const transitions = PHASES.slice(1).map((next, index) => ({ previous: PHASES[index], next, name: `${PHASES[index].folder} → ${next.folder}` }));

  test.each(transitions)('$name: traffic goes only to subsets defined and deployed in the previous phase', ({ previous, next }) => {
    // THEN
    expect(unpreparedRoutes(previous.manifests, next.manifests)).toEqual([]);
  });

  test.each(transitions)('$name: a Deployment is removed only after it got no requests', ({ previous, next }) => {
    // THEN
    expect(removedWhileServing(previous.manifests, next.manifests)).toEqual([]);
  });

  test.each(transitions)('$name: a subset is removed only after it had weight 0', ({ previous, next }) => {
    // THEN
    expect(subsetsRemovedWhileRouted(previous.manifests, next.manifests)).toEqual([]);
  });

  test('skipping the dark launch would route to a version that is not deployed yet', () => {
    // GIVEN
    const subsets = phaseOf(PHASES, '05-routed').manifests;
    const canary = phaseOf(PHASES, '11-canary-10').manifests;

    // WHEN
    const unprepared = unpreparedRoutes(subsets, canary);

    // THEN
    expect(unprepared).toEqual([`VirtualService/greeter-service → ${GREETER_HOST}/v2 (weight 10): no Deployment in the previous phase`]);
  });

  test('skipping the promotion would remove a version and a subset that still get requests', () => {
    // GIVEN
    const canary = phaseOf(PHASES, '12-canary-50').manifests;
    const retired = phaseOf(PHASES, '14-retired').manifests;

    // THEN
    expect(removedWhileServing(canary, retired)).toEqual(['Deployment/greeter-service-v1']);
    expect(subsetsRemovedWhileRouted(canary, retired)).toEqual(['DestinationRule/greeter-service subset v1']);
  });
});

describe('parity with part 1 of the spec, in its API version v1alpha3', () => {
  const cases = PART1_MANIFESTS.flatMap(({ phases, manifest }) => phases.map((phase) => ({
    phase,
    kind: manifest.kind,
    name: manifest.metadata.name,
    manifest,
  })));

  test('the fixture holds every manifest that part 1 applies, with the phase that first has it', () => {
    // THEN
    expect(PART1_MANIFESTS.map(({ phases, manifest }) => `${phases[0]} ${manifest.kind}/${manifest.metadata.name}`)).toEqual([
      '01-ingress Deployment/greeter-service-v1',
      '01-ingress Service/greeter-service',
      '01-ingress Deployment/helloweb',
      '01-ingress Service/helloweb',
      '01-ingress Gateway/gateway',
      '01-ingress VirtualService/helloweb',
      '02-egress Deployment/movieweb',
      '02-egress Service/movieweb',
      '02-egress VirtualService/movieweb',
      '02-egress ServiceEntry/movieweb',
      '04-subsets DestinationRule/greeter-service',
      '05-routed VirtualService/greeter-service',
      '06-dark Deployment/greeter-service-v2',
      '11-canary-10 VirtualService/greeter-service',
    ]);
  });

  test.each(cases)('$phase has $kind/$name as the spec applies it', ({ phase, kind, name, manifest }) => {
    // WHEN
    const actual = find(phaseOf(V1ALPHA3_PHASES, phase).manifests, kind, name);

    // THEN
    expect(actual).toBeDefined();
    expect(containmentMismatches(manifest, actual)).toEqual([]);
  });

  test('a route that differs from the spec is reported field by field', () => {
    // GIVEN
    const canary10 = PART1_MANIFESTS[PART1_MANIFESTS.length - 1].manifest;

    // WHEN
    const actual = find(phaseOf(V1ALPHA3_PHASES, '12-canary-50').manifests, 'VirtualService', 'greeter-service');

    // THEN
    expect(containmentMismatches(canary10, actual)).toEqual([
      'spec.http[0].route[0].weight: expected 90, got 50',
      'spec.http[0].route[1].weight: expected 10, got 50',
    ]);
  });
});

describe('parity with part 2 of the spec, in its API version v1alpha3', () => {
  const cases = PART2_MANIFESTS.flatMap(({ phases, manifest }) => phases.map((phase) => ({ phase, kind: manifest.kind, name: manifest.metadata.name, manifest })));

  test('the fixture holds every manifest that part 2 applies, with its phase', () => {
    // THEN
    expect(PART2_MANIFESTS.map(({ phases, manifest }) => `${phases[0]} ${manifest.kind}/${manifest.metadata.name}`)).toEqual([
      '08-opt-in-firefox VirtualService/greeter-service',
      '09-rewrite-greeting VirtualService/greeter-service',
      '10-redirect-greeting VirtualService/greeter-service',
      '07-mirror-100 VirtualService/greeter-service',
    ]);
  });

  test.each(cases)('$phase has $kind/$name as the spec applies it', ({ phase, kind, name, manifest }) => {
    // WHEN
    const actual = find(phaseOf(V1ALPHA3_PHASES, phase).manifests, kind, name);

    // THEN
    expect(actual).toBeDefined();
    expect(containmentMismatches(manifest, actual)).toEqual([]);
  });

  test('mirroring uses mirrorPercentage, never the removed mirror_percent', () => {
    // THEN
    for (const { yaml } of PHASES) expect(yaml).not.toContain('mirror_percent');
    expect(find(phaseOf(PHASES, '07-mirror-100').manifests, 'VirtualService', 'greeter-service')?.spec.http[0].mirrorPercentage).toEqual({ value: 100 });
  });
});

describe('egress locked to the registry', () => {
  const manifests = phaseOf(PHASES, '03-egress-locked').manifests;

  test('only Movie Web has a REGISTRY_ONLY Sidecar, and only in its locked phases', () => {
    // WHEN
    const sidecars = PHASES.flatMap(({ folder, manifests: objects }) => ofKind(objects, 'Sidecar').map((sidecar) => `${folder} ${sidecar.metadata.name}`));
    const sidecar = find(manifests, 'Sidecar', 'movieweb');

    // THEN
    expect(sidecars).toEqual(['03-egress-locked movieweb', '16-identities movieweb', '17-zero-trust movieweb']);
    expect(sidecar?.spec.outboundTrafficPolicy).toEqual({ mode: 'REGISTRY_ONLY' });
    expect(selects(sidecar?.spec.workloadSelector.labels, podLabels(find(manifests, 'Deployment', 'movieweb')!))).toBe(true);
  });

  test('Movie Web reaches its API only through the ServiceEntry of its own namespace', () => {
    // GIVEN
    const serviceEntry = find(manifests, 'ServiceEntry', 'movieweb');
    const egressHosts: string[] = find(manifests, 'Sidecar', 'movieweb')?.spec.egress.flatMap((listener: { hosts: string[] }) => listener.hosts);

    // THEN
    expect(serviceEntry?.spec.hosts).toEqual(['api.themoviedb.org']);
    expect(serviceEntry?.metadata.namespace).toEqual('default');
    expect(egressHosts).toContain('./*');
    expect(egressHosts.filter((host) => host.startsWith('*/'))).toEqual([]);
  });
});

test('the TLS phase serves helloweb.dev over HTTPS and redirects plain HTTP', () => {
  // WHEN
  const gateway = find(phaseOf(PHASES, '15-tls-ingress').manifests, 'Gateway', 'gateway');

  // THEN
  expect(gateway?.spec.servers).toEqual([
    { port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['helloweb.dev'], tls: { httpsRedirect: true } },
    { port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['helloweb.dev'], tls: { mode: 'SIMPLE', credentialName: 'helloweb-dev-tls' } },
  ]);
});

test('the walkthrough synthesizes without warnings: its wildcard gateway host is intended', () => {
  // GIVEN
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);

  // WHEN
  try {
    synthPhases();

    // THEN
    expect(stderr).not.toHaveBeenCalled();
  } finally {
    stderr.mockRestore();
  }
});

test('no phase of the walkthrough has a finding of any level', () => {
  // GIVEN
  const apps = walkthroughApps(fs.mkdtempSync(path.join(os.tmpdir(), 'walkthrough-findings-')));

  // WHEN
  const findings = apps.flatMap((app) => MeshAnalysis.findings(app).map(formatFinding));

  // THEN
  expect(apps).toHaveLength(WALKTHROUGH_PHASES.length);
  expect(findings).toEqual([]);
});

describe('schema validation', () => {
  test.each([
    { apiVersion: IstioApiVersion.V1, phases: PHASES },
    { apiVersion: IstioApiVersion.V1ALPHA3, phases: V1ALPHA3_PHASES },
  ])('every object of every phase is valid in $apiVersion', ({ phases }) => {
    // GIVEN
    const objects = phases.flatMap(({ folder, manifests }) => manifests.map((manifest) => ({ folder, manifest })));

    // WHEN
    const errors = schemaErrors(objects.map(({ manifest }) => manifest));

    // THEN
    expect(objects.length).toBeGreaterThan(0);
    expect(objects.flatMap(({ folder, manifest }, index) => (errors[index] ? [`${folder} ${describeObject(manifest)}: ${errors[index]}`] : []))).toEqual([]);
  });

  test('rejects a Deployment whose replicas is not a number', () => {
    // GIVEN
    const deployment = structuredClone(find(phaseOf(PHASES, '01-ingress').manifests, 'Deployment', 'helloweb')!);
    deployment.spec.replicas = 'three';

    // THEN
    expect(() => validateManifest(deployment)).toThrow(/Deployment\/helloweb: .*replicas must be integer/);
  });

  test('rejects a VirtualService whose weight is not a number', () => {
    // GIVEN
    const virtualService = structuredClone(find(phaseOf(PHASES, '11-canary-10').manifests, 'VirtualService', 'greeter-service')!);
    virtualService.spec.http[0].route[1].weight = 'ten';

    // THEN
    expect(() => validateManifest(virtualService)).toThrow(/VirtualService\/greeter-service: .*weight must be integer/);
  });

  test('refuses a kind it has no validator for', () => {
    // GIVEN
    const secret: WalkthroughObject = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'movieweb-themoviedb' } };

    // THEN
    expect(() => validateManifest(secret)).toThrow(/Secret\/movieweb-themoviedb: no schema validator for v1 Secret/);
  });
});

describe('dist/', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'walkthrough-dist-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('is what a fresh synth writes', () => {
    // GIVEN
    const fresh = path.join(tmp, 'dist');

    // WHEN
    synthWalkthrough(fresh);

    // THEN
    expect(listFiles(fresh)).toEqual([
      ...[...FOLDERS].flatMap((folder) => PHASE_FILES.map((file) => path.join(folder, file))),
      'PLAN.md',
      ...GATEWAY_API_FOLDERS.flatMap((folder) => PHASE_FILES.map((file) => path.join(folder, file))),
      path.join('gateway-api', 'PLAN.md'),
      ...PHASE_FILES.map((file) => path.join('live', file)),
    ]);
    const stale = treeDifferences(fresh, DIST);
    if (stale.length > 0) {
      throw new Error(`dist/ is not what the app synthesizes:\n  ${stale.join('\n  ')}\nRun \`npx cdk8s synth\` and commit dist/.`);
    }
  });

  test('two synths write the same bytes', () => {
    // GIVEN
    const first = path.join(tmp, 'first');
    const second = path.join(tmp, 'second');

    // WHEN
    synthWalkthrough(first);
    synthWalkthrough(second);

    // THEN
    expect(listFiles(first)).toHaveLength((FOLDERS.length + GATEWAY_API_FOLDERS.length + 1) * PHASE_FILES.length + 2);
    expect(treeDifferences(first, second)).toEqual([]);
  });
});

import { parse as parseYaml } from 'yaml';
import { readLivePhase } from './lib';
import { parseObjects } from './test/support/walkthrough';

describe('Argo CD and kubectl', () => {
  const ROLLOUT = path.join(__dirname, 'rollout.yaml');
  const APPLICATION = path.join(__dirname, 'argocd', 'application.yaml');
  const subfolders = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  // The phases of the Gateway API are folders of dist/gateway-api/, as those of the Istio API are of dist/.
  const folders = subfolders(DIST).flatMap((folder) => (folder === 'gateway-api' ? subfolders(path.join(DIST, folder)).map((phase) => path.join(folder, phase)) : [folder]));

  test('dist/ holds the phase folders, PLAN.md, gateway-api/ and live/, and nothing else', () => {
    // THEN
    expect(fs.readdirSync(DIST).sort()).toEqual([...FOLDERS, 'PLAN.md', 'gateway-api', 'live']);
    expect(folders).toEqual([...FOLDERS, ...GATEWAY_API_FOLDERS, 'live']);
    expect(fs.readdirSync(path.join(DIST, 'gateway-api')).sort()).toEqual([...GATEWAY_API_FOLDERS.map((folder) => path.basename(folder)), 'PLAN.md']);
  });

  test('every folder of dist/ holds only YAML and Markdown files, so that Argo CD reads it as a directory of manifests', () => {
    // WHEN
    const others = listFiles(DIST).filter((file) => !/\.(yaml|md)$/.test(file));

    // THEN
    expect(others).toEqual([]);
    expect(listFiles(DIST).filter((file) => file.endsWith('.json'))).toEqual([]);
  });

  test.each(folders)('%s/kustomization.yaml lists exactly the other YAML files of its folder', (folder) => {
    // GIVEN
    const files = fs.readdirSync(path.join(DIST, folder)).filter((file) => /\.ya?ml$/.test(file) && file !== 'kustomization.yaml').sort();

    // WHEN
    const kustomization = parseYaml(fs.readFileSync(path.join(DIST, folder, 'kustomization.yaml'), 'utf8'));

    // THEN
    expect(kustomization).toEqual({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: files });
    expect(files).toEqual(['walkthrough.k8s.yaml']);
  });

  test('dist/live/ is the phase that rollout.yaml names, byte for byte', () => {
    // GIVEN
    const livePhase = readLivePhase(ROLLOUT);

    // THEN
    expect(FOLDERS).toContain(livePhase);
    expect(listFiles(path.join(DIST, 'live'))).toEqual(PHASE_FILES);
    expect(treeDifferences(path.join(DIST, livePhase), path.join(DIST, 'live'))).toEqual([]);
  });

  test('in dist/live/, a DestinationRule is in an earlier sync wave than the VirtualServices that route to its subsets', () => {
    // GIVEN
    const manifests = parseObjects(fs.readFileSync(path.join(DIST, 'live', 'walkthrough.k8s.yaml'), 'utf8'));
    const pairs = ofKind(manifests, 'VirtualService').flatMap((virtualService) => destinations(virtualService)
      .filter((route) => route.subset !== undefined)
      .flatMap((route) => ofKind(manifests, 'DestinationRule').filter((rule) => rule.spec.host === route.host))
      .map((rule) => ({ rule, virtualService })));

    // WHEN
    const late = pairs.filter(({ rule, virtualService }) => !(syncWave(rule) < syncWave(virtualService)))
      .map(({ rule, virtualService }) => `${describeObject(rule)} (wave ${syncWave(rule)}) for ${describeObject(virtualService)} (wave ${syncWave(virtualService)})`);

    // THEN
    expect(pairs.length).toBeGreaterThan(0);
    expect(late).toEqual([]);
  });

  test('argocd/application.yaml is an Application that syncs dist/live/ and prunes', () => {
    // WHEN
    const application = parseYaml(fs.readFileSync(APPLICATION, 'utf8'));

    // THEN
    expect(application.apiVersion).toEqual('argoproj.io/v1alpha1');
    expect(application.kind).toEqual('Application');
    expect(application.spec.source.path).toEqual('dist/live');
    expect(application.spec.syncPolicy.automated.prune).toBe(true);
    expect(fs.statSync(path.join(__dirname, application.spec.source.path)).isDirectory()).toBe(true);
  });
});
