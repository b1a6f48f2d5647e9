import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { Access, Manifest, accessMatrix, allowedTargets, combineAccess } from '../../lib';

const DIST = path.resolve(__dirname, '..', '..', 'dist');
const GATEWAY = 'istio-ingressgateway-service-account';
const OUTSIDE = 'outside the mesh';

function walkthrough(phase: string): Manifest[] {
  return YAML.parseAllDocuments(fs.readFileSync(path.join(DIST, phase, 'walkthrough.k8s.yaml'), 'utf8')).map((document) => document.toJSON());
}

describe('accessMatrix of the walkthrough', () => {
  test('17-zero-trust: Hello Web may call Greeter on 3000, the gateway Hello Web and Movie Web, Movie Web only its API host; nothing else', () => {
    // WHEN
    const matrix = accessMatrix(walkthrough('17-zero-trust'));

    // THEN
    expect(matrix.enforced).toBe(true);
    expect(matrix.callers.map((caller) => `${caller.name} ${caller.principal ?? '-'}`)).toEqual([
      'greeter-service-v2 cluster.local/ns/default/sa/greeter-service',
      'helloweb cluster.local/ns/default/sa/helloweb',
      'movieweb cluster.local/ns/default/sa/movieweb',
      `${GATEWAY} cluster.local/ns/istio-system/sa/${GATEWAY}`,
      `${OUTSIDE} -`,
    ]);
    expect(matrix.services.map((service) => `${service.name}:${service.port} ${service.mtls}`)).toEqual([
      'greeter-service:3000 STRICT', 'helloweb:3000 STRICT', 'movieweb:3000 STRICT',
    ]);
    expect(matrix.cells.filter((cell) => cell.access !== Access.DENIED).map((cell) => `${cell.caller} -> ${cell.host}:${cell.port}`)).toEqual([
      'helloweb -> greeter-service.default.svc.cluster.local:3000',
      `${GATEWAY} -> helloweb.default.svc.cluster.local:3000`,
      `${GATEWAY} -> movieweb.default.svc.cluster.local:3000`,
    ]);
    expect(allowedTargets(matrix, 'movieweb')).toEqual([]);
    expect(matrix.egress.find((entry) => entry.caller === 'movieweb')).toEqual({ caller: 'movieweb', hosts: ['api.themoviedb.org'], anyHost: false });
  });

  test('17-zero-trust: every call the declarations and routes make is allowed', () => {
    // WHEN
    const { calls } = accessMatrix(walkthrough('17-zero-trust'));

    // THEN
    expect(calls.map((call) => `${call.caller} -> ${call.host}:${call.port} via ${call.via}: ${call.access}`)).toEqual([
      'helloweb -> greeter-service.default.svc.cluster.local:3000 via GREETER_SERVICE_URL: allowed',
      `${GATEWAY} -> helloweb.default.svc.cluster.local:3000 via gateway default/gateway: allowed`,
      `${GATEWAY} -> movieweb.default.svc.cluster.local:3000 via gateway default/gateway: allowed`,
    ]);
  });

  test('16-identities: the same calls, with the new identities, and nothing enforced yet', () => {
    // WHEN
    const matrix = accessMatrix(walkthrough('16-identities'));

    // THEN
    expect(matrix.enforced).toBe(false);
    expect(matrix.cells.filter((cell) => cell.access !== Access.ALLOWED)).toEqual([]);
    expect(matrix.calls.map((call) => call.caller)).toEqual(['helloweb', GATEWAY, GATEWAY]);
  });

  test('a call whose policies deny it is flagged with the workload and why', () => {
    // GIVEN
    const manifests = walkthrough('17-zero-trust').map((manifest) => (manifest.kind === 'AuthorizationPolicy' && manifest.metadata.name === 'greeter-service'
      ? { ...manifest, spec: { ...manifest.spec, rules: [{ from: [{ source: { principals: ['cluster.local/ns/default/sa/movieweb'] } }] }] } } : manifest));

    // WHEN
    const matrix = accessMatrix(manifests);

    // THEN
    expect(matrix.calls.filter((call) => call.access === Access.DENIED)).toEqual([{
      caller: 'helloweb', host: 'greeter-service.default.svc.cluster.local', port: 3000, via: 'GREETER_SERVICE_URL', access: Access.DENIED,
      deniedBy: ['greeter-service-v2: no ALLOW policy of greeter-service-v2 matches'],
    }]);
    expect(allowedTargets(matrix, 'movieweb')).toEqual(['greeter-service.default.svc.cluster.local:3000']);
  });
});

describe('combineAccess', () => {
  test.each([
    [[Access.ALLOWED, Access.ALLOWED], Access.ALLOWED],
    [[Access.DENIED, Access.DENIED], Access.DENIED],
    [[Access.ALLOWED, Access.DENIED], Access.PARTLY],
    [[Access.PARTLY], Access.PARTLY],
    [[], Access.DENIED],
  ])('of %j is %s', (values, expected) => {
    // THEN
    expect(combineAccess(values)).toEqual(expected);
  });
});
