/**
 * Quick entry from a screenshot (issue 8) against the production build in real Chromium: in the
 * guided session's debts step a PNG (made here in Node) is chosen through the file input; it is
 * decoded and shown (naturalWidth > 0) above the form at 360 px, zoomed and moved with buttons
 * and keys, and stays while two platforms are entered one after another; replacing it revokes the
 * old object URL; axe (no serious/critical) and no horizontal overflow at 360 px; beside the form
 * on a wide screen.
 */
import { deflateSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { BASE_URL } from './server';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A width × height RGB PNG with stripes (a stand-in for a statement screenshot). */
function makePng(width: number, height: number, seed: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    rows[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const dark = (Math.floor(y / 20) + Math.floor(x / 40) + seed) % 2 === 0;
      rows.fill(dark ? 60 : 230, row + 1 + x * 3, row + 4 + x * 3);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function openPage(width: number): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });
  await page.locator('html[data-ready="true"]').waitFor();
  return { page, problems };
}

/** A new client, and the guided session moved on to its debts step. */
async function toDebtsStep(page: Page, name: string): Promise<void> {
  await page.locator('header').getByRole('button', { name: 'Clients', exact: true }).click();
  await page.getByTestId('clients-page').waitFor();
  await page.getByLabel('Client’s name or a nickname').fill(name);
  await page.getByRole('button', { name: 'Create and start the session' }).click();
  await page.getByTestId('session-page').waitFor();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect.poll(async () => page.getByTestId('session-step').textContent()).toBe('Debts');
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

async function addDebt(page: Page, platform: string, principal: string, rate: string): Promise<void> {
  const form = page.getByTestId('quick-debt');
  await form.getByLabel('Platform').fill(platform);
  await form.getByLabel('Principal owed now').fill(principal);
  await form.getByLabel('Rate (%)').fill(rate);
  await form.getByRole('button', { name: 'Add, then enter the next platform' }).click();
  await form.getByText(`Added ${platform}.`).waitFor();
  expect(await form.getByLabel('Platform').inputValue()).toBe('');
}

const scaleOf = async (page: Page): Promise<string | null> => page.getByTestId('shot-image').getAttribute('data-scale');

describe('quick entry from a screenshot', () => {
  it('shows a chosen picture above the form at 360 px, zooms and moves it, and keeps it for two platforms', async () => {
    const { page, problems } = await openPage(360);
    await toDebtsStep(page, 'Dana Wu');
    const panel = page.getByTestId('shot-panel');
    await expect.poll(async () => panel.textContent()).toContain('Shore does not read the text in the picture for you');

    await page
      .getByLabel('Choose a screenshot or photo')
      .setInputFiles({ name: '账单 bill.png', mimeType: 'image/png', buffer: makePng(720, 1600, 0) });
    const image = page.getByTestId('shot-image');
    await expect.poll(async () => image.evaluate((node) => (node as HTMLImageElement).naturalWidth)).toBe(720);
    expect(await image.evaluate((node) => (node as HTMLImageElement).naturalHeight)).toBe(1600);
    const firstUrl = (await image.getAttribute('src')) ?? '';
    expect(firstUrl).toMatch(/^blob:/);
    await panel.getByText('Showing 账单 bill.png.').waitFor();

    // Above the form on a phone, fitted to the width of the viewer.
    const viewport = page.getByTestId('shot-viewport');
    const [panelBox, formBox, viewportBox, imageBox] = await Promise.all([
      panel.boundingBox(),
      page.getByTestId('quick-debt').boundingBox(),
      viewport.boundingBox(),
      image.boundingBox(),
    ]);
    expect(panelBox!.y + panelBox!.height).toBeLessThanOrEqual(formBox!.y);
    expect(Math.abs(imageBox!.width - (await viewport.evaluate((node) => node.clientWidth)))).toBeLessThan(2);
    expect(viewportBox!.width).toBeLessThanOrEqual(360);

    // Zoom with the buttons: the picture doubles in width and can be moved right and down.
    await panel.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await panel.getByRole('button', { name: 'Zoom in', exact: true }).click();
    expect(await scaleOf(page)).toBe('2');
    await expect.poll(async () => page.getByTestId('shot-zoom').textContent()).toBe('Zoom 200%');
    const widths = await viewport.evaluate((node) => ({ scroll: node.scrollWidth, client: node.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client * 1.9);
    const before = await viewport.evaluate((node) => ({ left: node.scrollLeft, top: node.scrollTop }));
    await panel.getByRole('button', { name: 'Move right', exact: true }).click();
    await panel.getByRole('button', { name: 'Move down', exact: true }).click();
    const after = await viewport.evaluate((node) => ({ left: node.scrollLeft, top: node.scrollTop }));
    expect(after.left).toBeGreaterThan(before.left);
    expect(after.top).toBeGreaterThan(before.top);
    await panel.getByRole('button', { name: 'Move left', exact: true }).click();
    expect(await viewport.evaluate((node) => node.scrollLeft)).toBeLessThan(after.left);

    // Keyboard: the picture takes focus; − zooms out, the arrow keys scroll it, 0 fits it.
    await viewport.focus();
    await page.keyboard.press('-');
    expect(await scaleOf(page)).toBe('1.5');
    const top = await viewport.evaluate((node) => node.scrollTop);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => viewport.evaluate((node) => node.scrollTop)).toBeGreaterThan(top);
    await page.keyboard.press('0');
    expect(await scaleOf(page)).toBe('1');
    await page.keyboard.press('+');
    expect(await scaleOf(page)).toBe('1.5');

    // Two platforms one after another, the picture still shown as it was.
    await addDebt(page, 'QuickLend', '2,400', '0.05');
    await addDebt(page, 'MoonCredit', '800', '0.06');
    expect(await image.getAttribute('src')).toBe(firstUrl);
    expect(await scaleOf(page)).toBe('1.5');
    expect(await image.evaluate((node) => (node as HTMLImageElement).naturalWidth)).toBe(720);
    await expect.poll(async () => page.getByTestId('session-debts-total').textContent()).toContain('2 platforms');

    expect(await seriousViolations(page)).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);

    // Replacing the picture: the new one shows, fitted, and the old object URL no longer loads.
    await page
      .getByLabel('Replace it with another picture')
      .setInputFiles({ name: 'app.png', mimeType: 'image/png', buffer: makePng(400, 300, 1) });
    await expect.poll(async () => image.evaluate((node) => (node as HTMLImageElement).naturalWidth)).toBe(400);
    expect(await image.getAttribute('src')).not.toBe(firstUrl);
    expect(await scaleOf(page)).toBe('1');
    const beforeProbe = problems.length;
    const oldLoads = await page.evaluate(
      (url) =>
        new Promise<boolean>((resolve) => {
          const probe = new Image();
          probe.onload = () => resolve(true);
          probe.onerror = () => resolve(false);
          probe.src = url;
        }),
      firstUrl,
    );
    expect(oldLoads).toBe(false);
    // The probe's own failed load is the only console error it may cause.
    expect(problems.splice(beforeProbe).every((message) => message.includes('ERR_FILE_NOT_FOUND'))).toBe(true);

    // Leaving the step drops the picture.
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect.poll(async () => page.getByTestId('session-step').textContent()).toBe('Income and essential costs');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(async () => page.getByTestId('session-step').textContent()).toBe('Debts');
    expect(await page.getByTestId('shot-image').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the picture beside the form on a wide screen', async () => {
    const { page, problems } = await openPage(1200);
    await toDebtsStep(page, 'Eli Sun');
    await page
      .getByLabel('Choose a screenshot or photo')
      .setInputFiles({ name: 'bill.png', mimeType: 'image/png', buffer: makePng(720, 1600, 0) });
    await expect
      .poll(async () => page.getByTestId('shot-image').evaluate((node) => (node as HTMLImageElement).naturalWidth))
      .toBe(720);
    const [panelBox, formBox] = await Promise.all([
      page.getByTestId('shot-panel').boundingBox(),
      page.getByTestId('quick-debt').boundingBox(),
    ]);
    expect(panelBox!.x + panelBox!.width).toBeLessThanOrEqual(formBox!.x);
    expect(Math.abs(panelBox!.y - formBox!.y)).toBeLessThan(2);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
