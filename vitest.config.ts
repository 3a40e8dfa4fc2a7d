import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'policy/**/*.test.ts'],
    exclude: ['test/reliability/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The migrations run once per run; each test database starts as a copy of the result (ADR 0105).
    globalSetup: ['test/support/migrated-template.ts'],
    // CI (CI=true) has the machine to itself: one test file per core. Vitest's default, cores − 1,
    // leaves one of two cores idle. Test databases, servers and ports are per file.
    ...(process.env['CI'] ? { maxWorkers: availableParallelism() } : {}),
  },
});
