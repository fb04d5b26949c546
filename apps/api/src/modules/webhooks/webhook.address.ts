import dns, { type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** The words a refused delivery is logged with: never the address a name resolved to (that would map the network). */
export const NOT_PUBLIC = 'refused: not a public address';

const NAT64_WELL_KNOWN = ipaddr.parseCIDR('64:ff9b::/96');
const NAT64_LOCAL_USE = ipaddr.parseCIDR('64:ff9b:1::/48');
const SITE_LOCAL = ipaddr.parseCIDR('fec0::/10');

function embeddedIPv4(ip: ipaddr.IPv6): ipaddr.IPv4 {
  const [hi, lo] = [ip.parts[6]!, ip.parts[7]!];
  return new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
}

/**
 * Whether an address literal is a public unicast one: ipaddr.js's list of special-purpose ranges (IANA's registries:
 * private, loopback, link-local, carrier-grade NAT, benchmarking, reserved, multicast, documentation, 6to4, Teredo,
 * …) refuses anything it does not call `unicast`. IPv6 forms that carry an IPv4 address are judged by that address:
 * IPv4-mapped (`::ffff:a.b.c.d`), IPv4-compatible (`::a.b.c.d`) and the well-known NAT64 prefix (64:ff9b::/96), so
 * `[::7f00:1]` or `[64:ff9b::a9fe:a9fe]` cannot reach loopback or the metadata service through a translator. The
 * local-use NAT64 prefix (64:ff9b:1::/48) is the operator's own network, and site-local (fec0::/10) is refused.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv4') return ip.range() === 'unicast';
  const v6 = ip as ipaddr.IPv6;
  const range = v6.range();
  if (range === 'unspecified' || range === 'loopback') return false;
  if (v6.isIPv4MappedAddress()) return isPublicAddress(v6.toIPv4Address().toString());
  if (v6.parts.slice(0, 6).every((part) => part === 0)) return isPublicAddress(embeddedIPv4(v6).toString());
  if (v6.match(NAT64_WELL_KNOWN)) return isPublicAddress(embeddedIPv4(v6).toString());
  if (v6.match(NAT64_LOCAL_USE) || v6.match(SITE_LOCAL)) return false;
  return range === 'unicast';
}

/** Not a public unicast address (see `isPublicAddress`); false for anything that is not an address literal. */
export function isPrivateAddress(address: string): boolean {
  return ipaddr.isValid(address) && !isPublicAddress(address);
}

/**
 * A host name that is local by its name (`localhost` and `*.localhost`, `.internal`, `.local`, with or without the
 * trailing dot of a fully qualified name), or an address literal that is not public.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/\.+$/, '');
  if (
    host === '' ||
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.internal') ||
    host.endsWith('.local')
  )
    return true;
  return isPrivateAddress(host);
}

/**
 * A DNS lookup for outgoing connections that refuses names resolving to an address that is not public: a
 * public-looking name can point at the cloud metadata service or an internal host (or be re-pointed after it was
 * checked), so the check happens on the addresses actually connected to. The refusal names no address.
 */
export function publicOnlyLookup(resolve: typeof dns.lookup = dns.lookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const found = addresses as unknown as LookupAddress[];
      const blocked = found.some((a) => !isPublicAddress(a.address));
      if (blocked || !found.length) {
        const refusal = Object.assign(new Error(blocked ? NOT_PUBLIC : `${hostname} resolves to no address`), {
          code: blocked ? 'PRIVATE_ADDRESS' : 'ENOTFOUND',
        });
        return callback(refusal, '', 0);
      }
      if (options.all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, found);
      else callback(null, found[0]!.address, found[0]!.family);
    });
  };
}
