import { _isDnsLabel, _isLabelValue } from '../../values/names';
import { itemsOf, namespaceOf, qualifyHost } from '../../manifest/manifest';
import { FindingsOf } from '../findings-of';
import { MeshIndex } from '../mesh-index';
import { checkExportTo } from './export-to';
import { hostProblem } from './hosts';
import { checkDuration, checkNotNegative, checkPort } from './value-rules';

/** The parts of a traffic policy; a policy with none of them is rejected. */
const POLICY_FIELDS = ['loadBalancer', 'connectionPool', 'outlierDetection', 'tls', 'portLevelSettings', 'tunnel', 'proxyProtocol', 'retryBudget'];
const PORT_POLICY_FIELDS = ['loadBalancer', 'connectionPool', 'outlierDetection', 'tls'];
const TOPOLOGY_LABELS = new Set(['topology.kubernetes.io/region', 'topology.kubernetes.io/zone', 'topology.istio.io/subzone']);
const MAGLEV_MAX_TABLE_SIZE = 5000011;

/** Checks of one DestinationRule against the rest of the mesh. */
export function checkDestinationRule(f: FindingsOf, index: MeshIndex): void {
  const spec = f.manifest.spec ?? {};
  if (typeof spec.host !== 'string') {
    f.error('dr-no-host', 'spec.host', 'the rule applies to no host', 'set spec.host to a Service or ServiceEntry host');
    return;
  }
  const problem = spec.host === '*' ? undefined : hostProblem(spec.host);
  if (problem !== undefined) f.error('dr-host-invalid', 'spec.host', `${JSON.stringify(spec.host)} ${problem}`, 'write a lower-case host name: a Service short name, name.namespace, an FQDN or *.domain');
  const host = qualifyHost(spec.host, namespaceOf(f.manifest));
  checkHostKnown(f, spec.host, host, index);
  const rules = index.destinationRules.get(host) ?? [];
  if (rules.length > 1 && rules[0] !== f.manifest && spec.workloadSelector === undefined) {
    f.warning('dr-host-conflict', 'spec.host', `another DestinationRule (${rules[0].metadata.name}) applies to ${host}; Istio merges them unpredictably`, 'keep one DestinationRule per host');
  }
  checkTrafficPolicy(f, spec.trafficPolicy, 'spec.trafficPolicy');
  checkServerVerification(f, spec);
  checkExportTo(f, spec.exportTo, spec.workloadSelector !== undefined);
  const seen = new Set<string>();
  (Array.isArray(spec.subsets) ? spec.subsets : []).forEach((subset: any, at: number) => {
    const field = `spec.subsets[${at}]`;
    if (subset === null || typeof subset !== 'object') return;
    if (typeof subset.name !== 'string' || !_isDnsLabel(subset.name)) {
      f.error('dr-subset-name-invalid', `${field}.name`, `${JSON.stringify(subset.name)} is not a DNS-1123 label`, 'use lower-case letters, digits and \'-\', e.g. v2');
    }
    if (seen.has(subset.name)) f.error('dr-subset-duplicate', `${field}.name`, `subset ${subset.name} is defined twice`, 'give every subset a distinct name');
    seen.add(subset.name);
    for (const [key, value] of Object.entries(subset.labels ?? {})) {
      if (typeof value !== 'string' || !_isLabelValue(value)) {
        f.error('label-value-invalid', `${field}.labels.${key}`, `${JSON.stringify(value)} is not a label value`, 'use at most 63 letters, digits, \'-\', \'_\' and \'.\', starting and ending with a letter or digit, as a string');
      }
    }
    checkTrafficPolicy(f, subset.trafficPolicy, `${field}.trafficPolicy`);
    checkSubsetPods(f, subset, field, host, index);
  });
}

/**
 * A rule for a cluster host of a namespace whose Services the input holds, which is none of them nor a ServiceEntry
 * host, applies to nothing (IST0174). Other namespaces may be partly in the input, so nothing is said of them.
 */
function checkHostKnown(f: FindingsOf, written: string, host: string, index: MeshIndex): void {
  const match = /^[^.*]+\.([^.]+)\.svc\.cluster\.local$/.exec(host);
  if (!match || index.services.has(host) || index.isServiceEntryHost(written) || index.isServiceEntryHost(host)) return;
  const namespace = match[1];
  if (![...index.services.keys()].some((service) => service.endsWith(`.${namespace}.svc.cluster.local`))) return;
  f.warning('dr-host-unknown', 'spec.host', `${host} is no Service of namespace ${namespace} nor a ServiceEntry host, so the rule applies to nothing`, 'fix the host name, or add the Service');
}

function isObject(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function checkTrafficPolicy(f: FindingsOf, policy: unknown, field: string): void {
  if (!isObject(policy)) return;
  if (!POLICY_FIELDS.some((name) => policy[name] !== undefined && policy[name] !== null)) {
    f.error('dr-empty-policy', field, 'is an empty traffic policy, which Istio rejects', 'remove it, or give its settings');
    return;
  }
  if (policy.tunnel !== undefined && policy.proxyProtocol !== undefined) {
    f.error('dr-port-policy-invalid', `${field}.tunnel`, 'tunnel and proxyProtocol cannot be set together', 'keep one of them');
  }
  checkPolicyParts(f, policy, field);
  itemsOf<any>(policy.portLevelSettings).forEach((portPolicy, at) => {
    const portField = `${field}.portLevelSettings[${at}]`;
    if (portPolicy.port?.number === undefined) f.error('dr-port-policy-invalid', `${portField}.port`, 'a port traffic policy names no port', 'give port.number');
    else checkPort(f, portPolicy.port.number, `${portField}.port.number`);
    if (!PORT_POLICY_FIELDS.some((name) => portPolicy[name] !== undefined && portPolicy[name] !== null)) {
      f.error('dr-port-policy-invalid', portField, 'is an empty port traffic policy, which Istio rejects', 'give loadBalancer, connectionPool, outlierDetection or tls, or remove it');
    } else {
      checkPolicyParts(f, portPolicy, portField);
    }
  });
}

function checkPolicyParts(f: FindingsOf, policy: Record<string, any>, field: string): void {
  if (isObject(policy.tls) && Object.keys(policy.tls).length === 0) {
    f.warning('dr-tls-disabled', `${field}.tls`, 'an empty tls is mode DISABLE: requests to the host go in plain text, without mutual TLS', 'give the mode you mean (ISTIO_MUTUAL for mesh workloads), or remove tls');
  }
  checkLoadBalancer(f, policy.loadBalancer, policy.outlierDetection, `${field}.loadBalancer`);
  checkConnectionPool(f, policy.connectionPool, `${field}.connectionPool`);
  checkOutlierDetection(f, policy.outlierDetection, `${field}.outlierDetection`);
  checkTls(f, policy.tls, `${field}.tls`);
}

function checkLoadBalancer(f: FindingsOf, lb: unknown, outlier: unknown, field: string): void {
  if (!isObject(lb)) return;
  const hash = lb.consistentHash;
  if (lb.simple !== undefined && hash !== undefined) {
    f.error('dr-load-balancer-invalid', `${field}.consistentHash`, 'simple and consistentHash cannot be set together', 'keep one of them: simple picks any endpoint, consistentHash keeps sessions on one');
  }
  if (isObject(hash)) {
    if (isObject(hash.httpCookie) && !hash.httpCookie.name) {
      f.error('dr-load-balancer-invalid', `${field}.consistentHash.httpCookie.name`, 'a cookie to hash on has no name', 'name the cookie');
    }
    if (hash.minimumRingSize !== undefined && (hash.ringHash !== undefined || hash.maglev !== undefined)) {
      f.error('dr-load-balancer-invalid', `${field}.consistentHash.minimumRingSize`, 'minimumRingSize cannot be given beside ringHash or maglev', 'set ringHash.minimumRingSize instead');
    }
    const tableSize = hash.maglev?.tableSize;
    if (isObject(hash.maglev) && (typeof tableSize !== 'number' || tableSize <= 0 || tableSize >= MAGLEV_MAX_TABLE_SIZE || !isPrime(tableSize))) {
      f.error('dr-load-balancer-invalid', `${field}.consistentHash.maglev.tableSize`, `${JSON.stringify(tableSize)} is not a prime below ${MAGLEV_MAX_TABLE_SIZE}`, 'use a prime such as 65537');
    }
  }
  if (lb.localityLbSetting !== undefined && lb.zoneAwareLbSetting !== undefined) {
    f.error('dr-locality-invalid', `${field}.zoneAwareLbSetting`, 'localityLbSetting and zoneAwareLbSetting cannot be set together', 'keep one of them');
  }
  checkLocality(f, lb.localityLbSetting, outlier, `${field}.localityLbSetting`);
  if (isObject(lb.warmup)) {
    if (lb.warmup.duration === undefined) f.error('dr-load-balancer-invalid', `${field}.warmup.duration`, 'a warmup has no duration', 'give duration, e.g. 60s');
    checkDuration(f, lb.warmup.duration, `${field}.warmup.duration`);
    if (typeof lb.warmup.minimumPercent === 'number' && lb.warmup.minimumPercent > 100) f.error('dr-load-balancer-invalid', `${field}.warmup.minimumPercent`, `${lb.warmup.minimumPercent} is above 100`, 'use a percentage from 0 to 100');
    if (typeof lb.warmup.aggression === 'number' && lb.warmup.aggression <= 0) f.error('dr-load-balancer-invalid', `${field}.warmup.aggression`, `${lb.warmup.aggression} is not above 0`, 'use an aggression above 0, e.g. 1');
  }
}

function checkLocality(f: FindingsOf, locality: unknown, outlier: unknown, field: string): void {
  if (!isObject(locality)) return;
  const distribute = itemsOf<any>(locality.distribute);
  const failover = itemsOf<any>(locality.failover);
  if (distribute.length > 0 && failover.length > 0) {
    f.error('dr-locality-invalid', `${field}.failover`, 'distribute and failover cannot be set together', 'keep one of them');
    return;
  }
  const topology = itemsOf<string>(locality.failoverPriority).find((label) => TOPOLOGY_LABELS.has(label));
  if (failover.length > 0 && topology !== undefined) {
    f.error('dr-locality-invalid', `${field}.failoverPriority`, `failover cannot be set together with the topology label ${topology} in failoverPriority`, 'keep failover, or order by topology labels in failoverPriority');
  }
  distribute.forEach((entry, at) => {
    const weights = Object.values(isObject(entry.to) ? entry.to : {});
    if (weights.some((weight) => typeof weight !== 'number' || weight < 1 || weight > 100)) {
      f.error('dr-locality-invalid', `${field}.distribute[${at}].to`, 'a locality weight is outside 1 to 100', 'give every locality a weight from 1 to 100');
    } else if (weights.reduce<number>((sum, weight) => sum + (weight as number), 0) !== 100) {
      f.error('dr-locality-invalid', `${field}.distribute[${at}].to`, 'the locality weights do not add up to 100', 'make the weights add up to 100');
    }
    for (const name of [entry.from, ...Object.keys(isObject(entry.to) ? entry.to : {})]) {
      if (typeof name === 'string' && localityProblem(name)) f.error('dr-locality-invalid', `${field}.distribute[${at}]`, `locality ${JSON.stringify(name)} ${localityProblem(name)}`, 'write region/zone/subzone, with * only at the end');
    }
  });
  failover.forEach((entry, at) => {
    const failoverField = `${field}.failover[${at}]`;
    if (entry.from === entry.to) f.error('dr-locality-invalid', failoverField, `fails over from ${entry.from} to itself`, 'fail over to a different region');
    if ([entry.from, entry.to].some((region) => typeof region === 'string' && (region.includes('/') || region.includes('*')))) {
      f.error('dr-locality-invalid', failoverField, 'failover names regions only, without zones or wildcards', 'write region names, e.g. us-east');
    }
  });
  // Istio fails over only when outlier detection is set, whether the order is its own or given; weights need none.
  if (distribute.length === 0 && locality.enabled !== false && outlier === undefined) {
    f.warning('dr-locality-invalid', field, 'failover without outlier detection never fails over: no endpoint is ever found unhealthy', 'add an outlierDetection policy');
  }
}

function localityProblem(locality: string): string | undefined {
  const stars = locality.split('*').length - 1;
  if (stars > 1 || (stars === 1 && !locality.endsWith('*'))) return 'has a wildcard that is not at its end';
  if (locality.split('/').some((part) => part === '')) return 'has an empty region, zone or subzone';
  return undefined;
}

function checkConnectionPool(f: FindingsOf, pool: unknown, field: string): void {
  if (!isObject(pool)) return;
  if (pool.http === undefined && pool.tcp === undefined) {
    f.error('dr-connection-pool-invalid', field, 'is an empty connection pool, which Istio rejects', 'give http or tcp settings, or remove it');
    return;
  }
  const http = isObject(pool.http) ? pool.http : {};
  for (const name of ['http1MaxPendingRequests', 'http2MaxRequests', 'maxRequestsPerConnection', 'maxRetries', 'maxConcurrentStreams']) {
    checkNotNegative(f, 'dr-connection-pool-invalid', http[name], `${field}.http.${name}`);
  }
  checkDuration(f, http.idleTimeout, `${field}.http.idleTimeout`);
  if (http.h2UpgradePolicy === 'UPGRADE' && http.useClientProtocol === true) {
    f.error('dr-connection-pool-invalid', `${field}.http.useClientProtocol`, 'cannot keep the client protocol while h2UpgradePolicy upgrades to HTTP/2', 'remove useClientProtocol, or the upgrade');
  }
  const tcp = isObject(pool.tcp) ? pool.tcp : {};
  checkNotNegative(f, 'dr-connection-pool-invalid', tcp.maxConnections, `${field}.tcp.maxConnections`);
  checkDuration(f, tcp.connectTimeout, `${field}.tcp.connectTimeout`);
  checkDuration(f, tcp.maxConnectionDuration, `${field}.tcp.maxConnectionDuration`);
  // 0s turns the idle timeout off.
  if (tcp.idleTimeout !== '0s') checkDuration(f, tcp.idleTimeout, `${field}.tcp.idleTimeout`);
  if (isObject(tcp.tcpKeepalive)) {
    checkDuration(f, tcp.tcpKeepalive.time, `${field}.tcp.tcpKeepalive.time`);
    checkDuration(f, tcp.tcpKeepalive.interval, `${field}.tcp.tcpKeepalive.interval`);
  }
}

function checkOutlierDetection(f: FindingsOf, outlier: unknown, field: string): void {
  if (!isObject(outlier)) return;
  checkDuration(f, outlier.baseEjectionTime, `${field}.baseEjectionTime`);
  checkDuration(f, outlier.interval, `${field}.interval`);
  if (typeof outlier.consecutiveLocalOriginFailures === 'number' && outlier.consecutiveLocalOriginFailures > 0 && outlier.splitExternalLocalOriginErrors !== true) {
    f.error('dr-outlier-invalid', `${field}.consecutiveLocalOriginFailures`, 'counts local origin failures, which are counted apart only with splitExternalLocalOriginErrors', 'set splitExternalLocalOriginErrors: true, or remove consecutiveLocalOriginFailures');
  }
  for (const name of ['maxEjectionPercent', 'minHealthPercent']) {
    const value = outlier[name];
    if (typeof value === 'number' && (value < 0 || value > 100)) f.error('dr-outlier-invalid', `${field}.${name}`, `${value} is not a percentage`, 'use a value from 0 to 100');
  }
  if (outlier.consecutiveErrors !== undefined) {
    f.warning('dr-outlier-invalid', `${field}.consecutiveErrors`, 'consecutiveErrors is deprecated', 'use consecutive5xxErrors or consecutiveGatewayErrors');
  }
}

/** Client TLS: certificates come from a Secret (credentialName) or as files, never both; MUTUAL presents a client certificate. */
function checkTls(f: FindingsOf, tls: unknown, field: string): void {
  if (!isObject(tls)) return;
  const files = ['clientCertificate', 'privateKey', 'caCertificates', 'caCrl'].filter((name) => tls[name]);
  if (tls.insecureSkipVerify === true && (tls.mode === 'SIMPLE' || tls.mode === 'MUTUAL')) {
    const verifying = ['caCertificates', 'subjectAltNames', ...(tls.mode === 'SIMPLE' ? ['credentialName'] : [])].filter((name) => tls[name] !== undefined);
    if (verifying.length > 0) f.error('dr-tls-invalid', `${field}.${verifying[0]}`, `insecureSkipVerify turns off the server verification that ${verifying.join(' and ')} configure`, 'remove insecureSkipVerify, or the verification settings');
  }
  if ((tls.mode === 'SIMPLE' || tls.mode === 'MUTUAL') && tls.credentialName) {
    if (files.length > 0) f.error('dr-tls-invalid', `${field}.${files[0]}`, `${files.join(', ')} cannot be given beside credentialName, which holds them`, 'keep credentialName, or the files');
    return;
  }
  if (tls.mode === 'MUTUAL' && !(tls.clientCertificate && tls.privateKey)) {
    f.error('dr-tls-credential-missing', `${field}.credentialName`, 'MUTUAL TLS needs a client certificate', 'name the Secret that holds it in credentialName, or use ISTIO_MUTUAL for mesh workloads');
  }
}

/**
 * SIMPLE or MUTUAL TLS without caCertificates does not verify the server it calls (IST0128, IST0129), unless a
 * credential Secret brings the CA.
 */
function checkServerVerification(f: FindingsOf, spec: any): void {
  // A credential Secret may hold the CA (ca.crt); MUTUAL without a client certificate is already an error.
  const verifies = (tls: any) => !(tls?.mode === 'SIMPLE' || tls?.mode === 'MUTUAL') || Boolean(tls.caCertificates)
    || tls.insecureSkipVerify === true || Boolean(tls.credentialName) || (tls.mode === 'MUTUAL' && !(tls.clientCertificate && tls.privateKey));
  const policy = isObject(spec.trafficPolicy) ? spec.trafficPolicy : {};
  if (!verifies(policy.tls)) {
    f.warning('dr-tls-no-ca', 'spec.trafficPolicy.tls.caCertificates', `${policy.tls.mode} TLS to ${spec.host} names no CA, so the server's certificate is not verified`, 'give caCertificates (a file the proxy can read), or a credentialName Secret with ca.crt and a workload selector');
  }
  itemsOf<any>(policy.portLevelSettings).forEach((portPolicy, at) => {
    if (!verifies(portPolicy.tls)) {
      f.warning('dr-port-tls-no-ca', `spec.trafficPolicy.portLevelSettings[${at}].tls.caCertificates`, `${portPolicy.tls.mode} TLS to ${spec.host} port ${portPolicy.port?.number} names no CA, so the server's certificate is not verified`, 'give caCertificates, or a credentialName Secret with ca.crt and a workload selector');
    }
  });
}

/**
 * A subset that selects no pod of its Service's workloads (when the input holds them) routes to nothing: requests
 * that a route sends to it fail (503), which is an error; a subset no route sends requests to yet is a warning.
 */
function checkSubsetPods(f: FindingsOf, subset: any, field: string, host: string, index: MeshIndex): void {
  if (index.subsetSelectsPods(host, subset.labels) !== false) return;
  if (index.routedSubsets.get(host)?.has(subset.name)) {
    f.error('dr-subset-without-pods', `${field}.labels`, `routes send requests to subset ${subset.name}, which selects none of the pods of ${host}, so they fail (503)`, 'deploy the version before routing to it, fix the subset labels, or route elsewhere');
  } else {
    f.warning('dr-subset-without-pods', `${field}.labels`, `subset ${subset.name} selects none of the pods of ${host}`, 'deploy the version before routing to it, or fix the subset labels');
  }
}

function isPrime(value: number): boolean {
  if (!Number.isInteger(value) || value < 2) return false;
  for (let factor = 2; factor * factor <= value; factor += 1) if (value % factor === 0) return false;
  return true;
}
