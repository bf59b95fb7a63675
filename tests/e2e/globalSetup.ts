/**
 * Browser-test global setup: builds the production bundle once, serves it with
 * `vite preview --host 127.0.0.1 --strictPort` on a fixed port, and stops it afterwards.
 * Also resolves (and, for @sparticuz/chromium, unpacks) the browser once, before any test file runs.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './browser';
import { BASE_URL, PREVIEW_HOST, PREVIEW_PORT } from './server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');

let server: ChildProcess | undefined;

export async function setup(): Promise<void> {
  const browser = findChromium();
  console.log(`[e2e] Chromium: ${browser.source} (${browser.executablePath})`);

  // vitest sets NODE_ENV=test, which would make Vite build a non-production bundle (no service
  // worker registration, `import.meta.env.PROD` false): build exactly what users get.
  // Each port builds into its own folder, so two suites on one machine never overwrite each other.
  const outDir = join('dist-e2e', String(PREVIEW_PORT));
  execFileSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });

  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', PREVIEW_HOST, '--port', String(PREVIEW_PORT), '--strictPort', '--outDir', outDir],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server = child;
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`vite preview exited with ${child.exitCode}:\n${output}`);
    }
    try {
      const res = await fetch(`${BASE_URL}/`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await teardown();
      throw new Error(`vite preview did not answer on ${BASE_URL} within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function teardown(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
