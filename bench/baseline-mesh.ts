import { ApiObject, Chart, JsonPatch, Size } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import * as istio from '../imports/networking.istio.io.cjs';
import { GATEWAY_HOST, MeshServiceSpec, RENDERED_WEIGHT, SERVICE_PORT } from './mesh-spec';

const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';

/** The mesh written by hand with cdk8s-plus and the generated Istio classes: the same objects as the library's. */
export function baselineMesh(chart: Chart, services: MeshServiceSpec[]): void {
  const gateway = new istio.Gateway(chart, 'Gateway', {
    metadata: { name: 'gateway' },
    spec: {
      selector: { istio: 'ingressgateway' },
      servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: [GATEWAY_HOST] }],
    },
  });
  gateway.metadata.addAnnotation(SYNC_WAVE, '1');
  for (const service of services) serviceObjects(chart, service, { namespace: 'default', weight: RENDERED_WEIGHT, idPrefix: `${service.app}-` });
}

/** Where a service's baseline objects go: their namespace, the candidate's weight, and the prefix of their construct ids. */
export interface BaselinePlacement {
  readonly namespace: string;
  readonly weight: number;
  /** Prepended to the ids, for a chart that holds many services. */
  readonly idPrefix: string;
}

/** A service's objects as the library writes them: its Service, a Deployment per version, its subsets and its split. */
export function serviceObjects(chart: Chart, { app, stableImage, candidateImage }: MeshServiceSpec, { namespace, weight, idPrefix }: BaselinePlacement): void {
  const host = `${app}.${namespace}.svc.cluster.local`;
  const service = new plus.Service(chart, `${idPrefix}service`, {
    metadata: { name: app, labels: { app } },
    ports: [{ port: SERVICE_PORT, targetPort: SERVICE_PORT, name: 'http' }],
  });
  service.selectLabel('app', app);
  ApiObject.of(service).metadata.addAnnotation(SYNC_WAVE, '0');
  deployment(chart, app, 'v1', stableImage, idPrefix);
  deployment(chart, app, 'v2', candidateImage, idPrefix);

  const rule = new istio.DestinationRule(chart, `${idPrefix}rule`, {
    metadata: { name: app },
    spec: {
      host,
      subsets: ['v1', 'v2'].map((version) => ({ name: version, labels: { version } })),
      trafficPolicy: { tls: { mode: istio.DestinationRuleSpecTrafficPolicyTlsMode.ISTIO_UNDERSCORE_MUTUAL } },
    },
  });
  rule.metadata.addAnnotation(SYNC_WAVE, '1');

  const split = { v1: 100 - weight, v2: weight };
  const routes = new istio.VirtualService(chart, `${idPrefix}routes`, {
    metadata: { name: app },
    spec: {
      hosts: [host],
      http: [{
        route: Object.entries(split).map(([subset, share]) => ({
          destination: { host, port: { number: SERVICE_PORT }, subset },
          weight: share,
        })),
      }],
    },
  });
  routes.metadata.addAnnotation(SYNC_WAVE, '2');
}

function deployment(chart: Chart, app: string, version: string, image: string, idPrefix: string): void {
  const labels = { app, version };
  const workload = new plus.Deployment(chart, `${idPrefix}${version}`, {
    metadata: { name: `${app}-${version}`, labels },
    replicas: 2,
    select: false,
    podMetadata: { labels },
    securityContext: { ensureNonRoot: false },
    containers: [{
      name: 'app',
      image,
      imagePullPolicy: plus.ImagePullPolicy.ALWAYS,
      ports: [{ number: SERVICE_PORT, name: 'http' }],
      startup: plus.Probe.fromTcpSocket({ port: SERVICE_PORT }),
      resources: {
        cpu: { request: plus.Cpu.millis(50) },
        memory: { request: Size.mebibytes(64), limit: Size.mebibytes(256) },
      },
      securityContext: { ensureNonRoot: false, readOnlyRootFilesystem: false, allowPrivilegeEscalation: false, privileged: false },
    }],
  });
  workload.select(plus.LabelSelector.of({ labels }));
  const resource = ApiObject.of(workload);
  // The library drops the address label cdk8s-plus puts on pods, so the same objects do without it.
  resource.addJsonPatch(JsonPatch.remove('/spec/template/metadata/labels/cdk8s.io~1metadata.addr'));
  resource.metadata.addAnnotation(SYNC_WAVE, '0');
}
