/** Browser-test helper: open the app and wait until its service worker controls the page. */
import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL } from './server';

/**
 * Open the app and wait until the service worker is activated and controls the page.
 * (`ready` can resolve while the worker is still activating, and a page mid-reload can stay
 * uncontrolled; so wait for `activated`, then reload once if needed: see toolchain.md.)
 * `baseUrl` defaults to globalSetup's server; the update test serves its own builds elsewhere.
 */
export async function openControlled(context: BrowserContext, baseUrl: string = BASE_URL): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((resolve) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve();
        });
      });
    }
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload({ waitUntil: 'load' });
  }
  return page;
}
