/**
 * Browser tests of the collection log, the evidence dossier and the rights pages against the
 * production build, in both languages, at 360 px: open the example, log a contact of every
 * channel and every kind of person contacted, attach a file, see the flags (a call to family at
 * 22:30 is night contact + third party), the per-day and per-platform counts, edit an entry
 * without losing its file, produce the dossier (screen and print media), find the rules
 * sections and the crisis note, reload and find it all again; axe on the log, dossier and
 * rights views; no horizontal overflow. On a 360 px phone the log's tables (timeline, counts,
 * the dossier's per-day counts) show each row as a card whose values carry their column header,
 * with no sideways scrolling; at 1280 px and in print they stay ordinary tables.
 * Screenshots go to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, seriousViolations, useBrowser } from './session';

const SCREENSHOTS = 'test-results/screenshots';
type Lang = 'zh-CN' | 'en';
type Channel = 'call' | 'sms' | 'wechat' | 'in-app' | 'visit' | 'letter' | 'call-to-contact';
type Party = 'me' | 'emergency-contact' | 'other-contact' | 'family' | 'employer';
type Tick = 'notConnected' | 'threatened' | 'askedPersonalAccount';

/** The smallest valid PNG (1×1), so the dossier's thumbnail really decodes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const TEXT = {
  'zh-CN': {
    openExample: '打开示例',
    quickLoan: '示例·快借宝',
    tabs: { log: '催收记录', rights: '你的权利' },
    logTitle: '催收记录',
    date: '日期',
    time: '时间',
    platform: '平台',
    channelLabel: '联系方式',
    contactedLabel: '联系了谁',
    said: '对方说了什么',
    attachments: '截图或录音',
    save: '保存记录',
    saveChanges: '保存修改',
    edit: '修改',
    channel: {
      call: '打电话给我',
      sms: '短信',
      wechat: '微信',
      'in-app': 'App 内消息',
      visit: '上门',
      letter: '信件',
      'call-to-contact': '打电话给我的联系人',
    },
    party: {
      me: '我本人',
      'emergency-contact': '我的紧急联系人',
      'other-contact': '其他联系人',
      family: '我的家人',
      employer: '我的单位',
    },
    tick: {
      notConnected: '电话没有接通（未接或挂断）',
      threatened: '威胁我或我的家人',
      askedPersonalAccount: '要我转账到个人账户',
    },
    familySaid: '再不还钱就告诉你全家',
    editedSaid: '再不还钱就告诉你全家，还说要上门',
    filterPlatform: '筛选平台',
    dossierName: '你的姓名（可不填）',
    showDossier: '显示证据材料',
    person: '张三',
    rulesSections: ['催收方可以做什么、不可以做什么', '谁可以被联系', '如何合法录音、保存证据', '千万不要做的事'],
    crisisOpen: '需要帮助？',
    floorOnly: '你没有选这家放贷机构的类型，所以这里只列出对所有放贷人都适用的法律和建议',
    civilCode: '《中华人民共和国民法典》 第一千零三十二条、第一千零三十三条',
    nightRule: '夜间催收（22:00—次日 8:00）',
  },
  en: {
    openExample: 'Open the example',
    quickLoan: 'Sample QuickLoan',
    tabs: { log: 'Collection log', rights: 'Your rights' },
    logTitle: 'Collection log',
    date: 'Date',
    time: 'Time',
    platform: 'Platform',
    channelLabel: 'How they contacted',
    contactedLabel: 'Who was contacted',
    said: 'What was said',
    attachments: 'Screenshots or recordings',
    save: 'Save entry',
    saveChanges: 'Save changes',
    edit: 'Change',
    channel: {
      call: 'Phone call to me',
      sms: 'Text message',
      wechat: 'WeChat',
      'in-app': 'In the app',
      visit: 'Visit in person',
      letter: 'Letter',
      'call-to-contact': 'Call to one of my contacts',
    },
    party: {
      me: 'Me',
      'emergency-contact': 'My emergency contact',
      'other-contact': 'Another contact',
      family: 'My family',
      employer: 'My employer',
    },
    tick: {
      notConnected: 'The call did not connect (missed or rejected)',
      threatened: 'They threatened me or my family',
      askedPersonalAccount: 'They asked me to pay a personal account',
    },
    familySaid: 'Pay now or your whole family hears about it',
    editedSaid: 'Pay now or your whole family hears about it; we will come to your door',
    filterPlatform: 'Show platform',
    dossierName: 'Your name (optional)',
    showDossier: 'Show dossier',
    person: 'Zhang San',
    rulesSections: [
      'What collectors may and may not do',
      'Who may be contacted',
      'Recording calls legally and keeping evidence',
      'Things never to do',
    ],
    crisisOpen: 'Need help?',
    floorOnly: 'You have not said what kind of lender this is, so only the laws and advice that apply to every lender',
    civilCode: 'Civil Code of the PRC Arts. 1032–1033',
    nightRule: 'Collection at night (22:00–08:00)',
  },
} as const;

interface Entry {
  day: string;
  time: string;
  platform: string;
  channel: Channel;
  party: Party;
  said?: string;
  ticks?: readonly Tick[];
  file?: boolean;
}

const A = 'Alpha贷';
const B = 'Beta花';

/** Every channel and every kind of person contacted, on two platforms and two days. */
function entries(lang: Lang): Entry[] {
  return [
    {
      day: '2026-11-28',
      time: '22:30',
      platform: A,
      channel: 'call',
      party: 'family',
      said: TEXT[lang].familySaid,
      file: true,
    },
    { day: '2026-11-28', time: '10:00', platform: A, channel: 'sms', party: 'me' },
    { day: '2026-11-28', time: '11:00', platform: A, channel: 'wechat', party: 'emergency-contact' },
    {
      day: '2026-11-28',
      time: '12:00',
      platform: A,
      channel: 'in-app',
      party: 'other-contact',
      ticks: ['askedPersonalAccount'],
    },
    { day: '2026-11-29', time: '14:00', platform: A, channel: 'visit', party: 'employer' },
    { day: '2026-11-29', time: '15:00', platform: A, channel: 'letter', party: 'me', ticks: ['threatened'] },
    { day: '2026-11-29', time: '16:00', platform: A, channel: 'call-to-contact', party: 'other-contact' },
    // Platform B, one day: four connected calls (one too many) and one that did not connect.
    { day: '2026-11-27', time: '09:00', platform: B, channel: 'call', party: 'me' },
    { day: '2026-11-27', time: '10:00', platform: B, channel: 'call', party: 'me' },
    { day: '2026-11-27', time: '11:00', platform: B, channel: 'call', party: 'me', ticks: ['notConnected'] },
    { day: '2026-11-27', time: '12:00', platform: B, channel: 'call', party: 'me' },
    { day: '2026-11-27', time: '13:00', platform: B, channel: 'call', party: 'me' },
  ];
}

const browser = useBrowser();

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

const newPage = (lang: Lang) => openPage(browser(), lang, { timezoneId: 'Asia/Shanghai' });

async function goTo(page: Page, lang: Lang, tab: 'log' | 'rights'): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: TEXT[lang].tabs[tab], exact: true }).click();
}

async function fitsIn360(page: Page, what: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${what} is wider than the screen`).toBeLessThanOrEqual(360);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

const logEntries = (page: Page) => page.getByTestId('log-entry');

/** The entry whose heading line shows this day and time. */
const entryAt = (page: Page, day: string, time: string) => logEntries(page).filter({ hasText: `${day} ${time}` });

async function logEntry(page: Page, lang: Lang, entry: Entry, expectedCount: number): Promise<void> {
  const t = TEXT[lang];
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: t.save }) });
  await form.getByLabel(t.date, { exact: true }).fill(entry.day);
  await form.getByLabel(t.time, { exact: true }).fill(entry.time);
  await form.getByLabel(t.platform, { exact: true }).fill(entry.platform);
  await form.getByLabel(t.channelLabel).selectOption({ label: t.channel[entry.channel] });
  await form.getByLabel(t.contactedLabel).selectOption({ label: t.party[entry.party] });
  if (entry.said) await form.getByLabel(t.said).fill(entry.said);
  for (const tick of entry.ticks ?? []) await form.getByLabel(t.tick[tick]).check();
  if (entry.file)
    await form.getByLabel(t.attachments).setInputFiles({ name: 'shot.png', mimeType: 'image/png', buffer: PNG });
  await form.getByRole('button', { name: t.save }).click();
  await expect.poll(() => logEntries(page).count()).toBe(expectedCount);
}

async function rulesOf(page: Page, day: string, time: string): Promise<string[]> {
  const rules = await entryAt(page, day, time)
    .locator('[data-rule]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-rule') ?? ''));
  return rules.sort();
}

/** The rows of a table as arrays of cell texts. */
async function rows(page: Page, selector: string): Promise<string[][]> {
  return page
    .locator(selector)
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())));
}

/** A platform name long enough to wrap on a phone. */
const LONG_PLATFORM: Readonly<Record<Lang, string>> = {
  'zh-CN': '示例·某某消费金融有限公司',
  en: 'Sample Consumer Finance Company',
};

/** A short log for the layout checks: several entries on three days and three platforms. */
function phoneLog(lang: Lang): Entry[] {
  return [
    { day: '2026-12-01', time: '22:40', platform: A, channel: 'call', party: 'family' },
    { day: '2026-12-01', time: '09:10', platform: A, channel: 'call', party: 'me', ticks: ['notConnected'] },
    { day: '2026-12-02', time: '10:00', platform: A, channel: 'sms', party: 'me' },
    { day: '2026-12-03', time: '11:30', platform: A, channel: 'call-to-contact', party: 'emergency-contact' },
    { day: '2026-12-02', time: '12:00', platform: B, channel: 'call', party: 'me' },
    { day: '2026-12-03', time: '08:30', platform: LONG_PLATFORM[lang], channel: 'wechat', party: 'employer' },
  ];
}

/** How each table on the log page sits in its scroll region, and how its rows are laid out. */
interface TableLayout {
  /** The id of the heading that names the region. */
  region: string;
  scrollWidth: number;
  clientWidth: number;
  tableWidth: number;
  rowDisplay: string;
  headerDisplay: string;
}

async function tableLayouts(page: Page): Promise<TableLayout[]> {
  return page.locator('.collection-log .table-scroll').evaluateAll((regions) =>
    regions.map((region) => {
      const table = region.querySelector('table');
      const row = table?.querySelector('tbody tr');
      const header = table?.querySelector('thead th');
      return {
        region: region.getAttribute('aria-labelledby') ?? '',
        scrollWidth: region.scrollWidth,
        clientWidth: region.clientWidth,
        tableWidth: Math.round(table?.getBoundingClientRect().width ?? 0),
        rowDisplay: row ? getComputedStyle(row).display : '',
        headerDisplay: header ? getComputedStyle(header).display : '',
      };
    }),
  );
}

/** For every body cell of every log table: its column header's text and the label drawn before it. */
async function cellLabels(page: Page): Promise<{ header: string; dataLabel: string; drawn: string }[]> {
  return page.locator('.collection-log .table-scroll table').evaluateAll((tables) =>
    tables.flatMap((table) => {
      const headers = [...table.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim());
      return [...table.querySelectorAll('tbody tr')].flatMap((tr) =>
        [...tr.children].map((cell, column) => ({
          header: headers[column] ?? '',
          dataLabel: cell.getAttribute('data-label') ?? '',
          drawn: getComputedStyle(cell, '::before').content,
        })),
      );
    }),
  );
}

/** How many table, column header and cell nodes Chromium's own accessibility tree exposes. */
async function tableSemantics(page: Page): Promise<{ tables: number; columnHeaders: number; cells: number }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const count = (role: string) => nodes.filter((node) => !node.ignored && node.role?.value === role).length;
  return { tables: count('table'), columnHeaders: count('columnheader'), cells: count('cell') + count('rowheader') };
}

describe.each(['zh-CN', 'en'] as const)('collection log, dossier and rights in %s', (lang) => {
  const t = TEXT[lang];

  it('logs every kind of contact, flags and counts them, edits one, builds the dossier, and keeps it all after a reload', async () => {
    const { context, page, problems } = await newPage(lang);
    await page.getByRole('button', { name: t.openExample }).click();
    await page.getByRole('heading', { name: t.quickLoan }).waitFor();
    await goTo(page, lang, 'log');
    await page.getByRole('heading', { level: 1, name: t.logTitle }).waitFor();
    const before = await logEntries(page).count();
    const all = entries(lang);
    for (const [index, entry] of all.entries()) await logEntry(page, lang, entry, before + index + 1);

    // Every channel and every kind of person shows up in the list, in this language.
    const listText = (await page.locator('.log-list').textContent()) ?? '';
    for (const channel of Object.values(t.channel)) expect(listText).toContain(channel);
    for (const party of Object.values(t.party)) expect(listText).toContain(party);

    // Flags: the call to family at 22:30 is night contact and third-party contact.
    expect(await rulesOf(page, '2026-11-28', '22:30')).toEqual(
      expect.arrayContaining(['night-contact', 'third-party-contact']),
    );
    await expect.poll(() => entryAt(page, '2026-11-28', '22:30').textContent()).toContain(t.nightRule);
    expect(await rulesOf(page, '2026-11-28', '10:00')).toEqual([]);
    expect(await rulesOf(page, '2026-11-28', '12:00')).toEqual(
      expect.arrayContaining(['personal-account', 'third-party-contact']),
    );
    expect(await rulesOf(page, '2026-11-29', '15:00')).toContain('threat-insult');
    expect(await rulesOf(page, '2026-11-27', '13:00')).toContain('connected-calls-per-day');
    expect(await rulesOf(page, '2026-11-27', '12:00')).not.toContain('connected-calls-per-day');
    await expect.poll(() => entryAt(page, '2026-11-28', '22:30').textContent()).toContain('shot.png');

    // Per-platform counts: A has 7 contacts (5 to others, 1 at night); B 5 contacts, 4 connected calls in one day.
    const counts = await rows(page, '[data-testid="platform-counts"]');
    const rowA = counts.find((row) => row[0] === A);
    const rowB = counts.find((row) => row[0] === B);
    // Columns: platform, contacts, connected calls, most in a day, to others, at night, flagged.
    expect(rowA?.slice(1)).toEqual(['7', '0', '0', '5', '1', '6']);
    expect(rowB?.slice(1)).toEqual(['5', '4', '4', '0', '0', '1']);

    // Per-day counts for platform A (the timeline).
    await page.getByLabel(t.filterPlatform).selectOption(A);
    await expect.poll(() => logEntries(page).count()).toBe(7);
    const days = await rows(page, '[data-testid="log-timeline"]');
    // Columns: day, contacts, connected calls, unanswered, to others.
    expect(days).toEqual([
      ['2026-11-28', '4', '0', '0', '3'],
      ['2026-11-29', '3', '0', '0', '2'],
    ]);
    await page.getByLabel(t.filterPlatform).selectOption({ index: 0 });
    await expect.poll(() => logEntries(page).count()).toBe(before + all.length);

    expect(await seriousViolations(page), `${lang} log`).toEqual([]);
    await fitsIn360(page, `${lang} log`);
    await shoot(page, `${lang}-rights-log-360`);

    // Edit the 22:30 entry: new words, its file kept.
    await entryAt(page, '2026-11-28', '22:30')
      .getByRole('button', { name: new RegExp(`^${t.edit}`) })
      .click();
    await expect.poll(() => page.getByLabel(t.said).inputValue()).toBe(t.familySaid);
    await fitsIn360(page, `${lang} log while editing`);
    expect(await seriousViolations(page), `${lang} log while editing`).toEqual([]);
    await shoot(page, `${lang}-rights-log-edit-360`);
    await page.getByLabel(t.said).fill(t.editedSaid);
    await page.getByRole('button', { name: t.saveChanges }).click();
    await expect.poll(() => entryAt(page, '2026-11-28', '22:30').textContent()).toContain(t.editedSaid);
    expect(await logEntries(page).count()).toBe(before + all.length);
    expect(await entryAt(page, '2026-11-28', '22:30').textContent()).toContain('shot.png');

    // The dossier for all platforms: events, flags, the image thumbnail, rules with sources, where to complain.
    await page.getByLabel(t.dossierName).fill(t.person);
    await page.getByRole('button', { name: t.showDossier }).click();
    const dossier = page.getByTestId('dossier-print');
    await dossier.waitFor();
    const dossierText = (await dossier.textContent()) ?? '';
    expect(dossierText).toContain(t.person);
    expect(dossierText).toContain(t.editedSaid);
    expect(dossierText).toContain('2026-11-28 22:30');
    expect(dossierText).toContain('2026-11-27 13:00');
    expect(dossierText).toContain(t.nightRule);
    // The platforms' lenders are not known (no debt says): the dossier cites only the laws that
    // bind every lender, says why, and leaves out 12378 and the national standard.
    expect(dossierText).toContain(t.floorOnly);
    expect(dossierText).toContain(t.civilCode);
    expect(dossierText).not.toContain('GB/T 45251—2025');
    expect(dossierText).toContain('12321');
    const thumbnail = dossier.getByRole('img', { name: 'shot.png' });
    await expect.poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
    expect(await seriousViolations(page), `${lang} dossier`).toEqual([]);
    await fitsIn360(page, `${lang} dossier`);
    await shoot(page, `${lang}-rights-dossier-360`);

    // Print media: only the dossier prints (no tabs, no form, no list, no dossier options).
    await page.emulateMedia({ media: 'print' });
    expect(await dossier.isVisible()).toBe(true);
    expect(await dossier.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(3);
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await page.locator('#log-form-h').isVisible()).toBe(false);
    expect(await logEntries(page).first().isVisible()).toBe(false);
    expect(await page.getByLabel(t.dossierName).isVisible()).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}/${lang}-rights-dossier-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // Stored on this device: still there after a reload, the edit and the file included.
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('html[data-ready="true"]').waitFor();
    await goTo(page, lang, 'log');
    await expect.poll(() => logEntries(page).count()).toBe(before + all.length);
    expect(await entryAt(page, '2026-11-28', '22:30').textContent()).toContain(t.editedSaid);
    expect(await entryAt(page, '2026-11-28', '22:30').textContent()).toContain('shot.png');
    expect(await rulesOf(page, '2026-11-28', '22:30')).toEqual(
      expect.arrayContaining(['night-contact', 'third-party-contact']),
    );
    expect(await rulesOf(page, '2026-11-27', '13:00')).toContain('connected-calls-per-day');

    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows the log tables as labelled cards on a 360 px phone, without sideways scrolling, and as tables at 1280 px and in print', async () => {
    const { context, page, problems } = await newPage(lang);
    await page.getByRole('button', { name: t.openExample }).click();
    await page.getByRole('heading', { name: t.quickLoan }).waitFor();
    await goTo(page, lang, 'log');
    await page.getByRole('heading', { level: 1, name: t.logTitle }).waitFor();
    const before = await logEntries(page).count();
    const log = phoneLog(lang);
    for (const [index, entry] of log.entries()) await logEntry(page, lang, entry, before + index + 1);
    // All three tables at once: the timeline (one platform chosen), the counts, the dossier's per-day counts.
    await page.getByLabel(t.filterPlatform).selectOption(A);
    await page.getByTestId('log-timeline').waitFor();
    await page.getByRole('button', { name: t.showDossier }).click();
    await page.getByTestId('dossier-print').waitFor();
    const bodyCells = 3 * 5 + 3 * 7 + 5 * 6; // timeline: 3 days; counts: 3 platforms; dossier: 5 platform-days.
    const headerCells = 5 + 7 + 6;

    // 360 px: every table fits its region (nothing scrolls sideways), and the page fits the screen.
    const phone = await tableLayouts(page);
    expect(phone.map((layout) => layout.region)).toEqual(['log-timeline-h', 'log-counts-h', 'dossier-by-day-h']);
    for (const layout of phone) {
      expect(layout.scrollWidth, `${lang} ${layout.region} at 360 px: ${JSON.stringify(layout)}`).toBeLessThanOrEqual(
        layout.clientWidth,
      );
      expect(layout.rowDisplay, `${lang} ${layout.region} rows at 360 px`).not.toBe('table-row');
    }
    await fitsIn360(page, `${lang} log tables`);
    // Each value is labelled on screen by its own column header, drawn from data-label.
    const labels = await cellLabels(page);
    expect(labels).toHaveLength(bodyCells);
    for (const label of labels) {
      expect(label.dataLabel).toBe(label.header);
      expect(label.drawn).toContain(JSON.stringify(label.header));
    }
    // Still tables for assistive technology: Chromium's accessibility tree keeps every table, header and cell.
    expect(await tableSemantics(page)).toEqual({ tables: 3, columnHeaders: headerCells, cells: bodyCells });
    expect(await seriousViolations(page), `${lang} log tables at 360 px`).toEqual([]);
    await page.getByTestId('platform-counts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/${lang}-rights-log-tables-360.png`, fullPage: true });

    // Print (still a 360 px viewport): the dossier prints as a real table.
    await page.emulateMedia({ media: 'print' });
    const printed = await tableLayouts(page);
    expect(printed.find((layout) => layout.region === 'dossier-by-day-h')).toMatchObject({
      rowDisplay: 'table-row',
      headerDisplay: 'table-cell',
    });
    await page.emulateMedia({ media: 'screen' });

    // 1280 px: ordinary tables with visible column headers and no drawn labels, still no sideways scrolling.
    await page.setViewportSize({ width: 1280, height: 800 });
    const wide = await tableLayouts(page);
    for (const layout of wide) {
      expect(layout, `${lang} ${layout.region} at 1280 px`).toMatchObject({
        rowDisplay: 'table-row',
        headerDisplay: 'table-cell',
      });
      expect(layout.scrollWidth, `${lang} ${layout.region} at 1280 px: ${JSON.stringify(layout)}`).toBeLessThanOrEqual(
        layout.clientWidth,
      );
    }
    for (const label of await cellLabels(page)) expect(label.drawn).toBe('none');
    expect(await tableSemantics(page)).toEqual({ tables: 3, columnHeaders: headerCells, cells: bodyCells });
    expect(await seriousViolations(page), `${lang} log tables at 1280 px`).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/${lang}-rights-log-tables-1280.png`, fullPage: true });

    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows the rules in plain words with sources, and the crisis note from every screen', async () => {
    const { context, page, problems } = await newPage(lang);
    await page.getByRole('button', { name: t.openExample }).click();
    await page.getByRole('heading', { name: t.quickLoan }).waitFor();
    await goTo(page, lang, 'rights');
    for (const title of t.rulesSections) await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const sources = await page.locator('.rights .sources').count();
    expect(sources).toBeGreaterThan(10);
    expect(await page.getByTestId('lpr-statement').textContent()).toMatch(/2025-05-20/);
    // The crisis note: on the rights page, and behind the header's "Need help?" on every screen.
    expect(await page.getByTestId('rights-page').getByTestId('crisis-note').textContent()).toContain('12356');
    expect(await seriousViolations(page), `${lang} rights`).toEqual([]);
    await fitsIn360(page, `${lang} rights`);
    await shoot(page, `${lang}-rights-rights-360`);

    await goTo(page, lang, 'log');
    const headerNote = page.getByTestId('crisis-panel').getByTestId('crisis-note');
    expect(await headerNote.count()).toBe(0);
    await page.getByRole('banner').getByRole('button', { name: t.crisisOpen }).click();
    await headerNote.waitFor();
    expect(await headerNote.textContent()).toContain('110');
    expect(await seriousViolations(page), `${lang} log with the crisis note open`).toEqual([]);
    await fitsIn360(page, `${lang} crisis note`);

    expect(problems).toEqual([]);
    await context.close();
  });
});
