import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Two cores: PDF and LibreOffice tests are CPU-bound.
    maxWorkers: 2,
  },
});
