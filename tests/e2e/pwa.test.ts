/**
 * The installable, offline PWA (issue 6), against the production build in real Chromium:
 * the real service worker takes control, the app reopens offline, the manifest passes Chromium's
 * own installability check, and no request ever leaves 127.0.0.1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, launchPersistentBrowser } from './browser';
import { BASE_URL, PREVIEW_HOST, PREVIEW_PORT } from './server';
import { PACKED_SUFFIX } from '../../src/serviceWorker/packedAssets';
import { openControlled } from './serviceWorker';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('service worker', () => {
  it('activates and controls the page', async () => {
    const context = await browser.newContext();
    const page = await openControlled(context);
    const state = await page.evaluate(() => ({
      controlled: navigator.serviceWorker.controller !== null,
      scriptURL: navigator.serviceWorker.controller?.scriptURL ?? '',
    }));
    expect(state).toEqual({ controlled: true, scriptURL: `${BASE_URL}/sw.js` });
    await context.close();
  });

  it('reopens the app offline from its cache, and offline really is offline', async () => {
    const context = await browser.newContext();
    const page = await openControlled(context);
    await context.setOffline(true);
    // An uncached URL must fail: proof that the reload below is served by the service worker.
    const uncached = await page.evaluate(async () => {
      try {
        await fetch('/not-in-the-precache.json', { cache: 'no-store' });
        return 'fetched';
      } catch {
        return 'failed';
      }
    });
    expect(uncached).toBe('failed');
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('上岸');
    await context.close();
  });

  it('stores scripts and styles packed, and serves each one offline exactly as built', async () => {
    const built = join('dist-e2e', String(PREVIEW_PORT), 'assets');
    const scripts = readdirSync(built).filter((file) => /\.(js|css)$/.test(file));
    const context = await browser.newContext();
    const page = await openControlled(context);
    const stored = await page.evaluate(async () => {
      const entries: { path: string; bytes: number }[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          entries.push({ path: new URL(request.url).pathname, bytes: (await response!.arrayBuffer()).byteLength });
        }
      }
      return entries;
    });
    // Every script and style is in the cache as its gzip copy, byte for byte, and never plain.
    const storedAssets = stored.filter((entry) => entry.path.startsWith('/assets/'));
    expect(storedAssets.map((entry) => entry.path).sort()).toEqual(
      scripts.map((file) => `/assets/${file}${PACKED_SUFFIX}`).sort(),
    );
    for (const entry of storedAssets) {
      expect(entry.bytes).toBe(readFileSync(join(built, entry.path.slice('/assets/'.length))).length);
    }

    await context.setOffline(true);
    for (const file of scripts) {
      const served = await page.evaluate(async (url) => {
        const response = await fetch(url);
        return { type: response.headers.get('content-type'), text: await response.text() };
      }, `/assets/${file}`);
      expect(served.type).toMatch(file.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
      expect(served.text).toBe(readFileSync(join(built, file), 'utf8'));
    }
    await context.close();
  });

  it('cannot reopen offline when service workers are blocked (the control case)', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`, { waitUntil: 'load' });
    await context.setOffline(true);
    await expect(page.reload({ waitUntil: 'load' })).rejects.toThrow();
    await context.close();
  });
});

describe('manifest', () => {
  it('has the installability fields and real icons at the sizes browsers want', async () => {
    // A real profile: Chromium reports every incognito page as not installable.
    const { context, dispose } = await launchPersistentBrowser();
    const page = await openControlled(context);
    const manifest = (await (await page.request.get(`${BASE_URL}/manifest.webmanifest`)).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      description: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: '上岸 Shore', short_name: '上岸', start_url: '/', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.description).toMatch(/[\u4e00-\u9fff]/); // Chinese
    expect(manifest.description).toMatch(/stays on your device/); // English
    const sizes = manifest.icons
      .filter((icon) => icon.type === 'image/png')
      .map((icon) => `${icon.sizes}:${icon.purpose ?? 'any'}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
    for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
      const response = await page.request.get(`${BASE_URL}${icon.src}`);
      expect(response.status()).toBe(200);
      const png = await response.body();
      // PNG IHDR: width and height are big-endian at bytes 16 and 20.
      expect(`${String(png.readUInt32BE(16))}x${String(png.readUInt32BE(20))}`).toBe(icon.sizes);
    }
    // Chromium's own verdict.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
    await dispose();
  });
});

describe('privacy', () => {
  it('sets a Content-Security-Policy that allows no other origin', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    // A fetch to another origin is refused by the policy itself.
    const blocked = await page.evaluate(async () => {
      try {
        await fetch('http://127.0.0.2:9/');
        return 'sent';
      } catch {
        return 'blocked';
      }
    });
    expect(blocked).toBe('blocked');
    await context.close();
  });

  it('never loads from another host than the app', async () => {
    const context = await browser.newContext();
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await openControlled(context);
    await page.reload({ waitUntil: 'networkidle' });
    const foreign = requests.filter((url) => {
      const parsed = new URL(url);
      return !['data:', 'blob:'].includes(parsed.protocol) && parsed.hostname !== PREVIEW_HOST;
    });
    expect(requests.length).toBeGreaterThan(3);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
