import { Testing } from 'cdk8s';
import {
  RolloutPhase, RolloutPhaseName, RolloutPlan, RolloutPlanProps, RolloutStep, ServiceVersion, StringMatch, VersionedService,
} from '../../lib';
import { analyzedChart, synth } from '../support/manifests';

const V1: ServiceVersion = { name: 'v1', image: 'learnistio/greeter-service:1.0.0' };
const V2: ServiceVersion = { name: 'v2', image: 'learnistio/greeter-service:2.0.0' };

/** Names of the versions that get requests, or copies of them, in a phase. */
function receiving(phase: RolloutPhase): string[] {
  return phase.routes.flatMap((route) => [
    ...(route.weights ?? []).filter(({ weight }) => weight > 0).map(({ version }) => version.name),
    ...(route.mirror && route.mirror.percentage > 0 ? [route.mirror.version.name] : []),
  ]);
}

const names = (versions: ServiceVersion[]) => versions.map((version) => version.name);

/** Names of the versions whose deployment or subset `phase` removes, one entry per removal. */
function removedVersions(previous: RolloutPhase, phase: RolloutPhase): string[] {
  return [
    ...names(previous.deployed).filter((name) => !names(phase.deployed).includes(name)),
    ...names(previous.subsets).filter((name) => !names(phase.subsets).includes(name)),
  ];
}

/** A phase by version names, to compare phases without repeating the version objects. */
function summary(phase: RolloutPhase) {
  return {
    name: phase.name,
    deployed: phase.deployed.map((version) => version.name),
    subsets: phase.subsets.map((version) => version.name),
    weights: Object.fromEntries(phase.weights.map(({ version, weight }) => [version.name, weight])),
  };
}

describe('RolloutPlan', () => {
  test('by default goes stable, subsets, routed, dark, canary-10, canary-50, promoted, retired', () => {
    // GIVEN / WHEN
    const plan = new RolloutPlan({ stable: V1, candidate: V2 });

    // THEN
    expect(plan.phaseNames).toEqual(['stable', 'subsets', 'routed', 'dark', 'canary-10', 'canary-50', 'promoted', 'retired']);
    expect(plan.stable).toBe(V1);
    expect(plan.candidate).toBe(V2);
  });

  test('deploys, defines subsets for and weighs the versions of each default phase', () => {
    // GIVEN / WHEN
    const plan = new RolloutPlan({ stable: V1, candidate: V2 });

    // THEN
    expect(plan.phases.map(summary)).toEqual([
      { name: 'stable', deployed: ['v1'], subsets: [], weights: {} },
      { name: 'subsets', deployed: ['v1'], subsets: ['v1', 'v2'], weights: {} },
      { name: 'routed', deployed: ['v1'], subsets: ['v1', 'v2'], weights: { v1: 100, v2: 0 } },
      { name: 'dark', deployed: ['v1', 'v2'], subsets: ['v1', 'v2'], weights: { v1: 100, v2: 0 } },
      { name: 'canary-10', deployed: ['v1', 'v2'], subsets: ['v1', 'v2'], weights: { v1: 90, v2: 10 } },
      { name: 'canary-50', deployed: ['v1', 'v2'], subsets: ['v1', 'v2'], weights: { v1: 50, v2: 50 } },
      { name: 'promoted', deployed: ['v1', 'v2'], subsets: ['v1', 'v2'], weights: { v1: 0, v2: 100 } },
      { name: 'retired', deployed: ['v2'], subsets: ['v2'], weights: { v2: 100 } },
    ]);
  });

  test('defines the subsets in a phase of their own, without any route, and routes to them only in the next', () => {
    // GIVEN / WHEN
    const plan = new RolloutPlan({ stable: V1, candidate: V2 });

    // THEN
    expect(plan.phase('subsets').routes).toEqual([]);
    expect(plan.phase('subsets').weights).toEqual([]);
    expect(plan.phase('subsets').subsets).toEqual([V1, V2]);
    expect(plan.phase('routed').routes).toEqual([{ weights: [{ version: V1, weight: 100 }, { version: V2, weight: 0 }] }]);
    expect(plan.phase('routed').deployed).toEqual([V1]);
  });

  test('uses the version objects it was given, so that images and replicas reach the workloads', () => {
    // GIVEN / WHEN
    const plan = new RolloutPlan({ stable: V1, candidate: V2 });

    // THEN
    expect(plan.phase('dark').deployed).toEqual([V1, V2]);
    expect(plan.phase('retired').weights).toEqual([{ version: V2, weight: 100 }]);
  });

  test('names the fixed phases after RolloutPhaseName', () => {
    // GIVEN / WHEN
    const names = Object.values(RolloutPhaseName);

    // THEN
    expect(names).toEqual(['stable', 'subsets', 'routed', 'dark', 'promoted', 'retired', 'rolled-back', 'aborted']);
    expect(RolloutPhaseName.ROUTED).toEqual('routed');
  });

  test('has an abort path off the forward order: all traffic on stable with the candidate running, then the candidate removed', () => {
    // GIVEN / WHEN
    const plan = new RolloutPlan({ stable: V1, candidate: V2 });

    // THEN
    expect(plan.abortPhaseNames).toEqual(['rolled-back', 'aborted']);
    expect(plan.phaseNames).not.toContain('rolled-back');
    expect(summary(plan.phase('rolled-back'))).toEqual({ name: 'rolled-back', deployed: ['v1', 'v2'], subsets: ['v1', 'v2'], weights: { v1: 100, v2: 0 } });
    expect(summary(plan.phase('aborted'))).toEqual({ name: 'aborted', deployed: ['v1'], subsets: ['v1', 'v2'], weights: { v1: 100, v2: 0 } });
    expect(plan.tryPhase('nothing')).toBeUndefined();
    expect(() => plan.phase('nothing')).toThrow('use one of stable, subsets, routed, dark, canary-10, canary-50, promoted, retired, rolled-back, aborted');
  });

  test('rolls back without removing anything that gets requests, and aborts only what got none', () => {
    // GIVEN
    const plan = new RolloutPlan({ stable: V1, candidate: V2 });
    const [rolledBack, aborted] = plan.abortPhases;

    // WHEN / THEN
    expect(receiving(rolledBack)).toEqual(['v1']);
    expect(removedVersions(plan.phase('canary-50'), rolledBack)).toEqual([]);
    expect(removedVersions(rolledBack, aborted)).toEqual(['v2']);
    expect(receiving(rolledBack)).not.toContain('v2');
  });

  test('puts custom traffic steps, in order, between the dark launch and the promotion', () => {
    // GIVEN / WHEN
    const plan = new RolloutPlan({ stable: V1, candidate: V2, steps: [{ candidateWeight: 5 }, { candidateWeight: 25 }, { candidateWeight: 75 }] });

    // THEN
    expect(plan.phases.map(summary).slice(3, 7)).toEqual([
      { name: 'dark', deployed: ['v1', 'v2'], subsets: ['v1', 'v2'], weights: { v1: 100, v2: 0 } },
      { name: 'canary-5', deployed: ['v1', 'v2'], subsets: ['v1', 'v2'], weights: { v1: 95, v2: 5 } },
      { name: 'canary-25', deployed: ['v1', 'v2'], subsets: ['v1', 'v2'], weights: { v1: 75, v2: 25 } },
      { name: 'canary-75', deployed: ['v1', 'v2'], subsets: ['v1', 'v2'], weights: { v1: 25, v2: 75 } },
    ]);
    expect(plan.phaseNames).toEqual(['stable', 'subsets', 'routed', 'dark', 'canary-5', 'canary-25', 'canary-75', 'promoted', 'retired']);
  });

  test('names steps as told', () => {
    // GIVEN / WHEN
    const plan = new RolloutPlan({ stable: V1, candidate: V2, steps: [{ candidateWeight: 1, name: 'smoke' }, { candidateWeight: 50 }] });

    // THEN
    expect(plan.phaseNames).toEqual(['stable', 'subsets', 'routed', 'dark', 'smoke', 'canary-50', 'promoted', 'retired']);
    expect(summary(plan.phase('smoke')).weights).toEqual({ v1: 99, v2: 1 });
  });

  test('goes straight from the dark launch to the promotion without steps', () => {
    // GIVEN / WHEN
    const plan = new RolloutPlan({ stable: V1, candidate: V2, steps: [] });

    // THEN
    expect(plan.phaseNames).toEqual(['stable', 'subsets', 'routed', 'dark', 'promoted', 'retired']);
  });

  test('finds a phase by name, and throws listing the phase names for an unknown one', () => {
    // GIVEN
    const plan = new RolloutPlan({ stable: V1, candidate: V2 });

    // WHEN / THEN
    expect(plan.phase('canary-50').name).toEqual('canary-50');
    expect(() => plan.phase('canary-20')).toThrow(
      'phase: no phase "canary-20" in the rollout plan. Fix: use one of stable, subsets, routed, dark, canary-10, canary-50, promoted, retired',
    );
  });

  test('has no problem when the plan is sound', () => {
    // GIVEN
    const plan = new RolloutPlan({ stable: V1, candidate: V2, steps: [{ candidateWeight: 1 }, { candidateWeight: 99, name: 'almost' }] });

    // WHEN / THEN
    expect(plan._problems()).toEqual([]);
  });

  describe.each<[string, RolloutPlanProps]>([
    ['the default steps', { stable: V1, candidate: V2 }],
    ['custom steps', { stable: V1, candidate: V2, steps: [{ candidateWeight: 1, name: 'smoke' }, { candidateWeight: 33 }, { candidateWeight: 99 }] }],
    ['steps of every kind', {
      stable: V1,
      candidate: V2,
      steps: [
        { mirrorPercentage: 100 },
        { headerOptIn: { 'x-beta-optin': StringMatch.exact('true') } },
        { pathRewrite: { prefix: '/greeting', uri: '/hello' } },
        { pathRedirect: { prefix: '/old', redirect: { uri: '/new' } } },
        { candidateWeight: 10 },
      ],
    }],
    ['no steps', { stable: V1, candidate: V2, steps: [] }],
  ])('is make-before-break with %s', (_, props) => {
    const plan = new RolloutPlan(props);
    const transitions = plan.phases.slice(1).map((phase, index) => [plan.phases[index].name, phase.name, plan.phases[index], phase] as const);
    /** The transitions into a phase that routes requests: the ones a version must be ready for. */
    const routing = transitions.filter(([, , , phase]) => phase.routes.length > 0);
    /** The transitions that remove a deployment or a subset. */
    const removing = transitions.filter(([, , previous, phase]) => removedVersions(previous, phase).length > 0);

    test('routes in every phase after the subsets, and removes versions only when retiring the stable one', () => {
      // GIVEN
      const arrow = ([from, to]: readonly [string, string, ...unknown[]]) => `${from} -> ${to}`;

      // WHEN
      const withoutRoutes = plan.phases.filter((phase) => phase.routes.length === 0).map((phase) => phase.name);

      // THEN
      expect(withoutRoutes).toEqual(['stable', 'subsets']);
      expect(transitions.filter((transition) => !routing.includes(transition)).map(arrow)).toEqual(['stable -> subsets']);
      expect(removing.map(arrow)).toEqual(['promoted -> retired']);
    });

    test.each(routing)('from %s to %s: a version that gets requests was deployed and a subset before', (_from, _to, previous, phase) => {
      // GIVEN
      const before = { deployed: names(previous.deployed), subsets: names(previous.subsets) };

      // WHEN
      const versions = receiving(phase);

      // THEN
      expect(versions).not.toEqual([]);
      for (const name of versions) {
        expect({ version: name, deployedBefore: before.deployed.includes(name) }).toEqual({ version: name, deployedBefore: true });
        expect({ version: name, subsetBefore: before.subsets.includes(name) }).toEqual({ version: name, subsetBefore: true });
      }
    });

    test.each(routing)('from %s to %s: a version any route names, at weight 0 too, was a subset the phase before', (_from, _to, previous, phase) => {
      // GIVEN
      const subsetsBefore = names(previous.subsets);

      // WHEN
      const named = phase.routes.flatMap((route) => [
        ...(route.weights ?? []).map(({ version }) => version.name),
        ...(route.mirror ? [route.mirror.version.name] : []),
      ]);

      // THEN
      expect(named).not.toEqual([]);
      for (const name of named) {
        expect({ version: name, subsetBefore: subsetsBefore.includes(name) }).toEqual({ version: name, subsetBefore: true });
      }
    });

    test.each(removing)('from %s to %s: a version is removed only after a phase at weight 0', (_from, _to, previous, phase) => {
      // GIVEN
      const weightBefore = (name: string) => previous.weights.find(({ version }) => version.name === name)?.weight;

      // WHEN
      const removed = removedVersions(previous, phase);

      // THEN
      expect(removed).not.toEqual([]);
      for (const name of removed) {
        expect({ version: name, weightBefore: weightBefore(name), receivingBefore: receiving(previous).includes(name) })
          .toEqual({ version: name, weightBefore: 0, receivingBefore: false });
      }
    });

    test.each(plan.phases.map((phase) => [phase.name, phase] as const))('in %s: every routed version is a subset, and each split adds up to 100', (_name, phase) => {
      // GIVEN
      const subsets = names(phase.subsets);

      // WHEN
      const routed = phase.routes.flatMap((route) => [...names((route.weights ?? []).map(({ version }) => version)), ...(route.mirror ? [route.mirror.version.name] : [])]);

      // THEN
      expect(subsets).toEqual(expect.arrayContaining(routed));
      for (const route of phase.routes.filter((candidate) => candidate.weights !== undefined)) {
        expect(route.weights!.reduce((sum, { weight }) => sum + weight, 0)).toEqual(100);
      }
      expect(phase.weights).toEqual(phase.routes[phase.routes.length - 1]?.weights ?? []);
    });
  });

  describe('routes each kind of step', () => {
    const stepPhase = (step: RolloutStep) => new RolloutPlan({ stable: V1, candidate: V2, steps: [step] }).phases[4];
    const routesOf = (phase: RolloutPhase) => phase.routes.map((route) => ({
      ...route,
      weights: route.weights && Object.fromEntries(route.weights.map(({ version, weight }) => [version.name, weight])),
      mirror: route.mirror && { version: route.mirror.version.name, percentage: route.mirror.percentage },
    }));

    test('a mirror step copies requests to the candidate and keeps every answer from stable', () => {
      // GIVEN / WHEN
      const phase = stepPhase({ mirrorPercentage: 25 });

      // THEN
      expect(phase.name).toEqual('mirror-25');
      expect(routesOf(phase)).toEqual([{ weights: { v1: 100 }, mirror: { version: 'v2', percentage: 25 } }]);
    });

    test('a header opt-in step sends matching requests to the candidate and the rest to stable', () => {
      // GIVEN / WHEN
      const phase = stepPhase({ headerOptIn: { 'x-beta-optin': StringMatch.exact('true') } });

      // THEN
      expect(phase.name).toEqual('opt-in-x-beta-optin');
      expect(routesOf(phase)).toEqual([
        { match: [{ headers: { 'x-beta-optin': StringMatch.exact('true') } }], weights: { v2: 100 } },
        { weights: { v1: 100 } },
      ]);
      expect(summary(phase).weights).toEqual({ v1: 100 });
    });

    test('a path rewrite step sends a path prefix, rewritten, to the candidate', () => {
      // GIVEN / WHEN
      const phase = stepPhase({ pathRewrite: { prefix: '/greeting', uri: '/hello' } });

      // THEN
      expect(phase.name).toEqual('rewrite-greeting');
      expect(routesOf(phase)).toEqual([
        { match: [{ uri: StringMatch.prefix('/greeting') }], rewriteUri: '/hello', weights: { v2: 100 } },
        { weights: { v1: 100 } },
      ]);
    });

    test('steps of all five kinds mix in one plan in any order, each phase with the routes of its kind', () => {
      // GIVEN
      const steps: RolloutStep[] = [
        { pathRedirect: { prefix: '/old', redirect: { uri: '/new' } } },
        { candidateWeight: 10 },
        { headerOptIn: { 'x-beta-optin': StringMatch.exact('true') } },
        { mirrorPercentage: 50 },
        { pathRewrite: { prefix: '/greeting', uri: '/hello' } },
      ];

      // WHEN
      const plan = new RolloutPlan({ stable: V1, candidate: V2, steps });

      // THEN
      expect(plan.phaseNames).toEqual([
        'stable', 'subsets', 'routed', 'dark', 'redirect-old', 'canary-10', 'opt-in-x-beta-optin', 'mirror-50', 'rewrite-greeting', 'promoted', 'retired',
      ]);
      expect(plan.phases.slice(4, 9).map(routesOf)).toEqual([
        [{ match: [{ uri: StringMatch.prefix('/old') }], redirect: { uri: '/new' } }, { weights: { v1: 100 } }],
        [{ weights: { v1: 90, v2: 10 } }],
        [{ match: [{ headers: { 'x-beta-optin': StringMatch.exact('true') } }], weights: { v2: 100 } }, { weights: { v1: 100 } }],
        [{ weights: { v1: 100 }, mirror: { version: 'v2', percentage: 50 } }],
        [{ match: [{ uri: StringMatch.prefix('/greeting') }], rewriteUri: '/hello', weights: { v2: 100 } }, { weights: { v1: 100 } }],
      ]);
      expect(plan.phases.slice(4, 9).map((phase) => [names(phase.deployed), names(phase.subsets)])).toEqual(Array(5).fill([['v1', 'v2'], ['v1', 'v2']]));
      expect(plan._problems()).toEqual([]);
    });

    test.each<[RolloutStep, string]>([
      [{ mirrorPercentage: 100 }, 'mirror-100'],
      [{ mirrorPercentage: 12.5 }, 'mirror-12-5'],
      [{ headerOptIn: { 'x-beta-optin': StringMatch.exact('true') } }, 'opt-in-x-beta-optin'],
      [{ headerOptIn: { 'user-agent': StringMatch.regex('.*Firefox.*'), 'x-beta': StringMatch.exact('1') } }, 'opt-in-user-agent-x-beta'],
      [{ pathRewrite: { prefix: '/greeting', uri: '/hello' } }, 'rewrite-greeting'],
      [{ pathRedirect: { prefix: '/greeting', redirect: { uri: '/hello' } } }, 'redirect-greeting'],
      [{ pathRedirect: { prefix: '/api/v1/', redirect: { uri: '/api/v2/' } } }, 'redirect-api-v1'],
      [{ candidateWeight: 10 }, 'canary-10'],
    ])('names step %j %s by default', (step, name) => {
      // GIVEN / WHEN
      const phase = stepPhase(step);

      // THEN
      expect(phase.name).toEqual(name);
    });

    test('a path redirect step redirects a path prefix and sends the rest to stable', () => {
      // GIVEN / WHEN
      const phase = stepPhase({ pathRedirect: { prefix: '/old', redirect: { uri: '/new' } } });

      // THEN
      expect(phase.name).toEqual('redirect-old');
      expect(routesOf(phase)).toEqual([
        { match: [{ uri: StringMatch.prefix('/old') }], redirect: { uri: '/new' } },
        { weights: { v1: 100 } },
      ]);
    });
  });

  describe('reports bad plans at synth, through the VersionedService that renders them', () => {
    test.each<[string, RolloutPlanProps, RegExp]>([
      ['a step weight of 0', { stable: V1, candidate: V2, steps: [{ candidateWeight: 0 }] },
        /\[test\/Greeter\] plan\.steps\[0\]\.candidateWeight: a traffic step gives the candidate part of the traffic \(got 0\)\. Fix: use a whole percentage from 1 to 99/],
      ['a step weight of 100', { stable: V1, candidate: V2, steps: [{ candidateWeight: 10 }, { candidateWeight: 100 }] },
        /\[test\/Greeter\] plan\.steps\[1\]\.candidateWeight: a traffic step gives the candidate part of the traffic \(got 100\)\. Fix: use a whole percentage from 1 to 99 \(the dark phase has 0 and the promotion 100\)/],
      ['a step weight of -5', { stable: V1, candidate: V2, steps: [{ candidateWeight: -5 }] },
        /\[test\/Greeter\] plan\.steps\[0\]\.candidateWeight: a traffic step gives the candidate part of the traffic \(got -5\)\. Fix: use a whole percentage from 1 to 99/],
      ['a step weight of 12.5', { stable: V1, candidate: V2, steps: [{ candidateWeight: 12.5 }] },
        /\[test\/Greeter\] plan\.steps\[0\]\.candidateWeight: a traffic step gives the candidate part of the traffic \(got 12\.5\)\. Fix: use a whole percentage from 1 to 99/],
      ['two steps with the same name', { stable: V1, candidate: V2, steps: [{ candidateWeight: 10, name: 'canary' }, { candidateWeight: 50, name: 'canary' }] },
        /\[test\/Greeter\] plan\.steps: two phases have this name \(got "canary"\)\. Fix: give every step a distinct name/],
      ['two steps with the same weight', { stable: V1, candidate: V2, steps: [{ candidateWeight: 10 }, { candidateWeight: 10 }] },
        /\[test\/Greeter\] plan\.steps: two phases have this name \(got "canary-10"\)\. Fix: give every step a distinct name/],
      ['a step named like a fixed phase', { stable: V1, candidate: V2, steps: [{ candidateWeight: 10, name: 'dark' }] },
        /\[test\/Greeter\] plan\.steps: two phases have this name \(got "dark"\)\. Fix: give every step a distinct name/],
      ['a step name that is not a DNS-1123 label', { stable: V1, candidate: V2, steps: [{ candidateWeight: 10, name: 'Canary_10' }] },
        /\[test\/Greeter\] plan\.steps\[0\]\.name: must be a DNS-1123 label \(got "Canary_10"\)\. Fix: use at most 63 lower-case letters/],
      ['stable and candidate with the same version name', { stable: V1, candidate: { ...V2, name: 'v1' } },
        /\[test\/Greeter\] plan\.candidate\.name: is the name of the stable version too \(got "v1"\)\. Fix: give the candidate a version name of its own, e\.g\. 'v2'/],
      ['an upper-case stable version name', { stable: { ...V1, name: 'V1' }, candidate: V2 },
        /\[test\/Greeter\] plan\.stable\.name: must be a DNS-1123 label \(got "V1"\)\. Fix: use at most 63 lower-case letters/],
      ['a candidate version name over 63 characters', { stable: V1, candidate: { ...V2, name: 'v'.repeat(64) } },
        /\[test\/Greeter\] plan\.candidate\.name: must be a DNS-1123 label \(got "v{64}"\)\. Fix: use at most 63 lower-case letters/],
      ['a mirror step copying 0% of requests', { stable: V1, candidate: V2, steps: [{ mirrorPercentage: 0 }] },
        /\[test\/Greeter\] plan\.steps\[0\]\.mirrorPercentage: is not a share of requests to copy \(got 0\)\. Fix: use a percentage above 0, at most 100/],
      ['a mirror step copying 150% of requests', { stable: V1, candidate: V2, steps: [{ mirrorPercentage: 150 }] },
        /\[test\/Greeter\] plan\.steps\[0\]\.mirrorPercentage: is not a share of requests to copy \(got 150\)\. Fix: use a percentage above 0, at most 100/],
      ['a mirror step copying 101% of requests', { stable: V1, candidate: V2, steps: [{ candidateWeight: 10 }, { mirrorPercentage: 101 }] },
        /\[test\/Greeter\] plan\.steps\[1\]\.mirrorPercentage: is not a share of requests to copy \(got 101\)\. Fix: use a percentage above 0, at most 100/],
      ['a header opt-in step with a regex RE2 rejects', { stable: V1, candidate: V2, steps: [{ headerOptIn: { 'user-agent': StringMatch.regex('(?=Firefox)') } }] },
        /\[test\/Greeter\] plan\.steps\[0\]\.headerOptIn\.user-agent\.regex: is not valid RE2, the regex syntax of Istio and Envoy, which reports "invalid perl operator: \(\?=" \(got "\(\?=Firefox\)"\)\. Fix: fix the syntax/],
      ['a path redirect step whose prefix is not a path', { stable: V1, candidate: V2, steps: [{ pathRedirect: { prefix: 'old', redirect: { uri: '/new' } } }] },
        /\[test\/Greeter\] plan\.steps\[0\]\.pathRedirect\.prefix: is not a path \(got "old"\)\. Fix: start the prefix with '\/', e\.g\. '\/greeting'/],
      ['a header opt-in step without a header', { stable: V1, candidate: V2, steps: [{ headerOptIn: {} }] },
        /\[test\/Greeter\] plan\.steps\[0\]\.headerOptIn: no header to opt in with \(got \{\}\)\. Fix: give a header/],
      ['a path rewrite step whose prefix is not a path', { stable: V1, candidate: V2, steps: [{ pathRewrite: { prefix: 'greeting', uri: '/hello' } }] },
        /\[test\/Greeter\] plan\.steps\[0\]\.pathRewrite\.prefix: is not a path \(got "greeting"\)\. Fix: start the prefix with '\/'/],
      ['a step of no kind', { stable: V1, candidate: V2, steps: [{ name: 'nothing' } as never] },
        /\[test\/Greeter\] plan\.steps\[0\]: a step is exactly one of candidateWeight, mirrorPercentage, headerOptIn, pathRewrite, pathRedirect \(got \[\]\)\. Fix: split it into one step per kind/],
      ['a step of two other kinds', { stable: V1, candidate: V2, steps: [{ candidateWeight: 10 }, { headerOptIn: { 'x-beta': StringMatch.exact('1') }, pathRewrite: { prefix: '/a', uri: '/b' } } as never] },
        /\[test\/Greeter\] plan\.steps\[1\]: a step is exactly one of candidateWeight, mirrorPercentage, headerOptIn, pathRewrite, pathRedirect \(got \["headerOptIn","pathRewrite"\]\)\. Fix: split it into one step per kind/],
      ['a step of two kinds', { stable: V1, candidate: V2, steps: [{ candidateWeight: 10, mirrorPercentage: 10 } as never] },
        /\[test\/Greeter\] plan\.steps\[0\]: a step is exactly one of candidateWeight, mirrorPercentage, headerOptIn, pathRewrite, pathRedirect \(got \["candidateWeight","mirrorPercentage"\]\)\. Fix: split it into one step per kind/],
    ])('%s', (_, props, error) => {
      // GIVEN
      const chart = Testing.chart();
      const plan = new RolloutPlan(props);

      // WHEN
      new VersionedService(chart, 'Greeter', { app: 'greeter-service', plan, phase: RolloutPhaseName.STABLE });

      // THEN
      expect(() => synth(chart)).toThrow(error);
    });

    test('warns about a header opt-in step with an upper-case header name in the phase whose route matches it', () => {
      // GIVEN
      const { chart, warnings } = analyzedChart();
      const plan = new RolloutPlan({ stable: V1, candidate: V2, steps: [{ headerOptIn: { 'X-Beta-Optin': StringMatch.exact('true') } }] });

      // WHEN
      new VersionedService(chart, 'Greeter', { app: 'greeter-service', plan, phase: 'opt-in-x-beta-optin' });
      synth(chart);

      // THEN
      expect(warnings).toEqual([
        '[test/Greeter/VirtualService] warning header-name-case http[0].match[0].headers.X-Beta-Optin: header names are matched in lower case. Fix: use \'x-beta-optin\'',
      ]);
    });
  });
});
