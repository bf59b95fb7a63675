import { chromium } from '/work/wt/erase/node_modules/playwright-core/index.mjs';
import { mkdtempSync, readdirSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const dir = mkdtempSync('/tmp/erase/prof-');
const URL = 'http://127.0.0.1:4412/';
const SECRETS = ['王秀兰测试', 'QXClient7731', '闪电借呗乙', 'QZPlatform5521', '73519.46', '他说明天去你单位找领导', 'QZLogText8842'];
const launch = () => chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'], locale: 'en-US', acceptDownloads: true });
function walk(d) { return readdirSync(d).flatMap(n => { const p = join(d, n); const s = statSync(p); return s.isDirectory() ? walk(p) : [p]; }); }
function scan(label) {
  const found = [];
  for (const p of walk(dir)) { const b = readFileSync(p); for (const s of SECRETS) for (const enc of ['utf8','utf16le','latin1']) { if (enc==='latin1' && [...s].some(c=>c.codePointAt(0)>255)) continue; if (b.includes(Buffer.from(s, enc))) found.push(`${s} ${enc} ${p.slice(dir.length)}`); } }
  console.log(`== ${label}: ${found.length}`); for (const f of found) console.log('  ', f);
  const idb = walk(dir).filter(p=>p.includes('IndexedDB')).map(p=>`${p.slice(dir.length)} ${statSync(p).size}`); console.log(idb.join('\n'));
}
let ctx = await launch(); let page = await ctx.newPage();
await page.goto(URL); await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
await page.locator('header').getByRole('button', { name: 'Clients', exact: true }).click();
await page.getByLabel('Client’s name or a nickname').fill(`${SECRETS[0]} ${SECRETS[1]}`);
await page.getByRole('button', { name: 'Create and start the session' }).click();
await page.getByTestId('session-page').waitFor();
await page.getByRole('button', { name: 'Save and continue' }).click();
for (const [name, amount] of [[SECRETS[2], SECRETS[4]], [SECRETS[3], '1200.00']]) {
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
await page.waitForTimeout(500);
await ctx.close();
scan('plain');
ctx = await launch(); page = await ctx.newPage();
await page.goto(URL); await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
await page.getByRole('navigation').getByRole('button', { name: 'Your data', exact: true }).click();
await page.getByLabel('New passphrase', { exact: true }).fill('correct horse 电池');
await page.getByLabel('Repeat the passphrase', { exact: true }).fill('correct horse 电池');
await page.getByLabel('I understand that a forgotten passphrase means my data is lost.').check();
await page.getByRole('button', { name: 'Turn the lock on' }).click();
await page.getByText('The lock is on.').waitFor({ timeout: 20_000 });
await page.waitForTimeout(500);
await ctx.close();
scan('lock on');
ctx = await launch(); page = await ctx.newPage();
await page.goto(URL); await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
await page.waitForTimeout(3000);
await ctx.close();
scan('lock on, reopened 3 s');
console.log(dir);
