/**
 * Issue 13 (engineer "safety"), in real Chromium against the production build, through the UI:
 * - every backup's file name carries the client's name (a neutral code in discreet mode) and the
 *   date and time, made safe as a file name.
 *
 * Each test reproduces a case of the issue and fails on the code as it was at commit eced209
 * (named in each test's comment with what that commit did instead).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './session';

const browser = useBrowser();

async function saveDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** The browser's local date and time as the file names write it: YYYY-MM-DD-HHMM. */
async function localStamp(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const two = (value: number): string => String(value).padStart(2, '0');
    return `${String(now.getFullYear())}-${two(now.getMonth() + 1)}-${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}`;
  });
}

/** A stamp taken just before and just after the download may straddle a minute: accept either. */
function stampPattern(before: string, after: string): string {
  return before === after ? before : `(?:${before}|${after})`;
}

describe('file names of backups', () => {
  // eced209 named every backup `shore-backup-<date>.json` (data page), `shore-<date>.json` (session)
  // or `shore-<date>-<id>.json` (clients): no name, no time. Break: restore DataPage's old name → fails.
  it('carry the client’s name, or a neutral code in discreet mode, and the date and time', async () => {
    const { context, page, problems } = await openPage(browser(), 'en', { acceptDownloads: true });
    await page.getByRole('button', { name: 'Open the example' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Your data', exact: true }).click();

    let before = await localStamp(page);
    const one = await saveDownload(page, () =>
      page.getByRole('button', { name: 'Save a backup of “Example: Lin (fictional)” only' }).click(),
    );
    let when = stampPattern(before, await localStamp(page));
    // "Example: Lin (fictional)": the colon goes, spaces become '-'.
    expect(one.name).toMatch(new RegExp(`^shore-backup-Example-Lin-\\(fictional\\)-${when}\\.json$`));
    expect(JSON.parse(one.text)).toMatchObject({ format: 'shore-backup' });

    before = await localStamp(page);
    const all = await saveDownload(page, () =>
      page.getByRole('button', { name: 'Save a backup of everything' }).click(),
    );
    when = stampPattern(before, await localStamp(page));
    expect(all.name).toMatch(new RegExp(`^shore-backup-${when}\\.json$`));

    // Discreet mode: neither the app's name nor the client's, a neutral code instead.
    await page.getByLabel('Use discreet mode').check();
    const discreet = await saveDownload(page, () =>
      page.getByRole('button', { name: 'Save a backup of “Example: Lin (fictional)” only' }).click(),
    );
    expect(discreet.name).toMatch(/^[a-z0-9]{1,8}-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    await page.getByLabel('Use discreet mode').uncheck();

    // A client named with a path, a direction override and a control character: none reach the name.
    await page.locator('header').getByRole('button', { name: 'Clients', exact: true }).click();
    await page.getByLabel('Client’s name or a nickname').fill('李强/..\\\u202Eexe.txt\u0007');
    await page.getByRole('button', { name: 'Create and start the session' }).click();
    await page.getByTestId('session-page').waitFor();
    await page.locator('header').getByRole('button', { name: 'Clients', exact: true }).click();
    const card = page.getByTestId('client-card').filter({ hasText: '李强' });
    await card.getByRole('button', { name: /^Delete / }).click();
    before = await localStamp(page);
    const client = await saveDownload(page, () =>
      card.getByRole('button', { name: 'Save a backup of this client first' }).click(),
    );
    when = stampPattern(before, await localStamp(page));
    expect(client.name).toMatch(new RegExp(`^shore-backup-李强\\.\\.exe\\.txt-${when}\\.json$`));
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
