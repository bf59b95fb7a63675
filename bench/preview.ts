/**
 * The production build served as a host would, for the browser benches (bench/pwa.ts,
 * bench/clientsList.ts): `vite build` unless SHORE_BENCH_DIST names a build already made, then
 * `vite preview` of it on one port (the app's security headers included), waited for until it answers.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

/** The folder to serve: SHORE_BENCH_DIST as it is, or `dist` freshly built. */
export function productionBuild(): string {
  const given = process.env.SHORE_BENCH_DIST;
  if (given !== undefined) return given;
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return 'dist';
}

/** `vite preview` of `dist` on 127.0.0.1:`port`, once it answers (about 10 s at most); kill it when done. */
export async function servePreview(dist: string, port: number): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      dist,
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${String(port)}`)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return server;
}
