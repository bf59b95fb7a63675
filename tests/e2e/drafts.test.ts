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

const PASS = 'correct horse 电池 staple';

/**
 * Turns the passphrase lock on from "Your data" (example open). With `idleMs`, shortens the idle
 * auto-lock: the lock record (kept in clear in `meta`) holds it; the vault reads it at the next
 * unlock, so the page is reloaded and unlocked. The UI offers whole minutes only.
 */
async function turnLockOn(page: Page, idleMs?: number): Promise<void> {
  await nav(page, 'Your data').click();
  await page.getByLabel('New passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('Repeat the passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('I understand that a forgotten passphrase means my data is lost.').check();
  await page.getByRole('button', { name: 'Turn the lock on' }).click();
  await page.getByText('The lock is on.').waitFor({ timeout: 20_000 });
  if (idleMs === undefined) return;
  await page.evaluate(async (ms) => {
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
        const put = store.put({ ...record, autoLock: { ...record.autoLock, idleMs: ms } }, 'lock');
        put.onsuccess = () => resolve();
        put.onerror = () => reject(put.error ?? new Error('put failed'));
      };
    });
    db.close();
  }, idleMs);
}

async function unlock(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
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

describe('the budget keeps what was typed', () => {
  it('brings back an amount that is not an amount yet and a half-typed one-off sum after switching screens and a reload', async () => {
    // Fails at 59ed274: after the reload 工资 shows the stored 7200.00 and the one-off form is empty.
    // Break: return null from the budget binding's read (BudgetScreen) → no draft of 工资 is stored
    // → fails (seen: expected '[{"id":"example/budget-event:one-off"…' to contain '7300..5').
    const { page, context, problems } = await openPage(browser(), 'zh-CN');
    await page.getByRole('button', { name: '打开示例' }).click();
    await nav(page, '预算').click();
    // Not an amount yet: shown and flagged, not stored (toStorableBudget).
    await page.getByLabel('工资 (¥)').fill('7300..5');
    const oneOff = page.getByRole('form', { name: '一笔一次性的钱' });
    await oneOff.getByLabel('金额（元）').fill('5000');
    await oneOff.getByLabel('备注（可不填）').fill('年终奖，还没到账');

    const expectKept = async (): Promise<void> => {
      expect(await page.getByLabel('工资 (¥)').inputValue()).toBe('7300..5');
      expect(await oneOff.getByLabel('金额（元）').inputValue()).toBe('5000');
      expect(await oneOff.getByLabel('备注（可不填）').inputValue()).toBe('年终奖，还没到账');
    };
    await nav(page, '债务').click();
    await nav(page, '预算').click();
    await expectKept();
    expect(await oneOff.getByTestId('draft-notice').textContent()).toContain('已恢复你上次没保存的内容。');

    await draftStored(page, '7300..5');
    await draftStored(page, '年终奖');
    await reload(page);
    await expectKept();
    // One notice for the budget, one in the one-off form.
    expect(await page.getByTestId('draft-notice').count()).toBe(2);

    // Discarding the budget's draft shows the budget as stored.
    await page.getByTestId('draft-notice').first().getByRole('button', { name: '放弃这些内容' }).click();
    expect(await page.getByLabel('工资 (¥)').inputValue()).toBe('7200.00');
    expect(await oneOff.getByLabel('备注（可不填）').inputValue()).toBe('年终奖，还没到账');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the collection-log entry form keeps a draft', () => {
  it('brings back a half-typed entry after switching screens and a reload, and forgets it once saved', async () => {
    // Fails at 59ed274: back on 催收记录 the form is empty (the platform, the name and what was said gone).
    // Break: drop `said: [said, setSaid]` from the log page's signalsBinding → what was said is empty → fails
    // (seen: expected '' to be '说要联系我单位…').
    const { page, context, problems } = await openPage(browser(), 'zh-CN');
    await page.getByRole('button', { name: '打开示例' }).click();
    await nav(page, '催收记录').click();
    await page.getByLabel('平台', { exact: true }).fill('半夜催收贷');
    await page.getByLabel('对方姓名或工号（如有）').fill('工号 0937');
    await page.getByLabel('对方说了什么').fill('说要联系我单位，还要上门。');

    const expectKept = async (): Promise<void> => {
      expect(await page.getByLabel('平台', { exact: true }).inputValue()).toBe('半夜催收贷');
      expect(await page.getByLabel('对方姓名或工号（如有）').inputValue()).toBe('工号 0937');
      expect(await page.getByLabel('对方说了什么').inputValue()).toBe('说要联系我单位，还要上门。');
      expect(await page.getByTestId('draft-notice').textContent()).toContain('已恢复你上次没保存的内容。');
    };
    await nav(page, '预算').click();
    await nav(page, '催收记录').click();
    await expectKept();

    await draftStored(page, '联系我单位');
    await reload(page);
    await expectKept();

    await page.getByRole('button', { name: '保存记录' }).click();
    await page.getByText('已保存。下面列出了提示。').waitFor();
    await expect.poll(() => storedDrafts(page)).toEqual([]);
    expect(await page.getByTestId('draft-notice').count()).toBe(0);
    await reload(page);
    expect(await page.getByLabel('对方说了什么').inputValue()).toBe('');
    expect(await page.getByTestId('draft-notice').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the negotiation-event form keeps a draft', () => {
  it('brings back a half-typed event after switching screens and a reload', async () => {
    // Fails at 59ed274: back on 话术 the "添加记录" form is empty again.
    // Break: make storeBinding's apply (src/ui/state/drafts.ts) do nothing → the note is empty → fails
    // (seen: expected '' to be '答应下周回复…').
    const { page, context, problems } = await openPage(browser(), 'zh-CN');
    await page.getByRole('button', { name: '打开示例' }).click();
    await nav(page, '话术').click();
    const add = page.getByRole('form', { name: '添加记录' });
    await add.getByLabel('发生了什么').selectOption({ label: '收到了答复' });
    await add.getByLabel('备注（可选）').fill('答应下周回复，让我先别还最低额。');

    const expectKept = async (): Promise<void> => {
      expect(await add.getByLabel('备注（可选）').inputValue()).toBe('答应下周回复，让我先别还最低额。');
      expect(await add.getByLabel('发生了什么').inputValue()).toBe('reply');
      expect(await add.getByTestId('draft-notice').textContent()).toContain('已恢复你上次没保存的内容。');
    };
    await nav(page, '预算').click();
    await nav(page, '话术').click();
    await expectKept();

    await draftStored(page, '答应下周回复');
    await reload(page);
    await expectKept();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('with the passphrase lock on', () => {
  it('keeps a draft through the idle auto-lock and its reload, sealed: no plain text in the stored row', async () => {
    // Fails at 441471a: after the lock screen the debt form was gone with what was typed.
    // Break: drop `binding.apply(kept)` in createDraft → the unlocked form is empty → fails.
    const { page, context } = await openPage(browser(), 'en');
    await page.getByRole('button', { name: 'Open the example' }).click();
    await turnLockOn(page, 3_000);
    await reload(page);
    await unlock(page);
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

    await unlock(page);
    await form.waitFor();
    expect(await form.getByLabel('Platform or creditor').inputValue()).toBe('Locked Lender 42');
    expect(await form.getByLabel('Principal owed now (¥)').inputValue()).toBe('31415');
    await context.close();
  }, 60_000);

  it('seals the budget, log-entry and negotiation drafts and brings them back after unlocking', async () => {
    // Fails at 59ed274: after unlocking, the budget shows the stored 7200.00, and the log and
    // negotiation forms are empty (no draft of them was kept).
    // Break: in draftStore.keep, return at once (no draft written) → no sealed rows → fails
    // (seen: expected 0 to be greater than or equal to 3).
    const { page, context, problems } = await openPage(browser(), 'en');
    await page.getByRole('button', { name: 'Open the example' }).click();
    await turnLockOn(page);

    await nav(page, 'Budget').click();
    await page.getByLabel('Salary (¥)').fill('7300..5');
    await nav(page, 'Collection log').click();
    await page.getByLabel('What was said').fill('Threatened to call my employer at 23:40.');
    await nav(page, 'Scripts').click();
    const add = page.getByRole('form', { name: 'Add to the record' });
    await add.getByLabel('Note (optional)').fill('Promised an answer by Friday.');
    await nav(page, 'Your data').click();

    // Three drafts stored, each sealed: no typed text in any stored row.
    await expect.poll(async () => (await storedDrafts(page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const rows = JSON.stringify(await storedDrafts(page));
    expect(rows).toContain('"sealed"');
    for (const secret of ['7300..5', 'employer', 'Friday']) expect(rows).not.toContain(secret);

    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { name: 'Shore is locked' }).waitFor({ timeout: 20_000 });
    await unlock(page);
    await nav(page, 'Budget').click();
    expect(await page.getByLabel('Salary (¥)').inputValue()).toBe('7300..5');
    expect(await page.getByTestId('draft-notice').textContent()).toContain(
      'We brought back what you typed here last time and had not saved yet.',
    );
    await nav(page, 'Collection log').click();
    expect(await page.getByLabel('What was said').inputValue()).toBe('Threatened to call my employer at 23:40.');
    await nav(page, 'Scripts').click();
    expect(await add.getByLabel('Note (optional)').inputValue()).toBe('Promised an answer by Friday.');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});

/**
 * Keeps the drafts store busy from the page (a read-write transaction that keeps asking), so the
 * app's next draft write waits: the typing is "not on disk yet" for as long as the test needs,
 * whatever the machine's speed. `release` ends it.
 */
async function holdDraftsStore(page: Page): Promise<{ release: () => Promise<void> }> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('SHORE');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const flag = window as unknown as { holdingDrafts: boolean };
    flag.holdingDrafts = true;
    const store = db.transaction('drafts', 'readwrite').objectStore('drafts');
    await new Promise<void>((resolve) => {
      const ask = (): void => {
        const request = store.count();
        request.onsuccess = () => {
          resolve();
          if (flag.holdingDrafts) ask();
          else db.close();
        };
      };
      ask();
    });
  });
  return {
    release: () =>
      page.evaluate(() => {
        (window as unknown as { holdingDrafts: boolean }).holdingDrafts = false;
      }),
  };
}

/** Closes the page as a person closing the tab does (beforeunload runs); the dialogs it showed. */
async function closeAsPerson(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  return dialogs;
}

describe('leaving while typing is not on disk', () => {
  it('asks before the page is closed while a draft is not written yet, and not once it is', async () => {
    // Fails at 59ed274 for the log form: its typing made no draft, so closing asked nothing.
    // Break: make shouldWarnBeforeLeaving (src/ui/state/draftStore.ts) return false → no dialog → fails
    // (seen: expected [] to deeply equal [ 'beforeunload' ]).
    const { page, context } = await openPage(browser(), 'zh-CN');
    await page.getByRole('button', { name: '打开示例' }).click();
    await nav(page, '催收记录').click();
    await page.getByLabel('对方说了什么').fill('已经写进草稿的话。');
    await draftStored(page, '已经写进草稿的话');
    const address = page.url();
    // Everything typed is on disk: closing asks nothing.
    expect(await closeAsPerson(page)).toEqual([]);

    const second = await context.newPage();
    await second.goto(address, { waitUntil: 'load' });
    await second.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    expect(await second.getByLabel('对方说了什么').inputValue()).toBe('已经写进草稿的话。');
    await holdDraftsStore(second);
    await second.getByLabel('对方说了什么').fill('还没写进去的话。');
    expect(await closeAsPerson(second)).toEqual(['beforeunload']);
    await context.close();
  });

  it('asks before the page is closed while chosen files (which no draft can keep) are not saved', async () => {
    // Fails at 59ed274: a chosen screenshot was dropped on close without a question.
    // Break: drop `unkept` from the log page's draft binding → no dialog → fails
    // (seen: expected [] to deeply equal [ 'beforeunload' ]).
    const { page, context } = await openPage(browser(), 'en');
    await page.getByRole('button', { name: 'Open the example' }).click();
    await nav(page, 'Collection log').click();
    await page.getByLabel('Screenshots or recordings').setInputFiles({
      name: 'call.png',
      mimeType: 'image/png',
      buffer: Buffer.from('89504e470d0a1a0a', 'hex'),
    });
    expect(await page.getByTestId('files-not-kept').textContent()).toBe(
      'Chosen files are kept only once you save. If you leave before saving, choose them again.',
    );
    expect(await closeAsPerson(page)).toEqual(['beforeunload']);
    await context.close();
  });
});

describe('the guided session’s quick entry keeps a draft', () => {
  it('brings back a half-typed debt after a reload, and forgets it once the debt is added', async () => {
    // Fails at 07aba8f (main before this draft): after the reload the quick-entry form is empty.
    // Break: drop `createDraft('quick-debt', …)`'s apply (read: draft, apply: () => undefined) in SessionPage's
    // DebtsStep → the platform field is empty after the reload → fails (seen: expected '' to be '半填平台').
    const { page, context, problems } = await openPage(browser(), 'en');
    await page.locator('header').getByRole('button', { name: 'Clients', exact: true }).click();
    await page.getByTestId('clients-page').waitFor();
    await page.getByLabel('Client’s name or a nickname').fill('Draft client');
    await page.getByRole('button', { name: 'Create and start the session' }).click();
    await page.getByTestId('session-page').waitFor();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect.poll(async () => page.getByTestId('session-step').textContent()).toBe('Debts');

    const form = page.getByTestId('quick-debt');
    await form.getByLabel('Platform').fill('半填平台');
    await form.getByLabel('Principal owed now').fill('4321');
    await draftStored(page, '半填平台');
    await reload(page);
    await expect.poll(async () => page.getByTestId('session-step').textContent()).toBe('Debts');
    expect(await form.getByLabel('Platform').inputValue()).toBe('半填平台');
    expect(await form.getByLabel('Principal owed now').inputValue()).toBe('4321');
    expect(await form.getByTestId('draft-notice').textContent()).toContain(
      'We brought back what you typed here last time and had not saved yet.',
    );

    await form.getByLabel('The rate is').selectOption({ label: 'per month' });
    await form.getByLabel('Rate (%)').fill('1');
    await form.getByRole('button', { name: 'Add, then enter the next platform' }).click();
    await form.getByText('Added 半填平台.').waitFor();
    await expect.poll(() => storedDrafts(page)).toEqual([]);
    expect(await form.getByTestId('draft-notice').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a draft of an event another tab deleted', () => {
  it('is dropped once the event is gone: not kept on disk, not offered again', async () => {
    // Fails on main at 189bfbf: the draft `neg:edit:<id>` stayed in the drafts store after the other tab deleted
    // its event (nothing removed it), and so did its text.
    // Break: drop the clean-up of drafts whose event is gone (NegotiationPanel.tsx) → the stored drafts still hold
    // the half-typed note and this fails (seen: expected '[{"id":"example/neg:edit:…' not to contain 'QZ5521').
    const { page, context, problems } = await openPage(browser(), 'en');
    await page.getByRole('button', { name: 'Open the example' }).click();
    await nav(page, 'Scripts').click();
    const add = page.getByRole('form', { name: 'Add to the record' });
    await add.getByLabel('What happened').selectOption({ label: 'Contacted them' });
    await add.getByLabel('Note (optional)').fill('Called them on Monday.');
    await add.getByRole('button', { name: 'Save to the record' }).click();
    const timeline = page.getByTestId('negotiation-timeline');
    await timeline.getByRole('button', { name: /^Edit: / }).click();
    const edit = page.getByTestId('negotiation-edit-form');
    await edit.getByLabel('Note (optional)').fill('Half-typed edit QZ5521');
    await draftStored(page, 'Half-typed edit QZ5521');

    const other = await context.newPage();
    await other.goto(page.url(), { waitUntil: 'load' });
    await other.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await nav(other, 'Scripts').click();
    await other
      .getByTestId('negotiation-timeline')
      .getByRole('button', { name: /^Delete the entry of / })
      .click();
    await other.getByText('Nothing recorded yet.').waitFor();

    // The first tab hears of the deletion: the event and its edit form go, and so does the draft.
    await page.getByText('Nothing recorded yet.').waitFor({ timeout: 10_000 });
    await expect
      .poll(async () => JSON.stringify(await storedDrafts(page)), { timeout: 10_000 })
      .not.toContain('QZ5521');
    expect(await page.getByTestId('draft-notice').count()).toBe(0);
    await reload(page);
    await nav(page, 'Scripts').click();
    await page.getByText('Nothing recorded yet.').waitFor();
    expect(await page.getByTestId('draft-notice').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('QZ5521');
    expect(JSON.stringify(await storedDrafts(page))).not.toContain('QZ5521');
    expect(problems).toEqual([]);
    await context.close();
  });
});
