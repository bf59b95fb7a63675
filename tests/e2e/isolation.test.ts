/**
 * The person's text kept apart from the app's own (issue 13), in real Chromium against the
 * production build. A platform named `abc\u202Efdp.exe` (a right-to-left override) reversed the
 * app's own sentences after it in the handover pack and the scripts; a name in a right-to-left
 * script can pull the figures after it into its own run.
 *
 * Through the debt form: the override is removed when the name is entered (stored and shown as
 * `abcfdp.exe`, nowhere on any screen or in any letter a direction control); the Hebrew name is kept
 * as typed, inside `<bdi>` on the plan screen and in the letter's print view, and between FSI…PDI
 * in the letter's plain text (textarea, what Copy copies).
 *
 * Fails on main before this change (commit eced209): the override was stored and shown, the
 * heading `abcfdp.exe` never appears; no `<bdi>` anywhere; the letter held the name bare.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './session';

const browser = useBrowser();

const OVERRIDDEN = 'abc\u202Efdp.exe';
const SHOWN = 'abcfdp.exe';
const HEBREW = 'שלום 12';
/** Embeddings, overrides, isolates and the three marks. */
const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('text the person typed, kept apart from the app’s own', () => {
  it('removes direction overrides from names and isolates right-to-left names on screen and in letters', async () => {
    const { context, page, problems } = await openPage(browser(), 'en');
    await page.getByRole('button', { name: 'Open the example' }).click();
    await page.getByRole('heading', { name: 'Sample QuickLoan' }).waitFor();
    for (const platform of [OVERRIDDEN, HEBREW]) {
      await page.getByRole('button', { name: 'Add a debt' }).click();
      await page.getByLabel('Platform or creditor').fill(platform);
      await page.getByLabel('Principal owed now (¥)').fill('1000');
      await page.getByLabel('Rate quoted as').selectOption('monthly-percent');
      await page.getByLabel('Rate (%)').fill('1');
      await page.getByRole('button', { name: 'Save debt' }).click();
    }
    // Stored without the override: the heading reads as typed, minus the control; none on the page.
    await page.getByRole('heading', { name: SHOWN, exact: true }).waitFor();
    await page.getByRole('heading', { name: HEBREW, exact: true }).waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/\u202E/);

    // The plan's timeline: every platform name in its own <bdi>.
    await page.getByRole('navigation').getByRole('button', { name: 'Plan', exact: true }).click();
    const names = page.locator('.timeline__name bdi');
    await expect.poll(async () => (await names.allTextContents()).sort()).toContain(HEBREW);
    expect(await names.allTextContents()).toContain(SHOWN);

    // The scripts: the letter names the platform without any control; the Hebrew name is isolated.
    await page.getByRole('navigation').getByRole('button', { name: 'Scripts', exact: true }).click();
    const creditor = page.getByRole('combobox', { name: /^Creditor/ });
    await creditor.locator('option').first().waitFor({ state: 'attached' });
    await creditor.selectOption({ label: SHOWN });
    const output = page.getByLabel('The script', { exact: true });
    await expect.poll(async () => output.inputValue()).toContain(SHOWN);
    expect(await output.inputValue()).not.toMatch(CONTROLS);

    await creditor.selectOption({ label: HEBREW });
    await expect.poll(async () => output.inputValue()).toContain(`\u2068${HEBREW}\u2069`);
    // Only the name is isolated: the rest of the letter holds no control.
    expect((await output.inputValue()).replaceAll(`\u2068${HEBREW}\u2069`, '')).not.toMatch(CONTROLS);
    const printed = page.getByTestId('script-print');
    expect(await printed.locator('bdi').allTextContents()).toContain(HEBREW);
    expect(await printed.innerText()).not.toMatch(CONTROLS);

    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
