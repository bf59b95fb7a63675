/**
 * Setup for unit and component tests (vitest.config.ts).
 * - fake-indexeddb/auto: a real IndexedDB implementation in memory; for isolation,
 *   give each test its own `new IDBFactory()` or a unique database name.
 * - jest-dom matchers (toBeInTheDocument, toHaveTextContent, ...).
 * - jsdom has no window.scrollTo, which the router calls on navigation.
 * - @solidjs/testing-library cleans up automatically only with `globals: true`; we call it here.
 */
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

if (typeof window !== 'undefined') {
  window.scrollTo = () => undefined;
  const { cleanup } = await import('@solidjs/testing-library');
  afterEach(() => {
    cleanup();
  });
}
