/**
 * App updates (issue 6), in real Chromium against two real production builds: version A is
 * served, its service worker takes control and the person starts adding a debt; then version B
 * is served on the same origin and the page checks for an update. B installs in the background
 * and waits; the banner says so but will not reload while the debt form is open, and nothing
 * typed is lost. Once the form is saved, "Reload now" activates B and reloads into it, and the
 * saved debt is still there.
 *
 * The two builds are the production config plus one test-only plugin that writes
 * `<meta name="shore-build" content="A|B">` into index.html: that changes index.html's precache
 * revision, so B's sw.js differs from A's (a real update), and tells which version is running.
 * This file serves its own builds on its own port (not globalSetup's server).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { PREVIEW_HOST } from './server';
import { openControlled } from './serviceWorker';
import { extraPort } from './staticServer';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
const PORT = Number(process.env['SHORE_E2E_UPDATE_PORT'] ?? extraPort(9));
const ORIGIN = `http://${PREVIEW_HOST}:${String(PORT)}`;
const outDir = (version: 'A' | 'B'): string => join('dist-e2e', `update-${String(PORT)}-${version}`);

/**
 * Builds the app as users get it (NODE_ENV=production, the repository's vite.config.ts), plus a
 * plugin that marks index.html with `version`. Runs in a child process: vitest's NODE_ENV=test
 * would otherwise give a non-production bundle.
 */
function buildVersion(version: 'A' | 'B'): void {
  const script = `
    import { build } from 'vite';
    const id = process.env.SHORE_BUILD_ID;
    await build({
      configFile: 'vite.config.ts',
      logLevel: 'warn',
      build: { outDir: process.env.SHORE_BUILD_OUT, emptyOutDir: true },
      plugins: [{
        name: 'shore-test-build-id',
        transformIndexHtml: (html) => html.replace('</head>', '<meta name="shore-build" content="' + id + '" /></head>'),
      }],
    });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', SHORE_BUILD_ID: version, SHORE_BUILD_OUT: outDir(version) },
  });
}

/** Serves one build with `vite preview` on PORT and resolves once it answers; returns a stop function. */
async function serve(version: 'A' | 'B'): Promise<() => Promise<void>> {
  const child: ChildProcess = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', PREVIEW_HOST, '--port', String(PORT), '--strictPort', '--outDir', outDir(version)],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`vite preview (${version}) exited with ${String(child.exitCode)}:\n${output}`);
    try {
      // Answering is not enough: the previous server may still hold the port for a moment.
      const html = await (await fetch(`${ORIGIN}/index.html`, { cache: 'no-store' })).text();
      if (html.includes(`<meta name="shore-build" content="${version}"`)) return stop;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview (${version}) did not answer on ${ORIGIN} within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The build marker of the document the page is showing. */
function runningVersion(page: Page): Promise<string | null> {
  return page.locator('meta[name="shore-build"]').getAttribute('content');
}

/** The debts stored in IndexedDB (read directly: the database is not locked in this test). */
function storedPlatforms(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('SHORE');
        open.onerror = () => reject(new Error('cannot open SHORE'));
        open.onsuccess = () => {
          const request = open.result.transaction('debts').objectStore('debts').getAll();
          request.onsuccess = () => {
            resolve((request.result as { platform?: string }[]).map((debt) => debt.platform ?? ''));
            open.result.close();
          };
          request.onerror = () => reject(new Error('cannot read debts'));
        };
      }),
  );
}

/** Check for an update now (as the browser does on navigation and periodically); resolves once it has installed and waits. */
async function checkForUpdateAndWaitInstalled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration('/');
    if (!registration) throw new Error('no registration');
    await registration.update();
    if (registration.waiting) return;
    const worker = registration.installing;
    if (!worker) throw new Error('no update found');
    if (worker.state === 'installed') return;
    await new Promise<void>((resolve, reject) => {
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed') resolve();
        if (worker.state === 'redundant') reject(new Error('the new worker failed to install'));
      });
    });
  });
}

/** The running document's own mark, set once: gone if anything reloads the page. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as { shoreNoReload?: boolean }).shoreNoReload = true;
  });
}
function documentMarked(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as { shoreNoReload?: boolean }).shoreNoReload === true);
}

let browser: Browser;
let stopServer: (() => Promise<void>) | undefined;

beforeAll(async () => {
  buildVersion('A');
  buildVersion('B');
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await stopServer?.();
  await browser.close();
});

describe('app update', () => {
  it('installs B in the background, waits while the debt form is open, then reloads into B with the data kept', async () => {
    stopServer = await serve('A');
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } });
    const page = await openControlled(context, ORIGIN);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.waitForSelector('html[data-ready="true"]');
    expect(await runningVersion(page)).toBe('A');

    // The example, and an edit in progress: a new debt half typed.
    await page.getByRole('button', { name: 'Open the example' }).click();
    await page.getByRole('heading', { name: 'Sample QuickLoan' }).waitFor();
    await page.getByRole('button', { name: 'Add a debt' }).click();
    await page.getByLabel('Platform or creditor').fill('Typed before the update');
    await page.getByLabel('Principal owed now (¥)').fill('1234.56');
    // A mark on this very document: gone if anything reloads the page behind the person's back.
    await markDocument(page);

    // Version B replaces A on the same origin; the page checks for an update (as browsers do on
    // navigation and periodically).
    await stopServer();
    stopServer = await serve('B');
    const swA = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    // B installs in the background and waits; A still controls the page.
    await checkForUpdateAndWaitInstalled(page);
    const banner = page.locator('.update-banner');
    await banner.waitFor();
    const reloadNow = banner.getByRole('button', { name: 'Reload now' });

    // While the form is open: no reload on offer, and the banner says why.
    expect(await banner.textContent()).toContain('Finish or cancel the form you are editing, then reload.');
    expect(await reloadNow.isDisabled()).toBe(true);
    const workers = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration('/');
      return {
        waiting: registration?.waiting?.state ?? null,
        controller: navigator.serviceWorker.controller?.state ?? null,
        sameController: navigator.serviceWorker.controller === registration?.active,
      };
    });
    expect(workers).toEqual({ waiting: 'installed', controller: 'activated', sameController: true });
    expect(swA).toBe(`${ORIGIN}/sw.js`);

    // Nothing typed is lost, the person can keep typing, and the page never reloaded.
    expect(await page.getByLabel('Platform or creditor').inputValue()).toBe('Typed before the update');
    expect(await page.getByLabel('Principal owed now (¥)').inputValue()).toBe('1234.56');
    await page.getByLabel('Platform or creditor').fill('Typed across the update');
    await page.getByLabel('Rate (%)').fill('0.05');
    expect(await documentMarked(page)).toBe(true);
    expect(await runningVersion(page)).toBe('A');
    // Still disabled after more typing (the form is still open).
    expect(await reloadNow.isDisabled()).toBe(true);

    // The form is saved: now the reload is offered.
    await page.getByRole('button', { name: 'Save debt' }).click();
    await page.getByRole('heading', { name: 'Typed across the update' }).waitFor();
    await expect.poll(() => reloadNow.isEnabled()).toBe(true);
    expect(await banner.textContent()).toContain(
      'A new version of Shore is ready. Nothing you have entered is lost by reloading.',
    );
    expect(await documentMarked(page)).toBe(true);

    // Opening the form again takes the offer back; cancelling gives it back.
    await page.getByRole('button', { name: 'Add a debt' }).click();
    await expect.poll(() => reloadNow.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => reloadNow.isEnabled()).toBe(true);

    // Reload now: B takes control and the page reloads into it.
    await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), reloadNow.click()]);
    await page.waitForSelector('html[data-ready="true"]');
    expect(await runningVersion(page)).toBe('B');
    expect(await documentMarked(page)).toBe(false);
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration('/');
      const controller = navigator.serviceWorker.controller;
      return {
        controlled: controller !== null,
        controllerIsActive: controller === registration?.active,
        waiting: registration?.waiting ?? null,
        // The new worker's own precache holds B's index.html.
        cachedVersion: await (async () => {
          for (const name of await caches.keys()) {
            const cache = await caches.open(name);
            for (const request of await cache.keys()) {
              if (new URL(request.url).pathname === '/index.html') {
                const html = await (await cache.match(request))?.text();
                return /<meta name="shore-build" content="(\w)"/.exec(html ?? '')?.[1] ?? null;
              }
            }
          }
          return null;
        })(),
      };
    });
    expect(after).toEqual({ controlled: true, controllerIsActive: true, waiting: null, cachedVersion: 'B' });
    // A real update: the two builds' workers differ, and the one now registered is B's.
    const swOf = (version: 'A' | 'B'): string => readFileSync(join(root, outDir(version), 'sw.js'), 'utf8');
    expect(swOf('A')).not.toBe(swOf('B'));
    expect(await (await page.request.get(`${ORIGIN}/sw.js`)).text()).toBe(swOf('B'));

    // The data is intact: the saved debt and the example.
    expect(await storedPlatforms(page)).toEqual(
      expect.arrayContaining(['Typed across the update', 'Sample QuickLoan']),
    );
    await page.getByRole('navigation').getByRole('button', { name: 'Debts', exact: true }).click();
    await page.getByRole('heading', { name: 'Typed across the update' }).waitFor();
    await page.getByRole('heading', { name: 'Sample QuickLoan' }).waitFor();
    expect(await page.locator('.update-banner').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('in two tabs: the other tab applies B, the tab with the open form keeps it, and its "Reload now" still reloads into B', async () => {
    await stopServer?.();
    stopServer = await serve('A');
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } });
    const editing = await openControlled(context, ORIGIN);
    const problems: string[] = [];
    editing.on('pageerror', (error) => problems.push(`editing: ${error.message}`));
    await editing.waitForSelector('html[data-ready="true"]');
    await editing.getByRole('button', { name: 'Open the example' }).click();
    await editing.getByRole('heading', { name: 'Sample QuickLoan' }).waitFor();
    const other = await context.newPage();
    other.on('pageerror', (error) => problems.push(`other: ${error.message}`));
    await other.goto(`${ORIGIN}/`, { waitUntil: 'load' });
    await other.waitForSelector('html[data-ready="true"]');
    expect(await other.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await editing.getByRole('button', { name: 'Add a debt' }).click();
    await editing.getByLabel('Platform or creditor').fill('Typed in the other tab');
    await editing.getByLabel('Principal owed now (¥)').fill('500');
    await editing.getByLabel('Rate (%)').fill('0.05');
    await markDocument(editing);

    await stopServer();
    stopServer = await serve('B');
    await checkForUpdateAndWaitInstalled(editing);
    const editingBanner = editing.locator('.update-banner');
    const otherBanner = other.locator('.update-banner');
    await editingBanner.waitFor();
    await otherBanner.waitFor();
    const editingReload = editingBanner.getByRole('button', { name: 'Reload now' });
    const otherReload = otherBanner.getByRole('button', { name: 'Reload now' });
    expect(await editingReload.isDisabled()).toBe(true);
    expect(await otherReload.isEnabled()).toBe(true);

    // The other tab takes the update: it reloads into B; the editing tab is not reloaded.
    await Promise.all([other.waitForEvent('load', { timeout: 20_000 }), otherReload.click()]);
    await other.waitForSelector('html[data-ready="true"]');
    expect(await runningVersion(other)).toBe('B');
    expect(await documentMarked(editing)).toBe(true);
    expect(await runningVersion(editing)).toBe('A');
    expect(await editing.getByLabel('Platform or creditor').inputValue()).toBe('Typed in the other tab');
    expect(await editingReload.isDisabled()).toBe(true);

    // The editing tab finishes; its reload now brings it onto B (no worker is waiting any more).
    await editing.getByRole('button', { name: 'Save debt' }).click();
    await editing.getByRole('heading', { name: 'Typed in the other tab' }).waitFor();
    await expect.poll(() => editingReload.isEnabled()).toBe(true);
    await Promise.all([editing.waitForEvent('load', { timeout: 10_000 }), editingReload.click()]);
    await editing.waitForSelector('html[data-ready="true"]');
    expect(await runningVersion(editing)).toBe('B');
    expect(await storedPlatforms(editing)).toEqual(
      expect.arrayContaining(['Typed in the other tab', 'Sample QuickLoan']),
    );
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
