/**
 * Packed assets: how the service worker keeps scripts and styles gzip-compressed in its precache
 * and hands the page the plain file.
 *
 * The build writes `x.js.gz.bin` (gzip) beside every `x.js` (and `.css`), and only the packed
 * copies are precached (vite.config.ts). The precache then holds about a third of the bytes
 * (ADR 0005). When the page asks for `/assets/x.js`, the worker finds `/assets/x.js.gz.bin` and
 * serves it unpacked with the right Content-Type. Works in any worker or page with
 * `DecompressionStream` (and in Node 20).
 */

/**
 * Suffix of a packed copy in the precache. Not plain `.gz`: static servers (vite preview among
 * them) send `.gz` files with `Content-Encoding: gzip`, so the browser would unpack them on the
 * way and the cache would hold the full size. `.bin` is sent as it is.
 */
export const PACKED_SUFFIX = '.gz.bin';

/** Content-Type for each kind of file the build packs. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Which file extensions the build packs. */
export const PACKED_EXTENSIONS: readonly string[] = Object.keys(CONTENT_TYPES);

/** Content-Type of a plain file the build packs, or `undefined` for any other path. */
export function contentTypeOf(pathname: string): string | undefined {
  const extension = /\.[a-z]+$/.exec(pathname)?.[0];
  return extension === undefined ? undefined : CONTENT_TYPES[extension];
}

/**
 * Map from the path a page asks for (`/assets/x.js`) to the packed copy's path in the precache
 * (`/assets/x.js.gz.bin`), for every packed entry of the precache manifest. `base` resolves relative
 * manifest URLs (the worker's own location).
 */
export function packedPathsOf(manifestUrls: readonly string[], base: string): Map<string, string> {
  const packed = new Map<string, string>();
  for (const url of manifestUrls) {
    const { pathname } = new URL(url, base);
    if (!pathname.endsWith(PACKED_SUFFIX)) continue;
    const plain = pathname.slice(0, -PACKED_SUFFIX.length);
    if (contentTypeOf(plain) !== undefined) packed.set(plain, pathname);
  }
  return packed;
}

/** True when the bytes start with gzip's magic number (1f 8b). */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The plain file from its packed copy, as a 200 response with `contentType`. Should a host still
 * have decoded the copy on the way (a server that sends `.bin` with `Content-Encoding: gzip`), the
 * cache holds plain bytes; those are served as they are.
 */
export async function unpack(packed: Response, contentType: string): Promise<Response> {
  const bytes = new Uint8Array(await packed.arrayBuffer());
  const headers = { 'Content-Type': contentType };
  if (!isGzip(bytes)) return new Response(bytes, { status: 200, headers });
  const plain = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(plain, { status: 200, headers });
}
