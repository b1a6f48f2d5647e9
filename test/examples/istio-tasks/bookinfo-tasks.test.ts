import { ExpectedObject, expectObjects, istioObjects, podOf, taskObjects } from './support';

// The objects of Istio's Bookinfo tasks (istio.io content/en/docs/tasks/traffic-management/, samples/bookinfo of
// istio/istio), as the pages apply them, in networking.istio.io/v1. Bookinfo's hosts are short names, since the charts
// have no namespace: the files are applied to whichever namespace Bookinfo runs in.

const subsets = (...names: string[]) => names.map((name) => ({ name, labels: { version: name } }));

/** samples/bookinfo/networking/destination-rule-all.yaml. */
const DESTINATION_RULES: ExpectedObject[] = [
  { kind: 'DestinationRule', metadata: { name: 'productpage' }, spec: { host: 'productpage', subsets: subsets('v1') } },
  { kind: 'DestinationRule', metadata: { name: 'reviews' }, spec: { host: 'reviews', subsets: subsets('v1', 'v2', 'v3') } },
  { kind: 'DestinationRule', metadata: { name: 'ratings' }, spec: { host: 'ratings', subsets: subsets('v1', 'v2', 'v2-mysql', 'v2-mysql-vm') } },
  { kind: 'DestinationRule', metadata: { name: 'details' }, spec: { host: 'details', subsets: subsets('v1', 'v2') } },
];

const toV1 = (host: string): ExpectedObject => ({
  kind: 'VirtualService', metadata: { name: host }, spec: { hosts: [host], http: [{ route: [{ destination: { host, subset: 'v1' } }] }] },
});

const JASON = [{ headers: { 'end-user': { exact: 'jason' } } }];

/** samples/bookinfo/networking/virtual-service-reviews-test-v2.yaml. */
const REVIEWS_JASON_V2: ExpectedObject = {
  kind: 'VirtualService',
  metadata: { name: 'reviews' },
  spec: {
    hosts: ['reviews'],
    http: [
      { match: JASON, route: [{ destination: { host: 'reviews', subset: 'v2' } }] },
      { route: [{ destination: { host: 'reviews', subset: 'v1' } }] },
    ],
  },
};

/** samples/bookinfo/networking/virtual-service-all-v1.yaml. */
const ALL_V1 = ['productpage', 'reviews', 'ratings', 'details'].map(toV1);

/** Every request to one version of reviews, as virtual-service-reviews-v3.yaml and the request timeouts task write it. */
const reviewsTo = (subset: string): ExpectedObject => ({
  kind: 'VirtualService', metadata: { name: 'reviews' }, spec: { hosts: ['reviews'], http: [{ route: [{ destination: { host: 'reviews', subset } }] }] },
});

/** virtual-service-ratings-test-delay.yaml and -abort.yaml: a fault for jason's requests to ratings v1. */
const ratingsForJason = (fault: Record<string, unknown>): ExpectedObject => ({
  kind: 'VirtualService',
  metadata: { name: 'ratings' },
  spec: {
    hosts: ['ratings'],
    http: [
      { match: JASON, fault, route: [{ destination: { host: 'ratings', subset: 'v1' } }] },
      { route: [{ destination: { host: 'ratings', subset: 'v1' } }] },
    ],
  },
});

/** The request timeouts task's ratings: every request delayed by 2s. */
const RATINGS_DELAYED: ExpectedObject = {
  kind: 'VirtualService',
  metadata: { name: 'ratings' },
  spec: {
    hosts: ['ratings'],
    http: [{ fault: { delay: { percentage: { value: 100 }, fixedDelay: '2s' } }, route: [{ destination: { host: 'ratings', subset: 'v1' } }] }],
  },
};

const BOOKINFO_OBJECTS = ['DestinationRule/details', 'DestinationRule/productpage', 'DestinationRule/ratings', 'DestinationRule/reviews',
  'VirtualService/details', 'VirtualService/productpage', 'VirtualService/ratings', 'VirtualService/reviews'];

describe('Bookinfo', () => {
  test('runs as samples/bookinfo/platform/kube/bookinfo.yaml: each app on port 9080, with its service account, reviews in three versions', () => {
    // GIVEN / WHEN
    const objects = taskObjects('bookinfo-destination-rules', '01-destination-rule-all');

    // THEN
    const services = objects.filter((object) => object.kind === 'Service');
    expect(services.map((service) => [service.metadata.name, service.metadata.labels, service.spec.ports])).toEqual(
      ['productpage', 'details', 'ratings', 'reviews'].map((app) => [app, { app, service: app }, [{ name: 'http', port: 9080, targetPort: 9080 }]]),
    );
    expect(objects.filter((object) => object.kind === 'ServiceAccount').map((account) => account.metadata.name))
      .toEqual(['bookinfo-productpage', 'bookinfo-details', 'bookinfo-ratings', 'bookinfo-reviews']);
    const reviews = podOf(objects, 'reviews-v2');
    expect(reviews.labels).toEqual({ app: 'reviews', version: 'v2' });
    expect(reviews.spec.serviceAccountName).toEqual('bookinfo-reviews');
    expect(reviews.container.image).toEqual('docker.io/istio/examples-bookinfo-reviews-v2:1.20.3');
    expect(reviews.container.env).toEqual([{ name: 'LOG_DIR', value: '/tmp/logs' }]);
    expect(reviews.container.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp', readOnly: false }, { name: 'wlp-output', mountPath: '/opt/ibm/wlp/output', readOnly: false }]);
    expect(reviews.spec.volumes).toEqual([{ name: 'tmp', emptyDir: {} }, { name: 'wlp-output', emptyDir: {} }]);
  });

  test('destination rules: destination-rule-all.yaml, without a traffic policy so that automatic mutual TLS applies', () => {
    // GIVEN / WHEN
    const objects = taskObjects('bookinfo-destination-rules', '01-destination-rule-all');

    // THEN
    expect(istioObjects(objects)).toEqual(BOOKINFO_OBJECTS.slice(0, 4));
    expectObjects(objects, DESTINATION_RULES);
  });

  test('request routing 01-all-v1: virtual-service-all-v1.yaml, every app on v1', () => {
    // GIVEN / WHEN
    const objects = taskObjects('request-routing', '01-all-v1');

    // THEN
    expect(istioObjects(objects)).toEqual(BOOKINFO_OBJECTS);
    expectObjects(objects, [...DESTINATION_RULES, ...ALL_V1]);
  });

  test('request routing 02-jason-v2: virtual-service-reviews-test-v2.yaml on top, jason\'s requests to reviews v2', () => {
    // GIVEN / WHEN
    const objects = taskObjects('request-routing', '02-jason-v2');

    // THEN
    expect(istioObjects(objects)).toEqual(BOOKINFO_OBJECTS);
    expectObjects(objects, [...DESTINATION_RULES, toV1('productpage'), toV1('ratings'), toV1('details'), REVIEWS_JASON_V2]);
  });

  test('fault injection 01-delay: virtual-service-ratings-test-delay.yaml on request routing\'s state, a 7s delay for jason', () => {
    // GIVEN / WHEN
    const objects = taskObjects('fault-injection', '01-delay');

    // THEN
    expect(istioObjects(objects)).toEqual(BOOKINFO_OBJECTS);
    expectObjects(objects, [...DESTINATION_RULES, toV1('productpage'), toV1('details'), REVIEWS_JASON_V2,
      ratingsForJason({ delay: { percentage: { value: 100 }, fixedDelay: '7s' } })]);
  });

  test('fault injection 02-abort: virtual-service-ratings-test-abort.yaml, jason\'s requests to ratings answered with HTTP 500', () => {
    // GIVEN / WHEN
    const objects = taskObjects('fault-injection', '02-abort');

    // THEN
    expect(istioObjects(objects)).toEqual(BOOKINFO_OBJECTS);
    expectObjects(objects, [...DESTINATION_RULES, toV1('productpage'), toV1('details'), REVIEWS_JASON_V2,
      ratingsForJason({ abort: { percentage: { value: 100 }, httpStatus: 500 } })]);
  });

  test('traffic shifting 01-all-v1: virtual-service-all-v1.yaml', () => {
    // GIVEN / WHEN
    const objects = taskObjects('traffic-shifting', '01-all-v1');

    // THEN
    expect(istioObjects(objects)).toEqual(BOOKINFO_OBJECTS);
    expectObjects(objects, [...DESTINATION_RULES, ...ALL_V1]);
  });

  test('traffic shifting 02-v1-v3-50: virtual-service-reviews-50-v3.yaml, half of the requests to reviews v3', () => {
    // GIVEN / WHEN
    const objects = taskObjects('traffic-shifting', '02-v1-v3-50');

    // THEN
    expect(istioObjects(objects)).toEqual(BOOKINFO_OBJECTS);
    expectObjects(objects, [...DESTINATION_RULES, toV1('productpage'), toV1('ratings'), toV1('details'), {
      kind: 'VirtualService',
      metadata: { name: 'reviews' },
      spec: {
        hosts: ['reviews'],
        http: [{ route: [{ destination: { host: 'reviews', subset: 'v1' }, weight: 50 }, { destination: { host: 'reviews', subset: 'v3' }, weight: 50 }] }],
      },
    }]);
  });

  test('traffic shifting 03-all-v3: virtual-service-reviews-v3.yaml, every request to reviews v3', () => {
    // GIVEN / WHEN
    const objects = taskObjects('traffic-shifting', '03-all-v3');

    // THEN
    expect(istioObjects(objects)).toEqual(BOOKINFO_OBJECTS);
    expectObjects(objects, [...DESTINATION_RULES, toV1('productpage'), toV1('ratings'), toV1('details'), reviewsTo('v3')]);
  });

  test('request timeouts 01-reviews-v2: every request to reviews v2, which calls ratings', () => {
    // GIVEN / WHEN
    const objects = taskObjects('request-timeouts', '01-reviews-v2');

    // THEN
    expect(istioObjects(objects)).toEqual(BOOKINFO_OBJECTS);
    expectObjects(objects, [...DESTINATION_RULES, toV1('productpage'), toV1('details'), toV1('ratings'), reviewsTo('v2')]);
  });

  test('request timeouts 02-ratings-delay: ratings delayed by 2s', () => {
    // GIVEN / WHEN
    const objects = taskObjects('request-timeouts', '02-ratings-delay');

    // THEN
    expect(istioObjects(objects)).toEqual(BOOKINFO_OBJECTS);
    expectObjects(objects, [...DESTINATION_RULES, toV1('productpage'), toV1('details'), reviewsTo('v2'), RATINGS_DELAYED]);
  });

  test('request timeouts 03-reviews-timeout: reviews v2 with a 0.5s timeout, ratings still delayed by 2s', () => {
    // GIVEN / WHEN
    const objects = taskObjects('request-timeouts', '03-reviews-timeout');

    // THEN
    expect(istioObjects(objects)).toEqual(BOOKINFO_OBJECTS);
    expectObjects(objects, [...DESTINATION_RULES, toV1('productpage'), toV1('details'), {
      kind: 'VirtualService',
      metadata: { name: 'reviews' },
      spec: { hosts: ['reviews'], http: [{ route: [{ destination: { host: 'reviews', subset: 'v2' } }], timeout: '0.5s' }] },
    }, RATINGS_DELAYED]);
  });

  test('sticky sessions: the DestinationRule reference\'s consistent hash by the `user` cookie, for reviews', () => {
    // GIVEN / WHEN
    const objects = taskObjects('sticky-sessions', '01-consistent-hash');

    // THEN
    expect(istioObjects(objects)).toEqual(['DestinationRule/reviews']);
    expectObjects(objects, [{
      kind: 'DestinationRule',
      metadata: { name: 'reviews' },
      spec: { host: 'reviews', trafficPolicy: { loadBalancer: { consistentHash: { httpCookie: { name: 'user', ttl: '0s' } } } } },
    }]);
  });

  test('delegate routes: the root VirtualService at the gateway delegates /reviews to a VirtualService without hosts', () => {
    // GIVEN / WHEN
    const objects = taskObjects('delegate-routes', '01-delegate');

    // THEN
    expect(istioObjects(objects)).toEqual(['DestinationRule/reviews', 'Gateway/bookinfo-gateway', 'VirtualService/bookinfo', 'VirtualService/reviews']);
    expectObjects(objects, [{
      kind: 'Gateway',
      metadata: { name: 'bookinfo-gateway' },
      spec: { selector: { istio: 'ingressgateway' }, servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['bookinfo.example.com'] }] },
    }, {
      kind: 'VirtualService',
      metadata: { name: 'bookinfo' },
      spec: {
        hosts: ['bookinfo.example.com'],
        gateways: ['bookinfo-gateway'],
        http: [
          { match: [{ uri: { prefix: '/reviews' } }], delegate: { name: 'reviews' } },
          { route: [{ destination: { host: 'productpage', port: { number: 9080 } } }] },
        ],
      },
    }, {
      kind: 'VirtualService',
      metadata: { name: 'reviews' },
      spec: {
        http: [
          { match: [{ uri: { prefix: '/reviews' }, headers: { 'end-user': { exact: 'jason' } } }], route: [{ destination: { host: 'reviews', port: { number: 9080 }, subset: 'v2' } }] },
          { route: [{ destination: { host: 'reviews', port: { number: 9080 }, subset: 'v1' } }] },
        ],
      },
    }]);
  });
});
