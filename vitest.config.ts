import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // End-to-end runs start real processes and a pseudo-terminal; the shared 2-core machines are slow.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
