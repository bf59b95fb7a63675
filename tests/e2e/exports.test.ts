/**
 * Calendar reminders and file names on the Exports screen (issues 13, 17, 18), in real Chromium
 * against the production build: the options are there with their labels in both languages; the
 * downloaded calendar, read by ical.js, has an alarm on every payment at the chosen time, neutral
 * titles when asked, and the same event ids when downloaded again; each file is named after the
 * client with the date and time.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';
import { launchBrowser } from './browser';
import { BASE_URL } from './server';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

function events(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent');
}

describe('exports', () => {
  it('reminders 2 days before with neutral titles, then with names in English: same ids, files named for the client', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('button', { name: zhCN['welcome.openExample'] }).click();
    await page.getByRole('navigation').getByText(zhCN['nav.exports'], { exact: true }).click();

    // Chinese: 2 days before, neutral titles.
    await page.getByLabel(zhCN['exports.alarmDays']).selectOption({ label: zhCN['exports.alarmDays2'] });
    await page.getByLabel(zhCN['exports.neutralTitles']).check();
    const neutral = await download(page, zhCN['exports.ics']);
    // The example's client is 示例：小林（虚构）; then the local date and time.
    expect(neutral.name).toMatch(/^shore-calendar-示例：小林（虚构）-\d{4}-\d{2}-\d{2}-\d{4}\.ics$/);
    const neutralEvents = events(neutral.text);
    expect(neutralEvents.length).toBeGreaterThan(5);
    expect(new Set(neutralEvents.map((event) => event.getFirstPropertyValue('summary')))).toEqual(
      new Set([zhCN['exports.icsNeutralSummary']]),
    );
    expect(neutral.text).not.toContain('示例·'); // no platform name
    expect(neutral.text).not.toContain('¥');
    for (const event of neutralEvents) {
      // -P1DT15H: 09:00 two days before the all-day event.
      expect(event.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-P1DT15H');
    }

    // English: the same options, labelled; names back in the titles; 1 day before.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByLabel(en['exports.neutralTitles']).uncheck();
    await page.getByLabel(en['exports.alarmDays']).selectOption({ label: en['exports.alarmDays1'] });
    const named = await download(page, en['exports.ics']);
    const namedEvents = events(named.text);
    expect(named.text).toContain('示例·快借宝');
    const paymentIds = (list: ICAL.Component[]): string[] =>
      list.map((event) => String(event.getFirstPropertyValue('uid'))).filter((uid) => uid.includes('-pay-'));
    // A re-export updates rather than duplicates: the same payment events, by id.
    expect(paymentIds(namedEvents)).toEqual(paymentIds(neutralEvents));
    for (const event of namedEvents.filter((candidate) =>
      String(candidate.getFirstPropertyValue('uid')).includes('-pay-'),
    )) {
      expect(event.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-PT15H');
    }

    const csv = await download(page, en['exports.csv']);
    expect(csv.name).toMatch(/^shore-plan-示例：小林（虚构）-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    await context.close();
  }, 60_000);
});
