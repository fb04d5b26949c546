import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The embedded smoke suite (`pnpm test:smoke`): `dist/main.js` as `pnpm start` runs it on a new machine — the
 * embedded PostgreSQL in fresh data folders, demo data — kept alive for a minute under a burst and a SIGKILL, plus
 * the embedded server's own tests. The same global setup as `pnpm test`: run without TEST_DATABASE_URL, it also
 * proves the test setup starts its embedded server by itself.
 */
export default defineConfig({
  resolve: {
    // As in vitest.config.ts: one copy of graphql for our sources, type-graphql and Apollo.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.smoke.ts', 'src/db/embedded.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    setupFiles: ['reflect-metadata', 'src/test/matchers.ts'],
    // Minute-long lives of several processes, each starting its own PostgreSQL.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    teardownTimeout: 120_000,
    sequence: { concurrent: true },
  },
});
