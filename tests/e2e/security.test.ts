/**
 * Security proofs of issue 9 against the production build in real Chromium, through the UI only:
 *
 * - The passphrase lock: turned on from "Your data", then, after a reload, every value of every
 *   IndexedDB store (Blobs and byte arrays included) is read straight from the page and holds no
 *   amount, platform name, note, contact or attachment byte of the person; a wrong passphrase
 *   shows its message and changes no stored byte; the right one opens the data intact; off again.
 * - Hostile input: an XSS corpus typed into every text field the UI offers, shown on every screen,
 *   in the print views and in every export. The page runs with CSP bypassed, so an injection would
 *   really execute (the CSP is a second wall, not the one under test). Any dialog, console error,
 *   page error, flag set by a payload, or injected element / event-handler attribute fails it.
 *   CSV cells never start with = + - @ (nor full-width ＝＋－＠, nor behind spaces or zero-width
 *   characters); names lose direction overrides; ICS lines are folded at 75 octets and TEXT is escaped.
 *   Then every screen, a script, the print view and both exports again in Chinese.
 * - Bad backup files through the data screen's file input: the message, and not one stored byte
 *   changed (complements the storage-level fuzz in src/storage/backupCrypto.test.ts).
 * - The wipe (typed confirmation word): no database, no caches, no service worker afterwards.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';
import { launchBrowser } from './browser';
import { BASE_URL } from './server';

const PASS = 'correct horse 电池 staple';
const CALLER = '催收员甲-7731';
const SAID = '他说要打电话给我妈妈和单位领导-SECRET-SAID';
/** A PNG header followed by a marker: these bytes must not be readable at rest while locked. */
const PNG_MARKER = 'SHORE-ATTACHMENT-BYTES-4711';
const PNG = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), Buffer.from(PNG_MARKER)]);

/** What the English example profile holds (src/ui/model/example.ts), plus the log entry added below. */
const SECRETS = [
  'Sample QuickLoan',
  'Sample Galaxy Card',
  'Sample EasyInstal',
  'Sample MiniCash',
  'Sample Moonlight',
  'QJ-0001',
  '8600.00',
  '21500.00',
  '12800.00',
  '7200.00',
  'Interest stopped, instalment agreed (example)',
  'Example: Lin (fictional)',
  'Side job',
  'Transport',
  CALLER,
  SAID,
  PNG_MARKER,
];

type Tab = 'debts' | 'budget' | 'plan' | 'scripts' | 'log' | 'rights' | 'exports' | 'data';
const TABS: Readonly<Record<Tab, string>> = {
  debts: 'Debts',
  budget: 'Budget',
  plan: 'Plan',
  scripts: 'Scripts',
  log: 'Collection log',
  rights: 'Your rights',
  exports: 'Export',
  data: 'Your data',
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and dialogs, as they happen. */
  problems: string[];
}

async function newPage(options: { bypassCSP?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    bypassCSP: options.bypassCSP ?? false,
    serviceWorkers: 'allow',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${BASE_URL}/`, { waitUntil: 'load' });
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  return { context, page, problems };
}

async function openExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the example' }).click();
  await page.getByRole('heading', { name: 'Sample QuickLoan' }).waitFor();
}

async function goTo(page: Page, tab: Tab): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: TABS[tab], exact: true }).click();
  await page.locator('main h1, main h2').first().waitFor();
}

async function saveDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

interface DatabaseRead {
  exists: boolean;
  /** Every store's keys and values, bytes as hex: equal exactly when nothing stored changed. */
  dump: string;
  /** Every string, key and number, and every byte array decoded as UTF-8 and as latin1. */
  texts: string[];
  /** Records per store. */
  counts: Record<string, number>;
}

/** Reads the SHORE database directly (not through the app): every record of every store. */
async function readDatabase(page: Page): Promise<DatabaseRead> {
  return page.evaluate(async () => {
    const listed = await indexedDB.databases();
    if (!listed.some((info) => info.name === 'SHORE')) return { exists: false, dump: '', texts: [], counts: {} };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('SHORE');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const request = <T>(r: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('request failed'));
      });
    const texts: string[] = [];
    const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    const plain = async (value: unknown): Promise<unknown> => {
      if (typeof value === 'string') {
        texts.push(value);
        return value;
      }
      if (typeof value === 'number' || typeof value === 'bigint') {
        texts.push(String(value));
        return String(value);
      }
      if (value instanceof Blob)
        return { blob: await plain(new Uint8Array(await value.arrayBuffer())), type: value.type };
      if (value instanceof ArrayBuffer) return plain(new Uint8Array(value));
      if (ArrayBuffer.isView(value)) {
        const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        texts.push(new TextDecoder('utf-8').decode(bytes), Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
        return { bytes: hex(bytes) };
      }
      if (Array.isArray(value)) return Promise.all(value.map(plain));
      if (value !== null && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(value)) {
          texts.push(key);
          out[key] = await plain(item);
        }
        return out;
      }
      return value ?? null;
    };
    const stores: Record<string, unknown> = {};
    const counts: Record<string, number> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      const tx = db.transaction(name, 'readonly');
      const [keys, values] = await Promise.all([
        request(tx.objectStore(name).getAllKeys()),
        request(tx.objectStore(name).getAll()),
      ]);
      counts[name] = values.length;
      stores[name] = { keys: await plain(keys), values: await plain(values) };
    }
    db.close();
    return { exists: true, dump: JSON.stringify(stores), texts, counts };
  });
}

/** The dump without the unlock back-off's count in meta (issue 13: a wrong passphrase is counted there, on purpose). */
function withoutUnlockCount(dump: string): string {
  const stores = JSON.parse(dump) as Record<string, { keys: unknown[]; values: unknown[] }>;
  const meta = stores['meta'];
  const index = meta?.keys.indexOf('unlock-failures') ?? -1;
  if (meta && index >= 0) {
    meta.keys.splice(index, 1);
    meta.values.splice(index, 1);
  }
  return JSON.stringify(stores);
}

function secretsIn(read: DatabaseRead, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => read.texts.some((text) => text.includes(secret)));
}

/** Elements and attributes that only an injection could have put in the page. */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const tag = element.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta'].includes(tag)) found.push(tag);
      if (tag === 'img' && element.getAttribute('src') === 'x') found.push('img[src=x]');
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`${tag}[${attribute.name}]`);
        if (
          /^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attribute.name) &&
          /^\s*javascript:/i.test(attribute.value)
        ) {
          found.push(`${tag}[${attribute.name}=javascript:]`);
        }
      }
    }
    return found;
  });
}

async function xssFlag(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null);
}

// ---------------------------------------------------------------------------------------------
// (a) The lock
// ---------------------------------------------------------------------------------------------

describe('passphrase lock in the browser', () => {
  it('encrypts at rest, refuses a wrong passphrase without a change, opens intact, turns off', async () => {
    const { context, page, problems } = await newPage();
    await openExample(page);

    // A collection-log entry with a caller, what was said, and a file.
    await goTo(page, 'log');
    await page.getByLabel('Platform', { exact: true }).fill('Sample QuickLoan');
    await page.getByLabel('Name or staff ID (if given)').fill(CALLER);
    await page.getByLabel('What was said').fill(SAID);
    await page
      .getByLabel('Screenshots or recordings')
      .setInputFiles({ name: 'shot.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.getByTestId('log-entry').filter({ hasText: SAID }).waitFor();

    // Control: the direct scan does see every secret while the lock is off.
    await expect.poll(async () => secretsIn(await readDatabase(page), SECRETS), { timeout: 10_000 }).toEqual(SECRETS);

    await goTo(page, 'data');
    await page.getByText('If you forget this passphrase, your data cannot be recovered.', { exact: false }).waitFor();
    await page.getByLabel('New passphrase', { exact: true }).fill(PASS);
    await page.getByLabel('Repeat the passphrase', { exact: true }).fill(PASS);
    const turnOn = page.getByRole('button', { name: 'Turn the lock on' });
    expect(await turnOn.isDisabled()).toBe(true);
    await page.getByLabel('I understand that a forgotten passphrase means my data is lost.').check();
    await turnOn.click();
    await page.getByText('The lock is on.').waitFor({ timeout: 20_000 });

    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { name: 'Shore is locked' }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);

    const locked = await readDatabase(page);
    expect(locked.exists).toBe(true);
    expect(locked.counts['debts']).toBe(6);
    expect(secretsIn(locked, SECRETS)).toEqual([]);

    // Wrong passphrase: the message, and not one stored byte changes (meta included), but for the back-off's count.
    await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').filter({ hasText: 'That passphrase is not right. Nothing was changed.' }).waitFor();
    expect(withoutUnlockCount((await readDatabase(page)).dump)).toBe(locked.dump);
    expect(await page.getByRole('heading', { name: 'Shore is locked' }).isVisible()).toBe(true);

    // Right passphrase: the app with the data intact.
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('navigation').waitFor();
    await goTo(page, 'debts');
    for (const name of [
      'Sample QuickLoan',
      'Sample Galaxy Card',
      'Sample EasyInstal',
      'Sample MiniCash',
      'Sample Moonlight',
    ]) {
      await page.getByRole('heading', { name }).waitFor();
    }
    await page
      .locator('li.platform', { has: page.getByRole('heading', { name: 'Sample EasyInstal' }) })
      .getByRole('button', { name: 'Edit' })
      .click();
    expect(await page.getByLabel('Notes (optional)').inputValue()).toBe(
      'Interest stopped, instalment agreed (example)',
    );
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await goTo(page, 'budget');
    expect(await page.getByLabel('Rent (¥)').inputValue()).toBe('1800.00');
    await goTo(page, 'plan');
    expect(await page.getByTestId('this-month').textContent()).toContain('Total: ¥3,600.00.');
    await goTo(page, 'log');
    const entry = page.getByTestId('log-entry').filter({ hasText: SAID });
    expect(await entry.textContent()).toContain(CALLER);
    expect(await entry.textContent()).toContain('shot.png');

    // Turn it off: the records are plain again and the app opens without the lock screen.
    await goTo(page, 'data');
    await page.getByLabel('Current passphrase', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Turn the lock off' }).click();
    await page.getByText('The lock is off.').waitFor({ timeout: 20_000 });
    expect(secretsIn(await readDatabase(page), SECRETS)).toEqual(SECRETS);
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('navigation').waitFor();
    await goTo(page, 'debts');
    await page.getByRole('heading', { name: 'Sample Moonlight' }).waitFor();

    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// (b) Hostile input
// ---------------------------------------------------------------------------------------------

/** Platform names (the debt form takes at most 60 characters); several start like a formula. */
const PLATFORM_PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '"><svg onload=window.__xss=3>',
  'javascript:window.__xss=4',
  "' onfocus='window.__xss=5' autofocus x='",
  '=HYPERLINK("http://x.test";"y")',
  '+1+1,;\\ \u202Egnp.exe\u202C \u200B\u200D',
  '-2+3 <b onmouseover=window.__xss=6>b</b>',
  '@SUM(1) <iframe srcdoc="<script>parent.__xss=7</script>">',
] as const;

/** Free text: contract numbers, notes, labels, names, what was said. */
const TEXT_PAYLOADS = [
  '<a href="javascript:window.__xss=8">click</a>',
  '<svg><script>window.__xss=9</script></svg>',
  '<details open ontoggle=window.__xss=10>',
  '{{constructor.constructor("window.__xss=11")()}}',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=12>',
  '\u202E<img src=x onerror=window.__xss=13>\u200B=cmd|"/c calc"!A1',
] as const;

// Names are stored without direction controls (issue 13: U+202A–U+202E, U+2066–U+2069, U+200E,
// U+200F, U+061C removed on entry), so screens, print and storage show these forms.
const shown = (value: string): string => value.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '');
const SHOWN_PLATFORMS = PLATFORM_PAYLOADS.map(shown);

/** About 5,000 characters of payload, RTL overrides and zero-width spaces. */
const LONG = ('<img src=x onerror=window.__xss=14>\u202E\u200B' + 'x'.repeat(60)).repeat(52);

const text = (index: number): string => TEXT_PAYLOADS[index % TEXT_PAYLOADS.length] ?? '';

/** RFC 4180 parser (quoted cells, doubled quotes, CRLF rows). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charAt(i);
    if (quoted) {
      if (c !== '"') cell += c;
      else if (csv.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv.charAt(i + 1) === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** RFC 5545 TEXT escaping, written independently of src/ui/model/exports.ts. */
function icsEscaped(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/[;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** The schedule CSV: a BOM, 9 cells a row, no cell that a spreadsheet would run, every platform kept. */
function expectSafeCsv(csv: { text: string }): void {
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(csv.text.slice(1));
  expect(rows.length).toBeGreaterThan(PLATFORM_PAYLOADS.length);
  const cells = rows.flat();
  for (const row of rows) expect(row).toHaveLength(9);
  // No cell a spreadsheet would run: none starts with a formula character, in ASCII or full-width
  // form, even behind spaces or zero-width characters (issue 13), unless the apostrophe comes first.
  const hiddenFormula = /^[\s\u200B-\u200F\u2060\uFEFF]*[=+\-@\t\r＝＋－＠]/;
  expect(cells.filter((cell) => hiddenFormula.test(cell))).toEqual([]);
  // Names lose their direction overrides (U+202A–U+202E, U+2066–U+2069) and keep everything else.
  expect(csv.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  for (const platform of PLATFORM_PAYLOADS) {
    const visible = platform.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
    expect(
      cells.some((cell) => cell === visible || cell === `'${visible}`),
      platform,
    ).toBe(true);
  }
}

/** The calendar file: CRLF lines of at most 75 bytes, text escaped, every platform in a summary. */
function expectSafeIcs(ics: { text: string }): void {
  expect(ics.text.endsWith('\r\n')).toBe(true);
  const physical = ics.text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/);
  }
  const unfolded = ics.text.replace(/\r\n[ \t]/g, '').split('\r\n');
  for (const line of unfolded.filter((l) => /^(SUMMARY|DESCRIPTION|LOCATION)[;:]/.test(l))) {
    const value = line.slice(line.indexOf(':') + 1);
    // After removing escape pairs no bare , ; or \ may remain.
    expect(value.replace(/\\[\\;,nN]/g, ''), line).not.toMatch(/[\\;,]/);
  }
  expect(ics.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  for (const platform of PLATFORM_PAYLOADS) {
    const visible = platform.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
    expect(
      unfolded.some((line) => line.startsWith('SUMMARY:') && line.includes(icsEscaped(visible))),
      platform,
    ).toBe(true);
  }
}

function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stringsOf(item, out);
  return out;
}

describe('hostile input in every text field', () => {
  it('is shown as text on every screen, in print and in exports, and never runs', async () => {
    for (const payload of PLATFORM_PAYLOADS) expect(payload.length).toBeLessThanOrEqual(60);
    const { context, page, problems } = await newPage({ bypassCSP: true });
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    const noHarm = async (where: string): Promise<void> => {
      expect(await xssFlag(page), where).toBeNull();
      expect(await injectedMarkup(page), where).toEqual([]);
      expect(problems, where).toEqual([]);
    };
    await openExample(page);

    // Debt form: platform, contract number, notes (one of them ~5,000 characters).
    for (const [index, platform] of PLATFORM_PAYLOADS.entries()) {
      await page.getByRole('button', { name: 'Add a debt' }).click();
      await page.getByLabel('Platform or creditor').fill(platform);
      await page.getByLabel('Loan or contract number (optional)').fill(text(index));
      await page.getByLabel('Principal owed now (¥)').fill('100');
      await page.getByLabel('Rate (%)').fill('0.01');
      await page.getByLabel('Notes (optional)').fill(index === 0 ? LONG : text(index + 1));
      await page.getByRole('button', { name: 'Save debt' }).click();
      await page.getByRole('button', { name: 'Add a debt' }).waitFor();
    }
    await noHarm('debts');
    const debtsText = (await page.locator('main').textContent()) ?? '';
    for (const platform of SHOWN_PLATFORMS) expect(debtsText).toContain(platform);
    // The edit form shows the stored values back in inputs.
    await page
      .locator('li.platform')
      .filter({ hasText: SHOWN_PLATFORMS[0] })
      .getByRole('button', { name: 'Edit' })
      .click();
    expect(await page.getByLabel('Notes (optional)').inputValue()).toBe(LONG);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();

    // Budget line labels (income and expense).
    await goTo(page, 'budget');
    await page.getByRole('button', { name: 'Add income' }).click();
    await page.locator('input[name="income-label-2"]').fill(text(2));
    await page.locator('input[name="income-amount-2"]').fill('1');
    await page.getByRole('button', { name: 'Add expense' }).click();
    await page.locator('input[name="expenses-label-5"]').fill(text(4));
    await page.locator('input[name="expenses-amount-5"]').fill('1');
    await page.getByLabel(`${text(4)} (¥)`).waitFor();
    await noHarm('budget');
    // Let the debounced budget write land first (a log save racing it is refused; see the report).
    await expect.poll(async () => secretsIn(await readDatabase(page), [text(4)])).toEqual([text(4)]);

    // Collection log: platform, number, name, what was said; then the dossier's fields.
    await goTo(page, 'log');
    await page.getByLabel('Platform', { exact: true }).fill(PLATFORM_PAYLOADS[1]);
    await page.getByLabel('Caller’s number').fill('<img src=x onerror=window.__xss=15>');
    await page.getByLabel('Name or staff ID (if given)').fill(text(1));
    await page.getByLabel('What was said').fill(LONG);
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.getByTestId('log-entry').first().waitFor();
    expect(await page.getByTestId('log-entry').first().textContent()).toContain(text(1));
    await page.getByLabel('Your name (optional)').fill(text(3));
    await page.getByLabel('Your phone number (optional)').fill('"><svg onload=window.__xss=16>');
    await page.getByLabel('Loan or card number, last digits (optional)').fill(text(5));
    await page.getByRole('button', { name: 'Show dossier' }).click();
    await page.emulateMedia({ media: 'print' });
    await noHarm('dossier (print)');
    await page.emulateMedia({ media: 'screen' });

    // Scripts: the optional details.
    await goTo(page, 'scripts');
    await page.locator('.scripts-form select').first().selectOption({ label: PLATFORM_PAYLOADS[2] });
    await page.getByText('Optional details').click();
    await page.getByLabel('Your name', { exact: true }).fill('<img src=x onerror=window.__xss=17>');
    await page.getByLabel('Contract or loan number (or its last digits)').fill(text(0));
    await page.getByLabel('In your own words (optional, stated as you write it)').fill(text(4));
    await expect.poll(() => page.locator('#script-text').inputValue()).toContain('<img src=x onerror=window.__xss=17>');
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await noHarm('scripts');

    // Export: client and preparer names, the print view, CSV and ICS.
    await goTo(page, 'exports');
    await page.getByLabel('Client name (for counsellors, optional)').fill(text(5));
    await page.getByLabel('Prepared by (optional)').fill(text(0));
    await page.getByRole('button', { name: en['exports.print'] }).click();
    await page.emulateMedia({ media: 'print' });
    const printed = (await page.getByTestId('print-view').textContent()) ?? '';
    expect(printed).toContain(shown(text(5)));
    expect(printed).toContain(shown(text(0)));
    for (const platform of SHOWN_PLATFORMS) expect(printed).toContain(platform);
    await noHarm('print view');
    await page.emulateMedia({ media: 'screen' });

    expectSafeCsv(await saveDownload(page, () => page.getByRole('button', { name: en['exports.csv'] }).click()));
    expectSafeIcs(await saveDownload(page, () => page.getByRole('button', { name: en['exports.ics'] }).click()));

    // The backup file keeps every value exactly, as data.
    await goTo(page, 'data');
    const backup = await saveDownload(page, () =>
      page.getByRole('button', { name: 'Save a backup of everything' }).click(),
    );
    const stored = stringsOf(JSON.parse(backup.text) as unknown);
    for (const value of [...SHOWN_PLATFORMS, LONG, text(1), text(2), text(4)]) expect(stored).toContain(value);
    await noHarm('data');

    // Everything again after a reload, now read back from IndexedDB, on every screen.
    await page.reload({ waitUntil: 'load' });
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('navigation').waitFor();
    for (const tab of Object.keys(TABS) as Tab[]) {
      await goTo(page, tab);
      for (const summary of await page.locator('main details > summary').all()) await summary.click();
      await page.locator('main').hover();
      await noHarm(`${tab} after reload`);
    }
    await goTo(page, 'debts');
    expect(await page.locator('main').textContent()).toContain(SHOWN_PLATFORMS[8]);
    await goTo(page, 'log');
    expect(await page.getByTestId('log-entry').first().textContent()).toContain(text(1));
    await page.getByRole('button', { name: 'Show dossier' }).click();
    await goTo(page, 'exports');
    await page.emulateMedia({ media: 'print' });
    await noHarm('print after reload');
    await page.emulateMedia({ media: 'screen' });

    // The same data in Chinese: other dictionaries, script templates and export headings.
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
    const goToInChinese = async (tab: Tab): Promise<void> => {
      await page
        .getByRole('navigation')
        .getByRole('button', { name: zhCN[`nav.${tab}`], exact: true })
        .click();
      await page.locator('main h1, main h2').first().waitFor();
    };
    for (const tab of Object.keys(TABS) as Tab[]) {
      await goToInChinese(tab);
      for (const summary of await page.locator('main details > summary').all()) await summary.click();
      await page.locator('main').hover();
      await noHarm(`${tab} in Chinese`);
    }
    await goToInChinese('debts');
    for (const platform of SHOWN_PLATFORMS) expect(await page.locator('main').textContent()).toContain(platform);
    await goToInChinese('scripts');
    await page.locator('.scripts-form select').first().selectOption({ label: PLATFORM_PAYLOADS[2] });
    await expect.poll(() => page.locator('#script-text').inputValue()).toContain(SHOWN_PLATFORMS[2]);
    await noHarm('scripts in Chinese');
    await goToInChinese('exports');
    expectSafeCsv(await saveDownload(page, () => page.getByRole('button', { name: zhCN['exports.csv'] }).click()));
    expectSafeIcs(await saveDownload(page, () => page.getByRole('button', { name: zhCN['exports.ics'] }).click()));
    await page.getByRole('button', { name: zhCN['exports.print'] }).click();
    await page.emulateMedia({ media: 'print' });
    for (const platform of SHOWN_PLATFORMS)
      expect(await page.getByTestId('print-view').textContent()).toContain(platform);
    await noHarm('print view in Chinese');
    await context.close();
  }, 300_000);
});

describe('a collection-log entry and the planner in one tab', () => {
  // Found by the hostile-input test: the log page bumps the profile revision outside the
  // planner's queue, so the planner's next write was refused as a conflict and the edit lost.
  it('keeps a budget edit made after saving a log entry', async () => {
    const { context, page, problems } = await newPage();
    await openExample(page);
    await goTo(page, 'log');
    await page.getByLabel('Platform', { exact: true }).fill('Sample QuickLoan');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.getByTestId('log-entry').first().waitFor();
    await goTo(page, 'budget');
    await page.getByLabel('Rent (¥)').fill('2300');
    await expect.poll(async () => secretsIn(await readDatabase(page), ['2300.00'])).toEqual(['2300.00']);
    expect(await page.locator('.notice').count()).toBe(0);
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('navigation').waitFor();
    await goTo(page, 'budget');
    expect(await page.getByLabel('Rent (¥)').inputValue()).toBe('2300.00');
    await goTo(page, 'log');
    await page.getByTestId('log-entry').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

// ---------------------------------------------------------------------------------------------
// (3) Bad backup files through the data screen
// ---------------------------------------------------------------------------------------------

const FAILED = 'The file was not imported and nothing on this device changed:';

describe('importing bad backup files through the data screen', () => {
  it('names the problem and leaves every stored byte as it was', async () => {
    const { context, page, problems } = await newPage();
    await openExample(page);
    await goTo(page, 'data');
    const plain = (
      await saveDownload(page, () => page.getByRole('button', { name: 'Save a backup of everything' }).click())
    ).text;
    await page.getByLabel('Protect the file with a passphrase (optional)').fill('backup passphrase 1');
    const sealed = (
      await saveDownload(page, () => page.getByRole('button', { name: 'Save a backup of everything' }).click())
    ).text;
    expect(sealed).not.toContain('Sample QuickLoan');
    const envelope = JSON.parse(sealed) as { encrypted: { ciphertext: string } };
    const ciphertext = envelope.encrypted.ciphertext;
    const flipped = (ciphertext.startsWith('A') ? 'B' : 'A') + ciphertext.slice(1);
    const before = await readDatabase(page);
    expect(before.counts['debts']).toBe(6);

    const cases: { name: string; body: string; passphrase?: string; reason: string }[] = [
      { name: 'truncated', body: plain.slice(0, Math.floor(plain.length / 2)), reason: 'it may be cut short' },
      {
        name: 'tampered',
        body: plain.replace('8600.00', '8601.00'),
        reason: 'the file was changed or damaged after it was saved.',
      },
      { name: 'empty', body: '', reason: 'it may be cut short' },
      { name: 'not a backup', body: '{"hello":"world"}', reason: 'the file is not a Shore backup.' },
      {
        name: 'prototype',
        body: '{"__proto__":{"polluted":1},"format":"shore-backup"}',
        reason: 'names Shore never writes',
      },
      {
        name: 'wrong passphrase',
        body: sealed,
        passphrase: 'not the passphrase',
        reason: 'the passphrase is not right.',
      },
      {
        // The right passphrase on an altered file says so and what to do (issue 13); at 441471a the
        // code 'damaged' had no message of its own ("something unexpected went wrong"), so this fails there.
        // Break: drop the `damaged` branch of DataPage's `explain` → fails.
        name: 'encrypted, tampered',
        body: JSON.stringify({ ...envelope, encrypted: { ...envelope.encrypted, ciphertext: flipped } }),
        passphrase: 'backup passphrase 1',
        reason:
          'the passphrase is right, but the file is damaged or was altered after it was saved, so it cannot be opened. Use another copy of this backup',
      },
      { name: 'encrypted, truncated', body: sealed.slice(0, sealed.length - 40), reason: '' },
    ];
    expect(plain.includes('8600.00')).toBe(true);
    for (const bad of cases) {
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('navigation').waitFor();
      await goTo(page, 'data');
      await page
        .getByLabel('Choose a backup file (.json)')
        .setInputFiles({ name: `${bad.name}.json`, mimeType: 'application/json', buffer: Buffer.from(bad.body) });
      if (bad.passphrase !== undefined) {
        await page.getByLabel('This backup is protected. Enter its passphrase').fill(bad.passphrase);
        await page.getByRole('button', { name: 'Open the backup' }).click();
      }
      const message = page.locator('p.notice-inline').filter({ hasText: FAILED });
      await message.waitFor({ timeout: 15_000 });
      expect(await message.textContent(), bad.name).toContain(bad.reason);
      expect(await page.getByTestId('import-preview').count(), bad.name).toBe(0);
      expect((await readDatabase(page)).dump, bad.name).toBe(before.dump);
      expect(await page.evaluate(() => (({}) as { polluted?: unknown }).polluted ?? null)).toBeNull();
    }

    // Control: the good encrypted file with its passphrase gets as far as the preview; cancel.
    await page
      .getByLabel('Choose a backup file (.json)')
      .setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(sealed) });
    await page.getByLabel('This backup is protected. Enter its passphrase').fill('backup passphrase 1');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await page.getByTestId('import-preview').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    expect((await readDatabase(page)).dump).toBe(before.dump);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// (c) The wipe
// ---------------------------------------------------------------------------------------------

/** What a page of the origin can still see of Shore. */
async function leftovers(
  page: Page,
): Promise<{ databases: string[]; caches: string[]; workers: number; localStorage: number }> {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((info) => info.name ?? ''),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    localStorage: localStorage.length,
  }));
}

describe('erase everything', () => {
  it('after the typed confirmation leaves no database, no caches and no service worker', async () => {
    const { context, page, problems } = await newPage();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active;
      if (worker && worker.state !== 'activated') {
        await new Promise<void>((resolve) =>
          worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
        );
      }
    });
    await openExample(page);
    await expect
      .poll(async () => secretsIn(await readDatabase(page), ['Sample QuickLoan']))
      .toEqual(['Sample QuickLoan']);
    const present = await leftovers(page);
    expect(present.databases).toContain('SHORE');
    expect(present.caches.length).toBeGreaterThan(0);
    expect(present.workers).toBe(1);

    await goTo(page, 'data');
    const confirm = page.getByLabel('To confirm, type ERASE');
    const erase = page.getByRole('button', { name: 'Erase everything on this device' });
    expect(await erase.isDisabled()).toBe(true);
    await confirm.fill('erase');
    expect(await erase.isDisabled()).toBe(true);
    await confirm.fill('ERASE');
    expect(await erase.isDisabled()).toBe(false);

    // The app reloads after the wipe; serve that reload a blank page of the same origin, so
    // the app does not start again (and re-create its database and worker) before we look.
    await context.route(`${BASE_URL}/`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>wipe-check</title><p>blank</p>' }),
    );
    const reloaded = page.waitForEvent('load');
    await erase.click();
    await reloaded;
    expect(await page.title()).toBe('wipe-check');
    expect(await leftovers(page)).toEqual({ databases: [], caches: [], workers: 0, localStorage: 0 });

    // The app itself then starts empty.
    await context.unroute(`${BASE_URL}/`);
    await page.goto(`${BASE_URL}/`, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Open the example' }).waitFor();
    const fresh = await readDatabase(page);
    expect(Object.entries(fresh.counts).filter(([store, count]) => store !== 'meta' && count > 0)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
