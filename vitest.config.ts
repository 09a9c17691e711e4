import { configDefaults, defineConfig } from 'vitest/config';

// `npm run test:guard` runs only test/guard/, whose test fails on purpose: CI checks that such a run, with
// this config and the global setup, exits non-zero, so a green run means the tests passed.
const guard = process.env.ECM_TEST_GUARD === '1';

export default defineConfig({
  test: {
    include: guard ? ['test/guard/**/*.test.ts'] : ['test/**/*.test.ts'],
    exclude: guard ? configDefaults.exclude : [...configDefaults.exclude, 'test/guard/**'],
    globalSetup: ['test/support/global-setup.ts'],
    // End-to-end runs start real processes and a pseudo-terminal; the shared 2-core machines are slow.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
