import { expect } from 'vitest';
import { GqlErrors } from './client.js';

expect.extend({
  /** `await expect(client.gql(...)).rejects.toHaveCode('NOT_FOUND')` */
  toHaveCode(received: unknown, ...codes: string[]) {
    const actual = received instanceof GqlErrors ? received.codes : [];
    const pass = actual.length > 0 && actual.every((c) => codes.includes(c));
    return {
      pass,
      message: () =>
        `expected GraphQL errors with code ${codes.join(' or ')}, got ${received instanceof GqlErrors ? received.message : String(received)}`,
    };
  },
});

declare module 'vitest' {
  interface Matchers<T = any> {
    toHaveCode(...codes: string[]): T;
  }
}
