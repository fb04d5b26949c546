import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS entry for type-graphql and Apollo; Vite would pick the .mjs one for our
    // sources. One copy, or schema objects from two realms meet ("Cannot use GraphQLNonNull from another module").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    setupFiles: ['reflect-metadata', 'src/test/matchers.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each test seeds its own agency and tenants, so files and tests run concurrently.
    sequence: { concurrent: true },
  },
});
