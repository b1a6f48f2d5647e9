import { _isNamespacedHost } from '../../values/names';
import { itemsOf } from '../../manifest/manifest';
import { FindingsOf } from '../findings-of';
import { checkPort } from './value-rules';

const TLS_PROTOCOLS = new Set(['HTTPS', 'TLS']);
const MODES_WITH_CREDENTIAL = new Set(['SIMPLE', 'MUTUAL', 'OPTIONAL_MUTUAL']);
/** Namespaces a gateway host may name besides a real one: any (`*`) and the gateway's own (`.`). */
const SPECIAL_NAMESPACES = ['*', '.'];

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
    checkPort(f, server.port?.number, `${field}.port.number`);
    checkTls(f, server, field);
    const hosts = itemsOf<string>(server.hosts);
    if (hosts.length === 0) f.error('gw-server-no-hosts', `${field}.hosts`, 'the server serves no host', 'list the host names it serves, e.g. app.example.com');
    hosts.forEach((host, hostAt) => checkHost(f, host, `${field}.hosts[${hostAt}]`));
  });
}

function checkTls(f: FindingsOf, server: any, field: string): void {
  const protocol = String(server.port?.protocol ?? '').toUpperCase();
  if (TLS_PROTOCOLS.has(protocol) && !server.tls) {
    f.error('gw-tls-missing', `${field}.tls`, `a ${protocol} server has no TLS settings`, 'add tls with a mode and, for SIMPLE or MUTUAL, a credentialName');
  }
  const tls = server.tls ?? {};
  const hasCertificate = tls.credentialName || itemsOf(tls.credentialNames).length > 0 || itemsOf(tls.tlsCertificates).length > 0 || tls.serverCertificate;
  if (MODES_WITH_CREDENTIAL.has(tls.mode) && !hasCertificate) {
    f.error('gw-credential-missing', `${field}.tls.credentialName`, `${tls.mode} TLS has no certificate`, 'name the TLS Secret, in the gateway deployment\'s namespace, in credentialName');
  }
  if (tls.httpsRedirect && protocol !== 'HTTP') {
    f.warning('gw-https-redirect-protocol', `${field}.tls.httpsRedirect`, `redirects to HTTPS from a ${protocol} server, which only plain HTTP requests reach`, 'set httpsRedirect on the plain HTTP server only');
  }
}

function checkHost(f: FindingsOf, host: string, field: string): void {
  if (!_isNamespacedHost(host, SPECIAL_NAMESPACES, false)) {
    f.error('gw-host-invalid', field, `${JSON.stringify(host)} is not a host name, optionally namespace/host`, 'write a lower-case DNS name such as app.example.com, *.example.com or ns/app.example.com');
  } else if (host === '*' || host.endsWith('/*')) {
    f.warning('gw-wildcard-host', field, 'exposes every host name', 'list real host names, or mark it intended (Gateway construct: wildcardHostsIntended: true; YAML: annotation istio-traffic.cdk8s.io/intended-findings: gw-wildcard-host)');
  }
}
