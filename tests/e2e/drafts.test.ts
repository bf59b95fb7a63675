/**
 * Issue 13, "never lose a keystroke": every unsaved form is kept as a draft (storage's `drafts`
 * store, schema 12) that survives switching screens, a reload and the idle auto-lock's reload, sealed
 * when the lock is on, cleared when the form is saved; a draft not on disk yet arms `beforeunload`.
 * Real Chromium, production build, real IndexedDB.
 *
 * Every test here fails on an earlier main (each names the commit and says how): at 441471a there
 * was no drafts store; the forms added later (scripts, budget, log entry, negotiation event) kept no
 * draft on main at 59ed274, and a form left or reloaded came back empty.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './session';

const browser = useBrowser();

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true });

/** Every row of the drafts store as stored (sealed or not); [] when the store does not exist. */
async function storedDrafts(page: Page): Promise<unknown[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('SHORE');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    if (!db.objectStoreNames.contains('drafts')) {
      db.close();
      return [];
    }
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('drafts', 'readonly').objectStore('drafts').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    db.close();
    return rows;
  });
}

/** Waits until a draft holding `text` is stored (the write is debounced). */
async function draftStored(page: Page, text: string): Promise<void> {
  await expect.poll(async () => JSON.stringify(await storedDrafts(page)), { timeout: 10_000 }).toContain(text);
}

async function reload(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

describe('the debt form keeps a draft', () => {
  it('brings back a half-filled new debt after switching screens and after a reload, and forgets it once saved', async () => {
    // Fails at 441471a: back on Debts the form was closed and "添加一笔债务" opened it empty.
    // Break: drop `binding.apply(kept)` in createDraft (src/ui/state/drafts.ts) → the form is empty → fails.
    const { page, context, problems } = await openPage(browser(), 'zh-CN');
    await page.getByRole('button', { name: '打开示例' }).click();
    await page.getByRole('button', { name: '添加一笔债务' }).click();
    const form = page.locator('form.debt-form');
    await form.getByLabel('平台或债权人').fill('半填贷');
    await form.getByLabel('现在欠的本金（元）').fill('17777');

    await nav(page, '预算').click();
    await nav(page, '债务').click();
    expect(await form.getByLabel('平台或债权人').inputValue()).toBe('半填贷');
    expect(await form.getByLabel('现在欠的本金（元）').inputValue()).toBe('17777');
    expect(await page.getByTestId('draft-notice').textContent()).toContain('已恢复你上次没保存的内容。');

    await draftStored(page, '半填贷');
    await reload(page);
    expect(await form.getByLabel('平台或债权人').inputValue()).toBe('半填贷');
    expect(await form.getByLabel('现在欠的本金（元）').inputValue()).toBe('17777');

    await form.getByLabel('利率（%）').fill('0.05');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: '半填贷' }).waitFor();
    await expect.poll(() => storedDrafts(page)).toEqual([]);
    await reload(page);
    expect(await page.locator('form.debt-form').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps an edit of a stored debt, and "放弃这些内容" puts the saved values back', async () => {
    // Fails at 441471a: after the reload the edit form was closed and the typed principal gone.
    // Break: drop `binding.apply(kept)` in createDraft → the notes are the saved ones → fails (all three did).
    const { page, context } = await openPage(browser(), 'en');
    await page.getByRole('button', { name: 'Open the example' }).click();
    await nav(page, 'Debts').click();
    await page
      .locator('li.platform', { has: page.getByRole('heading', { name: 'Sample EasyInstal' }) })
      .getByRole('button', { name: 'Edit' })
      .click();
    const form = page.locator('form.debt-form');
    await form.getByLabel('Notes (optional)').fill('typed, not saved');
    await draftStored(page, 'typed, not saved');
    await reload(page);
    expect(await form.getByLabel('Notes (optional)').inputValue()).toBe('typed, not saved');
    expect(await page.getByTestId('draft-notice').textContent()).toContain(
      'We brought back what you typed here last time and had not saved yet.',
    );
    await page.getByRole('button', { name: 'Discard these entries' }).click();
    expect(await form.getByLabel('Notes (optional)').inputValue()).toBe(
      'Interest stopped, instalment agreed (example)',
    );
    await expect.poll(() => storedDrafts(page)).toEqual([]);
    await context.close();
  });
});

describe('the scripts page keeps its optional fields', () => {
  it('brings back the name, a hardship reason and the own words after switching screens and after a reload', async () => {
    // Fails at 59ed274 (main before this draft): back on 话术 the optional fields are empty again, the case.
    // Break: leave `details` out of the scripts page's signalsBinding → the own words are empty → fails
    // (seen: expected '' to be '三月失业，两个孩子上学。').
    const { page, context, problems } = await openPage(browser(), 'zh-CN');
    await page.getByRole('button', { name: '打开示例' }).click();
    await nav(page, '话术').click();
    await page.getByText('可选信息').click();
    await page.getByLabel('你的姓名').fill('林小雨');
    await page.getByLabel('失业').check();
    await page.getByLabel('用自己的话补充（可选，原样写入）').fill('三月失业，两个孩子上学。');

    const expectKept = async (): Promise<void> => {
      expect(await page.getByLabel('你的姓名').inputValue()).toBe('林小雨');
      expect(await page.getByLabel('失业').isChecked()).toBe(true);
      expect(await page.getByLabel('收入下降').isChecked()).toBe(false);
      expect(await page.getByLabel('用自己的话补充（可选，原样写入）').inputValue()).toBe('三月失业，两个孩子上学。');
      expect(await page.getByTestId('draft-notice').textContent()).toContain('已恢复你上次没保存的内容。');
    };
    await nav(page, '预算').click();
    await nav(page, '话术').click();
    // The optional details open by themselves when they were brought back.
    await expectKept();

    await draftStored(page, '三月失业');
    await reload(page);
    await expectKept();

    await page.getByRole('button', { name: '放弃这些内容' }).click();
    expect(await page.getByLabel('你的姓名').inputValue()).toBe('');
    await expect.poll(() => storedDrafts(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('with the passphrase lock on', () => {
  it('keeps a draft through the idle auto-lock and its reload, sealed: no plain text in the stored row', async () => {
    // Fails at 441471a: after the lock screen the debt form was gone with what was typed.
    // Break: drop `binding.apply(kept)` in createDraft → the unlocked form is empty → fails.
    const PASS = 'correct horse 电池 staple';
    const { page, context } = await openPage(browser(), 'en');
    await page.getByRole('button', { name: 'Open the example' }).click();
    await nav(page, 'Your data').click();
    await page.getByLabel('New passphrase', { exact: true }).fill(PASS);
    await page.getByLabel('Repeat the passphrase', { exact: true }).fill(PASS);
    await page.getByLabel('I understand that a forgotten passphrase means my data is lost.').check();
    await page.getByRole('button', { name: 'Turn the lock on' }).click();
    await page.getByText('The lock is on.').waitFor({ timeout: 20_000 });
    // Shorten the idle time to 3 s: the lock record (kept in clear in `meta`) holds it; the vault
    // reads it at the next unlock. The UI offers whole minutes only.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('SHORE');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const store = db.transaction('meta', 'readwrite').objectStore('meta');
      await new Promise<void>((resolve, reject) => {
        const get = store.get('lock');
        get.onsuccess = () => {
          const record = get.result as { autoLock: { idleMs: number | null } };
          const put = store.put({ ...record, autoLock: { ...record.autoLock, idleMs: 3_000 } }, 'lock');
          put.onsuccess = () => resolve();
          put.onerror = () => reject(put.error ?? new Error('put failed'));
        };
      });
      db.close();
    });
    await reload(page);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await nav(page, 'Debts').click();
    await page.getByRole('button', { name: 'Add a debt' }).click();
    const form = page.locator('form.debt-form');
    await form.getByLabel('Platform or creditor').fill('Locked Lender 42');
    await form.getByLabel('Principal owed now (¥)').fill('31415');

    // 3 s without input: the lock screen (the page reloads to it).
    await page.getByRole('heading', { name: 'Shore is locked' }).waitFor({ timeout: 20_000 });
    const rows = JSON.stringify(await storedDrafts(page));
    expect(rows).toContain('"sealed"');
    expect(rows).not.toContain('Locked Lender 42');
    expect(rows).not.toContain('31415');

    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await form.waitFor();
    expect(await form.getByLabel('Platform or creditor').inputValue()).toBe('Locked Lender 42');
    expect(await form.getByLabel('Principal owed now (¥)').inputValue()).toBe('31415');
    await context.close();
  }, 60_000);
});
