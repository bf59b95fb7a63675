/**
 * Screens in the browser's history (issue 19), in real Chromium against the production build:
 * Back and Forward move between Shore's screens (as Android's Back gesture does) instead of leaving
 * the app; the address names the screen only (`#/budget`), never the person; a reload, and a
 * reload offline through the service worker's navigation fallback, come back to the same screen;
 * with the passphrase lock on, the lock screen comes first and then the screen in the address.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { BASE_URL } from './server';
import { openControlled } from './serviceWorker';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true });

/** The tab marked as the current page. */
async function currentTab(page: Page): Promise<string | null> {
  return page.getByRole('navigation').locator('[aria-current="page"]').textContent();
}

describe('screens in the browser history', () => {
  it('moves back and forward between screens, with only screen names in the address', async () => {
    const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Open the example' }).click();
    await nav(page, 'Budget').click();
    await nav(page, 'Plan').click();
    await nav(page, 'Collection log').click();
    await page.getByRole('heading', { name: 'Collection log' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/log');

    // Mutation: replace the history entry instead of adding one (navigation.ts `go`) → Back leaves
    // the app (about:blank) and the tab below is never 'Plan'.
    await page.goBack();
    await expect.poll(() => currentTab(page)).toBe('Plan');
    expect(new URL(page.url()).hash).toBe('#/plan');
    await page.goBack();
    await expect.poll(() => currentTab(page)).toBe('Budget');
    await page.goForward();
    await expect.poll(() => currentTab(page)).toBe('Plan');

    // Every address the app made: the page itself and a screen name, nothing about the person.
    const addresses = await page.evaluate(() => [location.pathname, location.search, location.hash]);
    expect(addresses).toEqual(['/', '', '#/plan']);
    await context.close();
  });

  it('comes back to the screen in the address after a reload, online and offline', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await openControlled(context);
    await page.getByRole('button', { name: 'Open the example' }).click();
    await nav(page, 'Budget').click();
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => currentTab(page)).toBe('Budget');

    // Offline: the navigation fallback serves index.html for `/`; the fragment picks the screen.
    await context.setOffline(true);
    await nav(page, 'Debts').click();
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => currentTab(page)).toBe('Debts');
    await page.goBack();
    await expect.poll(() => currentTab(page)).toBe('Budget');
    await context.close();
  });
});
