/** Packed assets: which precache entries are packed copies, and unpacking gives back every byte. */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACKED_SUFFIX, contentTypeOf, packedPathsOf, unpack } from './packedAssets';

const WORKER = 'https://shore.example/sw.js';

describe('contentTypeOf', () => {
  it('names the type of scripts and styles only', () => {
    expect(contentTypeOf('/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/assets/index-abc.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('/index.html')).toBeUndefined();
    expect(contentTypeOf('/icons/icon-192.png')).toBeUndefined();
    expect(contentTypeOf('/assets/data.json')).toBeUndefined();
    expect(contentTypeOf('/assets/noextension')).toBeUndefined();
  });
});

describe('packedPathsOf', () => {
  it('maps each plain path to its packed copy and ignores every other entry', () => {
    const paths = packedPathsOf(
      [
        'index.html',
        'icon.svg',
        'manifest.webmanifest',
        `assets/index-abc.js${PACKED_SUFFIX}`,
        `/assets/index-def.css${PACKED_SUFFIX}`,
        `assets/picture.png${PACKED_SUFFIX}`,
        'assets/plain-xyz.js',
      ],
      WORKER,
    );
    expect([...paths]).toEqual([
      ['/assets/index-abc.js', `/assets/index-abc.js${PACKED_SUFFIX}`],
      ['/assets/index-def.css', `/assets/index-def.css${PACKED_SUFFIX}`],
    ]);
  });

  it('resolves relative entries against the worker, not the page', () => {
    const paths = packedPathsOf([`assets/a.js${PACKED_SUFFIX}`], 'https://shore.example/app/sw.js');
    expect(paths.get('/app/assets/a.js')).toBe(`/app/assets/a.js${PACKED_SUFFIX}`);
  });
});

describe('unpack', () => {
  it('gives back every byte of the file, with its type and status 200', async () => {
    const source = 'const 话术 = `上岸 Shore — 一个平台一个平台地还`;\n'.repeat(200);
    const response = await unpack(new Response(gzipSync(source, { level: 9 })), 'text/javascript; charset=utf-8');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe(source);
  });

  it('serves bytes that are not gzip as they are (a host that already unpacked the copy)', async () => {
    const response = await unpack(new Response('body{margin:0}'), 'text/css; charset=utf-8');
    expect(await response.text()).toBe('body{margin:0}');
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('handles empty files, packed or not', async () => {
    expect(await (await unpack(new Response(gzipSync('')), 'text/css')).text()).toBe('');
    expect(await (await unpack(new Response(new Uint8Array(0)), 'text/css')).text()).toBe('');
  });

  it('round-trips any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        const response = await unpack(new Response(gzipSync(bytes)), 'text/javascript');
        expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });
});
