/**
 * Unit and component tests (`npm run test:unit`).
 * - `*.test.ts` run in node; `*.test.tsx` (components) run in jsdom.
 *   A `.ts` test that needs the DOM can opt in with `// @vitest-environment jsdom`.
 * - Browser tests live in tests/e2e and use vitest.e2e.config.ts instead.
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

export default mergeConfig(
  viteConfig,
  defineConfig({
    resolve: {
      // Solid's browser build (not its SSR build) for component tests in jsdom.
      conditions: ['development', 'browser'],
    },
    test: {
      // vitest 4 dropped environmentMatchGlobs; two projects pick the environment by extension.
      // (include/exclude live only in the projects: `extends: true` would concatenate them.)
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
            exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
            environment: 'node',
          },
        },
        {
          extends: true,
          test: {
            name: 'component',
            include: ['src/**/*.test.tsx', 'tests/unit/**/*.test.tsx'],
            exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
            environment: 'jsdom',
          },
        },
      ],
      setupFiles: ['./tests/setup.ts'],
      server: { deps: { inline: [/@solidjs\/testing-library/] } },
      reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    },
  }),
);
