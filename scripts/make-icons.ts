/**
 * Renders public/icon.svg into the PNG icons the web app manifest and index.html list, with the
 * same Chromium the browser tests use, then shrinks each PNG: `pngquant` reduces it to a palette
 * (the icon is six flat colours and their anti-aliased edges; quality 85–100 keeps it looking
 * the same) and `optipng` recompresses it losslessly. The three small icons are precached, so every
 * first visit downloads them: this took them from 10.1 KB to 5.4 KB (issue 19's size budget).
 * Run after changing the SVG: `npx tsx scripts/make-icons.ts` (needs the Debian packages
 * `pngquant` and `optipng`: `apt-get install pngquant optipng`).
 * The PNGs are committed, so building the app needs neither a browser nor these tools.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/browser';

const svg = readFileSync('public/icon.svg', 'utf8');
/** Maskable icons keep the motif inside the central 80 % safe zone: shrink it on the same background. */
const maskable = svg.replace(
  /(<rect[^>]*\/>)([\s\S]*)(<\/svg>)/,
  '$1<g transform="translate(51.2 51.2) scale(0.8)">$2</g>$3',
);

const outputs: { file: string; size: number; source: string }[] = [
  { file: 'public/icons/favicon-64.png', size: 64, source: svg },
  { file: 'public/icons/icon-192.png', size: 192, source: svg },
  { file: 'public/icons/icon-512.png', size: 512, source: svg },
  { file: 'public/icons/maskable-512.png', size: 512, source: maskable },
  { file: 'public/icons/apple-touch-icon-180.png', size: 180, source: svg },
];

const browser = await launchBrowser();
const page = await browser.newPage();
for (const { file, size, source } of outputs) {
  await page.setViewportSize({ width: size, height: size });
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
  await page.setContent(
    `<style>html,body{margin:0}</style><img src="${dataUrl}" width="${String(size)}" height="${String(size)}">`,
  );
  writeFileSync(file, await page.screenshot({ type: 'png', omitBackground: false }));
  execFileSync('pngquant', ['--quality=85-100', '--speed', '1', '--strip', '--force', '--output', file, file]);
  execFileSync('optipng', ['-o7', '-quiet', file]);
  console.log(`${file} (${String(size)}×${String(size)}, ${String(readFileSync(file).length)} bytes)`);
}
await browser.close();
