import { itemsOf } from '../../manifest/manifest';
import { FindingsOf } from '../findings-of';
import { hostProblem, isDnsLabel, isIpAddress, isPartialWildcard } from './hosts';
import { checkPort } from './value-rules';

const TLS_PROTOCOLS = new Set(['HTTPS', 'TLS']);
const HTTP_PROTOCOLS = new Set(['HTTP', 'HTTP2', 'GRPC', 'GRPC-WEB', 'HTTP_PROXY']);
/** The protocols Istio parses from a port's protocol, in upper case. */
export const ISTIO_PROTOCOLS: ReadonlySet<string> = new Set([...TLS_PROTOCOLS, ...HTTP_PROTOCOLS, 'TCP', 'UDP', 'MONGO', 'MYSQL', 'REDIS']);
const MODES_WITH_CREDENTIAL = new Set(['SIMPLE', 'MUTUAL', 'OPTIONAL_MUTUAL']);
const PASSTHROUGH_MODES = new Set(['PASSTHROUGH', 'AUTO_PASSTHROUGH']);
const CERTIFICATE_FIELDS = ['serverCertificate', 'privateKey', 'caCertificates', 'credentialName', 'credentialNames', 'tlsCertificates', 'caCrl'];
const UNIX_PREFIX = 'unix://';

/** Checks of one Gateway. */
export function checkGateway(f: FindingsOf): void {
  const servers = itemsOf<any>(f.manifest.spec?.servers);
  if (servers.length === 0) f.error('gw-no-servers', 'spec.servers', 'the gateway has no server', 'add a server with a port and hosts');
  const portNames = new Map<string, number>();
  servers.forEach((server, at) => {
    const field = `spec.servers[${at}]`;
    const name = server.port?.name;
    if (name !== undefined && portNames.has(name)) {
      f.error('gw-port-name-duplicate', `${field}.port.name`, `port name ${name} is used by spec.servers[${portNames.get(name)}] too`, 'give every server port a distinct name');
    }
    if (name !== undefined) portNames.set(name, at);
    checkServerPort(f, server, field);
    checkTls(f, server, field);
    const hosts = itemsOf<unknown>(server.hosts);
    if (hosts.length === 0) f.error('gw-server-no-hosts', `${field}.hosts`, 'the server serves no host', 'list the host names it serves, e.g. app.example.com');
    hosts.forEach((host, hostAt) => checkHost(f, host, `${field}.hosts[${hostAt}]`));
  });
}

/** The protocol of a server port as Istio reads it, in upper case; '' when none is given. */
export function serverProtocol(server: any): string {
  return typeof server?.port?.protocol === 'string' ? server.port.protocol.toUpperCase() : '';
}

function checkServerPort(f: FindingsOf, server: any, field: string): void {
  const port = server.port;
  if (port === undefined || port === null) {
    f.error('gw-port-invalid', `${field}.port`, 'the server has no port', 'give the port a number, a name and a protocol');
    return;
  }
  const protocol = serverProtocol(server);
  if (!ISTIO_PROTOCOLS.has(protocol)) {
    f.error('gw-port-invalid', `${field}.port.protocol`, `${JSON.stringify(port.protocol)} is not a protocol Istio knows`, 'use HTTP, HTTPS, HTTP2, GRPC, GRPC-WEB, TCP, TLS, MONGO, MYSQL or REDIS');
  }
  if (typeof port.name !== 'string' || port.name === '') {
    f.error('gw-port-invalid', `${field}.port.name`, 'the server port has no name', 'name the port, e.g. after its protocol (http, https)');
  }
  if (port.targetPort !== undefined) {
    f.error('gw-port-invalid', `${field}.port.targetPort`, 'a Gateway takes no targetPort: its proxy listens on the port number itself', 'remove targetPort, and listen on the port the gateway Service targets');
  }
  const bind = typeof server.bind === 'string' ? server.bind : '';
  if (bind.startsWith(UNIX_PREFIX)) {
    if (port.number !== 0) f.error('gw-port-invalid', `${field}.port.number`, `a server bound to the unix socket ${bind} takes port 0, not ${JSON.stringify(port.number)}`, 'set port.number to 0');
    if (!bind.slice(UNIX_PREFIX.length).startsWith('/')) f.error('gw-port-invalid', `${field}.bind`, `${JSON.stringify(bind)} is not an absolute socket path`, 'write unix:///path/to/socket');
  } else {
    checkPort(f, port.number, `${field}.port.number`);
    if (bind !== '' && !isIpAddress(bind)) f.error('gw-port-invalid', `${field}.bind`, `${JSON.stringify(bind)} is not an IP address or unix socket`, 'bind to an IP address, or to unix:///path');
  }
}

function checkTls(f: FindingsOf, server: any, field: string): void {
  const protocol = serverProtocol(server);
  const tls = server.tls;
  if (TLS_PROTOCOLS.has(protocol) && !tls) {
    f.error('gw-tls-missing', `${field}.tls`, `a ${protocol} server has no TLS settings`, 'add tls with a mode and, for SIMPLE or MUTUAL, a credentialName');
  }
  if (tls === undefined || tls === null || typeof tls !== 'object') return;
  const given = CERTIFICATE_FIELDS.filter((name) => tls[name] !== undefined && tls[name] !== '' && !(Array.isArray(tls[name]) && tls[name].length === 0));
  if (!TLS_PROTOCOLS.has(protocol) && ISTIO_PROTOCOLS.has(protocol)) {
    // An HTTP server may carry TLS settings only to redirect to HTTPS.
    const onlyRedirect = HTTP_PROTOCOLS.has(protocol) && !['serverCertificate', 'privateKey', 'caCertificates'].some((name) => given.includes(name));
    if (!onlyRedirect) f.error('gw-tls-invalid', `${field}.tls`, `a ${protocol} server cannot have TLS settings`, 'serve TLS on an HTTPS or TLS port, or remove the tls settings');
  }
  if (tls.mode === 'ISTIO_MUTUAL') {
    for (const name of given) f.error('gw-tls-invalid', `${field}.tls.${name}`, 'ISTIO_MUTUAL uses the mesh certificates and takes none of its own', `remove ${name}, or use mode MUTUAL`);
    return;
  }
  if (PASSTHROUGH_MODES.has(tls.mode) && given.length > 0) {
    f.warning('gw-tls-invalid', `${field}.tls.${given[0]}`, `${tls.mode} does not terminate TLS, so its certificates are ignored`, 'remove the certificate fields, or use mode SIMPLE');
  }
  const sources = [tls.serverCertificate && tls.privateKey, tls.credentialName, itemsOf(tls.credentialNames).length > 0, itemsOf(tls.tlsCertificates).length > 0].filter(Boolean);
  if (sources.length > 1) {
    f.error('gw-tls-invalid', `${field}.tls`, 'gives its certificate in more than one way', 'keep one of credentialName, credentialNames, serverCertificate/privateKey and tlsCertificates');
  }
  if (tls.caCrl && tls.credentialName) f.error('gw-tls-invalid', `${field}.tls.caCrl`, 'a CRL cannot be given beside credentialName', 'put the CRL into the credential Secret (ca.crl)');
  else if (tls.caCrl && tls.mode === 'SIMPLE') f.error('gw-tls-invalid', `${field}.tls.caCrl`, 'SIMPLE TLS checks no client certificate, so a CRL is not supported', 'remove caCrl, or use mode MUTUAL');
  checkServerCertificate(f, tls, field);
  if (tls.httpsRedirect && protocol !== 'HTTP') {
    f.warning('gw-https-redirect-protocol', `${field}.tls.httpsRedirect`, `redirects to HTTPS from a ${protocol} server, which only plain HTTP requests reach`, 'set httpsRedirect on the plain HTTP server only');
  }
}

/** Terminating modes need a certificate: from a Secret, or as files on the gateway with a key (and a CA for MUTUAL). */
function checkServerCertificate(f: FindingsOf, tls: any, field: string): void {
  if (!MODES_WITH_CREDENTIAL.has(tls.mode)) return;
  if (tls.credentialName || itemsOf(tls.credentialNames).length > 0) return;
  const certificates = itemsOf<any>(tls.tlsCertificates);
  const files = certificates.length > 0 ? certificates.map((certificate, at) => ({ certificate, at: `${field}.tls.tlsCertificates[${at}]` })) : [{ certificate: tls, at: `${field}.tls` }];
  if (!files.some(({ certificate }) => certificate.serverCertificate || certificate.privateKey)) {
    f.error('gw-credential-missing', `${field}.tls.credentialName`, `${tls.mode} TLS has no certificate`, 'name the TLS Secret, in the gateway deployment\'s namespace, in credentialName');
    return;
  }
  for (const { certificate, at } of files) {
    if (!certificate.serverCertificate) f.error('gw-credential-missing', `${at}.serverCertificate`, `${tls.mode} TLS has a private key but no server certificate`, 'give serverCertificate, or name a Secret in credentialName');
    if (!certificate.privateKey) f.error('gw-credential-missing', `${at}.privateKey`, `${tls.mode} TLS has a server certificate but no private key`, 'give privateKey, or name a Secret in credentialName');
  }
  if (tls.mode !== 'SIMPLE' && !tls.caCertificates) {
    f.error('gw-credential-missing', `${field}.tls.caCertificates`, `${tls.mode} TLS checks client certificates but names no CA to check them with`, 'give caCertificates, or name a Secret with ca.crt in credentialName');
  }
}

/** A server host: `[namespace/]host`, where the namespace may be `*` (any) or `.` (the Gateway's), and the host is a FQDN, `*`, `*.domain` or an IP. */
function checkHost(f: FindingsOf, host: unknown, field: string): void {
  const problem = gatewayHostProblem(host);
  if (problem !== undefined) {
    f.error('gw-host-invalid', field, `${JSON.stringify(host)} ${problem}`, 'write [namespace/]host, where host is a lower-case FQDN such as app.example.com, *.example.com or *');
  } else if (host === '*' || (host as string).endsWith('/*')) {
    f.warning('gw-wildcard-host', field, 'exposes every host name', 'list real host names, or mark it intended (Gateway construct: wildcardHostsIntended: true; YAML: annotation istio-traffic.cdk8s.io/intended-findings: gw-wildcard-host)');
  }
}

function gatewayHostProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'is not a string';
  const parts = value.split('/');
  if (parts.length > 2) return 'has more than one /';
  const [namespace, host] = parts.length === 2 ? parts : [undefined, parts[0]];
  if (namespace !== undefined && namespace !== '*' && namespace !== '.' && !isDnsLabel(namespace)) return `names the invalid namespace ${JSON.stringify(namespace)}`;
  if (host === '*' || isIpAddress(host)) return undefined;
  if (!host.includes('.')) return 'is a short name; a Gateway serves fully qualified names';
  if (isPartialWildcard(host)) return 'is a partial wildcard, which a Gateway does not accept';
  const problem = hostProblem(host);
  return problem === undefined ? undefined : `is no host name: it ${problem}`;
}
