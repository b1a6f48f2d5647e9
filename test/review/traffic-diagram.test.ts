import { Manifest, trafficDiagram, trafficPage } from '../../lib';
import { LINE_WIDTH, textWidth } from '../../lib/review/mermaid-text';
import { MAX_TOP_DOWN_WIDTH, edgeStyle, renderTrafficModel, strokeWidth, topDownWidth } from '../../lib/review/traffic-flowchart';
import { TrafficEdge, TrafficEdgeKind, TrafficModel, TrafficNodeKind } from '../../lib/review/traffic-model';
import {
  REVIEWS_HOST, destinationRule, gateway, reviewsRoutes, reviewsWithSubsets, service, serviceEntry, sidecar, toSubset, version,
  virtualService, webCallingReviews, deployment,
} from './support/objects';

const V1 = 'subset_reviews_shop_svc_cluster_local_v1';
const V2 = 'subset_reviews_shop_svc_cluster_local_v2';

/** web.example.com at the Gateway `public` goes to web, which calls reviews; reviews splits v1 / v2. */
function shop(v1: number, v2: number, route: Record<string, unknown> = {}): Manifest[] {
  return [
    gateway('public', [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }]),
    virtualService('web', { hosts: ['web.example.com'], gateways: ['public'], http: [{ route: [{ destination: { host: 'web' } }] }] }),
    ...webCallingReviews(),
    ...reviewsWithSubsets(),
    reviewsRoutes({ route: [toSubset('v1', v1), toSubset('v2', v2)], ...route }),
  ];
}

/** The arrows of a diagram: lines with `-->`, `-.->` or `--x`. */
function arrowsOf(diagram: string): string[] {
  return diagram.split('\n').filter((line) => / (-->|-\.->|--x)/.test(line));
}

/** The quoted labels of a diagram, as Mermaid source. */
function labelsOf(diagram: string): string[] {
  return [...diagram.matchAll(/"([^"]*)"/g)].map((match) => match[1]);
}

function edge(kind: TrafficEdgeKind, percent?: number, toCandidate = false): TrafficEdge {
  return { from: 'a', to: 'b', kind, texts: [], percent, toCandidate };
}

describe('trafficDiagram', () => {
  test('draws the whole chain top to bottom, weights as line widths, the candidate amber, and what changed', () => {
    // GIVEN
    const manifests = shop(90, 10);

    // WHEN
    const diagram = trafficDiagram(manifests, shop(100, 0));

    // THEN
    expect(diagram).toEqual([
      'flowchart TB',
      '  clients(["clients"])',
      '  gateway_shop_public["Gateway shop/public<br/>:80 HTTP<br/>hosts #42;"]',
      '  vs_shop_web{{"VS web<br/>web.example.com"}}',
      '  service_web_shop_svc_cluster_local["web<br/>web:1.0 ×3"]',
      '  vs_shop_reviews{{"VS reviews<br/>(mesh)"}}',
      '  subgraph service_reviews_shop_svc_cluster_local["reviews · DR"]',
      `    ${V1}["v1 · stable<br/>reviews:1.0 ×2<br/>ISTIO_MUTUAL"]`,
      `    ${V2}["v2 · candidate<br/>reviews:2.0 ×2<br/>ISTIO_MUTUAL"]`,
      '  end',
      '  clients --> gateway_shop_public',
      '  gateway_shop_public -->|"Host: web.example.com"| vs_shop_web',
      '  vs_shop_web -->|"100%"| service_web_shop_svc_cluster_local',
      '  service_web_shop_svc_cluster_local -->|"REVIEWS_URL"| vs_shop_reviews',
      `  vs_shop_reviews -->|"90% (was 100%)"| ${V1}`,
      `  vs_shop_reviews -->|"10% (was 0%)"| ${V2}`,
      '  linkStyle 2 stroke-width:5px',
      '  linkStyle 4 stroke-width:4.6px',
      '  linkStyle 5 stroke:#d97706,stroke-width:1.4px',
      '  classDef candidate stroke:#d97706,stroke-width:3px',
      `  class ${V2} candidate`,
    ].join('\n'));
  });

  test('draws 0% grey and dotted, and a mirror as the only dashed line', () => {
    // GIVEN
    const manifests = shop(100, 0, { mirror: { host: 'reviews', subset: 'v2' } });

    // WHEN
    const diagram = trafficDiagram(manifests);

    // THEN
    expect(diagram.split('\n').slice(-7)).toEqual([
      `  vs_shop_reviews -->|"0%"| ${V2}`,
      `  vs_shop_reviews -.->|"mirror 100%"| ${V2}`,
      '  linkStyle 2,4 stroke-width:5px',
      '  linkStyle 5 stroke:#9ca3af,stroke-width:1px,stroke-dasharray:2 4',
      '  linkStyle 6 stroke:#d97706,stroke-width:5px,stroke-dasharray:8 5',
      '  classDef candidate stroke:#d97706,stroke-width:3px',
      `  class ${V2} candidate`,
    ]);
    expect(arrowsOf(diagram).filter((line) => line.includes('-.->'))).toEqual([`  vs_shop_reviews -.->|"mirror 100%"| ${V2}`]);
  });

  test('marks versions without pods with dashed borders, new boxes blue and "(new)", and what a box was', () => {
    // GIVEN
    const dark = [...reviewsWithSubsets({ withV2Pods: false }), reviewsRoutes({ route: [toSubset('v1', 100), toSubset('v2', 0)] })];
    const deployed = [...reviewsWithSubsets(), reviewsRoutes({ route: [toSubset('v1', 100), toSubset('v2', 0)] })];

    // WHEN
    const first = trafficDiagram(dark, reviewsWithSubsets({ withV2Pods: false }));
    const second = trafficDiagram(deployed, dark);

    // THEN
    expect(first).toContain(`    ${V2}["v2 · candidate<br/>no pods<br/>ISTIO_MUTUAL"]\n`);
    expect(first).toContain('  vs_shop_reviews{{"VS reviews<br/>(mesh)<br/>(new)"}}\n');
    expect(first.split('\n').slice(-6)).toEqual([
      '  classDef changed fill:#dbeafe,stroke:#2563eb',
      '  classDef candidate stroke:#d97706,stroke-width:3px',
      '  classDef nopods fill:#f9fafb,stroke-dasharray:4 3,color:#6b7280',
      '  class any_workload,vs_shop_reviews changed',
      `  class ${V2} candidate`,
      `  class ${V2} nopods`,
    ]);
    expect(second).toContain(`    ${V2}["v2 · candidate<br/>reviews:2.0 ×2<br/>ISTIO_MUTUAL<br/>(was no pods)"]\n`);
    expect(second).toContain(`  class ${V2} changed\n`);
  });

  test('numbers rules in match order on their arrows', () => {
    // GIVEN
    const manifests = [...reviewsWithSubsets(), reviewsRoutes(
      { match: [{ headers: { 'user-agent': { regex: '.*Firefox.*' } } }], route: [toSubset('v2')] },
      { route: [toSubset('v1')] },
    )];

    // WHEN
    const arrows = arrowsOf(trafficDiagram(manifests)).filter((line) => line.startsWith('  vs_shop_reviews'));

    // THEN
    expect(arrows).toEqual([
      `  vs_shop_reviews -->|"rule 1: header user-agent<br/>regex .#42;Firefox.#42;<br/>100%"| ${V2}`,
      `  vs_shop_reviews -->|"rule 2: everything else<br/>100%"| ${V1}`,
    ]);
  });

  test('draws the REGISTRY_ONLY lock: allowed through the ServiceEntry, blocked for any other external host', () => {
    // GIVEN
    const manifests = [
      service('movies'), deployment('movies', { app: 'movies' }, 'movies:1'),
      serviceEntry('payments', ['api.payments.com'], [{ number: 443, protocol: 'HTTPS' }]), sidecar('movies', 'movies', ['./*']),
    ];

    // WHEN
    const diagram = trafficDiagram(manifests);

    // THEN
    expect(diagram).toEqual([
      'flowchart TB',
      '  service_movies_shop_svc_cluster_local["movies<br/>movies:1 ×1"]',
      '  external_api_payments_com[("api.payments.com<br/>HTTPS 443")]',
      '  blocked["any other external host"]',
      '  service_movies_shop_svc_cluster_local -->|"ServiceEntry payments"| external_api_payments_com',
      '  service_movies_shop_svc_cluster_local --x|"blocked by<br/>REGISTRY_ONLY<br/>Sidecar movies"| blocked',
      '  linkStyle 1 stroke:#dc2626',
      '  classDef blocked fill:#fee2e2,stroke:#dc2626,color:#991b1b',
      '  class blocked blocked',
    ].join('\n'));
  });

  test('draws a redirect as a flag, a subset that is gone greyed, and lists other objects that are gone', () => {
    // GIVEN
    const before = [...reviewsWithSubsets(), service('legacy'), reviewsRoutes({ route: [toSubset('v1', 0), toSubset('v2', 100)] })];
    const after = [
      service('reviews'), version('reviews', 'v2', '2.0'), destinationRule(REVIEWS_HOST, ['v2']),
      reviewsRoutes({ match: [{ uri: { prefix: '/old' } }], redirect: { uri: '/new' } }, { route: [toSubset('v2')] }),
    ];

    // WHEN
    const diagram = trafficDiagram(after, before);

    // THEN
    expect(diagram).toContain('  action_shop_reviews_0>"redirect 301 to<br/>/new<br/>(new)"]\n');
    expect(diagram).toContain(`    ${V1}["v1 · previous<br/>reviews:1.0 ×2<br/>ISTIO_MUTUAL<br/>(removed)"]\n`);
    expect(diagram).toContain('  removed["removed<br/>Service legacy"]\n');
    expect(diagram).toContain('  classDef removed fill:#f3f4f6,stroke:#9ca3af,stroke-dasharray:4 3,color:#6b7280\n');
    expect(diagram.endsWith(`  class ${V1},removed removed`)).toBe(true);
  });

  test('escapes what Mermaid or Markdown would read: #, &, quotes, <, >, backticks, *, _, ~, [ ], @, a leading list marker, URLs', () => {
    // GIVEN header values with every one of them
    const values = ['#quot; `code` <b>&amp;', '*x* _y_ ~~z~~ [a](b) me@x.org', '- item', '1. item', 'https://www.example.com'];
    const manifests = [...reviewsWithSubsets(), reviewsRoutes(
      ...values.map((value, index) => ({ match: [{ headers: { [`h${index}`]: { exact: value } } }], route: [toSubset('v2')] })),
      { route: [toSubset('v1')] },
    )];

    // WHEN
    const labels = labelsOf(trafficDiagram(manifests)).filter((label) => label.startsWith('rule'));

    // THEN
    expect(labels.slice(0, 5)).toEqual([
      'rule 1: header h0 = #35;quot;<br/>#96;code#96; #lt;b#gt;#38;amp;<br/>100%',
      'rule 2: header h1 = #42;x#42; #95;y#95;<br/>#126;#126;z#126;#126; #91;a#93;(b) me#64;x.org<br/>100%',
      'rule 3: header h2 = - item<br/>100%',
      'rule 4: header h3 = 1. item<br/>100%',
      'rule 5: header h4 =<br/>https#58;//www#8288;.example.com<br/>100%',
    ]);
  });

  test('escapes what starts a line as a Markdown underline or list would', () => {
    // GIVEN values that wrap so that they start a line of their own
    const manifests = [...reviewsWithSubsets(), reviewsRoutes(
      { match: [{ headers: { 'a-rather-long-header-name': { exact: '- item' } } }], route: [toSubset('v2')] },
      { match: [{ headers: { 'another-long-header-name': { exact: '1. item' } } }], route: [toSubset('v2')] },
      { route: [toSubset('v1')] },
    )];

    // WHEN
    const labels = labelsOf(trafficDiagram(manifests)).filter((label) => label.startsWith('rule'));

    // THEN
    expect(labels.slice(0, 2)).toEqual([
      'rule 1: header<br/>a-rather-long-header-name<br/>#61; - item<br/>100%',
      'rule 2: header<br/>another-long-header-name<br/>#61; 1. item<br/>100%',
    ]);
  });

  test('breaks labels into lines narrower than Mermaid wraps, at spaces, and long words after dots, never inside a word', () => {
    // GIVEN an external host name longer than a line
    const host = 'api.eu-west-1.payments.internal.example.com';
    const manifests = [serviceEntry('payments', [host], [{ number: 443, protocol: 'HTTPS' }])];

    // WHEN
    const diagram = trafficDiagram(manifests);

    // THEN
    expect(diagram).toContain('  external_api_eu_west_1_payments_internal_example_com[("api.eu-west-1.payments.<br/>internal.example.com<br/>HTTPS 443")]');
    for (const label of labelsOf(diagram)) {
      for (const line of label.split('<br/>')) expect(textWidth(line)).toBeLessThan(LINE_WIDTH + 1);
    }
  });

  test('gives things whose keys differ only in punctuation different ids, and never a Mermaid keyword', () => {
    // GIVEN VirtualServices `end` and `a-b`, and one called `a.b`
    const manifests = ['end', 'a-b', 'a.b'].map((name) => virtualService(name, { hosts: [name], gateways: ['mesh'], http: [] }));

    // WHEN
    const ids = trafficDiagram(manifests).split('\n').filter((line) => line.includes('{{')).map((line) => line.trim().split('{{')[0]);

    // THEN
    expect(ids).toEqual(['vs_shop_end', 'vs_shop_a_b', 'vs_shop_a_b_2']);
  });

  test('gives the same text for the same manifests', () => {
    // GIVEN
    const manifests = () => shop(50, 50, { mirror: { host: 'reviews', subset: 'v2' }, mirrorPercentage: { value: 5 } });

    // WHEN
    const first = trafficDiagram(manifests(), shop(90, 10));
    const second = trafficDiagram(manifests(), shop(90, 10));

    // THEN
    expect(second).toEqual(first);
  });

  test('draws a rule that delegates as an arrow to the delegate, which takes no request of the mesh itself', () => {
    // GIVEN
    const manifests = [
      ...reviewsWithSubsets(),
      gateway('public', [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['shop.example.com'] }]),
      virtualService('shop', { hosts: ['shop.example.com'], gateways: ['public'], http: [{ match: [{ uri: { prefix: '/reviews' } }], delegate: { name: 'reviews-team' } }] }),
      virtualService('reviews-team', { http: [{ route: [toSubset('v1')] }] }),
    ];

    // WHEN
    const diagram = trafficDiagram(manifests);

    // THEN
    expect(arrowsOf(diagram).filter((line) => line.includes('vs_shop_reviews_team'))).toEqual([
      '  vs_shop_shop -->|"rule 1: uri prefix /reviews<br/>delegated"| vs_shop_reviews_team',
      `  vs_shop_reviews_team -->|"100%"| ${V1}`,
    ]);
    expect(diagram).toContain('vs_shop_reviews_team{{"VS reviews-team"}}');
    expect(diagram).not.toContain('any_workload');
  });

  test('stacks boxes that nothing links to in a column with invisible links', () => {
    // GIVEN two Services that no route or call reaches
    const manifests = [service('web'), service('search')];

    // WHEN
    const diagram = trafficDiagram(manifests);

    // THEN
    expect(diagram.split('\n').filter((line) => line.includes('~~~'))).toEqual(['  service_web_shop_svc_cluster_local ~~~ service_search_shop_svc_cluster_local']);
  });

  test('is a bare flowchart without objects', () => {
    // GIVEN
    const model: TrafficModel = { nodes: [], groups: [], edges: [], versions: [] };

    // WHEN
    const diagram = renderTrafficModel(model);

    // THEN
    expect(diagram).toEqual('flowchart TB');
  });
});

describe('line styles', () => {
  test.each([[0, 1], [10, 1.4], [50, 3], [90, 4.6], [100, 5], [150, 5]])('a share of %d%% is %dpx wide', (percent, width) => {
    // WHEN
    const result = strokeWidth(percent);

    // THEN
    expect(result).toEqual(width);
  });

  test('only arrows with a share have a width, only mirrors dashes, only 0% grey dots, only blocked egress red', () => {
    // GIVEN
    const edges = [
      edge(TrafficEdgeKind.ROUTE, 90), edge(TrafficEdgeKind.ROUTE, 10, true), edge(TrafficEdgeKind.ROUTE, 0), edge(TrafficEdgeKind.MIRROR, 100, true),
      edge(TrafficEdgeKind.MIRROR, 0), edge(TrafficEdgeKind.CALL), edge(TrafficEdgeKind.REQUEST), edge(TrafficEdgeKind.EGRESS), edge(TrafficEdgeKind.BLOCKED),
    ];

    // WHEN
    const styles = edges.map(edgeStyle);

    // THEN
    expect(styles).toEqual([
      'stroke-width:4.6px',
      'stroke:#d97706,stroke-width:1.4px',
      'stroke:#9ca3af,stroke-width:1px,stroke-dasharray:2 4',
      'stroke:#d97706,stroke-width:5px,stroke-dasharray:8 5',
      'stroke:#9ca3af,stroke-width:1px,stroke-dasharray:8 5',
      undefined,
      undefined,
      undefined,
      'stroke:#dc2626',
    ]);
  });
});

describe('trafficPage', () => {
  test('is a titled page with the diagram in a mermaid block and how to read it', () => {
    // GIVEN
    const manifests = shop(90, 10);

    // WHEN
    const page = trafficPage('05-canary-10', manifests, { title: '04-dark', manifests: shop(100, 0) });

    // THEN
    expect(page).toEqual([
      '# 05-canary-10',
      '',
      'Where requests go in this phase, generated from the manifests of this folder.',
      '',
      '```mermaid',
      trafficDiagram(manifests, shop(100, 0)),
      '```',
      '',
      'Line width is the share of a route\'s requests; grey dotted lines carry none (0%); dashed lines are mirrored copies; '
        + 'amber marks the candidate, dashed boxes versions without pods, red what a REGISTRY_ONLY Sidecar blocks. '
        + 'Blue marks what changed since 04-dark.',
      '',
    ].join('\n'));
  });

  test('says nothing about changes without a previous phase', () => {
    // GIVEN
    const manifests = shop(90, 10);

    // WHEN
    const page = trafficPage('01-stable', manifests);

    // THEN
    expect(page).toContain('```mermaid\nflowchart TB\n');
    expect(page).not.toContain('changed since');
    expect(page).not.toContain('(was');
  });
});

describe('kinds of boxes', () => {
  test('each kind has its shape', () => {
    // GIVEN one box of each kind drawn on its own
    const model: TrafficModel = {
      nodes: Object.values(TrafficNodeKind).map((kind) => ({ key: `k ${kind}`, kind, title: kind, details: [], noPods: false, objects: [], was: [] })),
      groups: [],
      edges: [],
      versions: [],
    };

    // WHEN
    const lines = renderTrafficModel(model).split('\n').slice(1);

    // THEN
    expect(lines).toEqual([
      '  k_clients(["clients"])',
      '  k_any_workload(["any-workload"])',
      '  k_gateway["gateway"]',
      '  k_egress_gateway[/"egress-gateway"\\]',
      '  k_virtual_service{{"virtual-service"}}',
      '  k_service["service"]',
      '  k_version["version"]',
      '  k_workload["workload"]',
      '  k_action>"action"]',
      '  k_external[("external")]',
      '  k_blocked["blocked"]',
      '  k_removed["removed"]',
      '  k_clients ~~~ k_any_workload ~~~ k_gateway ~~~ k_egress_gateway ~~~ k_virtual_service ~~~ k_service ~~~ k_version ~~~ k_workload ~~~ k_action ~~~ k_external ~~~ k_blocked ~~~ k_removed',
      '  classDef blocked fill:#fee2e2,stroke:#dc2626,color:#991b1b',
      '  class k_blocked blocked',
    ]);
  });
});

describe('layout', () => {
  /** A Service with `count` versions, every one a subset, all routed to; a box of its own when `routed` is false. */
  function versions(count: number, routed = true): TrafficModel {
    const names = Array.from({ length: count }, (_, index) => `v${index + 1}`);
    return {
      nodes: [
        { key: 'any', kind: TrafficNodeKind.ANY_WORKLOAD, title: 'any workload', details: [], noPods: false, objects: [], was: [] },
        ...names.map((name) => ({
          key: `version ${name}`, kind: TrafficNodeKind.VERSION, title: `${name} · candidate`, details: [`examples-bookinfo-reviews-${name}:1.20.3 ×1`],
          group: 'reviews', noPods: false, objects: [], was: [],
        })),
      ],
      groups: [{ key: 'reviews', title: 'reviews · DR', objects: [], was: [] }],
      edges: routed ? names.map((name) => ({ from: 'any', to: `version ${name}`, kind: TrafficEdgeKind.ROUTE, texts: [], percent: 100 / count, toCandidate: true })) : [],
      versions: [],
    };
  }

  test('estimates a top-to-bottom layout as wide as its widest row of boxes and arrow labels', () => {
    // GIVEN / WHEN
    const widths = [1, 3, 5].map((count) => topDownWidth(versions(count)));

    // THEN: every two versions add their boxes and the gaps beside them, the same each time
    expect(widths[2] - widths[1]).toBeCloseTo(widths[1] - widths[0], 6);
    expect(widths[1] - widths[0]).toBeGreaterThan(textWidth('examples-bookinfo-'));
    expect(widths[0]).toBeLessThan(MAX_TOP_DOWN_WIDTH);
    expect(widths[2]).toBeGreaterThan(MAX_TOP_DOWN_WIDTH);
  });

  test('draws top to bottom while that fits, left to right once it would be wider', () => {
    // GIVEN / WHEN
    const [narrow, wide] = [versions(2), versions(5)].map((model) => renderTrafficModel(model).split('\n')[0]);

    // THEN
    expect([narrow, wide]).toEqual(['flowchart TB', 'flowchart LR']);
  });

  test('lays the boxes of a subgraph that nothing links to in a column of a left-to-right diagram, and only then', () => {
    // GIVEN
    const unlinked = versions(5, false);
    const linked = versions(5);

    // WHEN
    const [unlinkedLines, linkedLines] = [unlinked, linked].map((model) => renderTrafficModel(model).split('\n'));

    // THEN
    expect(unlinkedLines.slice(0, 3)).toEqual(['flowchart LR', '  any(["any workload"])', '  subgraph reviews["reviews · DR"]']);
    expect(unlinkedLines[3]).toEqual('    direction LR');
    expect(linkedLines).not.toContain('    direction LR');
  });
});
