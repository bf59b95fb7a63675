/**
 * Browser-test helper: small HTTP servers on 127.0.0.1 that the tests start themselves, beside
 * globalSetup's `vite preview`:
 * - a plain static host for a built app folder, sending only the headers it is given (a host that
 *   set none of docs/deploy.md's headers), with index.html for every path that is not a file;
 * - a server that answers every request with one fixed response (another origin's page, or an
 *   API that allows any origin).
 * Ports come from `extraPort`, derived from this suite's SHORE_E2E_PORT so that two engineers'
 * suites on one machine never take the same ones.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { PREVIEW_HOST, PREVIEW_PORT } from './server';

/** The n-th extra port of this suite (n from 1 to 9). */
export function extraPort(n: number): number {
  return PREVIEW_PORT * 10 + n;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

async function listen(
  port: number,
  handle: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<RunningServer> {
  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, PREVIEW_HOST, resolve);
  });
  return {
    origin: `http://${PREVIEW_HOST}:${String(port)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves the files of `folder` (index.html for any other path) with `headers` and nothing else. */
export function serveFolder(
  folder: string,
  port: number,
  headers: Readonly<Record<string, string>> = {},
): Promise<RunningServer> {
  return listen(port, (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    let file = normalize(join(folder, pathname));
    if (!file.startsWith(normalize(folder)) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(folder, 'index.html');
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...headers,
    });
    response.end(readFileSync(file));
  });
}

/** Answers every request with `body` as `contentType`, with `headers`. */
export function serveFixed(
  port: number,
  contentType: string,
  body: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<RunningServer> {
  return listen(port, (_request, response) => {
    response.writeHead(200, { 'Content-Type': contentType, ...headers });
    response.end(body);
  });
}
