import type dns from 'node:dns';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isPrivateHost, NOT_PUBLIC, publicOnlyLookup } from './webhook.address.js';
import { validateEndpoint } from './webhook.service.js';

/** A resolver that answers every name with `addresses`, as a DNS server under someone else's control could. */
const resolvingTo = (...addresses: string[]) =>
  ((_host: string, _options: unknown, callback: (e: Error | null, a: dns.LookupAddress[]) => void) =>
    callback(
      null,
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    )) as unknown as typeof dns.lookup;

function lookUp(lookup: ReturnType<typeof publicOnlyLookup>, all: boolean): Promise<unknown> {
  return new Promise((resolve, reject) => {
    lookup('hooks.example.com', { all }, (error: Error | null, address: unknown, family?: number) =>
      error ? reject(error) : resolve(all ? address : { address, family }),
    );
  });
}

describe('webhook addresses', () => {
  it('names local hosts and private literals', () => {
    for (const host of [
      'localhost',
      'api.localhost',
      'db.internal',
      'printer.local',
      '127.0.0.1',
      '10.1.2.3',
      '169.254.169.254',
      '192.168.1.1',
      '[::1]',
      '[fe80::1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:a9fe:a9fe]',
    ]) {
      expect(isPrivateHost(host), host).toBe(true);
    }
    for (const host of ['hooks.example.com', '93.184.216.34', '[2606:2800:220:1::]'])
      expect(isPrivateHost(host), host).toBe(false);
  });

  it('refuses every special-purpose range, IPv4 carried in IPv6, and local names with a trailing dot', () => {
    const refused = [
      '192.0.0.192', // IETF protocol assignments (192.0.0.0/24)
      '198.18.0.1', // benchmarking (198.18.0.0/15)
      '192.0.2.1', // documentation
      '240.0.0.1', // reserved
      '255.255.255.255',
      '224.0.0.1',
      '[::7f00:1]', // IPv4-compatible ::127.0.0.1
      '[::a9fe:a9fe]', // IPv4-compatible ::169.254.169.254
      '[64:ff9b::a9fe:a9fe]', // NAT64 of 169.254.169.254
      '[64:ff9b::7f00:1]', // NAT64 of 127.0.0.1
      '[64:ff9b:1::a00:1]', // local-use NAT64
      '[fec0::1]', // site-local
      '[::ffff:a00:1]', // IPv4-mapped 10.0.0.1
      '[::]',
      '[2001:db8::1]', // documentation
      '[2002:7f00:1::]', // 6to4
      '[ff02::1]',
      'localhost.',
      'LOCALHOST',
      'api.localhost.',
      'db.internal.',
    ];
    for (const host of refused) expect(isPrivateHost(host), host).toBe(true);
    for (const host of [
      'hooks.example.com',
      'hooks.example.com.',
      '93.184.216.34',
      '[2606:2800:220:1::]',
      '[::ffff:5db8:d822]',
      '[64:ff9b::5db8:d822]',
    ])
      expect(isPrivateHost(host), host).toBe(false);
    // What an admin is told when creating such an endpoint in production.
    for (const url of [
      'https://192.0.0.192/',
      'https://198.18.0.1/',
      'https://[::7f00:1]/',
      'https://[64:ff9b::a9fe:a9fe]/',
      'https://[fec0::1]/',
      'https://localhost./',
    ]) {
      const result = validateEndpoint({ url, events: ['policy.published'] }, true);
      expect('problems' in result && result.problems.map((p) => p.path), url).toEqual(['url']);
    }
  });

  it('refuses a public-looking name that resolves to a private address, and passes public ones through', async () => {
    await expect(lookUp(publicOnlyLookup(resolvingTo('169.254.169.254')), false)).rejects.toMatchObject({
      code: 'PRIVATE_ADDRESS',
    });
    // One private address among public ones is enough to refuse: the connection could pick it.
    await expect(lookUp(publicOnlyLookup(resolvingTo('93.184.216.34', '10.0.0.5')), true)).rejects.toMatchObject({
      code: 'PRIVATE_ADDRESS',
    });
    for (const address of [
      '192.0.0.192',
      '198.18.0.1',
      '::7f00:1',
      '64:ff9b::a9fe:a9fe',
      'fec0::1',
      '::ffff:10.0.0.1',
    ]) {
      await expect(lookUp(publicOnlyLookup(resolvingTo(address)), false), address).rejects.toMatchObject({
        code: 'PRIVATE_ADDRESS',
      });
    }
    await expect(lookUp(publicOnlyLookup(resolvingTo('93.184.216.34')), false)).resolves.toEqual({
      address: '93.184.216.34',
      family: 4,
    });
    await expect(
      lookUp(publicOnlyLookup(resolvingTo('93.184.216.34', '2606:2800:220:1::')), true),
    ).resolves.toHaveLength(2);
  });

  it('stops an HTTP request before it connects when the name resolves to a private address', async () => {
    let received = 0;
    const server = http.createServer((_req, res) => {
      received++;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const refused = await new Promise<{ code?: string; message?: string }>((resolve) => {
        const request = http.request({
          host: 'metadata.example.com',
          port,
          method: 'POST',
          agent: false,
          lookup: publicOnlyLookup(resolvingTo('127.0.0.1')),
        });
        request.on('response', () => resolve({ code: 'SENT' }));
        request.on('error', (error: { code?: string }) => resolve(error));
        request.end('{}');
      });
      expect(refused.code).toBe('PRIVATE_ADDRESS');
      // What the delivery log stores and shows: never what an internal name resolves to.
      expect(refused.message).toBe(NOT_PUBLIC);
      expect(refused.message).not.toContain('127.0.0.1');
      expect(received).toBe(0);
    } finally {
      server.close();
    }
  });
});
