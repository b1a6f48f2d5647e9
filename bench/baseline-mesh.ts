import { ApiObject, Chart, JsonPatch, Size } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import * as istio from '../imports/networking.istio.io';
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
  for (const service of services) serviceObjects(chart, service);
}

function serviceObjects(chart: Chart, { app, stableImage, candidateImage }: MeshServiceSpec): void {
  const host = `${app}.default.svc.cluster.local`;
  const service = new plus.Service(chart, `${app}-service`, {
    metadata: { name: app, labels: { app } },
    ports: [{ port: SERVICE_PORT, targetPort: SERVICE_PORT, name: 'http' }],
  });
  service.selectLabel('app', app);
  ApiObject.of(service).metadata.addAnnotation(SYNC_WAVE, '0');
  deployment(chart, app, 'v1', stableImage);
  deployment(chart, app, 'v2', candidateImage);

  const rule = new istio.DestinationRule(chart, `${app}-rule`, {
    metadata: { name: app },
    spec: {
      host,
      subsets: ['v1', 'v2'].map((version) => ({ name: version, labels: { version } })),
      trafficPolicy: { tls: { mode: istio.DestinationRuleSpecTrafficPolicyTlsMode.ISTIO_UNDERSCORE_MUTUAL } },
    },
  });
  rule.metadata.addAnnotation(SYNC_WAVE, '1');

  const split = { v1: 100 - RENDERED_WEIGHT, v2: RENDERED_WEIGHT };
  const routes = new istio.VirtualService(chart, `${app}-routes`, {
    metadata: { name: app },
    spec: {
      hosts: [host],
      http: [{
        route: Object.entries(split).map(([subset, weight]) => ({
          destination: { host, port: { number: SERVICE_PORT }, subset },
          weight,
        })),
      }],
    },
  });
  routes.metadata.addAnnotation(SYNC_WAVE, '2');
}

function deployment(chart: Chart, app: string, version: string, image: string): void {
  const labels = { app, version };
  const workload = new plus.Deployment(chart, `${app}-${version}`, {
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
