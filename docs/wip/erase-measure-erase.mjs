import { chromium } from '/work/wt/erase/node_modules/playwright-core/index.mjs';
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const dir = process.argv[2];
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
let ctx = await launch(); let page = await ctx.newPage(); const WAIT = Number(process.argv[3] ?? 0); 
await page.goto(URL); await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
await page.getByLabel('Passphrase', { exact: true }).fill('correct horse 电池');
await page.getByRole('button', { name: 'Unlock' }).click();
await page.getByRole('navigation').waitFor();
await page.getByRole('navigation').getByRole('button', { name: 'Your data', exact: true }).click();
await page.getByLabel('To confirm, type ERASE').fill('ERASE');
await ctx.route(URL, (r) => r.fulfill({ contentType: 'text/html', body: '<p>blank</p>' }));
const reloaded = page.waitForEvent('load');
await page.getByRole('button', { name: 'Erase everything on this device' }).click();
await reloaded;
const MB = Number(process.argv[4] ?? 0);
const t0 = Date.now();
if (MB > 0) console.log(await page.evaluate(async (mb) => {
  const open = () => new Promise((res, rej) => { const r = indexedDB.open('shore-scrub', 1); r.onupgradeneeded = () => r.result.createObjectStore('s'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
  const db = await open();
  const chunk = 32 * 1024;
  for (let i = 0; i < mb * 32; i += 8) {
    await new Promise((res, rej) => { const tx = db.transaction('s', 'readwrite'); for (let j = 0; j < 8; j++) { const b = new Uint8Array(chunk); crypto.getRandomValues(b); tx.objectStore('s').put(b.buffer, i + j); } tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
  }
  db.close();
  await new Promise((res) => { const r = indexedDB.deleteDatabase('shore-scrub'); r.onsuccess = res; r.onerror = res; });
  return 'scrubbed';
}, MB));
console.log('scrub ms', Date.now() - t0);
await page.waitForTimeout(WAIT);
await ctx.close();
scan('erased (app reloaded)');
