/**
 * The counsellor's practice records (issue 18) against the production build in real Chromium,
 * through the UI only: a person with no data receiving a counsellor's file from the first screen.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE_URL } from './server';
import { seriousViolations, useBrowser } from './session';

const browser = useBrowser();

/** A fresh context at the start page whose camera requests are counted (and refused: no camera here). */
async function openCounted(from: Browser, lang: 'zh-CN' | 'en'): Promise<{ page: Page; problems: string[] }> {
  const context = await from.newContext({
    locale: lang === 'zh-CN' ? 'zh-CN' : 'en-US',
    viewport: { width: 360, height: 800 },
  });
  await context.addInitScript(() => {
    const watched = window as unknown as { cameraRequests: number };
    watched.cameraRequests = 0;
    navigator.mediaDevices.getUserMedia = () => {
      watched.cameraRequests += 1;
      return Promise.reject(new DOMException('no camera in this test', 'NotFoundError'));
    };
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  return { page, problems };
}

const cameraRequests = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { cameraRequests: number }).cameraRequests);

describe('the welcome screen’s scan entry', () => {
  // Break: Welcome without the scan button → fails at the button (so on main, 441471a).
  // Break: App's 'data' Match back after the welcome one (no profile shows the welcome) → fails at the scanner.
  // Break: startScreen without 'data' → fails after the reload.
  it('takes a person with no data to the QR scanner, asking for the camera only on “Scan”', async () => {
    const { page, problems } = await openCounted(browser(), 'zh-CN');
    page.setDefaultTimeout(10_000);
    // By keyboard: focus the entry and press Enter.
    const entry = page.getByRole('button', { name: '扫码接收顾问发来的文件' });
    await entry.focus();
    await page.keyboard.press('Enter');
    const receive = page.getByTestId('qr-receive');
    await receive.getByRole('button', { name: '扫描二维码' }).waitFor();
    expect(page.url()).toBe(`${BASE_URL}/#/data`);
    expect(await cameraRequests(page)).toBe(0);
    // No profile was made: no screen tabs.
    expect(await page.getByRole('navigation').getByRole('button', { name: '计划', exact: true }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);

    // A reload stays on the scanner, still without asking for the camera.
    await page.reload({ waitUntil: 'networkidle' });
    await receive.getByRole('button', { name: '扫描二维码' }).waitFor();
    expect(await cameraRequests(page)).toBe(0);

    await receive.getByRole('button', { name: '扫描二维码' }).click();
    await expect.poll(() => cameraRequests(page)).toBe(1);
    // Back returns to the welcome screen.
    await page.goBack();
    await page.getByRole('button', { name: '扫码接收顾问发来的文件' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('says it in English too', async () => {
    const { page, problems } = await openCounted(browser(), 'en');
    page.setDefaultTimeout(10_000);
    await page.getByRole('button', { name: 'Receive a file from your counsellor by scanning' }).click();
    await page.getByTestId('qr-receive').waitFor();
    expect(await cameraRequests(page)).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);
});
