import { Construct } from 'constructs';
import { ImagePullPolicy } from 'cdk8s-plus-27';
import { MeshService, ServiceProtocol, VersionedWorkload, WorkloadOptions } from '../../lib';

/** How Istio's samples run their containers: images with fixed tags, pulled when missing. */
const SAMPLE_OPTIONS: WorkloadOptions = { imagePullPolicy: ImagePullPolicy.IF_NOT_PRESENT };

const BOOKINFO_IMAGE = (name: string) => `docker.io/istio/examples-bookinfo-${name}:1.20.3`;

/** The Services of Bookinfo, by app. */
export interface Bookinfo {
  readonly productpage: MeshService;
  readonly details: MeshService;
  readonly ratings: MeshService;
  readonly reviews: MeshService;
}

/**
 * Bookinfo (samples/bookinfo/platform/kube/bookinfo.yaml): productpage, details, ratings and three versions of
 * reviews, each app on port 9080 with a service account of its own.
 */
export function bookinfo(scope: Construct): Bookinfo {
  const app = (name: string, versions: string[]): MeshService => {
    const service = new MeshService(scope, `${name}-service`, { app: name, port: 9080, labels: { service: name } });
    for (const version of versions) {
      new VersionedWorkload(scope, `${name}-${version}`, {
        ...SAMPLE_OPTIONS,
        app: name,
        containerName: name,
        containerPort: 9080,
        serviceAccountName: `bookinfo-${name}`,
        createServiceAccount: version === versions[0],
        version: { name: version, image: BOOKINFO_IMAGE(`${name}-${version}`), replicas: 1, env: name === 'reviews' ? { LOG_DIR: '/tmp/logs' } : undefined },
        volumes: name === 'reviews' ? [
          { name: 'tmp', mountPath: '/tmp', emptyDir: true },
          { name: 'wlp-output', mountPath: '/opt/ibm/wlp/output', emptyDir: true },
        ] : undefined,
      });
    }
    return service;
  };
  return {
    productpage: app('productpage', ['v1']),
    details: app('details', ['v1']),
    ratings: app('ratings', ['v1']),
    reviews: app('reviews', ['v1', 'v2', 'v3']),
  };
}

/** httpbin (samples/httpbin/httpbin.yaml) on port 8000 of its Service, 8080 of its pods; `versions` run side by side. */
export function httpbin(scope: Construct, versions: string[] = ['v1']): MeshService {
  const service = new MeshService(scope, 'httpbin-service', { app: 'httpbin', port: 8000, targetPort: 8080, labels: { service: 'httpbin' } });
  for (const version of versions) {
    new VersionedWorkload(scope, `httpbin-${version}`, {
      ...SAMPLE_OPTIONS,
      app: 'httpbin',
      containerName: 'httpbin',
      containerPort: 8080,
      serviceAccountName: 'httpbin',
      createServiceAccount: version === versions[0],
      version: { name: version, image: 'docker.io/mccutchen/go-httpbin:v2.15.0', replicas: 1, deploymentName: versions.length === 1 ? 'httpbin' : undefined },
    });
  }
  return service;
}

/** The curl client (samples/curl/curl.yaml): no version, as no subset selects it; it sleeps until told to call. */
export function curl(scope: Construct): MeshService {
  const service = new MeshService(scope, 'curl-service', { app: 'curl', port: 80, labels: { service: 'curl' } });
  new VersionedWorkload(scope, 'curl-client', {
    ...SAMPLE_OPTIONS,
    app: 'curl',
    containerName: 'curl',
    containerPort: 80,
    serviceAccountName: 'curl',
    command: ['/bin/sleep', 'infinity'],
    version: { image: 'docker.io/curlimages/curl:8.16.0', replicas: 1 },
    volumes: [{ name: 'secret-volume', mountPath: '/etc/curl/tls', secretName: 'curl-secret', optional: true }],
  });
  return service;
}

/** tcp-echo (samples/tcp-echo): v1 and v2 answer on ports 9000 and 9001, each with its own prefix. */
export function tcpEcho(scope: Construct): MeshService {
  const service = new MeshService(scope, 'tcp-echo-service', {
    app: 'tcp-echo',
    labels: { service: 'tcp-echo' },
    ports: [{ port: 9000, protocol: ServiceProtocol.TCP }, { port: 9001, name: 'tcp-other', protocol: ServiceProtocol.TCP }],
  });
  for (const [version, prefix] of [['v1', 'one'], ['v2', 'two']]) {
    new VersionedWorkload(scope, `tcp-echo-${version}`, {
      ...SAMPLE_OPTIONS,
      app: 'tcp-echo',
      containerName: 'tcp-echo',
      containerPorts: [{ number: 9000, name: 'tcp' }, { number: 9001, name: 'tcp-other' }],
      args: ['9000,9001,9002', prefix],
      version: { name: version, image: 'docker.io/istio/tcp-echo-server:1.3', replicas: 1 },
    });
  }
  return service;
}

/** helloworld (samples/helloworld): v1 and v2 on port 5000. */
export function helloworld(scope: Construct, versions: string[] = ['v1', 'v2']): MeshService {
  const service = new MeshService(scope, 'helloworld-service', { app: 'helloworld', port: 5000, labels: { service: 'helloworld' } });
  for (const version of versions) {
    new VersionedWorkload(scope, `helloworld-${version}`, {
      ...SAMPLE_OPTIONS,
      app: 'helloworld',
      containerName: 'helloworld',
      containerPort: 5000,
      version: { name: version, image: `docker.io/istio/examples-helloworld-${version}:1.0`, replicas: 1 },
    });
  }
  return service;
}

/** The fortio load generator (samples/httpbin/sample-client/fortio-deploy.yaml), a client without a version. */
export function fortio(scope: Construct): MeshService {
  const service = new MeshService(scope, 'fortio-service', { app: 'fortio', port: 8080, labels: { service: 'fortio' } });
  new VersionedWorkload(scope, 'fortio-client', {
    ...SAMPLE_OPTIONS,
    app: 'fortio',
    containerName: 'fortio',
    containerPort: 8080,
    version: { image: 'docker.io/fortio/fortio:1.69.5', replicas: 1, deploymentName: 'fortio-deploy' },
  });
  return service;
}

/**
 * An nginx server that terminates TLS itself with the certificate of the `nginx-server-certs` Secret, configured by
 * the `nginx-configmap` ConfigMap (both created with kubectl, as the task does).
 */
export function nginx(scope: Construct): MeshService {
  const service = new MeshService(scope, 'my-nginx-service', { app: 'my-nginx', port: 443, protocol: ServiceProtocol.HTTPS, labels: { run: 'my-nginx' } });
  new VersionedWorkload(scope, 'my-nginx-v1', {
    ...SAMPLE_OPTIONS,
    app: 'my-nginx',
    containerName: 'my-nginx',
    containerPorts: [{ number: 443, name: 'https' }],
    version: { name: 'v1', image: 'docker.io/library/nginx:1.27', replicas: 1, deploymentName: 'my-nginx' },
    volumes: [
      { name: 'nginx-config', mountPath: '/etc/nginx', configMapName: 'nginx-configmap' },
      { name: 'nginx-server-certs', mountPath: '/etc/nginx-server-certs', secretName: 'nginx-server-certs' },
    ],
  });
  return service;
}
