import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Conversions of real PDFs in child processes: on a loaded 2-core machine they take several times their idle time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
