import dns, { type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Addresses a production server must not send to: loopback, private, link-local (cloud metadata), carrier-grade NAT. */
const PRIVATE = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16]] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
// IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) are checked against the IPv4 ranges by BlockList itself; a
// `::ffff:0:0/96` entry would match every IPv4 address.
for (const [net, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10]] as const) PRIVATE.addSubnet(net, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A host name that is local by its name, or an address literal in a private range. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local')) return true;
  return isPrivateAddress(host);
}

/**
 * A DNS lookup for outgoing connections that refuses names resolving to a private address: a public-looking
 * name can point at the cloud metadata service or an internal host (or be re-pointed after it was checked), so
 * the check happens on the addresses actually connected to.
 */
export function publicOnlyLookup(resolve: typeof dns.lookup = dns.lookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const found = addresses as unknown as LookupAddress[];
      const blocked = found.find((a) => isPrivateAddress(a.address));
      if (blocked || !found.length) {
        const refusal = Object.assign(new Error(`${hostname} resolves to ${blocked ? `a private address (${blocked.address})` : 'no address'}`), {
          code: blocked ? 'PRIVATE_ADDRESS' : 'ENOTFOUND',
        });
        return callback(refusal, '', 0);
      }
      if (options.all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, found);
      else callback(null, found[0]!.address, found[0]!.family);
    });
  };
}
