/**
 * Storage in real Chromium, on the production build's origin: data survives a reload, a second
 * tab hears a change, an old database upgrades, a bad backup changes nothing, persistence
 * reports a status.
 *
 * The app exposes no test hook, and UI files are not ours to edit, so this file bundles
 * src/storage (esbuild, an IIFE) and injects it into the app page as `window.__shoreStorage`:
 * the same code the app ships, against the browser's real IndexedDB and BroadcastChannel.
 * Each test uses its own database name and a fresh browser context.
 */
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { BASE_URL } from './server';
import type * as BackupModule from '../../src/storage/backup';
import type * as DbModule from '../../src/storage/db';
import type * as PersistenceModule from '../../src/storage/persistence';
import type * as RepositoryModule from '../../src/storage/repository';
import type * as SyncModule from '../../src/storage/sync';
import type * as TestSupportModule from '../../src/storage/testSupport';

/** What the injected bundle puts on `window`. */
const HOOK_SOURCE = `
import { openShoreDb, openShoreDbAtVersion } from './src/storage/db';
import { makeShoreRepository } from './src/storage/repository';
import { openChangeChannel } from './src/storage/sync';
import { exportBackup, prepareImport, applyImport } from './src/storage/backup';
import { requestPersistence, storageEstimate } from './src/storage/persistence';
import { dumpDatabase, makeDebt, makeLogEntry, momentAt } from './src/storage/testSupport';
window.__shoreStorage = {
  openShoreDb, openShoreDbAtVersion, makeShoreRepository, openChangeChannel, exportBackup,
  prepareImport, applyImport, requestPersistence, storageEstimate, dumpDatabase, makeDebt,
  makeLogEntry, momentAt,
};
`;

type Hook = typeof DbModule &
  typeof RepositoryModule &
  typeof SyncModule &
  typeof BackupModule &
  typeof PersistenceModule &
  typeof TestSupportModule;
declare global {
  interface Window {
    __shoreStorage: Hook;
    /** The next change notice tab B hears (set by the second-tab test). */
    __heard: Promise<unknown>;
  }
}

let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const result = await build({
    stdin: { contents: HOOK_SOURCE, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'storage-hook.ts' },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]?.text ?? '';
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Same-origin URL the bundle is served from (the app's CSP allows only 'self' scripts). */
const HOOK_URL = `${BASE_URL}/__e2e__/storage-hook.js`;

/** A fresh context that serves the hook bundle; service workers blocked so routing sees requests. */
async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.route(HOOK_URL, (route) => route.fulfill({ body: bundle, contentType: 'text/javascript' }));
  return context;
}

async function inject(page: Page): Promise<void> {
  await page.addScriptTag({ url: HOOK_URL });
  await page.waitForFunction(() => window.__shoreStorage !== undefined);
}

async function appPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/`, { waitUntil: 'load' });
  await inject(page);
  return page;
}

describe('storage in Chromium', () => {
  it('keeps data across a reload', async () => {
    const context = await newContext();
    const page = await appPage(context);
    await page.evaluate(async () => {
      const s = window.__shoreStorage;
      const repo = s.makeShoreRepository(await s.openShoreDb('e2e-reload'));
      const { revision } = await repo.putProfile({ id: 'p1' as never, displayName: '张三', notes: '' }, null);
      const entry = {
        ...s.makeLogEntry('p1' as never, 'l1', s.momentAt(1)),
        attachments: [{ id: 'a1', name: 'x.png', type: 'image/png', size: 0 }],
      };
      await repo.save('collectionLog', entry, revision, {
        attachments: [{ id: 'a1', name: 'x.png', type: 'image/png', blob: new Blob([new Uint8Array([1, 2, 3])]) }],
      });
      repo.close();
    });
    await page.reload({ waitUntil: 'load' });
    await inject(page);
    const after = await page.evaluate(async () => {
      const s = window.__shoreStorage;
      const repo = s.makeShoreRepository(await s.openShoreDb('e2e-reload'));
      const loaded = await repo.loadProfile('p1' as never);
      const blob = (await repo.getAttachment('a1'))?.blob;
      const bytes = blob === undefined ? [] : [...new Uint8Array(await blob.arrayBuffer())];
      repo.close();
      return {
        name: loaded.profile.displayName,
        revision: loaded.profile.revision,
        log: loaded.collectionLog.length,
        bytes,
      };
    });
    expect(after).toEqual({ name: '张三', revision: 2, log: 1, bytes: [1, 2, 3] });
    await context.close();
  });

  it('lets a second tab hear a change and refuses its stale write', async () => {
    const context = await newContext();
    const tabA = await appPage(context);
    const tabB = await appPage(context);
    await tabA.evaluate(async () => {
      const s = window.__shoreStorage;
      const repo = s.makeShoreRepository(await s.openShoreDb('e2e-tabs'));
      await repo.putProfile({ id: 'p1' as never, displayName: 'A', notes: '' }, null);
      repo.close();
    });
    // Tab B subscribes first (the promise waits on its window), then tab A writes.
    await tabB.evaluate(() => {
      const channel = window.__shoreStorage.openChangeChannel();
      window.__heard = new Promise((resolve) => channel.subscribe(resolve));
    });
    await tabA.evaluate(async () => {
      const s = window.__shoreStorage;
      const repo = s.makeShoreRepository(await s.openShoreDb('e2e-tabs'), { changes: s.openChangeChannel() });
      await repo.save('debts', s.makeDebt('p1' as never, 'd1', 0), 1);
      repo.close();
    });
    const heard = tabB.evaluate(async () => {
      const s = window.__shoreStorage;
      const notice = await window.__heard;
      const repo = s.makeShoreRepository(await s.openShoreDb('e2e-tabs'));
      const debts = (await repo.loadProfile('p1' as never)).debts.length;
      const stale = await repo.save('debts', s.makeDebt('p1' as never, 'd2', 1), 1).then(
        () => 'written',
        (error: { code: string }) => error.code,
      );
      repo.close();
      return { notice, debts, stale };
    });
    expect(await heard).toEqual({
      notice: { profileId: 'p1', revision: 2, stores: ['profiles', 'debts', 'planSettings'] },
      debts: 1,
      stale: 'conflict',
    });
    await context.close();
  });

  it('upgrades a version 1 database in place (awaits stay inside the upgrade transaction)', async () => {
    const context = await newContext();
    const page = await appPage(context);
    const loaded = await page.evaluate(async () => {
      const s = window.__shoreStorage;
      const old = await s.openShoreDbAtVersion(1, 'e2e-upgrade', indexedDB);
      const tx = old.transaction(['profiles', 'debts'], 'readwrite');
      await tx
        .objectStore('profiles')
        .put({ id: 'p1', displayName: '旧', notes: '', updatedAt: '2025-01-01T00:00:00Z' });
      for (let index = 0; index < 300; index += 1) {
        // A version 1 debt: the engine rate only (0002 rebuilds the rate as entered; 0008 drops the engine rate).
        const { enteredRate: _dropped, ...current } = s.makeDebt('p1' as never, `d${index}`, index);
        await tx.objectStore('debts').put({ ...current, dailyRate: '0.0005' });
      }
      await tx.done;
      old.close();
      const repo = s.makeShoreRepository(await s.openShoreDb('e2e-upgrade'));
      const profile = await repo.loadProfile('p1' as never);
      repo.close();
      const last = profile.debts[299];
      return {
        revision: profile.profile.revision,
        debts: profile.debts.length,
        rate: last?.enteredRate,
        engineRateStored: last !== undefined && 'dailyRate' in last,
      };
    });
    expect(loaded).toEqual({
      revision: 1,
      debts: 300,
      rate: { unit: 'daily-percent', percent: '0.05' },
      engineRateStored: false,
    });
    await context.close();
  });

  it('rejects a bad backup file and changes nothing', async () => {
    const context = await newContext();
    const page = await appPage(context);
    const outcome = await page.evaluate(async () => {
      const s = window.__shoreStorage;
      const db = await s.openShoreDb('e2e-import');
      const repo = s.makeShoreRepository(db);
      const { revision } = await repo.putProfile({ id: 'p1' as never, displayName: '张三', notes: '' }, null);
      await repo.save('debts', s.makeDebt('p1' as never, 'd1', 0), revision);
      const good = await s.exportBackup(db, { exportedAt: '2026-11-28T20:00:00+08:00' });
      const before = await s.dumpDatabase(db);
      const bad = [
        good.slice(0, good.length >> 1),
        good.replace('"5000.00"', '"1.00"'),
        good.replace('"data":{', '"data":{"__proto__":{},'),
      ];
      const codes: string[] = [];
      for (const text of bad)
        codes.push(
          await s.prepareImport(db, text).then(
            () => 'accepted',
            (error: { code: string }) => error.code,
          ),
        );
      const unchanged = (await s.dumpDatabase(db)) === before;
      const preview = await s.prepareImport(db, good);
      repo.close();
      return { codes, unchanged, replaces: preview.replaces.length };
    });
    expect(outcome).toEqual({
      codes: ['not-json', 'checksum-mismatch', 'forbidden-key'],
      unchanged: true,
      replaces: 1,
    });
    await context.close();
  });

  it('reports a persistence status and an estimate', async () => {
    const context = await newContext();
    const page = await appPage(context);
    const result = await page.evaluate(async () => {
      const s = window.__shoreStorage;
      return { status: await s.requestPersistence(), estimate: await s.storageEstimate() };
    });
    expect(['persisted', 'denied']).toContain(result.status);
    expect(typeof result.estimate.quota).toBe('number');
    await context.close();
  });
});
