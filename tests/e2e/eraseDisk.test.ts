/**
 * Issue 13: what the browser's own files still hold of the person's text after "Erase everything" and after
 * turning the passphrase lock on. Real Chromium with a real (persistent) profile folder, against the production
 * build: the test types 7 distinctive secrets in (client name, platforms, amount, log text; Chinese and ASCII),
 * erases (or locks), closes the browser, then reads every file under the profile folder and looks for each
 * secret as UTF-8, UTF-16LE and Latin-1 bytes.
 *
 * What holds, and so what is asserted: no secret in any file outside IndexedDB's own LevelDB folder (Sessions,
 * Local Storage, caches, preferences...). Chromium saved the collection log's "What was said" into its
 * tab-restore files (`Sessions/`) as it was typed, and neither an erase nor the lock reaches those; the app now
 * marks its forms autocomplete="off" (platform/formRestore.ts), which keeps typing out of them.
 *
 * IndexedDB's own LevelDB files: asserted too, since the clean-up of issue 13's last round (storage/db.ts
 * scrubFreedSpace). LevelDB keeps a deleted or overwritten row in its files until a compaction rewrites them. The
 * app used to delete the database, then write and delete 24 MB of random data; Chromium's compaction after the
 * deletion missed the rows still in LevelDB's write buffer (they were written out afterwards, whole, to a table
 * file no later compaction touched), and a compacted file still being read stayed on disk until the next write-out.
 * Measured on main at 189bfbf, Chromium 156.0.8078.114 (4 Dec 2026), secrets found in IndexedDB files: after the
 * erase 0, 6, 6, 5 of 7 (earlier round) and 5, 0, 7, 5, 6 of 7 (this round); after lock-on 7, 7, 5 (earlier) and
 * 6, 6, 7, 7, 7 of 7 (this round). Now an erase writes 8 MB first, deletes the database, deletes the scratch data
 * and sweeps twice (a tiny database created and deleted after a pause); lock-on writes 24 MB, deletes it and
 * sweeps: 0 of 7 after the erase and 0 of 7 after lock-on in each of 8 runs (4 Dec 2026, 20:36–20:56 UTC: 5
 * printing the figure, then 3 with these assertions). The test still prints the figure of each run (console).
 * Break: db.ts and wipe.ts as at 189bfbf (deletion first, no sweeps) → the 5 runs of this round listed above: the
 * erase test fails in 4 of them, the lock-on test in all 5. Not covered: files attached to log entries (Chromium
 * may keep large values in a separate `.blob` folder; none was made here), and other browsers.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './browser';
import { BASE_URL } from './server';

/** Chinese and ASCII: the client's name, two platforms, an amount and the log text. */
const SECRETS = [
  '王秀兰测试',
  'QXClient7731',
  '闪电借呗乙',
  'QZPlatform5521',
  '73519.46',
  '他说明天去你单位找领导',
  'QZLogText8842',
] as const;

async function launch(profile: string): Promise<BrowserContext> {
  const install = findChromium();
  return chromium.launchPersistentContext(profile, {
    executablePath: install.executablePath,
    args: [...CHROMIUM_ARGS],
    env: { ...(process.env as Record<string, string>), ...install.env },
    locale: 'en-US',
    viewport: { width: 360, height: 800 },
    timeout: 60_000,
  });
}

async function open(context: BrowserContext, problems: string[]): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${BASE_URL}/`, { waitUntil: 'load' });
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  return page;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat === undefined) return [];
    return stat.isDirectory() ? filesUnder(path) : stat.isFile() ? [path] : [];
  });
}

/** Every (secret, encoding, file) found in the profile folder. Latin-1 only for secrets it can encode. */
function secretsOnDisk(profile: string): string[] {
  const found: string[] = [];
  for (const path of filesUnder(profile)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      continue; // a lock file or socket
    }
    for (const secret of SECRETS) {
      for (const encoding of ['utf8', 'utf16le', 'latin1'] as const) {
        if (encoding === 'latin1' && [...secret].some((char) => char.codePointAt(0)! > 255)) continue;
        if (bytes.includes(Buffer.from(secret, encoding))) {
          found.push(`${secret} ${encoding} ${path.slice(profile.length)}`);
        }
      }
    }
  }
  return found;
}

/** The counsellor's client with two debts and a collection-log entry, all holding SECRETS. */
async function typeSecrets(page: Page): Promise<void> {
  await page.locator('header').getByRole('button', { name: 'Clients', exact: true }).click();
  await page.getByLabel('Client’s name or a nickname').fill(`${SECRETS[0]} ${SECRETS[1]}`);
  await page.getByRole('button', { name: 'Create and start the session' }).click();
  await page.getByTestId('session-page').waitFor();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  const debts: [string, string][] = [
    [SECRETS[2], SECRETS[4]],
    [SECRETS[3], '1200.00'],
  ];
  for (const [name, amount] of debts) {
    const form = page.getByTestId('quick-debt');
    await form.getByLabel('Platform').fill(name);
    await form.getByLabel('Principal owed now').fill(amount);
    await form.getByLabel('Rate (%)').fill('1');
    await form.getByRole('button', { name: 'Add, then enter the next platform' }).click();
    await form.getByText(`Added ${name}.`).waitFor();
  }
  await page.getByRole('navigation').getByRole('button', { name: 'Collection log', exact: true }).click();
  await page.getByLabel('Platform', { exact: true }).fill(SECRETS[3]);
  await page.getByLabel('What was said').fill(`${SECRETS[5]} ${SECRETS[6]}`);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await page.getByTestId('log-entry').first().waitFor();
}

/** The findings outside and inside IndexedDB's LevelDB folder, and how many secrets are inside (reported). */
function splitFindings(found: readonly string[]): { outside: string[]; inside: string[]; insideIndexedDb: number } {
  const inside = found.filter((line) => line.includes('/IndexedDB/'));
  const secrets = new Set(inside.map((line) => line.split(' ')[0]));
  return { outside: found.filter((line) => !line.includes('/IndexedDB/')), inside, insideIndexedDb: secrets.size };
}

/** A fresh profile with SECRETS typed in and the browser closed: they must be on disk then. */
async function profileWithSecrets(problems: string[]): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'shore-erase-profile-'));
  const context = await launch(profile);
  await typeSecrets(await open(context, problems));
  await context.close();
  // The test's own check: before the erase or the lock, every secret is readable in the profile's files.
  const before = new Set(secretsOnDisk(profile).map((line) => line.split(' ')[0]));
  expect([...before].sort()).toEqual([...SECRETS].sort());
  return profile;
}

describe('no plain text left in the browser’s files', () => {
  // Fails on main at 59ed274: the log text (他说明天去你单位找领导, QZLogText8842) was in Sessions/Session_* and
  // Sessions/Tabs_* as UTF-16LE after the erase (seen on this branch's first run, before formRestore.ts existed).
  // Break: drop keepTypingOutOfTabRestore(document) in main.tsx → failed in that first run; in the break run of
  // 17:40 UTC this test passed (Chromium had not written the typed text to Sessions/ that time) while the lock-on
  // test below failed. Chromium's session writes are timed, so this one fails only sometimes on a break.
  // The IndexedDB part fails on main at 189bfbf in 4 of 5 runs (5, 7, 5 and 6 of 7 secrets left; see the header).
  it('after “Erase everything”: none of the 7 secrets in any file of the profile', async () => {
    const problems: string[] = [];
    const profile = await profileWithSecrets(problems);
    try {
      const context = await launch(profile);
      const page = await open(context, problems);
      await page.getByRole('navigation').getByRole('button', { name: 'Your data', exact: true }).click();
      await page.getByLabel('To confirm, type ERASE').fill('ERASE');
      await page.getByRole('button', { name: 'Erase everything on this device' }).click();
      // While the browser's files are cleaned, the page says so and shows how far it is.
      await page.getByTestId('scrub-progress').waitFor({ timeout: 20_000 });
      // Then the app reloads, empty.
      await page.getByRole('button', { name: 'Open the example' }).waitFor({ timeout: 60_000 });
      await context.close();
      const { outside, inside, insideIndexedDb } = splitFindings(secretsOnDisk(profile));
      console.info(`[eraseDisk] ${expect.getState().currentTestName}: ${insideIndexedDb} of 7 in IndexedDB files`);
      expect(outside).toEqual([]);
      expect(inside).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    }
  }, 180_000);

  // Fails on main at 59ed274 for the same reason as the erase: the log text in Sessions/ (typed before the lock).
  // Break: drop keepTypingOutOfTabRestore(document) in main.tsx → the log text was found in Sessions/Session_* and
  // Sessions/Tabs_* (UTF-16LE) and this failed (run of 17:40 UTC).
  // The IndexedDB part fails on main at 189bfbf in 5 of 5 runs (6 or 7 of 7 old plaintext copies; see the header).
  it('after turning the lock on: none of the 7 secrets in plain text in any file of the profile', async () => {
    const problems: string[] = [];
    const profile = await profileWithSecrets(problems);
    try {
      const context = await launch(profile);
      const page = await open(context, problems);
      await page.getByRole('navigation').getByRole('button', { name: 'Your data', exact: true }).click();
      await page.getByLabel('New passphrase', { exact: true }).fill('correct horse 电池');
      await page.getByLabel('Repeat the passphrase', { exact: true }).fill('correct horse 电池');
      await page.getByLabel('I understand that a forgotten passphrase means my data is lost.').check();
      await page.getByRole('button', { name: 'Turn the lock on' }).click();
      await page.getByTestId('scrub-progress').waitFor({ timeout: 60_000 });
      await page.getByText('Done.', { exact: true }).waitFor({ timeout: 60_000 });
      expect(await page.getByText('The lock is on.').count()).toBe(1);
      await context.close();
      const { outside, inside, insideIndexedDb } = splitFindings(secretsOnDisk(profile));
      console.info(`[eraseDisk] ${expect.getState().currentTestName}: ${insideIndexedDb} of 7 in IndexedDB files`);
      expect(outside).toEqual([]);
      expect(inside).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    }
  }, 180_000);
});
