/**
 * Issue 13: unlock waits longer after repeated wrong passphrases, in real Chromium against the production build.
 * After the 3rd wrong passphrase in a row the lock screen waits 2 s, then 4 s after the 4th, 8 s after the 5th,
 * 16 s after the 6th (by hand: 2 s doubling per further miss, up to 60 s); the button is disabled and says how
 * long, a status line says why, and a reload does not reset the count (it is kept in the database).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './session';

const browser = useBrowser();

const TEXT = {
  'zh-CN': {
    example: '打开示例',
    data: '数据与备份',
    next: '新密码',
    repeat: '再输入一次',
    understand: '我明白：忘记密码，数据就找不回来了。',
    turnOn: '开启密码锁',
    on: '密码锁已开启。',
    lockNow: '立即锁定',
    passphrase: '密码',
    unlock: '解锁',
    unlocking: '正在解锁…',
    wrong: '密码不对，数据没有任何改动。请再试一次。',
    wait: (count: number, seconds: number) => `密码已经连续输错${count}次。为了保护数据，请等${seconds}秒再试。`,
    waitCount: (count: number) => `密码已经连续输错${count}次。`,
    ready: '现在可以再试了。',
  },
  en: {
    example: 'Open the example',
    data: 'Your data',
    next: 'New passphrase',
    repeat: 'Repeat the passphrase',
    understand: 'I understand that a forgotten passphrase means my data is lost.',
    turnOn: 'Turn the lock on',
    on: 'The lock is on.',
    lockNow: 'Lock now',
    passphrase: 'Passphrase',
    unlock: 'Unlock',
    unlocking: 'Unlocking…',
    wrong: 'That passphrase is not right. Nothing was changed. Try again.',
    wait: (count: number, seconds: number) =>
      `The passphrase was wrong ${count} times in a row. To protect your data, wait ${seconds} seconds before you try again.`,
    waitCount: (count: number) => `The passphrase was wrong ${count} times in a row.`,
    ready: 'You can try again now.',
  },
} as const;

type Lang = keyof typeof TEXT;

/**
 * Records, in the page, each text the status line takes and whether the button was disabled then, so a short
 * wait is seen even if the test looks after it has ended.
 */
async function watchStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statusSeen: string[] }).__statusSeen = seen;
    const status = document.querySelector('[data-testid="unlock-wait"]')!;
    const button = document.querySelector<HTMLButtonElement>('main.lock-screen > form button[type="submit"]')!;
    new MutationObserver(() => seen.push(`${status.textContent ?? ''} | disabled: ${String(button.disabled)}`)).observe(
      status,
      { childList: true, subtree: true, characterData: true },
    );
  });
}

const statusSeen = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __statusSeen: string[] }).__statusSeen);

/** The lock screen's own submit button (its label changes during a wait). */
const unlockButton = (page: Page) => page.locator('main.lock-screen > form button[type="submit"]');

/** One wrong passphrase, until the attempt is over (the button no longer says "Unlocking…"). */
async function tryWrong(page: Page, lang: Lang, attempt: number): Promise<void> {
  const text = TEXT[lang];
  await page.getByLabel(text.passphrase, { exact: true }).fill(`wrong ${attempt}`);
  await unlockButton(page).click();
  await expect.poll(() => unlockButton(page).textContent(), { timeout: 20_000 }).not.toBe(text.unlocking);
  expect(await page.getByRole('alert').filter({ hasText: text.wrong }).count()).toBe(1);
}

for (const lang of ['zh-CN', 'en'] as const) {
  describe(`unlock back-off (${lang})`, () => {
    // Fails on main at 59ed274: there was no wait; after the 3rd wrong passphrase the button stayed enabled and
    // no status said anything (the status line `unlock-wait` did not exist).
    // Break (run on the unit test only, src/storage/unlockBackoff.test.ts, not yet on this browser test): drop
    // `await countFailure()` in storage/lock.ts unlock → no wait after the 3rd miss.
    it('waits 2, 4, 8, 16 s after the 3rd to 6th wrong passphrase, says so, and a reload keeps the wait', async () => {
      const text = TEXT[lang];
      const { context, page, problems } = await openPage(browser(), lang);
      await page.getByRole('button', { name: text.example }).click();
      await page.getByRole('navigation').getByRole('button', { name: text.data, exact: true }).click();
      await page.getByLabel(text.next, { exact: true }).fill('correct horse 电池');
      await page.getByLabel(text.repeat, { exact: true }).fill('correct horse 电池');
      await page.getByLabel(text.understand).check();
      await page.getByRole('button', { name: text.turnOn }).click();
      await page.getByText(text.on).waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: text.lockNow }).click();
      const unlock = unlockButton(page);
      await page.getByRole('button', { name: text.unlock }).waitFor({ timeout: 20_000 });
      const status = page.getByTestId('unlock-wait');
      await watchStatus(page);

      await tryWrong(page, lang, 1);
      await tryWrong(page, lang, 2);
      // Two misses cost nothing.
      expect(await unlock.isDisabled()).toBe(false);
      expect(await status.textContent()).toBe('');

      for (const [attempt, seconds] of [
        [3, 2],
        [4, 4],
        [5, 8],
      ] as const) {
        await tryWrong(page, lang, attempt);
        await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe(text.ready);
        expect(await statusSeen(page)).toContain(`${text.wait(attempt, seconds)} | disabled: true`);
        expect(await unlock.isDisabled()).toBe(false);
      }

      await tryWrong(page, lang, 6);
      expect(await statusSeen(page)).toContain(`${text.wait(6, 16)} | disabled: true`);
      // A reload keeps the count and what is left of the 16 s.
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain(text.waitCount(6));
      expect(await unlockButton(page).isDisabled()).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    }, 120_000);
  });
}
