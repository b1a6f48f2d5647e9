import { Chart, Size, Testing } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { CALLS_ANNOTATION, MeshService, VersionedWorkload, VersionedWorkloadProps } from '../../lib';
import { Manifest, analyzedChart, only, synth, synthErrorLines } from '../support/manifests';

const V1 = { name: 'v1', image: 'learnistio/greeter-service:1.0.0' };

function deploymentOf(scope: Construct, props: VersionedWorkloadProps): Manifest {
  new VersionedWorkload(scope, 'Workload', props);
  return only(synth(Chart.of(scope)), 'Deployment');
}

function containerOf(deployment: Manifest): any {
  expect(deployment.spec.template.spec.containers).toHaveLength(1);
  return deployment.spec.template.spec.containers[0];
}

describe('VersionedWorkload', () => {
  test('is a Deployment named <app>-<version> whose pods carry exactly the app and version labels', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const workload = new VersionedWorkload(chart, 'Workload', { app: 'greeter-service', version: V1 });

    // THEN
    const manifests = synth(chart);
    expect(manifests.map((manifest) => manifest.kind)).toEqual(['Deployment']);
    const deployment = manifests[0];
    expect(deployment.apiVersion).toEqual('apps/v1');
    expect(deployment.metadata.name).toEqual('greeter-service-v1');
    expect(deployment.metadata.labels).toEqual({ app: 'greeter-service', version: 'v1' });
    expect(deployment.spec.replicas).toEqual(2);
    expect(deployment.spec.selector).toEqual({ matchLabels: { app: 'greeter-service', version: 'v1' } });
    expect(deployment.spec.template.metadata).toEqual({ labels: { app: 'greeter-service', version: 'v1' } });
    expect(workload.podLabels).toEqual({ app: 'greeter-service', version: 'v1' });
    expect(workload.version).toBe(V1);
    expect(deployment).toMatchSnapshot();
  });

  test('leaves the construct-path label of cdk8s-plus out of the pod template, also under chart labels', () => {
    // GIVEN
    const chart = new Chart(Testing.app(), 'test', { labels: { 'app.kubernetes.io/part-of': 'walkthrough' } });

    // WHEN
    const deployment = deploymentOf(chart, { app: 'greeter-service', version: V1 });

    // THEN
    expect(deployment.spec.template.metadata.labels).not.toHaveProperty(['cdk8s.io/metadata.addr']);
    expect(deployment.spec.template.metadata.labels).toEqual({ app: 'greeter-service', version: 'v1' });
    expect(deployment.spec.selector.matchLabels).toEqual({ app: 'greeter-service', version: 'v1' });
    expect(deployment.metadata.labels).toEqual({ 'app.kubernetes.io/part-of': 'walkthrough', 'app': 'greeter-service', 'version': 'v1' });
  });

  test('runs one container with the defaults a small cluster and a root image need', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const deployment = deploymentOf(chart, { app: 'greeter-service', version: V1 });

    // THEN
    const container = containerOf(deployment);
    expect(container.name).toEqual('app');
    expect(container.image).toEqual('learnistio/greeter-service:1.0.0');
    expect(container.imagePullPolicy).toEqual('Always');
    expect(container.ports).toEqual([{ containerPort: 3000, name: 'http' }]);
    expect(container.startupProbe).toEqual({ failureThreshold: 3, tcpSocket: { port: 3000 } });
    expect(container.resources).toEqual({ requests: { cpu: '50m', memory: '64Mi' }, limits: { memory: '256Mi' } });
    expect(container.securityContext).toEqual({
      runAsNonRoot: false, readOnlyRootFilesystem: false, allowPrivilegeEscalation: false, privileged: false,
    });
    expect(container.env).toBeUndefined();
    expect(deployment.spec.template.spec.securityContext.runAsNonRoot).toEqual(false);
  });

  test('is in the workloads sync wave', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const deployment = deploymentOf(chart, { app: 'greeter-service', version: V1 });

    // THEN
    expect(deployment.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '0' });
  });

  test('takes the container port, name, pull policy, resources and security context from the options', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const deployment = deploymentOf(chart, {
      app: 'greeter-service',
      version: { ...V1, replicas: 3, deploymentName: 'greeter' },
      containerPort: 8080,
      containerName: 'svc',
      imagePullPolicy: plus.ImagePullPolicy.IF_NOT_PRESENT,
      resources: { cpu: { request: plus.Cpu.millis(100), limit: plus.Cpu.millis(500) }, memory: { limit: Size.mebibytes(128) } },
      securityContext: { ensureNonRoot: true, readOnlyRootFilesystem: true, user: 1000 },
    });

    // THEN
    expect(deployment.metadata.name).toEqual('greeter');
    expect(deployment.spec.replicas).toEqual(3);
    const container = containerOf(deployment);
    expect(container.name).toEqual('svc');
    expect(container.imagePullPolicy).toEqual('IfNotPresent');
    expect(container.ports).toEqual([{ containerPort: 8080, name: 'http' }]);
    expect(container.startupProbe.tcpSocket).toEqual({ port: 8080 });
    expect(container.resources).toEqual({ requests: { cpu: '100m' }, limits: { cpu: '500m', memory: '128Mi' } });
    expect(container.securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true, runAsUser: 1000 });
  });

  test('keeps a replica count of 0, to scale a version down without deleting it', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const deployment = deploymentOf(chart, { app: 'greeter-service', version: { ...V1, replicas: 0 } });

    // THEN
    expect(deployment.spec.replicas).toEqual(0);
  });

  test('sets plain env values, and reads secret env from a secretKeyRef without writing a Secret', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new VersionedWorkload(chart, 'Workload', {
      app: 'movieweb',
      version: {
        ...V1,
        env: { GREETER_SERVICE_URL: 'http://greeter-service.default.svc.cluster.local:3000' },
        secretEnv: { THEMOVIEDB_API_KEY: { secretName: 'movieweb-themoviedb', key: 'api-key' } },
      },
    });

    // THEN
    const manifests = synth(chart);
    expect(manifests.map((manifest) => manifest.kind)).toEqual(['Deployment']);
    expect(containerOf(manifests[0]).env).toEqual([
      { name: 'GREETER_SERVICE_URL', value: 'http://greeter-service.default.svc.cluster.local:3000' },
      { name: 'THEMOVIEDB_API_KEY', valueFrom: { secretKeyRef: { name: 'movieweb-themoviedb', key: 'api-key' } } },
    ]);
  });

  test('without a version name is a client no subset selects: pods carry app only, the Deployment is named after the app', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const workload = new VersionedWorkload(chart, 'Curl', {
      app: 'curl', version: { image: 'curlimages/curl:8.16.0', replicas: 1 }, command: ['/bin/sleep', 'infinity'], containerName: 'curl',
    });

    // THEN
    const deployment = only(synth(chart), 'Deployment');
    expect(workload.podLabels).toEqual({ app: 'curl' });
    expect(deployment.metadata.name).toEqual('curl');
    expect(deployment.spec.selector.matchLabels).toEqual({ app: 'curl' });
    expect(deployment.spec.template.metadata.labels).toEqual({ app: 'curl' });
    expect(containerOf(deployment).command).toEqual(['/bin/sleep', 'infinity']);
  });

  test('runs the container with args, several named ports and mounted Secrets, ConfigMaps and empty folders, none written', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new VersionedWorkload(chart, 'Nginx', {
      app: 'my-nginx',
      version: { name: 'v1', image: 'nginx:1.27' },
      args: ['-g', 'daemon off;'],
      containerPorts: [{ number: 443, name: 'https' }, { number: 8080 }],
      volumes: [
        { name: 'nginx-config', mountPath: '/etc/nginx', configMapName: 'nginx-configmap' },
        { name: 'nginx-server-certs', mountPath: '/etc/nginx-server-certs', secretName: 'nginx-server-certs', optional: true },
        { name: 'cache', mountPath: '/var/cache/nginx', emptyDir: true },
      ],
    });

    // THEN
    const manifests = synth(chart);
    expect(manifests.map((manifest) => manifest.kind)).toEqual(['Deployment']);
    const container = containerOf(manifests[0]);
    expect(container.args).toEqual(['-g', 'daemon off;']);
    expect(container.ports).toEqual([{ containerPort: 443, name: 'https' }, { containerPort: 8080, name: 'port-8080' }]);
    expect(container.startupProbe.tcpSocket.port).toEqual(443);
    expect(container.volumeMounts).toEqual([
      { mountPath: '/etc/nginx', name: 'nginx-config', readOnly: true },
      { mountPath: '/etc/nginx-server-certs', name: 'nginx-server-certs', readOnly: true },
      { mountPath: '/var/cache/nginx', name: 'cache', readOnly: false },
    ]);
    expect(manifests[0].spec.template.spec.volumes).toEqual([
      { name: 'nginx-config', configMap: { name: 'nginx-configmap' } },
      { name: 'nginx-server-certs', secret: { secretName: 'nginx-server-certs', optional: true } },
      { name: 'cache', emptyDir: {} },
    ]);
  });

  describe('reports bad input at synth', () => {
    const PORT_FIX = 'use a whole number from 1 to 65535';
    const NAME_FIX = 'use lower-case letters, digits, \'.\' and \'-\', at most 253 characters, starting with a letter or digit and ending with a letter or digit';
    const LABEL_FIX = 'use at most 63 letters, digits, \'-\', \'_\' and \'.\', starting and ending with a letter or digit, as a string';
    const notALabel = (value: string) => `"${value}" is not a label value. Fix: ${LABEL_FIX}`;

    test.each<[string, Partial<VersionedWorkloadProps>, string[]]>([
      ['an app name with an underscore, which the Deployment is named after by default', { app: 'Greeter_Service' }, [
        `[test/Workload] error name-invalid app, version.name: "Greeter_Service-v1" is not a valid name (DNS-1123 subdomain). Fix: ${NAME_FIX}`,
      ]],
      ['an app name over 63 characters, which no label value may be, in the labels of the Deployment and of its pods', { app: 'a'.repeat(64) }, [
        `[test/Workload] error label-value-invalid app: ${notALabel('a'.repeat(64))}`,
      ]],
      ['an upper-case version name, which the Deployment is named after by default', { version: { ...V1, name: 'V1' } }, [
        `[test/Workload] error name-invalid app, version.name: "greeter-service-V1" is not a valid name (DNS-1123 subdomain). Fix: ${NAME_FIX}`,
      ]],
      ['a version name over 63 characters, which no label value may be, in the labels of the Deployment and of its pods', { version: { ...V1, name: 'v'.repeat(64) } }, [
        `[test/Workload] error label-value-invalid version.name: ${notALabel('v'.repeat(64))}`,
      ]],
      ['a negative replica count', { version: { ...V1, replicas: -1 } }, [
        '[test/Workload] error replicas-invalid version.replicas: -1 is not a number of pods. Fix: use a whole number, 0 or more',
      ]],
      ['a fractional replica count', { version: { ...V1, replicas: 1.5 } }, [
        '[test/Workload] error replicas-invalid version.replicas: 1.5 is not a number of pods. Fix: use a whole number, 0 or more',
      ]],
      ['container port 0', { containerPort: 0 }, [
        `[test/Workload] error port-invalid containerPort: 0 is not a port number. Fix: ${PORT_FIX}`,
      ]],
      ['container port 70000', { containerPort: 70000 }, [
        `[test/Workload] error port-invalid containerPort: 70000 is not a port number. Fix: ${PORT_FIX}`,
      ]],
      ['container port 1.5', { containerPort: 1.5 }, [
        `[test/Workload] error port-invalid containerPort: 1.5 is not a port number. Fix: ${PORT_FIX}`,
      ]],
      ['a Deployment name the API server rejects', { version: { ...V1, deploymentName: 'Greeter_V1' } }, [
        `[test/Workload] error name-invalid version.deploymentName: "Greeter_V1" is not a valid name (DNS-1123 subdomain). Fix: ${NAME_FIX}`,
      ]],
    ])('%s, with the construct path, the code, the prop, the message and the fix', (_, defect, errors) => {
      // GIVEN
      const { chart, warnings } = analyzedChart();

      // WHEN
      new VersionedWorkload(chart, 'Workload', { app: 'greeter-service', version: V1, ...defect });

      // THEN
      expect(synthErrorLines(chart)).toEqual(errors);
      expect(warnings).toEqual([]);
    });
  });
});

describe('VersionedWorkload identity and calls', () => {
  test('runs as the namespace\'s default service account by default, and writes none', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new VersionedWorkload(chart, 'Workload', { app: 'greeter-service', version: V1 });

    // THEN
    const manifests = synth(chart);
    expect(only(manifests, 'Deployment').spec.template.spec.serviceAccountName).toBeUndefined();
    expect(manifests.filter((manifest) => manifest.kind === 'ServiceAccount')).toEqual([]);
  });

  test('with serviceAccountName, writes the ServiceAccount without a token, before the workloads, and names it in the pods', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    const workload = new VersionedWorkload(chart, 'Workload', { app: 'greeter-service', serviceAccountName: 'greeter-service', version: V1 });

    // THEN
    const manifests = synth(chart);
    expect(workload.serviceAccountName).toEqual('greeter-service');
    expect(only(manifests, 'ServiceAccount')).toMatchObject({
      metadata: { name: 'greeter-service', annotations: { 'argocd.argoproj.io/sync-wave': '-1' } }, automountServiceAccountToken: false,
    });
    expect(only(manifests, 'Deployment').spec.template.spec).toMatchObject({ serviceAccountName: 'greeter-service', automountServiceAccountToken: false });
  });

  test('a version\'s own service account wins; createServiceAccount false only names it', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    new VersionedWorkload(chart, 'Canary', { app: 'web', serviceAccountName: 'web', version: { name: 'v2', image: 'web:2', serviceAccountName: 'web-canary' } });
    new VersionedWorkload(chart, 'Stable', { app: 'web', serviceAccountName: 'web', createServiceAccount: false, version: { name: 'v1', image: 'web:1' } });

    // THEN
    const manifests = synth(chart);
    expect(manifests.filter((manifest) => manifest.kind === 'ServiceAccount').map((manifest) => manifest.metadata.name)).toEqual(['web-canary']);
    expect(manifests.filter((manifest) => manifest.kind === 'Deployment').map((manifest) => manifest.spec.template.spec.serviceAccountName)).toEqual(['web-canary', 'web']);
  });

  test('a call with env writes the Service\'s URL; other calls, and calls with methods or paths, go to the calls annotation', () => {
    // GIVEN
    const chart = Testing.chart();
    const greeter = new MeshService(chart, 'Greeter', { app: 'greeter-service' });
    new VersionedWorkload(chart, 'GreeterV1', { app: 'greeter-service', version: V1 });

    // WHEN
    const web = new VersionedWorkload(chart, 'Web', {
      app: 'web',
      calls: [{ service: greeter, env: 'GREETER_URL' }, { service: greeter, paths: ['/hello'] }, { host: 'api.example.com', port: 443, methods: ['GET'] }],
      version: { name: 'v1', image: 'web:1', env: { LOG_LEVEL: 'info' } },
    });

    // THEN
    const deployment = only(synth(chart), 'Deployment', 'web-v1');
    expect(web.calls).toHaveLength(3);
    expect(deployment.spec.template.spec.containers[0].env).toEqual([
      { name: 'LOG_LEVEL', value: 'info' }, { name: 'GREETER_URL', value: greeter.url },
    ]);
    expect(JSON.parse(deployment.metadata.annotations?.[CALLS_ANNOTATION] ?? '[]')).toEqual([
      { host: greeter.host, port: 3000, paths: ['/hello'] },
      { host: 'api.example.com', port: 443, methods: ['GET'] },
    ]);
  });

  test('a call with env only writes no annotation: the environment declares it', () => {
    // GIVEN
    const chart = Testing.chart();
    const greeter = new MeshService(chart, 'Greeter', { app: 'greeter-service' });
    new VersionedWorkload(chart, 'GreeterV1', { app: 'greeter-service', version: V1 });

    // WHEN
    new VersionedWorkload(chart, 'Web', { app: 'web', calls: [{ service: greeter, env: 'GREETER_URL' }], version: { name: 'v1', image: 'web:1' } });

    // THEN
    expect(only(synth(chart), 'Deployment', 'web-v1').metadata.annotations?.[CALLS_ANNOTATION]).toBeUndefined();
  });

  test('an invalid service account name fails the synth, naming serviceAccountName', () => {
    // GIVEN
    const { chart } = analyzedChart();
    new VersionedWorkload(chart, 'Workload', { app: 'web', serviceAccountName: 'Web_Account', version: { name: 'v1', image: 'web:1' } });

    // WHEN
    const lines = synthErrorLines(chart);

    // THEN
    expect(lines.filter((line) => line.includes('serviceAccountName'))).toHaveLength(1);
    expect(lines.find((line) => line.includes('serviceAccountName'))).toMatch(/^\[test\/Workload\] error name-invalid serviceAccountName: "Web_Account" is not a valid name/);
  });
});
