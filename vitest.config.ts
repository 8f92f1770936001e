import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Counts and lists the tests skipped for a missing system tool, at the end of the run.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    // Two cores: PDF and LibreOffice tests are CPU-bound.
    maxWorkers: 2,
  },
});
