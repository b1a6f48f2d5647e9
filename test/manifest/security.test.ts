import { CALLS_ANNOTATION, Manifest, callsAnnotationProblem, callsOf, hostInValue, parsePrincipal, principalOf, serviceAccountOf } from '../../lib';

function workload(env: Array<{ name: string; value: string }>, annotation?: string, serviceAccountName?: string): Manifest {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop', ...(annotation === undefined ? {} : { annotations: { [CALLS_ANNOTATION]: annotation } }) },
    spec: { template: { metadata: { labels: { app: 'web' } }, spec: { serviceAccountName, containers: [{ name: 'app', env }] } } },
  };
}

describe('the security read model', () => {
  test('principals name a namespace and a service account in a trust domain', () => {
    // THEN
    expect(principalOf('shop', 'web')).toEqual('cluster.local/ns/shop/sa/web');
    expect(principalOf('shop', 'web', 'example.org')).toEqual('example.org/ns/shop/sa/web');
    expect(parsePrincipal('example.org/ns/shop/sa/web')).toEqual({ namespace: 'shop', serviceAccount: 'web' });
    expect(parsePrincipal('shop/web')).toBeUndefined();
  });

  test('pods run as their serviceAccountName, or as default', () => {
    // THEN
    expect(serviceAccountOf(workload([], undefined, 'web'))).toEqual('web');
    expect(serviceAccountOf(workload([]))).toEqual('default');
  });

  test.each([
    ['http://greeter.default.svc.cluster.local:3000/hello', { host: 'greeter.default.svc.cluster.local', port: 3000 }],
    ['https://api.example.com/v1', { host: 'api.example.com', port: 443 }],
    ['redis:6379', { host: 'redis', port: 6379 }],
    ['not a host', undefined],
  ])('%s names %j', (value, expected) => {
    // THEN
    expect(hostInValue(value)).toEqual(expected);
  });

  test('calls come from environment URLs and the annotation, which replaces a URL of the same host and port', () => {
    // GIVEN
    const manifest = workload(
      [{ name: 'CART_URL', value: 'http://cart:8080' }, { name: 'USERS_URL', value: 'http://users.shop:8080' }],
      JSON.stringify([{ host: 'cart', port: 8080, methods: ['GET'] }, { host: 'api.example.com', port: 443 }]),
    );

    // WHEN
    const calls = callsOf(manifest);

    // THEN
    expect(calls.map(({ host, port, methods, via }) => ({ host, port, methods, via }))).toEqual([
      { host: 'users.shop.svc.cluster.local', port: 8080, methods: undefined, via: 'USERS_URL' },
      { host: 'cart.shop.svc.cluster.local', port: 8080, methods: ['GET'], via: 'calls' },
      { host: 'api.example.com', port: 443, methods: undefined, via: 'calls' },
    ]);
  });

  test.each([
    ['{"host"', /^is not JSON/],
    ['{"host": "cart"}', /^is not a JSON array$/],
    ['[{"port": 80}]', /^item 0 has no string host/],
  ])('the calls annotation %s is reported', (annotation, problem) => {
    // THEN
    expect(callsAnnotationProblem(workload([], annotation))).toMatch(problem);
    expect(callsOf(workload([], annotation))).toEqual([]);
  });
});
