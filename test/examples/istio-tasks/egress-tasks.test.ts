import { ExpectedObject, expectObjects, istioObjects, podOf, taskObjects } from './support';

// The objects of Istio's egress tasks (istio.io content/en/docs/tasks/traffic-management/egress/), in
// networking.istio.io/v1 where the pages still write v1alpha3. Every ServiceEntry writes its location and resolution,
// which the pages leave to their defaults (MESH_EXTERNAL; DNS where they give one).

const EGRESS_GATEWAY = 'istio-egressgateway.istio-system.svc.cluster.local';

const CNN_GATEWAY = (portName: string): ExpectedObject => ({
  kind: 'Gateway',
  metadata: { name: 'istio-egressgateway' },
  spec: { selector: { istio: 'egressgateway' }, servers: [{ port: { number: 80, name: portName, protocol: 'HTTP' }, hosts: ['edition.cnn.com'] }] },
});

const CNN_GATEWAY_RULE: ExpectedObject = {
  kind: 'DestinationRule', metadata: { name: 'egressgateway-for-cnn' }, spec: { host: EGRESS_GATEWAY, subsets: [{ name: 'cnn' }] },
};

const CNN_THROUGH_GATEWAY = (hostPort: number): ExpectedObject => ({
  kind: 'VirtualService',
  metadata: { name: 'direct-cnn-through-egress-gateway' },
  spec: {
    hosts: ['edition.cnn.com'],
    gateways: ['istio-egressgateway', 'mesh'],
    http: [
      { match: [{ gateways: ['mesh'], port: 80 }], route: [{ destination: { host: EGRESS_GATEWAY, subset: 'cnn', port: { number: 80 } }, weight: 100 }] },
      { match: [{ gateways: ['istio-egressgateway'], port: 80 }], route: [{ destination: { host: 'edition.cnn.com', port: { number: hostPort } }, weight: 100 }] },
    ],
  },
});

const HTTPBIN_EXT: ExpectedObject = {
  kind: 'ServiceEntry',
  metadata: { name: 'httpbin-ext' },
  spec: { hosts: ['httpbin.org'], ports: [{ number: 80, name: 'http', protocol: 'HTTP' }], resolution: 'DNS', location: 'MESH_EXTERNAL' },
};

const GOOGLE: ExpectedObject = {
  kind: 'ServiceEntry',
  metadata: { name: 'google' },
  spec: { hosts: ['www.google.com'], ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }], resolution: 'DNS', location: 'MESH_EXTERNAL' },
};

/** The egress TLS origination task's ServiceEntry; its port 80 gets `targetPort: 443` once TLS is originated. */
const editionCnnCom = (http: Record<string, unknown>): ExpectedObject => ({
  kind: 'ServiceEntry',
  metadata: { name: 'edition-cnn-com' },
  spec: {
    hosts: ['edition.cnn.com'],
    ports: [{ number: 80, name: 'http-port', protocol: 'HTTP', ...http }, { number: 443, name: 'https-port', protocol: 'HTTPS' }],
    resolution: 'DNS',
    location: 'MESH_EXTERNAL',
  },
});

/** The egress gateway tasks' ServiceEntry of edition.cnn.com; the TLS origination task names its port 80 `http`. */
const CNN = (httpPortName: string): ExpectedObject => ({
  kind: 'ServiceEntry',
  metadata: { name: 'cnn' },
  spec: {
    hosts: ['edition.cnn.com'],
    ports: [{ number: 80, name: httpPortName, protocol: 'HTTP' }, { number: 443, name: 'https', protocol: 'HTTPS' }],
    resolution: 'DNS',
    location: 'MESH_EXTERNAL',
  },
});

/** The egress gateway task's HTTPS section: edition.cnn.com on port 443, TLS from the application. */
const CNN_TLS: ExpectedObject = {
  kind: 'ServiceEntry',
  metadata: { name: 'cnn' },
  spec: { hosts: ['edition.cnn.com'], ports: [{ number: 443, name: 'tls', protocol: 'TLS' }], resolution: 'DNS', location: 'MESH_EXTERNAL' },
};

const CNN_TLS_GATEWAY: ExpectedObject = {
  kind: 'Gateway',
  metadata: { name: 'istio-egressgateway' },
  spec: {
    selector: { istio: 'egressgateway' },
    servers: [{ port: { number: 443, name: 'tls', protocol: 'TLS' }, hosts: ['edition.cnn.com'], tls: { mode: 'PASSTHROUGH' } }],
  },
};

/** The NGINX server of the mutual TLS origination section, outside the mesh. */
const NGINX = 'my-nginx.mesh-external.svc.cluster.local';

const NGINX_GATEWAY: ExpectedObject = {
  kind: 'Gateway',
  metadata: { name: 'istio-egressgateway' },
  spec: {
    selector: { istio: 'egressgateway' },
    servers: [{ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: [NGINX], tls: { mode: 'ISTIO_MUTUAL' } }],
  },
};

const NGINX_GATEWAY_RULE: ExpectedObject = {
  kind: 'DestinationRule',
  metadata: { name: 'egressgateway-for-nginx' },
  spec: {
    host: EGRESS_GATEWAY,
    subsets: [{
      name: 'nginx',
      trafficPolicy: { loadBalancer: { simple: 'ROUND_ROBIN' }, portLevelSettings: [{ port: { number: 443 }, tls: { mode: 'ISTIO_MUTUAL', sni: NGINX } }] },
    }],
  },
};

describe('egress tasks', () => {
  test('run the curl client of samples/curl/curl.yaml: no version label, sleeping until told to call', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-control', '01-httpbin-ext');

    // THEN
    const pod = podOf(objects, 'curl');
    expect(pod.labels).toEqual({ app: 'curl' });
    expect(pod.spec.serviceAccountName).toEqual('curl');
    expect(pod.container.command).toEqual(['/bin/sleep', 'infinity']);
    expect(pod.spec.volumes).toEqual([{ name: 'secret-volume', secret: { secretName: 'curl-secret', optional: true } }]);
  });

  test('egress control 01-httpbin-ext: httpbin.org in the registry, over HTTP', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-control', '01-httpbin-ext');

    // THEN
    expect(istioObjects(objects)).toEqual(['ServiceEntry/httpbin-ext']);
    expectObjects(objects, [HTTPBIN_EXT]);
  });

  test('egress control 02-google: www.google.com beside it, over HTTPS', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-control', '02-google');

    // THEN
    expect(istioObjects(objects)).toEqual(['ServiceEntry/google', 'ServiceEntry/httpbin-ext']);
    expectObjects(objects, [HTTPBIN_EXT, GOOGLE]);
  });

  test('egress control 03-httpbin-ext-timeout: a 3s timeout on calls to httpbin.org', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-control', '03-httpbin-ext-timeout');

    // THEN
    expect(istioObjects(objects)).toEqual(['ServiceEntry/google', 'ServiceEntry/httpbin-ext', 'VirtualService/httpbin-ext']);
    expectObjects(objects, [HTTPBIN_EXT, GOOGLE, {
      kind: 'VirtualService',
      metadata: { name: 'httpbin-ext' },
      spec: { hosts: ['httpbin.org'], http: [{ timeout: '3s', route: [{ destination: { host: 'httpbin.org' }, weight: 100 }] }] },
    }]);
  });

  test('egress TLS origination 01-service-entry: edition.cnn.com in the registry on port 80 and 443', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-tls-origination', '01-service-entry');

    // THEN
    expect(istioObjects(objects)).toEqual(['ServiceEntry/edition-cnn-com']);
    expectObjects(objects, [editionCnnCom({})]);
  });

  test('egress TLS origination 02-tls-origination: port 80 of edition.cnn.com targets 443, where the sidecar opens SIMPLE TLS', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-tls-origination', '02-tls-origination');

    // THEN
    expect(istioObjects(objects)).toEqual(['DestinationRule/edition-cnn-com', 'ServiceEntry/edition-cnn-com']);
    expectObjects(objects, [editionCnnCom({ targetPort: 443 }), {
      kind: 'DestinationRule',
      metadata: { name: 'edition-cnn-com' },
      spec: { host: 'edition.cnn.com', trafficPolicy: { portLevelSettings: [{ port: { number: 80 }, tls: { mode: 'SIMPLE' } }] } },
    }]);
  });

  test('egress TLS origination 03-mtls-origination: curl\'s sidecar opens mutual TLS to the NGINX server with client-credential, referenced, never written', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-tls-origination', '03-mtls-origination');

    // THEN: the page cleans the edition.cnn.com example up first
    expect(istioObjects(objects)).toEqual(['DestinationRule/originate-mtls-for-nginx', 'ServiceEntry/originate-mtls-for-nginx']);
    expectObjects(objects, [{
      kind: 'ServiceEntry',
      metadata: { name: 'originate-mtls-for-nginx' },
      spec: {
        hosts: [NGINX],
        ports: [{ number: 80, name: 'http-port', protocol: 'HTTP', targetPort: 443 }, { number: 443, name: 'https-port', protocol: 'HTTPS' }],
        resolution: 'DNS',
        location: 'MESH_EXTERNAL',
      },
    }, {
      kind: 'DestinationRule',
      metadata: { name: 'originate-mtls-for-nginx' },
      spec: {
        workloadSelector: { matchLabels: { app: 'curl' } },
        host: NGINX,
        trafficPolicy: {
          loadBalancer: { simple: 'ROUND_ROBIN' },
          portLevelSettings: [{ port: { number: 80 }, tls: { mode: 'MUTUAL', credentialName: 'client-credential', sni: NGINX } }],
        },
      },
    }]);
    expect(objects.filter((object) => object.kind === 'Secret')).toEqual([]);
  });

  test('egress gateway 01-service-entry: edition.cnn.com in the registry, called straight from the sidecar', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-gateway', '01-service-entry');

    // THEN
    expect(istioObjects(objects)).toEqual(['ServiceEntry/cnn']);
    expectObjects(objects, [CNN('http-port')]);
  });

  test('egress gateway 02-egress-gateway: the egress Gateway and the DestinationRule of its subset, applied before the routes', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-gateway', '02-egress-gateway');

    // THEN
    expect(istioObjects(objects)).toEqual(['DestinationRule/egressgateway-for-cnn', 'Gateway/istio-egressgateway', 'ServiceEntry/cnn']);
    expectObjects(objects, [CNN('http-port'), CNN_GATEWAY('http'), CNN_GATEWAY_RULE]);
  });

  test('egress gateway 03-http-through-egress-gateway: HTTP to edition.cnn.com from the sidecars to the egress gateway, and from there to the host', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-gateway', '03-http-through-egress-gateway');

    // THEN
    expect(istioObjects(objects)).toEqual(['DestinationRule/egressgateway-for-cnn', 'Gateway/istio-egressgateway', 'ServiceEntry/cnn', 'VirtualService/direct-cnn-through-egress-gateway']);
    expectObjects(objects, [CNN('http-port'), CNN_GATEWAY('http'), CNN_GATEWAY_RULE, CNN_THROUGH_GATEWAY(80)]);
  });

  test('egress gateway 04-https-service-entry: after the HTTP example\'s cleanup, edition.cnn.com on port 443 over TLS the application opens', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-gateway', '04-https-service-entry');

    // THEN
    expect(istioObjects(objects)).toEqual(['ServiceEntry/cnn']);
    expectObjects(objects, [CNN_TLS]);
  });

  test('egress gateway 05-https-egress-gateway: the egress Gateway passing TLS through by SNI, and the DestinationRule of its subset', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-gateway', '05-https-egress-gateway');

    // THEN: the page applies these with the VirtualService in one step; the routes come one state later, so that the
    // subset they send requests to is defined first (make-before-break)
    expect(istioObjects(objects)).toEqual(['DestinationRule/egressgateway-for-cnn', 'Gateway/istio-egressgateway', 'ServiceEntry/cnn']);
    expectObjects(objects, [CNN_TLS, CNN_TLS_GATEWAY, CNN_GATEWAY_RULE]);
  });

  test('egress gateway 06-https-through-egress-gateway: TLS to edition.cnn.com from the sidecars to the egress gateway, and from there to the host, by SNI', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-gateway', '06-https-through-egress-gateway');

    // THEN
    expect(istioObjects(objects)).toEqual(['DestinationRule/egressgateway-for-cnn', 'Gateway/istio-egressgateway', 'ServiceEntry/cnn', 'VirtualService/direct-cnn-through-egress-gateway']);
    const sni = (gateway: string) => ({ gateways: [gateway], port: 443, sniHosts: ['edition.cnn.com'] });
    expectObjects(objects, [CNN_TLS, CNN_TLS_GATEWAY, CNN_GATEWAY_RULE, {
      kind: 'VirtualService',
      metadata: { name: 'direct-cnn-through-egress-gateway' },
      spec: {
        hosts: ['edition.cnn.com'],
        gateways: ['mesh', 'istio-egressgateway'],
        tls: [
          { match: [sni('mesh')], route: [{ destination: { host: EGRESS_GATEWAY, subset: 'cnn', port: { number: 443 } } }] },
          { match: [sni('istio-egressgateway')], route: [{ destination: { host: 'edition.cnn.com', port: { number: 443 } }, weight: 100 }] },
        ],
      },
    }]);
  });

  test('egress gateway TLS origination 01-service-entry: edition.cnn.com in the registry, called straight from the sidecar', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-gateway-tls-origination', '01-service-entry');

    // THEN
    expect(istioObjects(objects)).toEqual(['ServiceEntry/cnn']);
    expectObjects(objects, [CNN('http')]);
  });

  test('egress gateway TLS origination 02-egress-gateway: the egress Gateway\'s port for TLS origination and the DestinationRule of its subset', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-gateway-tls-origination', '02-egress-gateway');

    // THEN
    expect(istioObjects(objects)).toEqual(['DestinationRule/egressgateway-for-cnn', 'Gateway/istio-egressgateway', 'ServiceEntry/cnn']);
    expectObjects(objects, [CNN('http'), CNN_GATEWAY('http-port-for-tls-origination'), CNN_GATEWAY_RULE]);
  });

  test('egress gateway TLS origination 03-tls-origination: the egress gateway opens SIMPLE TLS to port 443 of edition.cnn.com', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-gateway-tls-origination', '03-tls-origination');

    // THEN
    expect(istioObjects(objects)).toEqual([
      'DestinationRule/egressgateway-for-cnn', 'DestinationRule/originate-tls-for-edition-cnn-com', 'Gateway/istio-egressgateway',
      'ServiceEntry/cnn', 'VirtualService/direct-cnn-through-egress-gateway',
    ]);
    expectObjects(objects, [CNN('http'), CNN_GATEWAY('http-port-for-tls-origination'), CNN_GATEWAY_RULE, CNN_THROUGH_GATEWAY(443), {
      kind: 'DestinationRule',
      metadata: { name: 'originate-tls-for-edition-cnn-com' },
      spec: {
        host: 'edition.cnn.com',
        trafficPolicy: { loadBalancer: { simple: 'ROUND_ROBIN' }, portLevelSettings: [{ port: { number: 443 }, tls: { mode: 'SIMPLE' } }] },
      },
    }]);
  });

  test('egress gateway TLS origination 04-mtls-egress-gateway: the egress Gateway for the NGINX server, reached with the mesh\'s mutual TLS', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-gateway-tls-origination', '04-mtls-egress-gateway');

    // THEN: the page cleans the edition.cnn.com example up first
    expect(istioObjects(objects)).toEqual(['DestinationRule/egressgateway-for-nginx', 'Gateway/istio-egressgateway']);
    expectObjects(objects, [NGINX_GATEWAY, NGINX_GATEWAY_RULE]);
  });

  test('egress gateway TLS origination 05-mtls-origination: the egress gateway opens mutual TLS with client-credential, which is referenced, never written', () => {
    // GIVEN / WHEN
    const objects = taskObjects('egress-gateway-tls-origination', '05-mtls-origination');

    // THEN
    expect(istioObjects(objects)).toEqual([
      'DestinationRule/egressgateway-for-nginx', 'DestinationRule/originate-mtls-for-nginx', 'Gateway/istio-egressgateway', 'VirtualService/direct-nginx-through-egress-gateway',
    ]);
    expectObjects(objects, [NGINX_GATEWAY, NGINX_GATEWAY_RULE, {
      kind: 'VirtualService',
      metadata: { name: 'direct-nginx-through-egress-gateway' },
      spec: {
        hosts: [NGINX],
        gateways: ['istio-egressgateway', 'mesh'],
        http: [
          { match: [{ gateways: ['mesh'], port: 80 }], route: [{ destination: { host: EGRESS_GATEWAY, subset: 'nginx', port: { number: 443 } }, weight: 100 }] },
          { match: [{ gateways: ['istio-egressgateway'], port: 443 }], route: [{ destination: { host: NGINX, port: { number: 443 } }, weight: 100 }] },
        ],
      },
    }, {
      kind: 'DestinationRule',
      metadata: { name: 'originate-mtls-for-nginx', namespace: 'istio-system' },
      spec: {
        host: NGINX,
        trafficPolicy: {
          loadBalancer: { simple: 'ROUND_ROBIN' },
          portLevelSettings: [{ port: { number: 443 }, tls: { mode: 'MUTUAL', credentialName: 'client-credential', sni: NGINX } }],
        },
      },
    }]);
    expect(objects.filter((object) => object.kind === 'Secret')).toEqual([]);
  });

  test('wildcard egress hosts 01-direct: *.wikipedia.org in the registry, without DNS resolution, called straight from the sidecar', () => {
    // GIVEN / WHEN
    const objects = taskObjects('wildcard-egress-hosts', '01-direct');

    // THEN
    expect(istioObjects(objects)).toEqual(['ServiceEntry/wikipedia']);
    expectObjects(objects, [{
      kind: 'ServiceEntry',
      metadata: { name: 'wikipedia' },
      spec: { hosts: ['*.wikipedia.org'], ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }], resolution: 'NONE', location: 'MESH_EXTERNAL' },
    }]);
  });

  test('wildcard egress hosts 02-through-egress-gateway: TLS to *.wikipedia.org through the egress gateway, passed through by SNI to www.wikipedia.org', () => {
    // GIVEN / WHEN
    const objects = taskObjects('wildcard-egress-hosts', '02-through-egress-gateway');

    // THEN
    expect(istioObjects(objects)).toEqual([
      'DestinationRule/egressgateway-for-wikipedia', 'Gateway/istio-egressgateway', 'ServiceEntry/www-wikipedia', 'VirtualService/direct-wikipedia-through-egress-gateway',
    ]);
    const sni = (gateway: string) => ({ gateways: [gateway], port: 443, sniHosts: ['*.wikipedia.org'] });
    expectObjects(objects, [{
      kind: 'Gateway',
      metadata: { name: 'istio-egressgateway' },
      spec: {
        selector: { istio: 'egressgateway' },
        servers: [{ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['*.wikipedia.org'], tls: { mode: 'PASSTHROUGH' } }],
      },
    }, {
      kind: 'DestinationRule',
      metadata: { name: 'egressgateway-for-wikipedia' },
      spec: { host: EGRESS_GATEWAY, subsets: [{ name: 'wikipedia' }] },
    }, {
      kind: 'VirtualService',
      metadata: { name: 'direct-wikipedia-through-egress-gateway' },
      spec: {
        hosts: ['*.wikipedia.org'],
        gateways: ['mesh', 'istio-egressgateway'],
        tls: [
          { match: [sni('mesh')], route: [{ destination: { host: EGRESS_GATEWAY, subset: 'wikipedia', port: { number: 443 } }, weight: 100 }] },
          { match: [sni('istio-egressgateway')], route: [{ destination: { host: 'www.wikipedia.org', port: { number: 443 } }, weight: 100 }] },
        ],
      },
    }, {
      kind: 'ServiceEntry',
      metadata: { name: 'www-wikipedia' },
      spec: { hosts: ['www.wikipedia.org'], ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }], resolution: 'DNS', location: 'MESH_EXTERNAL' },
    }]);
  });
});
