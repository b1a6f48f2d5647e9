import { isIP } from 'node:net';

/** A DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit. */
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** A first label that may carry a wildcard: `*` alone, or `*` before a label (`*foo`, a partial wildcard). */
const WILDCARD_LABEL = /^(\*|\*?[a-z0-9]([-a-z0-9]*[a-z0-9])?)$/;
const MAX_HOST_LENGTH = 255;
const MAX_LABEL_LENGTH = 63;

/**
 * What is wrong with a host name as Istio's webhook reads it, undefined when nothing is: DNS-1123 labels of at most
 * 63 characters, at most 255 in all, a wildcard only as the whole first label or at its start, a top-level domain
 * that is not all digits, and an optional final dot.
 */
export function hostProblem(host: string): string | undefined {
  if (host.length === 0) return 'is empty';
  if (host.length > MAX_HOST_LENGTH) return `is longer than ${MAX_HOST_LENGTH} characters`;
  const labels = host.endsWith('.') && host.length > 1 ? host.slice(0, -1).split('.') : host.split('.');
  const [first, ...rest] = labels;
  if (first.length > MAX_LABEL_LENGTH || !WILDCARD_LABEL.test(first)) return `has the invalid label ${JSON.stringify(first)}`;
  const bad = rest.find((label) => label.length > MAX_LABEL_LENGTH || !LABEL.test(label));
  if (bad !== undefined) return `has the invalid label ${JSON.stringify(bad)}${bad === '*' ? ' (a wildcard is allowed only as the first label)' : ''}`;
  const top = labels[labels.length - 1];
  if (labels.length > 1 && /^\d+$/.test(top)) return `has an all-numeric top-level domain ${JSON.stringify(top)}`;
  return undefined;
}

/** Whether a wildcard is only part of the first label, as in `*foo.example.com`, which only some kinds accept. */
export function isPartialWildcard(host: string): boolean {
  return host.includes('*') && host !== '*' && !host.startsWith('*.');
}

/** Whether the value is an IPv4 or IPv6 address. */
export function isIpAddress(value: string): boolean {
  // A host name starts with no digit and holds no colon: it needs no parse (Node compiles its IPv6 pattern on first use).
  if (!/^\d/.test(value) && !value.includes(':')) return false;
  return isIP(value) !== 0;
}

/** Whether the value is an IP address or a CIDR block (`10.0.0.0/8`, `2001:db8::/32`). */
export function isIpOrCidr(value: string): boolean {
  const parts = value.split('/');
  if (parts.length === 1) return isIpAddress(value);
  if (parts.length !== 2 || !/^\d{1,3}$/.test(parts[1])) return false;
  const family = isIP(parts[0]);
  return family !== 0 && Number(parts[1]) <= (family === 4 ? 32 : 128);
}

/** Header names are HTTP tokens (RFC 7230). */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~A-Za-z0-9]+$/;

/** Whether a header name is an HTTP token. */
export function isHeaderName(name: string): boolean {
  return HEADER_NAME.test(name);
}

/** Whether the value is a DNS-1123 label, as a namespace name is. */
export function isDnsLabel(value: string): boolean {
  return value.length <= MAX_LABEL_LENGTH && LABEL.test(value);
}
