/**
 * Launches headless Chromium for the browser tests (playwright-core; no `npx playwright install`).
 *
 * Which Chromium, first match wins:
 *   1. `SHORE_FORCE_SPARTICUZ=1`: the browser shipped in the npm package @sparticuz/chromium
 *      (used to check that path on a machine that also has Debian's chromium).
 *   2. `CHROMIUM_PATH`: any Chromium/Chrome executable (other OSes, other architectures).
 *   3. `/usr/bin/chromium`: Debian's package (`apt-get install -y chromium fonts-noto-cjk`).
 *   4. @sparticuz/chromium (an optionalDependency, Linux x64 only), so `npm install && npm test`
 *      works on a fresh Linux x64 machine without apt.
 *
 * @sparticuz/chromium pitfalls handled here: its own `executablePath()` unpacks to a shared
 * `<tmp>/chromium` whatever its version and parallel first launches collide (ETXTBSY), so we
 * unpack once into a per-version folder via a temporary folder and an atomic rename. Its bundled
 * libraries (NSS etc.) need LD_LIBRARY_PATH and its fonts need a fontconfig file; its fonts have
 * no CJK, so the system's /usr/share/fonts are listed too. We do not use its Lambda flags
 * (`--disable-web-security` and friends would hide real bugs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumInstall {
  readonly executablePath: string;
  readonly source: 'CHROMIUM_PATH' | 'debian' | '@sparticuz/chromium';
  /** Extra environment for the browser process (merged over process.env). */
  readonly env: Readonly<Record<string, string>>;
}

const HOW_TO_INSTALL =
  'No Chromium found for the browser tests. Do one of:\n' +
  '  - Debian/Ubuntu: apt-get install -y chromium fonts-noto-cjk\n' +
  '  - set CHROMIUM_PATH=/path/to/chromium-or-chrome\n' +
  '  - on Linux x64: npm install (installs the optional dependency @sparticuz/chromium)';

/** Finds a Chromium to drive, unpacking @sparticuz/chromium on first use if that is the one. */
export function findChromium(): ChromiumInstall {
  if (process.env['SHORE_FORCE_SPARTICUZ'] === '1') return sparticuzChromium();
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.\n${HOW_TO_INSTALL}`);
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH', env: {} };
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, source: 'debian', env: {} };
  return sparticuzChromium();
}

/**
 * Launches a fresh headless Chromium (fresh profile each time). Close it in afterAll.
 * `extraArgs` are added to CHROMIUM_ARGS (e.g. a fake camera fed from a file).
 */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const install = findChromium();
  return chromium.launch({
    executablePath: install.executablePath,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    env: { ...stringEnv(process.env), ...install.env },
    timeout: 60_000,
  });
}

/**
 * Launches Chromium with a real (non-incognito) profile in a fresh temporary folder, for checks
 * that incognito changes, such as installability. Call `dispose()` when done: it closes the
 * browser, then removes the profile folder.
 */
export async function launchPersistentBrowser(): Promise<{ context: BrowserContext; dispose: () => Promise<void> }> {
  const install = findChromium();
  const profile = mkdtempSync(join(tmpdir(), 'shore-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: install.executablePath,
    args: [...CHROMIUM_ARGS],
    env: { ...stringEnv(process.env), ...install.env },
    timeout: 60_000,
  });
  const dispose = async (): Promise<void> => {
    await context.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  return { context, dispose };
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

function sparticuzChromium(): ChromiumInstall {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `@sparticuz/chromium works on Linux x64 only (this is ${process.platform} ${process.arch}).\n${HOW_TO_INSTALL}`,
    );
  }
  let pkgDir: string;
  try {
    // The package's `exports` hide package.json; its CommonJS entry is <pkg>/build/cjs/index.cjs.
    pkgDir = dirname(dirname(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'))));
  } catch {
    throw new Error(HOW_TO_INSTALL);
  }
  const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const dir = join(tmpdir(), `shore-sparticuz-chromium-${version}`);
  const executablePath = join(dir, 'chromium');
  if (!existsSync(join(dir, '.complete'))) unpackSparticuz(join(pkgDir, 'bin'), dir);
  return {
    executablePath,
    source: '@sparticuz/chromium',
    env: {
      LD_LIBRARY_PATH: [join(dir, 'lib'), dir, process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':'),
      FONTCONFIG_FILE: join(dir, 'fonts.conf'),
      HOME: process.env['HOME'] ?? tmpdir(),
    },
  };
}

/** Unpacks into a private folder, then renames it into place so concurrent callers never see half a browser. */
function unpackSparticuz(binDir: string, dir: string): void {
  const staging = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  try {
    writeFileSync(join(staging, 'chromium'), brotliDecompressSync(readFileSync(join(binDir, 'chromium.br'))), {
      mode: 0o755,
    });
    // swiftshader: libEGL/libGLESv2 beside the executable; al2023: lib/ (NSS, expat); fonts: fonts/.
    for (const archive of ['swiftshader', 'al2023', 'fonts']) {
      const tarPath = join(staging, `${archive}.tar`);
      writeFileSync(tarPath, brotliDecompressSync(readFileSync(join(binDir, `${archive}.tar.br`))));
      execFileSync('tar', ['-xf', tarPath, '-C', staging, '--no-same-owner']);
      rmSync(tarPath);
    }
    // Our own fontconfig file: the package's points at Lambda paths. System fonts (e.g. Noto CJK) if any.
    writeFileSync(
      join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <dir>${join(dir, 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n` +
        `  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    writeFileSync(join(staging, '.complete'), 'ok\n');
    try {
      renameSync(staging, dir);
    } catch {
      // Another process won the race (or a stale incomplete folder is in the way).
      if (existsSync(join(dir, '.complete'))) return;
      rmSync(dir, { recursive: true, force: true });
      renameSync(staging, dir);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
