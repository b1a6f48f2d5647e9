import { ExpectedObject, expectObjects, istioObjects, objectOf, podOf, taskObjects } from './support';

// The objects of Istio's ingress tasks and of TCP traffic shifting (istio.io content/en/docs/tasks/traffic-management/
// ingress/ and tcp-traffic-shifting/, samples/httpbin and samples/tcp-echo of istio/istio), in networking.istio.io/v1.

const HTTPBIN_ROUTE = {
  match: [{ uri: { prefix: '/status' } }, { uri: { prefix: '/delay' } }],
  route: [{ destination: { port: { number: 8000 }, host: 'httpbin' } }],
};

const HTTPBIN_AT_MYGATEWAY: ExpectedObject = {
  kind: 'VirtualService', metadata: { name: 'httpbin' }, spec: { hosts: ['httpbin.example.com'], gateways: ['mygateway'], http: [HTTPBIN_ROUTE] },
};

/** The secure ingress task's Gateway, on the default ingress gateway. */
const mygateway = (...servers: Record<string, unknown>[]): ExpectedObject => ({
  kind: 'Gateway', metadata: { name: 'mygateway' }, spec: { selector: { istio: 'ingressgateway' }, servers },
});

/** The secure ingress task's server for httpbin.example.com on port 443, with httpbin-credential. */
const httpbinServer = (name: string, mode: string) => ({
  port: { number: 443, name, protocol: 'HTTPS' }, tls: { mode, credentialName: 'httpbin-credential' }, hosts: ['httpbin.example.com'],
});

const TCP_ECHO_GATEWAY: ExpectedObject = {
  kind: 'Gateway',
  metadata: { name: 'tcp-echo-gateway' },
  spec: { selector: { istio: 'ingressgateway' }, servers: [{ port: { number: 31400, name: 'tcp', protocol: 'TCP' }, hosts: ['*'] }] },
};

const TCP_ECHO_SUBSETS: ExpectedObject = {
  kind: 'DestinationRule',
  metadata: { name: 'tcp-echo-destination' },
  spec: { host: 'tcp-echo', subsets: [{ name: 'v1', labels: { version: 'v1' } }, { name: 'v2', labels: { version: 'v2' } }] },
};

const tcpEchoRoutes = (...route: Record<string, unknown>[]): ExpectedObject => ({
  kind: 'VirtualService',
  metadata: { name: 'tcp-echo' },
  spec: { hosts: ['*'], gateways: ['tcp-echo-gateway'], tcp: [{ match: [{ port: 31400 }], route }] },
});

describe('ingress tasks', () => {
  test('httpbin runs as samples/httpbin/httpbin.yaml: port 8000 to the pods\' 8080, service account httpbin, version v1', () => {
    // GIVEN / WHEN
    const objects = taskObjects('ingress-control', '01-httpbin-gateway');

    // THEN
    const service = objectOf(objects, 'Service', 'httpbin');
    expect(service.metadata.labels).toEqual({ app: 'httpbin', service: 'httpbin' });
    expect(service.spec.ports).toEqual([{ name: 'http', port: 8000, targetPort: 8080 }]);
    expect(objectOf(objects, 'ServiceAccount', 'httpbin').automountServiceAccountToken).toEqual(false);
    const pod = podOf(objects, 'httpbin');
    expect(pod.labels).toEqual({ app: 'httpbin', version: 'v1' });
    expect(pod.spec.serviceAccountName).toEqual('httpbin');
    expect(pod.container.image).toEqual('docker.io/mccutchen/go-httpbin:v2.15.0');
    expect(pod.container.ports).toEqual([{ containerPort: 8080, name: 'http' }]);
  });

  test('ingress control 01-httpbin-gateway: httpbin-gateway on port 80 for httpbin.example.com, /status and /delay routed to httpbin', () => {
    // GIVEN / WHEN
    const objects = taskObjects('ingress-control', '01-httpbin-gateway');

    // THEN
    expect(istioObjects(objects)).toEqual(['Gateway/httpbin-gateway', 'VirtualService/httpbin']);
    expectObjects(objects, [{
      kind: 'Gateway',
      metadata: { name: 'httpbin-gateway' },
      spec: { selector: { istio: 'ingressgateway' }, servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['httpbin.example.com'] }] },
    }, {
      kind: 'VirtualService',
      metadata: { name: 'httpbin' },
      spec: { hosts: ['httpbin.example.com'], gateways: ['httpbin-gateway'], http: [HTTPBIN_ROUTE] },
    }]);
  });

  test('ingress control 02-any-host: for a browser, httpbin-gateway for any host, /headers routed to httpbin', () => {
    // GIVEN / WHEN
    const objects = taskObjects('ingress-control', '02-any-host');

    // THEN
    expect(istioObjects(objects)).toEqual(['Gateway/httpbin-gateway', 'VirtualService/httpbin']);
    expectObjects(objects, [{
      kind: 'Gateway',
      metadata: { name: 'httpbin-gateway' },
      spec: { selector: { istio: 'ingressgateway' }, servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }] },
    }, {
      kind: 'VirtualService',
      metadata: { name: 'httpbin' },
      spec: {
        hosts: ['*'],
        gateways: ['httpbin-gateway'],
        http: [{ match: [{ uri: { prefix: '/headers' } }], route: [{ destination: { port: { number: 8000 }, host: 'httpbin' } }] }],
      },
    }]);
  });

  test('secure ingress 01-single-host: httpbin.example.com with SIMPLE TLS and httpbin-credential', () => {
    // GIVEN / WHEN
    const objects = taskObjects('secure-ingress', '01-single-host');

    // THEN
    expect(istioObjects(objects)).toEqual(['Gateway/mygateway', 'VirtualService/httpbin']);
    expectObjects(objects, [mygateway(httpbinServer('https', 'SIMPLE')), HTTPBIN_AT_MYGATEWAY]);
    expect(objects.filter((object) => object.kind === 'Secret')).toEqual([]);
  });

  test('secure ingress 02-multiple-hosts: httpbin.example.com and helloworld.example.com with SIMPLE TLS, each with its own credential, on one port', () => {
    // GIVEN / WHEN
    const objects = taskObjects('secure-ingress', '02-multiple-hosts');

    // THEN
    expect(istioObjects(objects)).toEqual(['Gateway/mygateway', 'VirtualService/helloworld', 'VirtualService/httpbin']);
    expectObjects(objects, [mygateway(
      httpbinServer('https-httpbin', 'SIMPLE'),
      { port: { number: 443, name: 'https-helloworld', protocol: 'HTTPS' }, tls: { mode: 'SIMPLE', credentialName: 'helloworld-credential' }, hosts: ['helloworld.example.com'] },
    ), HTTPBIN_AT_MYGATEWAY, {
      kind: 'VirtualService',
      metadata: { name: 'helloworld' },
      spec: {
        hosts: ['helloworld.example.com'],
        gateways: ['mygateway'],
        http: [{ match: [{ uri: { exact: '/hello' } }], route: [{ destination: { host: 'helloworld', port: { number: 5000 } } }] }],
      },
    }]);
    expect(objects.filter((object) => object.kind === 'Secret')).toEqual([]);
  });

  test('secure ingress 03-mutual: httpbin.example.com alone, with client certificates (MUTUAL)', () => {
    // GIVEN / WHEN
    const objects = taskObjects('secure-ingress', '03-mutual');

    // THEN: the page's Gateway has httpbin's server only. The page leaves helloworld and its VirtualService applied,
    // bound to a gateway that no longer serves its host; the state leaves them out, as the page's cleanup does.
    expect(istioObjects(objects)).toEqual(['Gateway/mygateway', 'VirtualService/httpbin']);
    expectObjects(objects, [mygateway(httpbinServer('https', 'MUTUAL')), HTTPBIN_AT_MYGATEWAY]);
    expect(objects.filter((object) => object.kind === 'Secret' || object.metadata.name === 'helloworld')).toEqual([]);
  });

  test('ingress gateway without TLS termination: PASSTHROUGH for nginx.example.com, routed by SNI to nginx, which terminates TLS', () => {
    // GIVEN / WHEN
    const objects = taskObjects('ingress-sni-passthrough', '01-passthrough');

    // THEN
    expect(istioObjects(objects)).toEqual(['Gateway/mygateway', 'VirtualService/nginx']);
    expectObjects(objects, [{
      kind: 'Gateway',
      metadata: { name: 'mygateway' },
      spec: {
        selector: { istio: 'ingressgateway' },
        servers: [{ port: { number: 443, name: 'https', protocol: 'HTTPS' }, tls: { mode: 'PASSTHROUGH' }, hosts: ['nginx.example.com'] }],
      },
    }, {
      kind: 'VirtualService',
      metadata: { name: 'nginx' },
      spec: {
        hosts: ['nginx.example.com'],
        gateways: ['mygateway'],
        tls: [{ match: [{ port: 443, sniHosts: ['nginx.example.com'] }], route: [{ destination: { host: 'my-nginx', port: { number: 443 } } }] }],
      },
    }]);
    // The task's my-nginx, with its port named for Istio (https: TLS the application terminates) and the app label.
    expect(objectOf(objects, 'Service', 'my-nginx').spec.ports).toEqual([{ name: 'https', port: 443, targetPort: 443 }]);
    const pod = podOf(objects, 'my-nginx');
    expect(pod.container.volumeMounts).toEqual([
      { name: 'nginx-config', mountPath: '/etc/nginx', readOnly: true },
      { name: 'nginx-server-certs', mountPath: '/etc/nginx-server-certs', readOnly: true },
    ]);
    expect(pod.spec.volumes).toEqual([
      { name: 'nginx-config', configMap: { name: 'nginx-configmap' } },
      { name: 'nginx-server-certs', secret: { secretName: 'nginx-server-certs' } },
    ]);
  });

  test('TCP traffic shifting 01-all-v1: tcp-echo-all-v1.yaml, the TCP connections to port 31400 to tcp-echo v1', () => {
    // GIVEN / WHEN
    const objects = taskObjects('tcp-traffic-shifting', '01-all-v1');

    // THEN
    expect(istioObjects(objects)).toEqual(['DestinationRule/tcp-echo-destination', 'Gateway/tcp-echo-gateway', 'VirtualService/tcp-echo']);
    expectObjects(objects, [TCP_ECHO_GATEWAY, TCP_ECHO_SUBSETS, tcpEchoRoutes({ destination: { host: 'tcp-echo', port: { number: 9000 }, subset: 'v1' } })]);
  });

  test('TCP traffic shifting 02-v1-v2-80-20: tcp-echo-20-v2.yaml\'s 80/20 TCP route', () => {
    // GIVEN / WHEN
    const objects = taskObjects('tcp-traffic-shifting', '02-v1-v2-80-20');

    // THEN
    expect(istioObjects(objects)).toEqual(['DestinationRule/tcp-echo-destination', 'Gateway/tcp-echo-gateway', 'VirtualService/tcp-echo']);
    const subset = (name: string, weight: number) => ({ destination: { host: 'tcp-echo', port: { number: 9000 }, subset: name }, weight });
    expectObjects(objects, [TCP_ECHO_GATEWAY, TCP_ECHO_SUBSETS, tcpEchoRoutes(subset('v1', 80), subset('v2', 20))]);
    // samples/tcp-echo/tcp-echo-services.yaml: two TCP ports; each version prefixes its answers with its own word.
    expect(objectOf(objects, 'Service', 'tcp-echo').spec.ports).toEqual([
      { name: 'tcp', port: 9000, targetPort: 9000 }, { name: 'tcp-other', port: 9001, targetPort: 9001 },
    ]);
    expect(podOf(objects, 'tcp-echo-v2').container.args).toEqual(['9000,9001,9002', 'two']);
    expect(podOf(objects, 'tcp-echo-v2').container.ports).toEqual([{ containerPort: 9000, name: 'tcp' }, { containerPort: 9001, name: 'tcp-other' }]);
  });
});
