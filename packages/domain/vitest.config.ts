import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Property-based tests run hundreds of cases through the holiday calendars; on a loaded two-core machine one
    // can take longer than vitest's 5 s default. A limit, not a timed assertion.
    testTimeout: 60_000,
  },
});
