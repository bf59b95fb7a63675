/**
 * Browser tests (`npm run test:e2e`): vitest in node drives real Chromium through playwright-core
 * against the production build served by `vite preview` (see tests/e2e/globalSetup.ts).
 * One file at a time: one preview server, one port, 2-core machines.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 90_000,
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
  },
});
