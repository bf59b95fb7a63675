/**
 * Issue 13 (engineer "safety"), in real Chromium against the production build, through the UI:
 * - every backup's file name carries the client's name (a neutral code in discreet mode) and the
 *   date and time, made safe as a file name;
 * - a client's own phone backup never replaces the counsellor's client, his later changes, the
 *   language, nor adds the phone's empty client; the preview names this device's client, and a
 *   backup is offered before anything is replaced.
 *
 * Each test reproduces a case of the issue and fails on the code as it was at commit eced209
 * (named in each test's comment with what that commit did instead).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/storage/canonical';
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

interface BackupJson {
  format: string;
  schemaVersion: number;
  exportedAt: string;
  checksum: string;
  data: {
    profiles: { id: string; displayName: string; notes: string; updatedAt: string; revision: number }[];
    settings: Record<string, unknown> | null;
    [store: string]: unknown;
  };
}

/**
 * What the client's phone exports after the handover, made from the counsellor's real file: the
 * client renamed to 我 (1 ms after the file, before the counsellor’s later change), the phone's unused start profile (no name, nothing
 * recorded: shown as "—"), and the phone's own settings (Chinese, discreet mode).
 */
async function phoneWholeBackup(clientFile: string): Promise<string> {
  const file = JSON.parse(clientFile) as BackupJson;
  const client = file.data.profiles[0]!;
  const renamedAt = new Date(Date.parse(client.updatedAt) + 1).toISOString();
  const data = {
    ...file.data,
    profiles: [
      { ...client, displayName: '我', updatedAt: renamedAt, revision: client.revision + 1 },
      { id: 'phone-start-0001', displayName: '', notes: '', updatedAt: renamedAt, revision: 1 },
    ],
    settings: { language: 'zh-CN', activeProfileId: client.id, discreet: true },
  };
  return JSON.stringify({ ...file, exportedAt: renamedAt, checksum: await sha256Hex(canonicalJson(data)), data });
}

async function addQuickDebt(page: Page, platform: string, principal: string): Promise<void> {
  const form = page.getByTestId('quick-debt');
  await form.getByLabel('Platform').fill(platform);
  await form.getByLabel('Principal owed now').fill(principal);
  await form.getByLabel('The rate is').selectOption({ label: 'per month' });
  await form.getByLabel('Rate (%)').fill('1');
  await form.getByRole('button', { name: 'Add, then enter the next platform' }).click();
  await form.getByText(`Added ${platform}.`).waitFor();
}

async function chooseBackup(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Your data', exact: true }).click();
  await page.getByLabel('Choose a backup file (.json)').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.getByTestId('import-preview').waitFor();
}

async function clientNames(page: Page): Promise<string[]> {
  await page.locator('header').getByRole('button', { name: 'Clients', exact: true }).click();
  await page.getByTestId('clients-count').waitFor();
  return page
    .getByTestId('client-card')
    .locator('h3')
    .evaluateAll((nodes) => nodes.map((node) => (node.firstChild?.textContent ?? '').trim()));
}

describe('importing a client’s own phone backup', () => {
  // eced209: the preview said "Will replace what is on this device for: 我" and "Will add: " the
  // empty client; importing replaced 李强 (and the debt added after the handover), switched the
  // language to Chinese and added the empty "—" client. Break: make DataPage's apply pass every
  // replace id (`plan.apply(plan.replaces.map((c) => c.id))`) → the first import replaces 李强 and fails.
  it('names 李强 on this device, keeps him and his later debt, the language, and no empty client; replaces only when ticked, after offering a backup', async () => {
    const { context, page, problems } = await openPage(browser(), 'en', { acceptDownloads: true });
    await page.locator('header').getByRole('button', { name: 'Clients', exact: true }).click();
    await page.getByLabel('Client’s name or a nickname').fill('李强');
    await page.getByRole('button', { name: 'Create and start the session' }).click();
    await page.getByTestId('session-page').waitFor();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await addQuickDebt(page, '借呗', '5000');
    // The handover file the client takes home.
    await page.getByRole('navigation').getByRole('button', { name: 'Your data', exact: true }).click();
    const handover = await saveDownload(page, () =>
      page.getByRole('button', { name: 'Save a backup of “李强” only' }).click(),
    );
    // Later, the counsellor records another platform for 李强.
    await page.goBack();
    await page.getByTestId('quick-debt').waitFor();
    await addQuickDebt(page, '花呗', '3000');

    const phoneFile = await phoneWholeBackup(handover.text);
    await chooseBackup(page, 'phone.json', phoneFile);
    const preview = page.getByTestId('import-preview');
    const onDevice = preview.getByTestId('import-on-device');
    // The preview names the client ON THIS DEVICE (李强) beside the file's name (我), and warns.
    await onDevice.getByText(/Replace “李强” on this device .* with the file’s “我”/).waitFor();
    await onDevice.getByText('“李强” was changed on this device after the file was saved.', { exact: false }).waitFor();
    await preview.getByText('Left out: 1 empty client(s) in the file').waitFor();
    await preview.getByText('This device keeps its own settings', { exact: false }).waitFor();
    expect(await preview.getByText('Will add:', { exact: false }).count()).toBe(0);
    const tick = onDevice.getByRole('checkbox');
    expect(await tick.isChecked()).toBe(false);
    // No backup is asked for while nothing will be replaced.
    expect(await preview.getByTestId('import-backup-first').count()).toBe(0);
    await Promise.all([page.waitForEvent('load'), preview.getByRole('button', { name: 'Import now' }).click()]);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });

    // Still English, 李强 kept with both platforms, no "—" client.
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await clientNames(page)).toEqual(['李强']);
    const card = page.getByTestId('client-card').filter({ hasText: '李强' });
    expect(await card.locator('[data-field="platforms"]').textContent()).toBe('2');

    // Ticked: a backup of this device is offered first; then 李强 becomes the file's 我.
    await chooseBackup(page, 'phone.json', phoneFile);
    await page.getByTestId('import-on-device').getByRole('checkbox').check();
    const backup = await saveDownload(page, () =>
      page.getByRole('button', { name: 'Save a backup of this device first' }).click(),
    );
    expect(backup.name).toMatch(/^shore-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const saved = JSON.parse(backup.text) as BackupJson;
    expect(saved.data.profiles.map((profile) => profile.displayName)).toEqual(['李强']);
    await page.getByText(`Saved ${backup.name}. You can import now.`).waitFor();
    await Promise.all([
      page.waitForEvent('load'),
      page.getByTestId('import-preview').getByRole('button', { name: 'Import now' }).click(),
    ]);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    expect(await clientNames(page)).toEqual(['我']);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
