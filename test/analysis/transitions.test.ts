import * as os from 'node:os';
import * as path from 'node:path';
import { ApiObject, App, JsonPatch } from 'cdk8s';
import { AnalyzedPhase, FindingLevel, MeshAnalysis, RolloutPlan, analyzePlannedTransition, analyzeTransitions } from '../../lib';
import { WALKTHROUGH_PHASES, walkthroughApps } from '../../main';
import { BaselineMesh, REVIEWS_HOST, baselineMesh, objectsOf, reviews, sourced, summarize } from './support/fixtures';
import { GATEWAY_PRINCIPAL, PRODUCTPAGE_PRINCIPAL, allow, allowNothing, productpage, strict } from './support/security-inputs';

/** A phase made of the baseline mesh after `change`, read from `<name>.yaml`. */
function phase(name: string, change: (mesh: BaselineMesh) => void = () => undefined): AnalyzedPhase {
  const mesh = baselineMesh();
  change(mesh);
  return { name, objects: sourced(objectsOf(mesh), `${name}.yaml`) };
}

/** The mesh VirtualService sends every request through one split, e.g. `{ v1: 90, v2: 10 }`; no gateway route. */
function split(weights: Record<string, number>): (mesh: BaselineMesh) => void {
  return (mesh) => {
    mesh.routes.spec.http = [{ route: Object.entries(weights).map(([subset, weight]) => ({ destination: reviews(subset), weight })) }];
    mesh.omitted.push(mesh.gatewayRoutes);
  };
}

/** Leaves out the Deployment of a version. */
function withoutDeployment(version: 'v1' | 'v2'): (mesh: BaselineMesh) => void {
  return (mesh) => { mesh.omitted.push(mesh[version]); };
}

/** Keeps only the named subsets in the DestinationRule. */
function onlySubsets(...names: string[]): (mesh: BaselineMesh) => void {
  return (mesh) => { mesh.destinationRule.spec.subsets = mesh.destinationRule.spec.subsets.filter((subset: any) => names.includes(subset.name)); };
}

function all(...changes: Array<(mesh: BaselineMesh) => void>): (mesh: BaselineMesh) => void {
  return (mesh) => changes.forEach((change) => change(mesh));
}

describe('analyzeTransitions', () => {
  test('finds nothing between two equal phases', () => {
    // GIVEN
    const phases = [phase('01-before'), phase('02-after')];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(findings).toEqual([]);
  });

  test('reports requests to a subset the previous phase did not define', () => {
    // GIVEN
    const phases = [
      phase('01-v1', all(onlySubsets('v1'), split({ v1: 100 }))),
      phase('02-canary', split({ v1: 90, v2: 10 })),
    ];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(findings).toEqual([{
      level: FindingLevel.ERROR,
      code: 'transition-subset-undefined',
      source: '02-canary.yaml:5',
      kind: 'VirtualService',
      namespace: 'default',
      name: 'reviews',
      field: 'spec.http[0].route[1].destination.subset',
      message: `subset v2 of ${REVIEWS_HOST} gets requests, but phase 01-v1 did not define it`,
      fix: 'define the subset in a DestinationRule one phase before routing to it',
    }]);
  });

  test('reports requests to a subset whose pods the previous phase did not run', () => {
    // GIVEN
    const phases = [
      phase('01-subsets', all(withoutDeployment('v2'), split({ v1: 100, v2: 0 }))),
      phase('02-canary', split({ v1: 90, v2: 10 })),
    ];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(summarize(findings)).toEqual(['error transition-not-deployed spec.http[0].route[1].destination.subset']);
    expect(findings[0].source).toEqual('02-canary.yaml:5');
    expect(findings[0].message).toEqual(`subset v2 of ${REVIEWS_HOST} gets requests, but phase 01-subsets ran none of its pods`);
  });

  test('reports a subset removed while it still gets requests, at the route of the previous phase', () => {
    // GIVEN
    const phases = [
      phase('01-canary', split({ v1: 50, v2: 50 })),
      phase('02-retired', all(onlySubsets('v2'), withoutDeployment('v1'), split({ v2: 100 }))),
    ];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(summarize(findings)).toEqual(['error transition-subset-removed spec.http[0].route[0].destination.subset']);
    expect(findings[0].source).toEqual('01-canary.yaml:5');
    expect(findings[0].message).toEqual(`phase 02-retired removes subset v1 of ${REVIEWS_HOST}, which still gets requests here`);
  });

  test('reports pods removed while their subset still gets requests', () => {
    // GIVEN
    const phases = [
      phase('01-canary', split({ v1: 50, v2: 50 })),
      phase('02-scaled-down', all(withoutDeployment('v1'), split({ v2: 100 }))),
    ];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(summarize(findings)).toEqual(['error transition-pods-removed spec.http[0].route[0].destination.subset']);
    expect(findings[0].source).toEqual('01-canary.yaml:5');
  });

  test('a destination at weight 0 gets no requests: it may be undeployed before and removed after', () => {
    // GIVEN
    const phases = [
      phase('01-subsets', all(withoutDeployment('v2'), split({ v1: 100, v2: 0 }))),
      phase('02-routed', all(withoutDeployment('v2'), split({ v1: 100, v2: 0 }))),
      phase('03-dropped', all(onlySubsets('v1'), withoutDeployment('v2'), split({ v1: 100 }))),
    ];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(findings).toEqual([]);
  });

  test('a mirror gets copies of requests, so its pods must run in the previous phase', () => {
    // GIVEN
    const phases = [
      phase('01-dark', all(withoutDeployment('v2'), split({ v1: 100 }))),
      phase('02-mirror', all(split({ v1: 100 }), (mesh) => { mesh.routes.spec.http[0].mirror = reviews('v2'); })),
    ];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(summarize(findings)).toEqual(['error transition-not-deployed spec.http[0].mirror.subset']);
  });

  test('an entry of mirrors gets copies of requests, so its subset must exist in the previous phase', () => {
    // GIVEN
    const phases = [
      phase('01-v1', all(onlySubsets('v1'), split({ v1: 100 }))),
      phase('02-mirror', all(split({ v1: 100 }), (mesh) => { mesh.routes.spec.http[0].mirrors = [{ destination: reviews('v2'), percentage: { value: 5 } }]; })),
    ];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(summarize(findings)).toEqual(['error transition-subset-undefined spec.http[0].mirrors[0].destination.subset']);
  });

  test('a mirrored subset may not be removed in the next phase', () => {
    // GIVEN
    const phases = [
      phase('01-mirror', all(split({ v1: 100 }), (mesh) => { mesh.routes.spec.http[0].mirror = reviews('v2'); })),
      phase('02-dropped', all(onlySubsets('v1'), split({ v1: 100 }))),
    ];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(summarize(findings)).toEqual(['error transition-subset-removed spec.http[0].mirror.subset']);
  });

  test('removing a whole app, Service included, is not reported', () => {
    // GIVEN
    const phases = [
      phase('01-running'),
      phase('02-removed', (mesh) => { mesh.omitted.push(mesh.service, mesh.v1, mesh.v2, mesh.destinationRule, mesh.routes); }),
    ];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(phases[1].objects.map(({ manifest }) => `${manifest.kind}/${manifest.metadata.name}`)).toEqual(['Gateway/public', 'VirtualService/app', 'ServiceEntry/external-api']);
    expect(findings).toEqual([]);
  });

  describe('the walkthrough', () => {
    const phases: AnalyzedPhase[] = walkthroughApps(path.join(os.tmpdir(), 'transitions-unused'))
      .map((app, index) => ({ name: WALKTHROUGH_PHASES[index].folder, objects: MeshAnalysis.objectsOf(app) }));

    /** The app of a phase, made afresh so that a test may change it. */
    function appOf(name: string): App {
      const index = WALKTHROUGH_PHASES.findIndex((phase) => phase.folder === name);
      if (index < 0) throw new Error(`no phase ${name}`);
      return walkthroughApps(path.join(os.tmpdir(), 'transitions-unused'))[index];
    }

    function phaseNamed(name: string): AnalyzedPhase {
      const found = phases.find((candidate) => candidate.name === name);
      if (!found) throw new Error(`no phase ${name}`);
      return found;
    }

    test('makes every phase ready before the next', () => {
      // WHEN
      const findings = analyzeTransitions(phases);

      // THEN
      expect(phases).toHaveLength(17);
      expect(findings).toEqual([]);
    });

    test('skipping the identities phase would deny Hello Web, still running as default, while its pods restart', () => {
      // GIVEN
      const skipped = [phaseNamed('15-tls-ingress'), phaseNamed('17-zero-trust')];

      // WHEN
      const findings = analyzeTransitions(skipped);

      // THEN
      expect(findings.map((finding) => `${finding.code} ${finding.kind}/${finding.name} ${finding.field}`)).toEqual([
        'transition-allow-removed VirtualService/greeter-service spec.http[0].route[0].destination',
      ]);
      expect(findings[0].message).toEqual('helloweb (cluster.local/ns/default/sa/default) still calls greeter-service-v2 on port 3000 here, but in phase 17-zero-trust no ALLOW policy of greeter-service-v2 matches');
    });

    test('skipping from 05-routed to 11-canary-10 routes to a version that is not deployed yet', () => {
      // WHEN
      const findings = analyzeTransitions([phaseNamed('05-routed'), phaseNamed('11-canary-10')]);

      // THEN
      expect(findings.map(({ level, code, source, field }) => `${level} ${code} ${source} ${field}`)).toEqual([
        'error transition-not-deployed walkthrough/Greeter/VirtualService/Resource spec.http[0].route[1].destination.subset',
      ]);
    });

    test('reads the phases as rendered: a JSON patch that gives v2 requests in 05-routed is reported', () => {
      // GIVEN
      const routed = appOf('05-routed');
      const greeterRoutes = routed.node.findAll().filter(ApiObject.isApiObject).find((object) => object.kind === 'VirtualService' && object.name === 'greeter-service');
      if (!greeterRoutes) throw new Error('no VirtualService greeter-service in 05-routed');

      // WHEN
      greeterRoutes.addJsonPatch(JsonPatch.replace('/spec/http/0/route/0/weight', 90), JsonPatch.replace('/spec/http/0/route/1/weight', 10));
      const findings = analyzeTransitions([phaseNamed('04-subsets'), { name: '05-routed', objects: MeshAnalysis.objectsOf(routed) }]);

      // THEN
      expect(findings.map(({ level, code, source, field }) => `${level} ${code} ${source} ${field}`)).toEqual([
        'error transition-not-deployed walkthrough/Greeter/VirtualService/Resource spec.http[0].route[1].destination.subset',
      ]);
      expect(analyzeTransitions([phaseNamed('04-subsets'), phaseNamed('05-routed')])).toEqual([]);
    });

    test('skipping from 12-canary-50 to 14-retired removes a subset that still gets requests', () => {
      // WHEN
      const findings = analyzeTransitions([phaseNamed('12-canary-50'), phaseNamed('14-retired')]);

      // THEN
      expect(findings.map(({ level, code, source, field }) => `${level} ${code} ${source} ${field}`)).toEqual([
        'error transition-subset-removed walkthrough/Greeter/VirtualService/Resource spec.http[0].route[0].destination.subset',
      ]);
    });
  });
});

describe('analyzePlannedTransition', () => {
  const plan = new RolloutPlan({ stable: { name: 'v1', image: 'orders:1' }, candidate: { name: 'v2', image: 'orders:2' } });
  const service = { app: 'orders', namespace: 'shop', source: 'rollouts.yaml:7' };
  const check = (from: string, to: string) => analyzePlannedTransition(service, plan.phase(from), plan.phase(to))
    .map((finding) => `${finding.level} ${finding.code} ${finding.source} ${finding.kind} ${finding.namespace}/${finding.name} ${finding.field}: ${finding.message}`);

  test.each([
    ['stable', 'subsets'], ['dark', 'canary-50'], ['canary-50', 'promoted'], ['promoted', 'retired'], ['canary-50', 'dark'],
    ['promoted', 'rolled-back'], ['rolled-back', 'aborted'], ['aborted', 'dark'], ['subsets', 'dark'], ['dark', 'routed'],
  ])('finds nothing from %s to %s', (from, to) => {
    // WHEN / THEN
    expect(check(from, to)).toEqual([]);
  });

  test('reports a jump that routes to a version not yet deployed, with the rules of the manifests', () => {
    // WHEN / THEN
    expect(check('routed', 'canary-10')).toEqual([
      'error transition-not-deployed rollouts.yaml:7 VirtualService shop/orders spec.http[0].route[1].destination.subset: subset v2 of orders.shop.svc.cluster.local gets requests, but phase routed ran none of its pods',
    ]);
    expect(check('stable', 'canary-10')).toEqual([
      'error transition-subset-undefined rollouts.yaml:7 VirtualService shop/orders spec.http[0].route[0].destination.subset: subset v1 of orders.shop.svc.cluster.local gets requests, but phase stable did not define it',
      'error transition-subset-undefined rollouts.yaml:7 VirtualService shop/orders spec.http[0].route[1].destination.subset: subset v2 of orders.shop.svc.cluster.local gets requests, but phase stable did not define it',
    ]);
  });

  test('reports a jump back that removes what still gets requests', () => {
    // WHEN / THEN
    expect(check('canary-50', 'routed')).toEqual([
      'error transition-pods-removed rollouts.yaml:7 VirtualService shop/orders spec.http[0].route[1].destination.subset: phase routed removes the pods of subset v2 of orders.shop.svc.cluster.local, which still gets requests here',
    ]);
    expect(check('promoted', 'aborted')).toEqual([
      'error transition-pods-removed rollouts.yaml:7 VirtualService shop/orders spec.http[0].route[1].destination.subset: phase aborted removes the pods of subset v2 of orders.shop.svc.cluster.local, which still gets requests here',
    ]);
    expect(check('retired', 'promoted')).toEqual([]);
    expect(check('retired', 'rolled-back')).toEqual([
      'error transition-subset-undefined rollouts.yaml:7 VirtualService shop/orders spec.http[0].route[0].destination.subset: subset v1 of orders.shop.svc.cluster.local gets requests, but phase retired did not define it',
    ]);
  });

  test('reports mirrored copies to a version not yet deployed', () => {
    // GIVEN
    const mirrored = new RolloutPlan({ stable: { name: 'v1', image: 'a:1' }, candidate: { name: 'v2', image: 'a:2' }, steps: [{ mirrorPercentage: 50 }] });

    // WHEN
    const findings = analyzePlannedTransition(service, mirrored.phase('routed'), mirrored.phase('mirror-50'));

    // THEN
    expect(findings.map((finding) => `${finding.code} ${finding.field}`)).toEqual(['transition-not-deployed spec.http[0].mirrors[0].destination.subset']);
  });
});

describe('analyzeTransitions of authorization', () => {
  /** Zero trust for the baseline with productpage v1 calling reviews, allowed as `principals`. */
  function zeroTrust(principals: string[], ...callers: Array<[string, string]>): (mesh: BaselineMesh) => void {
    return (mesh) => {
      mesh.extra.push(strict(), allowNothing(), allow('reviews', { app: 'reviews' }, [GATEWAY_PRINCIPAL, ...principals]));
      for (const [version, account] of callers) mesh.extra.push(productpage(version, account));
    };
  }

  test('allows a new identity one phase before it calls: make-before-break', () => {
    // GIVEN
    const canary = 'cluster.local/ns/default/sa/productpage-canary';
    const phases = [
      phase('01-stable', zeroTrust([PRODUCTPAGE_PRINCIPAL], ['v1', 'productpage'])),
      phase('02-allowed', zeroTrust([PRODUCTPAGE_PRINCIPAL, canary], ['v1', 'productpage'])),
      phase('03-canary', zeroTrust([PRODUCTPAGE_PRINCIPAL, canary], ['v1', 'productpage'], ['v2', 'productpage-canary'])),
    ];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(findings).toEqual([]);
  });

  test('reports a caller that starts calling while the phase before denied it', () => {
    // GIVEN
    const canary = 'cluster.local/ns/default/sa/productpage-canary';
    const phases = [
      phase('01-stable', zeroTrust([PRODUCTPAGE_PRINCIPAL], ['v1', 'productpage'])),
      phase('02-canary', zeroTrust([PRODUCTPAGE_PRINCIPAL, canary], ['v1', 'productpage'], ['v2', 'productpage-canary'])),
    ];

    // WHEN
    const findings = analyzeTransitions(phases);

    // THEN
    expect(summarize(findings)).toEqual([
      'error transition-allow-late spec.http[0].route[0].destination',
      'error transition-allow-late spec.http[1].route[0].destination',
    ]);
    expect(findings[0].message).toEqual('productpage-v2 (cluster.local/ns/default/sa/productpage-canary) starts calling reviews-v2 on port 9080, but in phase 01-stable no ALLOW policy of reviews-v2 matches');
    expect(findings[0].source).toEqual('02-canary.yaml:5');
  });

  test('reports an allow removed in the phase the caller stops calling, and accepts it a phase later', () => {
    // GIVEN
    const calling = phase('01-calling', zeroTrust([PRODUCTPAGE_PRINCIPAL], ['v1', 'productpage']));
    const stopped = phase('02-stopped', zeroTrust([PRODUCTPAGE_PRINCIPAL]));
    const removed = phase('02-removed', zeroTrust([]));

    // WHEN
    const early = analyzeTransitions([calling, removed]);
    const later = analyzeTransitions([calling, stopped, phase('03-removed', zeroTrust([]))]);

    // THEN
    expect(summarize(early)).toEqual([
      'error transition-allow-removed spec.http[0].route[0].destination',
      'error transition-allow-removed spec.http[1].route[0].destination',
    ]);
    expect(early[0].message).toEqual('productpage-v1 (cluster.local/ns/default/sa/productpage) still calls reviews-v2 on port 9080 here, but in phase 02-removed no ALLOW policy of reviews-v2 matches');
    expect(later).toEqual([]);
  });

  test('reports a default-deny added in the phase that changes the caller\'s identity', () => {
    // GIVEN
    const open = phase('01-open', (mesh) => { mesh.extra.push(productpage('v1', 'default')); });
    const locked = phase('02-locked', zeroTrust([PRODUCTPAGE_PRINCIPAL], ['v1', 'productpage']));

    // WHEN
    const findings = analyzeTransitions([open, locked]);

    // THEN
    expect(new Set(findings.map((finding) => finding.code))).toEqual(new Set(['transition-allow-removed']));
    expect(findings[0].message).toContain('(cluster.local/ns/default/sa/default) still calls');
  });
});
