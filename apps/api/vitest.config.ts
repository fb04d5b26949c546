import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    setupFiles: ['src/test/matchers.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each test seeds its own agency and tenants, so files and tests run concurrently.
    sequence: { concurrent: true },
  },
});
