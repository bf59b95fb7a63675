/**
 * What the browser tests of one file share: one Chromium for the file (`useBrowser`), a page in a
 * fresh context that records page errors and console errors (`openPage`), and axe's serious or
 * critical violations (`seriousViolations`).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { BASE_URL } from './server';

/** Launches Chromium before the file's tests and closes it after; call at the top of the file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser starts in beforeAll');
    return browser;
  };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors, as they happen. */
  problems: string[];
}

/** The app's start page in a new context, in `lang`, ready (`data-ready`). */
export async function openPage(
  browser: Browser,
  lang: 'zh-CN' | 'en',
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    locale: lang === 'zh-CN' ? 'zh-CN' : 'en-US',
    viewport: { width: 360, height: 800 },
    ...options,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  return { context, page, problems };
}

/** Axe's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}
