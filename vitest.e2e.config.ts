import { defineConfig } from 'vitest/config';

/** Browser tests: one server (temp DATA_DIR, free port) for the run, Debian Chromium via playwright-core. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    // A screen answers after a network round trip; on a loaded two-core machine 1 s (the default) is too short.
    expect: { poll: { timeout: 10_000 } },
  },
});
