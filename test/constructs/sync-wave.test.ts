import { ApiObject, Testing } from 'cdk8s';
import { Chart } from 'cdk8s';
import { Gateway, RolloutPlan, ServiceEntry, SyncWave, VersionedService, _setSyncWave, disableSyncWaves } from '../../lib';
import { synth } from '../support/manifests';

const WAVE = 'argocd.argoproj.io/sync-wave';

describe('SyncWave', () => {
  test('orders workloads, then what routes refer to, then routes', () => {
    // GIVEN / WHEN
    const waves = [SyncWave.WORKLOADS, SyncWave.ROUTE_TARGETS, SyncWave.ROUTES];

    // THEN
    expect(waves).toEqual([0, 1, 2]);
  });

  test('_setSyncWave writes the wave as the Argo CD annotation, a string', () => {
    // GIVEN
    const chart = Testing.chart();
    const object = new ApiObject(chart, 'Object', { apiVersion: 'v1', kind: 'ConfigMap' });

    // WHEN
    _setSyncWave(object, SyncWave.ROUTE_TARGETS);

    // THEN
    expect(synth(chart)[0].metadata.annotations).toEqual({ [WAVE]: '1' });
  });

  test('every construct puts its object in the wave of its kind', () => {
    // GIVEN
    const chart = Testing.chart();
    const plan = new RolloutPlan({ stable: { name: 'v1', image: 'greeter:1' }, candidate: { name: 'v2', image: 'greeter:2' } });

    // WHEN
    new VersionedService(chart, 'Greeter', { app: 'greeter', plan, phase: 'canary-10' });
    new Gateway(chart, 'Gateway', { name: 'gateway', servers: [{ port: 80, hosts: ['helloweb.dev'] }] });
    new ServiceEntry(chart, 'Api', { name: 'api', hosts: ['api.example.com'], ports: [{ number: 443, protocol: 'HTTPS' }] });

    // THEN
    const waves = synth(chart).map((manifest) => [manifest.kind, manifest.metadata.annotations?.[WAVE]]);
    expect(Object.fromEntries(waves)).toEqual({
      Service: '0',
      Deployment: '0',
      DestinationRule: '1',
      Gateway: '1',
      ServiceEntry: '1',
      VirtualService: '2',
    });
    expect(waves.filter(([kind]) => kind === 'Deployment')).toEqual([['Deployment', '0'], ['Deployment', '0']]);
  });

  test('disableSyncWaves leaves the annotation off every object of the scope, and only of that scope', () => {
    // GIVEN
    const app = Testing.app();
    const plain = new Chart(app, 'plain');
    const argo = new Chart(app, 'argo');
    const plan = new RolloutPlan({ stable: { name: 'v1', image: 'greeter:1' }, candidate: { name: 'v2', image: 'greeter:2' } });

    // WHEN
    disableSyncWaves(plain);
    new VersionedService(plain, 'Greeter', { app: 'greeter', plan, phase: 'canary-10' });
    new ServiceEntry(argo, 'Api', { name: 'api', hosts: ['api.example.com'], ports: [{ number: 443, protocol: 'HTTPS' }] });

    // THEN
    const plainObjects = synth(plain);
    expect(plainObjects.map((manifest) => manifest.kind)).toEqual(['Service', 'Deployment', 'Deployment', 'DestinationRule', 'VirtualService']);
    expect(plainObjects.filter((manifest) => manifest.metadata.annotations?.[WAVE] !== undefined)).toEqual([]);
    expect(synth(argo)[0].metadata.annotations).toEqual({ [WAVE]: '1' });
  });
});
