import { itemsOf, namespaceOf } from '../../manifest/manifest';
import { FindingsOf } from '../findings-of';
import { ISTIO_PROTOCOLS } from './gateway-rules';
import { hostProblem, isDnsLabel, isIpAddress, isPartialWildcard } from './hosts';
import { checkPort } from './value-rules';

const UNIX_PREFIX = 'unix://';
const LOOPBACK_OR_ANY = new Set(['127.0.0.1', '0.0.0.0', '[::1]', '[::]']);
const TLS_PROTOCOLS = new Set(['HTTPS', 'TLS']);
const UNSUPPORTED_INGRESS_TLS = ['subjectAltNames', 'httpsRedirect', 'credentialName', 'credentialNames', 'tlsCertificates'];

/** Checks of one Sidecar. */
export function checkSidecar(f: FindingsOf): void {
  const spec = f.manifest.spec ?? {};
  if (spec.egress === undefined && spec.ingress === undefined && spec.outboundTrafficPolicy === undefined && spec.inboundConnectionPool === undefined) {
    f.error('sidecar-listener-invalid', 'spec', 'the Sidecar configures nothing', 'give egress, ingress or outboundTrafficPolicy');
  }
  checkIngress(f, itemsOf<any>(spec.ingress));
  checkEgress(f, itemsOf<any>(spec.egress));
  const policy = spec.outboundTrafficPolicy;
  if (policy !== null && typeof policy === 'object') {
    if (policy.mode === 'ALLOW_ANY_DYNAMIC_DNS') f.error('sidecar-outbound-invalid', 'spec.outboundTrafficPolicy.mode', 'ALLOW_ANY_DYNAMIC_DNS is set in the mesh config only, not in a Sidecar', 'use ALLOW_ANY or REGISTRY_ONLY');
    if (policy.egressProxy !== undefined && policy.mode !== 'ALLOW_ANY') f.error('sidecar-outbound-invalid', 'spec.outboundTrafficPolicy.egressProxy', 'an egress proxy takes the traffic that ALLOW_ANY lets out, and the mode is not ALLOW_ANY', 'set mode: ALLOW_ANY, or remove egressProxy');
    if (policy.egressProxy !== undefined && policy.egressProxy?.port?.number === undefined) f.error('sidecar-outbound-invalid', 'spec.outboundTrafficPolicy.egressProxy.port', 'the egress proxy has no port', 'give port.number');
  }
}

function checkListenerPort(f: FindingsOf, port: any, field: string): void {
  if (typeof port.protocol === 'string' && !ISTIO_PROTOCOLS.has(port.protocol.toUpperCase())) {
    f.error('sidecar-listener-invalid', `${field}.protocol`, `${JSON.stringify(port.protocol)} is not a protocol Istio knows`, 'use HTTP, HTTPS, HTTP2, GRPC, TCP, TLS, MONGO, MYSQL or REDIS');
  }
  if (port.targetPort !== undefined) f.error('sidecar-listener-invalid', `${field}.targetPort`, 'a Sidecar listener takes no targetPort', 'remove targetPort');
}

function checkBind(f: FindingsOf, bind: unknown, field: string): void {
  if (typeof bind === 'string' && bind !== '' && !bind.startsWith(UNIX_PREFIX) && !isIpAddress(bind)) {
    f.error('sidecar-listener-invalid', field, `${JSON.stringify(bind)} is not an IP address`, 'bind to an IP address, or remove bind');
  }
}

function checkIngress(f: FindingsOf, listeners: any[]): void {
  const ports = new Set<unknown>();
  listeners.forEach((listener, at) => {
    const field = `spec.ingress[${at}]`;
    const port = listener.port;
    if (port === undefined || port === null) {
      f.error('sidecar-listener-invalid', `${field}.port`, 'an ingress listener needs a port', 'give the port the workload receives on');
      return;
    }
    checkListenerPort(f, port, `${field}.port`);
    checkBind(f, listener.bind, `${field}.bind`);
    if (ports.has(port.number)) f.error('sidecar-listener-invalid', `${field}.port.number`, `port ${port.number} has another ingress listener`, 'give every ingress listener its own port');
    ports.add(port.number);
    const endpoint = listener.defaultEndpoint;
    if (typeof endpoint === 'string' && endpoint !== '' && endpointProblem(endpoint) !== undefined) {
      f.error('sidecar-endpoint-invalid', `${field}.defaultEndpoint`, `${JSON.stringify(endpoint)} ${endpointProblem(endpoint)}`, 'use 127.0.0.1:PORT, 0.0.0.0:PORT or unix:///path');
    }
    // A unix socket endpoint takes port 0, which is otherwise no port.
    if (!(typeof endpoint === 'string' && endpoint.startsWith(UNIX_PREFIX))) checkPort(f, port.number, `${field}.port.number`);
    checkIngressTls(f, listener.tls, port, `${field}.tls`);
  });
}

function endpointProblem(endpoint: string): string | undefined {
  if (endpoint.startsWith(UNIX_PREFIX)) return endpoint.slice(UNIX_PREFIX.length).startsWith('/') ? undefined : 'is not an absolute socket path';
  const colon = endpoint.lastIndexOf(':');
  const host = colon < 0 ? endpoint : endpoint.slice(0, colon);
  const port = colon < 0 ? '' : endpoint.slice(colon + 1);
  const number = Number(port);
  if ((host !== '' && !LOOPBACK_OR_ANY.has(host)) || !/^\d+$/.test(port) || number < 1 || number > 65535) return 'is not a loopback, any-address or unix socket endpoint';
  return undefined;
}

function checkIngressTls(f: FindingsOf, tls: any, port: any, field: string): void {
  if (tls === undefined || tls === null || typeof tls !== 'object') return;
  for (const name of UNSUPPORTED_INGRESS_TLS.filter((key) => tls[key] !== undefined && tls[key] !== false)) {
    f.error('sidecar-listener-invalid', `${field}.${name}`, `a Sidecar ingress listener does not support ${name}`, `remove ${name}; give serverCertificate and privateKey files`);
  }
  if (tls.mode === 'ISTIO_MUTUAL' || tls.mode === 'AUTO_PASSTHROUGH') {
    f.error('sidecar-listener-invalid', `${field}.mode`, `mode ${tls.mode} cannot be set on a Sidecar ingress listener`, 'use SIMPLE or MUTUAL');
  }
  if (!TLS_PROTOCOLS.has(String(port.protocol ?? '').toUpperCase())) {
    f.error('sidecar-listener-invalid', field, `a ${port.protocol ?? 'TCP'} port cannot have TLS settings`, 'set the port protocol to HTTPS or TLS, or remove tls');
  }
}

function checkEgress(f: FindingsOf, listeners: any[]): void {
  const ports = new Set<unknown>();
  const sockets = new Set<unknown>();
  let catchAll = -1;
  listeners.forEach((listener, at) => {
    const field = `spec.egress[${at}]`;
    const port = listener.port;
    if (port === undefined || port === null) {
      if (catchAll >= 0) f.error('sidecar-listener-invalid', `${field}.port`, `spec.egress[${catchAll}] is already the listener without a port`, 'keep one egress listener without a port');
      else if (at !== listeners.length - 1) f.error('sidecar-listener-invalid', `${field}.port`, 'the egress listener without a port must be the last one', 'move it to the end of egress');
      catchAll = at;
    } else {
      checkListenerPort(f, port, `${field}.port`);
      const unix = typeof listener.bind === 'string' && listener.bind.startsWith(UNIX_PREFIX);
      if (port.number === 0) {
        if (!unix) f.error('sidecar-listener-invalid', `${field}.bind`, 'port 0 is for a unix socket listener, and bind names no socket', 'bind to unix:///path, or give a port number');
        if (sockets.has(listener.bind)) f.error('sidecar-listener-invalid', `${field}.bind`, `the socket ${listener.bind} has another egress listener`, 'give every listener its own socket');
        sockets.add(listener.bind);
        if (listener.captureMode !== undefined && listener.captureMode !== 'DEFAULT' && listener.captureMode !== 'NONE') {
          f.error('sidecar-listener-invalid', `${field}.captureMode`, 'a unix socket listener captures nothing', 'use captureMode DEFAULT or NONE');
        }
      } else {
        checkPort(f, port.number, `${field}.port.number`);
        checkBind(f, listener.bind, `${field}.bind`);
        if (ports.has(port.number)) f.error('sidecar-listener-invalid', `${field}.port.number`, `port ${port.number} has another egress listener`, 'give every egress listener its own port');
        ports.add(port.number);
      }
    }
    checkEgressHosts(f, itemsOf<unknown>(listener.hosts), field);
  });
}

function checkEgressHosts(f: FindingsOf, hosts: unknown[], field: string): void {
  if (hosts.length === 0) f.error('sidecar-egress-no-hosts', `${field}.hosts`, 'an egress listener needs a host', 'list hosts as namespace/dnsName, e.g. ./*');
  const own = namespaceOf(f.manifest);
  const byNamespace = new Map<string, Set<string>>();
  hosts.forEach((host, at) => {
    const hostField = `${field}.hosts[${at}]`;
    const problem = egressHostProblem(host);
    if (problem !== undefined) {
      f.error('sidecar-egress-host-invalid', hostField, `${JSON.stringify(host)} is not namespace/dnsName${problem}`, 'write the namespace (a name, \'.\' for the own one, \'*\' for any, \'~\' for none), a slash and a host or \'*\', e.g. istio-system/*');
      return;
    }
    const [namespace, name] = (host as string).split('/');
    if (namespace.startsWith('~')) return;
    const key = namespace === '.' ? own : namespace;
    const names = byNamespace.get(key) ?? new Set<string>();
    if (names.has(name) || names.has('*') || (name === '*' && names.size > 0)) {
      f.warning('sidecar-egress-host-invalid', hostField, `${host} is already selected by another host of the listener`, 'list every host once');
    }
    names.add(name);
    byNamespace.set(key, names);
  });
  if (byNamespace.get('*')?.has('*') && byNamespace.size > 1) {
    f.warning('sidecar-egress-host-invalid', `${field}.hosts`, '*/* selects every host, so the other hosts add nothing', 'keep */* alone, or list the hosts without it');
  }
}

/** What is wrong with an egress host, as a clause to append ('' for the form itself); undefined when nothing is. */
function egressHostProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return '';
  const parts = value.split('/');
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return '';
  const [namespace, host] = parts;
  const name = namespace.startsWith('~') ? namespace.slice(1) : namespace;
  if (name !== '' && name !== '*' && name !== '.' && !isDnsLabel(name)) return '';
  if (host === '*') return undefined;
  if (hostProblem(host) !== undefined) return '';
  if (!host.includes('.')) return ': the host is a short name, and egress hosts are fully qualified';
  if (isPartialWildcard(host)) return ': the host is a partial wildcard';
  return undefined;
}
