import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may not reach in production unless its host is listed
 * in HUB_WEBHOOK_ALLOWED_HOSTS: loopback, private (RFC 1918, RFC 4193),
 * link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
 * "this network" and the IPv4-mapped forms of all these. A webhook is how an
 * outsider could make the hub call inside its own network.
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
  PRIVATE.addSubnet(`::ffff:${network}`, 96 + prefix, 'ipv6');
}
PRIVATE.addAddress('::', 'ipv6');
PRIVATE.addAddress('::1', 'ipv6');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');
PRIVATE.addSubnet('fe80::', 10, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export interface TargetPolicy {
  /** private and loopback targets allowed (outside production) */
  allowPrivate: boolean;
  /** hosts allowed although they resolve to private addresses */
  allowedHosts: readonly string[];
  /** resolves a host name; `dns.lookup` by default */
  resolve?: (host: string) => Promise<string[]>;
}

export type TargetCheck = { ok: true; url: URL } | { ok: false; reason: string };

async function resolveAll(host: string): Promise<string[]> {
  return (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
}

/**
 * Whether a webhook URL may be called: http(s) only, no credentials in it,
 * and, unless allowed, a host that resolves to public addresses only. Checked
 * when the watch is made and again before each delivery (a name's addresses
 * can change).
 */
export async function checkWebhookTarget(raw: string, policy: TargetPolicy): Promise<TargetCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: 'only http and https are allowed' };
  }
  if (url.username || url.password) return { ok: false, reason: 'credentials in the URL' };
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (policy.allowPrivate || policy.allowedHosts.includes(host)) return { ok: true, url };
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await (policy.resolve ?? resolveAll)(host);
  } catch {
    return { ok: false, reason: `${host} does not resolve` };
  }
  if (addresses.length === 0) return { ok: false, reason: `${host} does not resolve` };
  const inside = addresses.find(isPrivateAddress);
  if (inside) return { ok: false, reason: `${host} is a private or loopback address (${inside})` };
  return { ok: true, url };
}
