/**
 * Hosting and framing (issue 13), against the production build in real Chromium.
 *
 * - `vite preview` sends the headers docs/deploy.md asks hosts to send, with its cache rules, so
 *   every browser test runs under them.
 * - A page of another local origin that frames Shore gets nothing from a host that sends the
 *   headers (the browser refuses the frame), and from a host that sends none of them Shore itself
 *   shows only a notice with a link: no stored data, and IndexedDB never opened. Top-level, on that
 *   same host, the data is there. The framing page is on the same site (127.0.0.1, another port),
 *   so the frame shares Shore's storage: without the app's own check it would show the data.
 */
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAMED_NOTICE } from '../../src/platform/framing';
import { HEADER_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/platform/securityHeaders';
import { launchBrowser } from './browser';
import { BASE_URL, PREVIEW_PORT } from './server';
import { openControlled } from './serviceWorker';
import { extraPort, serveFixed, serveFolder, type RunningServer } from './staticServer';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('headers', () => {
  it('vite preview sends the deployment headers, and caches only hashed files for good', async () => {
    const assets = (await (await fetch(`${BASE_URL}/`)).text()).match(/\/assets\/[\w-]+\.js/)?.[0];
    expect(assets).toBeDefined();
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', assets!]) {
      const response = await fetch(`${BASE_URL}${path}`);
      expect(response.status, path).toBe(200);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
      }
      expect(response.headers.get('cache-control'), path).toBe(
        path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
    expect(HEADER_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('runs under those headers: the app works, with no console error or CSP report', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('button', { name: 'Open the example' }).click();
    await page.getByRole('heading', { name: 'Sample QuickLoan' }).waitFor();
    await page.getByRole('navigation').getByText('Plan', { exact: true }).click();
    await page.getByTestId('this-month').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** A page of another origin that frames `target`. */
function framingPage(port: number, target: string): Promise<RunningServer> {
  return serveFixed(
    port,
    'text/html; charset=utf-8',
    `<!doctype html><title>Someone else's page</title><iframe src="${target}/" width="800" height="600"></iframe>`,
  );
}

/** The frame showing `origin`'s page, once it has loaded. */
async function frameOf(page: Page): Promise<Frame> {
  await page.locator('iframe').waitFor();
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  if (!frame) throw new Error('no frame');
  await frame.waitForLoadState('load');
  return frame;
}

/** Records every IndexedDB open of every document in the context (frames included). */
const COUNT_DATABASE_OPENS = `(() => {
  window.__databaseOpens = 0;
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) { window.__databaseOpens += 1; return open.apply(this, args); };
})();`;

describe('framing', () => {
  it('a host with the headers: the browser refuses to show Shore in another origin’s frame', async () => {
    const framer = await framingPage(extraPort(3), BASE_URL);
    const context = await browser.newContext({ locale: 'en-US' });
    try {
      const page = await context.newPage();
      await page.goto(`${framer.origin}/`);
      const frame = await frameOf(page);
      // Chromium replaces a refused frame with its own error page: no Shore document at all.
      expect(frame.url()).not.toContain(`:${String(PREVIEW_PORT)}`);
      expect(await frame.locator('#root').count()).toBe(0);
    } finally {
      await context.close();
      await framer.close();
    }
  });

  it('a host without them: the framed app reads no data and shows only the notice; top-level it works', async () => {
    // The same build on a host that sends no security header at all.
    const host = await serveFolder(join('dist-e2e', String(PREVIEW_PORT)), extraPort(4));
    const framer = await framingPage(extraPort(5), host.origin);
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript(COUNT_DATABASE_OPENS);
    try {
      // Data first, top-level on that host: the example.
      const top = await openControlled(context, host.origin);
      await top.getByRole('button', { name: 'Open the example' }).click();
      await top.getByRole('heading', { name: 'Sample QuickLoan' }).waitFor();
      await top.close();

      // Framed by another origin: the notice in both languages and a link out; no data, no database.
      // (Mutation: main.tsx without the isFramed check → the frame shows Sample QuickLoan and opens
      // the database → fails.)
      const page = await context.newPage();
      await page.goto(`${framer.origin}/`);
      const frame = await frameOf(page);
      // Whichever comes: the notice, or the app with its data (the failure this test is for).
      await frame
        .getByRole('heading', { name: FRAMED_NOTICE[1].title })
        .or(frame.getByRole('navigation'))
        .first()
        .waitFor();
      const text = await frame.locator('body').innerText();
      for (const notice of FRAMED_NOTICE) expect(text).toContain(notice.body);
      expect(text).not.toContain('Sample');
      const link = frame.getByRole('link', { name: FRAMED_NOTICE[0].link });
      expect(await link.getAttribute('href')).toBe(`${host.origin}/`);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await frame.evaluate(() => (window as { __databaseOpens?: number }).__databaseOpens)).toBe(0);
      expect(await frame.evaluate(() => document.documentElement.dataset.ready)).toBeUndefined();

      // The link opens Shore on its own, where the data is.
      const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await opened
        .getByRole('heading', { name: 'Sample QuickLoan' })
        .or(opened.getByTestId('this-month'))
        .first()
        .waitFor();
      expect(await opened.evaluate(() => window.top === window.self)).toBe(true);
    } finally {
      await context.close();
      await framer.close();
      await host.close();
    }
  });
});
