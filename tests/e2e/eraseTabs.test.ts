/**
 * Issue 13: "Erase everything" in one tab resets every other open tab at once, in real Chromium against the
 * production build. Two tabs of one browser context share the origin's IndexedDB and change channel.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './session';

const browser = useBrowser();

describe('an erase in one tab resets the other tabs', () => {
  // Fails on main at 59ed274: tab B kept showing 闪电借呗乙 and ¥73,519.46 after tab A erased everything
  // (its connection was closed by the deletion, but nothing reset the page), and the welcome screen never came.
  // Break: in main.tsx drop both the change channel's `wiped` subscription and the `versionchange`
  // (newVersion null) listener → tab B still shows the erased debt and this fails.
  it('tab B shows the empty welcome screen, with no erased amounts, without being reloaded by hand', async () => {
    const { context, page: a, problems } = await openPage(browser(), 'zh-CN');
    await a.getByRole('button', { name: '打开示例' }).click();
    await a.getByRole('button', { name: '添加一笔债务' }).click();
    const form = a.locator('form.debt-form');
    await form.getByLabel('平台或债权人').fill('闪电借呗乙');
    await form.getByLabel('现在欠的本金（元）').fill('73519.46');
    await form.getByLabel('利率（%）').fill('0.05');
    await form.getByRole('button', { name: '保存' }).click();
    await a.getByRole('heading', { name: '闪电借呗乙' }).waitFor();

    const b = await context.newPage();
    b.on('pageerror', (error) => problems.push(`B: ${error.message}`));
    await b.goto(a.url().replace(/#.*$/, ''), { waitUntil: 'load' });
    await b.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await b.getByRole('navigation').getByRole('button', { name: '债务', exact: true }).click();
    await b.getByRole('heading', { name: '闪电借呗乙' }).waitFor();
    // By hand: 73519.46 as the debts list writes amounts, ¥ and a thousands comma.
    expect(await b.locator('body').innerText()).toContain('¥73,519.46');

    await a.getByRole('navigation').getByRole('button', { name: '数据与备份', exact: true }).click();
    await a.getByLabel('请输入 清除 确认').fill('清除');
    await a.getByRole('button', { name: '清除这台设备上的全部数据' }).click();

    // Tab B was not touched by the test: it resets itself to the welcome screen.
    await b.getByRole('button', { name: '打开示例' }).waitFor({ timeout: 20_000 });
    const shown = await b.locator('body').innerText();
    expect(shown).not.toContain('闪电借呗乙');
    expect(shown).not.toContain('73,519.46');
    expect(shown).not.toContain('示例·快借宝');
    // Tab A, once its erase is done, starts empty too.
    await a.getByRole('button', { name: '打开示例' }).waitFor({ timeout: 20_000 });
    expect(await a.locator('body').innerText()).not.toContain('闪电借呗乙');
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
