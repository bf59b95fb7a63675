/**
 * Renders public/icon.svg into the PNG icons the web app manifest lists, with the same Chromium
 * the browser tests use. Run after changing the SVG: `npx tsx scripts/make-icons.ts`.
 * The PNGs are committed, so building the app needs no browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/browser';

const svg = readFileSync('public/icon.svg', 'utf8');
/** Maskable icons keep the motif inside the central 80 % safe zone: shrink it on the same background. */
const maskable = svg.replace(
  /(<rect[^>]*\/>)([\s\S]*)(<\/svg>)/,
  '$1<g transform="translate(51.2 51.2) scale(0.8)">$2</g>$3',
);

const outputs: { file: string; size: number; source: string }[] = [
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
  console.log(`${file} (${String(size)}×${String(size)})`);
}
await browser.close();
