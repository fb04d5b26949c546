import type dns from 'node:dns';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isPrivateHost, publicOnlyLookup } from './webhook.address.js';

/** A resolver that answers every name with `addresses`, as a DNS server under someone else's control could. */
const resolvingTo = (...addresses: string[]) =>
  ((_host: string, _options: unknown, callback: (e: Error | null, a: dns.LookupAddress[]) => void) =>
    callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })))) as unknown as typeof dns.lookup;

function lookUp(lookup: ReturnType<typeof publicOnlyLookup>, all: boolean): Promise<unknown> {
  return new Promise((resolve, reject) => {
    lookup('hooks.example.com', { all }, (error: Error | null, address: unknown, family?: number) => (error ? reject(error) : resolve(all ? address : { address, family })));
  });
}

describe('webhook addresses', () => {
  it('names local hosts and private literals', () => {
    for (const host of ['localhost', 'api.localhost', 'db.internal', 'printer.local', '127.0.0.1', '10.1.2.3', '169.254.169.254', '192.168.1.1', '[::1]', '[fe80::1]', '[::ffff:127.0.0.1]', '[::ffff:a9fe:a9fe]']) {
      expect(isPrivateHost(host), host).toBe(true);
    }
    for (const host of ['hooks.example.com', '93.184.216.34', '[2606:2800:220:1::]']) expect(isPrivateHost(host), host).toBe(false);
  });

  it('refuses a public-looking name that resolves to a private address, and passes public ones through', async () => {
    await expect(lookUp(publicOnlyLookup(resolvingTo('169.254.169.254')), false)).rejects.toMatchObject({ code: 'PRIVATE_ADDRESS' });
    // One private address among public ones is enough to refuse: the connection could pick it.
    await expect(lookUp(publicOnlyLookup(resolvingTo('93.184.216.34', '10.0.0.5')), true)).rejects.toMatchObject({ code: 'PRIVATE_ADDRESS' });
    await expect(lookUp(publicOnlyLookup(resolvingTo('93.184.216.34')), false)).resolves.toEqual({ address: '93.184.216.34', family: 4 });
    await expect(lookUp(publicOnlyLookup(resolvingTo('93.184.216.34', '2606:2800:220:1::')), true)).resolves.toHaveLength(2);
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
      const refused = await new Promise<{ code?: string }>((resolve) => {
        const request = http.request({ host: 'metadata.example.com', port, method: 'POST', agent: false, lookup: publicOnlyLookup(resolvingTo('127.0.0.1')) });
        request.on('response', () => resolve({ code: 'SENT' }));
        request.on('error', (error: { code?: string }) => resolve(error));
        request.end('{}');
      });
      expect(refused.code).toBe('PRIVATE_ADDRESS');
      expect(received).toBe(0);
    } finally {
      server.close();
    }
  });
});
