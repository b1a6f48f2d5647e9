import { phaseSummaries, planTable } from '../../lib/review/plan-table';
import { planPage, versionWeights, weightChart } from '../../lib/review/plan-page';
import { REVIEWS_HOST, destinationRule, reviewsRoutes, reviewsWithSubsets, service, toSubset, version } from './support/objects';

/** reviews before subsets, then dark, canary 20 and promoted. */
const PHASES = [
  { phase: '01-stable', manifests: [service('reviews'), version('reviews', 'v1', '1.0')] },
  { phase: '02-dark', manifests: [...reviewsWithSubsets(), reviewsRoutes({ route: [toSubset('v1', 100), toSubset('v2', 0)] })] },
  { phase: '03-canary-20', manifests: [...reviewsWithSubsets(), reviewsRoutes({ route: [toSubset('v1', 80), toSubset('v2', 20)] })] },
  {
    phase: '04-promoted',
    manifests: [service('reviews'), version('reviews', 'v2', '2.0'), destinationRule(REVIEWS_HOST, ['v2']), reviewsRoutes({ route: [toSubset('v2')] })],
  },
];

describe('versionWeights', () => {
  test('gives each version of a Service its share of the requests without a rule, per phase, 0 where it has none', () => {
    // WHEN
    const weights = versionWeights(PHASES);

    // THEN
    expect(weights).toEqual([{ service: 'reviews', versions: ['v1', 'v2'], weights: [[100, 0], [100, 0], [80, 20], [0, 100]] }]);
  });

  test('leaves out Services that have one version in every phase', () => {
    // GIVEN
    const phases = [{ phase: '01-stable', manifests: [service('reviews'), version('reviews', 'v1', '1.0')] }];

    // WHEN
    const weights = versionWeights(phases);

    // THEN
    expect(weights).toEqual([]);
  });
});

describe('weightChart', () => {
  test('is an xychart with the colours of its lines in its front matter and named in its title, phases by number', () => {
    // GIVEN
    const [weights] = versionWeights(PHASES);

    // WHEN
    const chart = weightChart(PHASES.map((phase) => phase.phase), weights);

    // THEN
    expect(chart).toEqual([
      '---',
      'config:',
      '  themeVariables:',
      '    xyChart:',
      '      plotColorPalette: "#2563eb, #d97706"',
      '---',
      'xychart-beta',
      '  title "reviews: v1 blue, v2 amber"',
      '  x-axis "phase" ["01", "02", "03", "04"]',
      '  y-axis "% of requests" 0 --> 100',
      '  line "v1" [100, 100, 80, 0]',
      '  line "v2" [0, 0, 20, 100]',
    ].join('\n'));
  });

  test('numbers phases whose folders have no number by their position', () => {
    // WHEN
    const chart = weightChart(['stable', 'canary'], { service: 'reviews', versions: ['v1', 'v2'], weights: [[100, 0], [90, 10]] });

    // THEN
    expect(chart).toContain('\n  x-axis "phase" ["1", "2"]\n');
  });
});

describe('planPage', () => {
  test('is the plan table, then a chart per Service of several versions', () => {
    // WHEN
    const page = planPage(PHASES);

    // THEN
    const [weights] = versionWeights(PHASES);
    expect(page).toEqual([
      '# Rollout plan',
      '',
      'Every phase, each against the phase before it (what `istio-traffic plan` prints), generated from the phase folders.',
      '',
      planTable(phaseSummaries(PHASES)),
      '',
      '## Share of requests per version',
      '',
      'Of the requests that match no rule of the Service\'s VirtualService (all of them when it has none), the percentage '
        + 'each version receives, per phase (the numbers of the phase folders). Mirrored copies and requests that a rule '
        + 'sends elsewhere are not counted.',
      '',
      '```mermaid',
      weightChart(PHASES.map((phase) => phase.phase), weights),
      '```',
      '',
    ].join('\n'));
  });

  test('has no chart when no Service has several versions', () => {
    // WHEN
    const page = planPage(PHASES.slice(0, 1));

    // THEN
    expect(page).not.toContain('```mermaid');
    expect(page).toContain('| 01-stable |');
  });
});

describe('phaseSummaries', () => {
  test('compares each phase with the one before: objects added, changed and removed', () => {
    // WHEN
    const summaries = phaseSummaries(PHASES);

    // THEN
    expect(summaries.map(({ phase, added, changed, removed }) => ({ phase, added, changed, removed }))).toEqual([
      { phase: '01-stable', added: ['Service shop/reviews', 'Deployment.apps shop/reviews-v1'], changed: [], removed: [] },
      {
        phase: '02-dark',
        added: ['Deployment.apps shop/reviews-v2', 'DestinationRule.networking.istio.io shop/reviews', 'VirtualService.networking.istio.io shop/reviews'],
        changed: [],
        removed: [],
      },
      { phase: '03-canary-20', added: [], changed: ['VirtualService.networking.istio.io shop/reviews'], removed: [] },
      {
        phase: '04-promoted',
        added: [],
        changed: ['DestinationRule.networking.istio.io shop/reviews', 'VirtualService.networking.istio.io shop/reviews'],
        removed: ['Deployment.apps shop/reviews-v1'],
      },
    ]);
    expect(summaries.map((summary) => summary.weights)).toEqual([
      [], ['reviews: reviews v1 100%, reviews v2 0%'], ['reviews: reviews v1 80%, reviews v2 20%'], ['reviews: reviews v2 100%'],
    ]);
  });
});
