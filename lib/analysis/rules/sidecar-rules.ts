import { _isNamespacedHost } from '../../values/names';
import { itemsOf } from '../../manifest/manifest';
import { FindingsOf } from '../findings-of';
import { checkPort } from './value-rules';

/** Namespaces an egress host may name besides a real one: any (`*`), the own (`.`), none (`~`). */
const SPECIAL_NAMESPACES = ['*', '.', '~'];
const ENDPOINT = /^((127\.0\.0\.1|0\.0\.0\.0|\[::1\]|\[::\]):\d+|unix:\/\/.+)$/;

/** Checks of one Sidecar. */
export function checkSidecar(f: FindingsOf): void {
  itemsOf<any>(f.manifest.spec?.egress).forEach((listener, at) => {
    const field = `spec.egress[${at}]`;
    const hosts = itemsOf<string>(listener.hosts);
    if (hosts.length === 0) f.error('sidecar-egress-no-hosts', `${field}.hosts`, 'an egress listener needs a host', 'list hosts as namespace/dnsName, e.g. ./*');
    hosts.forEach((host, hostAt) => {
      if (!_isNamespacedHost(host, SPECIAL_NAMESPACES, true)) {
        f.error('sidecar-egress-host-invalid', `${field}.hosts[${hostAt}]`, `${JSON.stringify(host)} is not namespace/dnsName`, 'write the namespace (a name, \'.\' for the own one, \'*\' for any, \'~\' for none), a slash and a host or \'*\', e.g. istio-system/*');
      }
    });
    checkPort(f, listener.port?.number, `${field}.port.number`);
  });
  itemsOf<any>(f.manifest.spec?.ingress).forEach((listener, at) => {
    const field = `spec.ingress[${at}]`;
    const endpoint = listener.defaultEndpoint;
    if (typeof endpoint === 'string' && !ENDPOINT.test(endpoint)) {
      f.error('sidecar-endpoint-invalid', `${field}.defaultEndpoint`, `${JSON.stringify(endpoint)} is not a loopback, any-address or unix socket endpoint`, 'use 127.0.0.1:PORT, 0.0.0.0:PORT or unix:///path');
    }
    // A unix socket endpoint takes port 0, which is otherwise no port.
    if (!(typeof endpoint === 'string' && endpoint.startsWith('unix://'))) checkPort(f, listener.port?.number, `${field}.port.number`);
  });
}
