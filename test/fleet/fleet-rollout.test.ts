import { parseFleetConfig } from '../../lib/fleet/fleet-config';
import {
  describeChange, nextStep, promotion, rollback, rollbackStep, safeSequence, stepBefore, stepRank, stepWeights, withLiveStep,
} from '../../lib/fleet/fleet-rollout';

const TEXT = `name: shop
argocd: { repoURL: https://git.example.com/platform.git, path: dist }
environments:
  staging: { namespace: shop }
  prod: { namespace: shop, notAheadOf: staging }   # prod follows staging
services:
  orders:
    stable: { name: v1, image: orders:1 }
    candidate: { name: v2, image: orders:2 }
    steps:
      - mirrorPercentage: 20
      - candidateWeight: 30
    live:
      staging: "canary-30"   # quoted on purpose
      prod: dark
`;
const CONFIG = parseFleetConfig(TEXT, 'rollouts.yaml');
const [ORDERS] = CONFIG.services;
const [STAGING, PROD] = CONFIG.environments;
const PLAN = ORDERS.plan;

describe('the steps of a fleet service', () => {
  test('go on along the plan, and from the abort path back to the dark launch and on', () => {
    // WHEN / THEN
    expect(['stable', 'dark', 'mirror-20', 'canary-30', 'promoted', 'retired', 'rolled-back', 'aborted'].map((step) => nextStep(PLAN, step)))
      .toEqual(['subsets', 'mirror-20', 'canary-30', 'promoted', 'retired', undefined, 'mirror-20', 'dark']);
  });

  test('come after the step before them on the plan, aborted after rolled-back; the first and rolled-back after none', () => {
    // WHEN / THEN
    expect(['stable', 'subsets', 'mirror-20', 'canary-30', 'retired', 'rolled-back', 'aborted'].map((step) => stepBefore(PLAN, step)))
      .toEqual([undefined, 'stable', 'dark', 'mirror-20', 'promoted', undefined, 'rolled-back']);
  });

  test('roll back to rolled-back from where the candidate runs, then to aborted, and nowhere from elsewhere', () => {
    // WHEN / THEN
    expect(['dark', 'mirror-20', 'canary-30', 'promoted', 'rolled-back'].map((step) => rollbackStep(PLAN, step).to))
      .toEqual(['rolled-back', 'rolled-back', 'rolled-back', 'rolled-back', 'aborted']);
    expect(rollbackStep(PLAN, 'routed')).toEqual({ refusal: 'v2 is not deployed at step routed: there is nothing to roll back' });
    expect(rollbackStep(PLAN, 'retired').refusal).toMatch(/^v1 is retired: there is no version to roll back to/);
    expect(rollbackStep(PLAN, 'aborted').refusal).toMatch(/^v2 no longer runs/);
  });

  test('rank the abort path with the dark launch and the routed phase', () => {
    // WHEN / THEN
    expect(stepRank(PLAN, 'rolled-back')).toEqual(stepRank(PLAN, 'dark'));
    expect(stepRank(PLAN, 'aborted')).toEqual(stepRank(PLAN, 'routed'));
    expect(stepRank(PLAN, 'canary-30')).toBeGreaterThan(stepRank(PLAN, 'mirror-20'));
  });

  test('give the weights of the running versions', () => {
    // WHEN / THEN
    expect(stepWeights(PLAN.phase('stable'))).toEqual({ v1: 100 });
    expect(stepWeights(PLAN.phase('mirror-20'))).toEqual({ v1: 100, v2: 0 });
    expect(stepWeights(PLAN.phase('canary-30'))).toEqual({ v1: 70, v2: 30 });
    expect(stepWeights(PLAN.phase('retired'))).toEqual({ v2: 100 });
  });
});

describe('safeSequence', () => {
  test.each([
    ['routed', 'canary-30', ['routed', 'dark', 'canary-30']],
    ['stable', 'dark', ['stable', 'subsets', 'dark']],
    ['canary-30', 'aborted', ['canary-30', 'dark', 'aborted']],
    ['promoted', 'retired', ['promoted', 'retired']],
    ['retired', 'stable', ['retired', 'promoted', 'dark', 'subsets', 'stable']],
  ])('from %s to %s', (from, to, expected) => {
    // WHEN / THEN
    expect(safeSequence(ORDERS, STAGING, from, to)).toEqual(expected);
  });
});

describe('promotion and rollback', () => {
  test('promote one step, within the gate', () => {
    // WHEN
    const change = promotion(ORDERS, PROD);

    // THEN
    expect({ from: change.from, to: change.to, refusal: change.refusal }).toEqual({ from: 'dark', to: 'mirror-20', refusal: undefined });
  });

  test('refuse a promotion past the gate', () => {
    // GIVEN
    const config = parseFleetConfig(TEXT.replace('prod: dark', 'prod: canary-30'), 'rollouts.yaml');

    // WHEN
    const change = promotion(config.services[0], config.environments[1]);

    // THEN
    expect(change.to).toBeUndefined();
    expect(change.refusal).toEqual('prod may not be ahead of staging, where orders is at canary-30; promoting would make it promoted. Fix: promote orders in staging first (istio-traffic promote orders --env staging)');
  });

  test('refuse a move that is not make-before-break from the step last synthesized', () => {
    // WHEN
    const change = promotion(ORDERS, PROD, 'routed');

    // THEN
    expect(change.refusal).toEqual('the configuration says dark, but the synthesized output is still at routed (synthesize and sync each step before the next): '
      + 'routed → mirror-20 is not make-before-break: subset v2 of orders.shop.svc.cluster.local gets requests, but phase routed ran none of its pods. '
      + 'Fix: go through routed → dark → mirror-20, one step per synth and sync');
  });

  test('roll back regardless of the gate', () => {
    // WHEN
    const change = rollback(ORDERS, STAGING);

    // THEN
    expect([change.from, change.to]).toEqual(['canary-30', 'rolled-back']);
  });

  test('describe what a move changes', () => {
    // WHEN / THEN
    expect(describeChange(ORDERS, 'dark', 'mirror-20')).toEqual([
      'weights: v1 100% → 100%, v2 0% → 0%', 'conditions and mirrors: none → mirror 20% to v2', 'added: nothing', 'removed: nothing',
    ]);
    expect(describeChange(ORDERS, 'promoted', 'retired')).toEqual([
      'weights: v1 0% → not running, v2 100% → 100%', 'added: nothing', 'removed: Deployment orders-v1, subset v1',
    ]);
    expect(describeChange(ORDERS, 'stable', 'subsets')).toEqual([
      'weights: v1 100% → 100%', 'added: DestinationRule orders, subset v1, subset v2', 'removed: nothing',
    ]);
  });
});

describe('withLiveStep', () => {
  test('changes the one value, keeping its quotes, the comments and the layout', () => {
    // WHEN
    const staging = withLiveStep(CONFIG, 'orders', 'staging', 'promoted');
    const prod = withLiveStep(CONFIG, 'orders', 'prod', 'mirror-20');

    // THEN
    expect(staging).toEqual(TEXT.replace('staging: "canary-30"   # quoted on purpose', 'staging: "promoted"   # quoted on purpose'));
    expect(prod).toEqual(TEXT.replace('prod: dark', 'prod: mirror-20'));
    expect(parseFleetConfig(prod, 'rollouts.yaml').services[0].live).toEqual({ staging: 'canary-30', prod: 'mirror-20' });
  });
});
