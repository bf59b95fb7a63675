/**
 * docs/deploy.md tells hosts which headers to send; vite preview sends them from
 * securityHeaders.ts. This holds the document to the code: every header, with its exact value,
 * in the plain list, in the nginx snippet and in the `_headers` example, and the two cache rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  HEADER_CONTENT_SECURITY_POLICY,
  HSTS_HEADER,
  IMMUTABLE_CACHE,
  META_CONTENT_SECURITY_POLICY,
  REVALIDATE_CACHE,
  SECURITY_HEADERS,
  cacheControlFor,
} from './securityHeaders';

const deploy = readFileSync(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
const everyHeader = Object.entries({ ...SECURITY_HEADERS, ...HSTS_HEADER });

describe('docs/deploy.md', () => {
  // Mutation: Referrer-Policy 'no-referrer' → 'same-origin' in securityHeaders.ts → fails.
  it.each(everyHeader)('gives %s with the value the preview server sends', (name, value) => {
    const asHeaderLine = `${name}: ${value}`;
    // The plain list (HSTS in its own HTTPS block) and the _headers example.
    expect(deploy.split('\n').filter((line) => line.trim() === asHeaderLine).length).toBeGreaterThanOrEqual(2);
    expect(deploy).toContain(`add_header ${name} "${value}" always;`);
  });

  it('gives both cache rules, for nginx and for a _headers host', () => {
    expect(deploy).toContain(`add_header Cache-Control "${IMMUTABLE_CACHE}" always;`);
    expect(deploy).toContain(`add_header Cache-Control "${REVALIDATE_CACHE}" always;`);
    expect(deploy).toContain(`/assets/*\n  Cache-Control: ${IMMUTABLE_CACHE}`);
    expect(deploy).toContain(`/sw.js\n  Cache-Control: ${REVALIDATE_CACHE}`);
  });
});

describe('the policy', () => {
  it('forbids framing in the header only: a meta tag cannot carry frame-ancestors', () => {
    expect(HEADER_CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('names no other origin anywhere', () => {
    expect(HEADER_CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(HEADER_CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(HEADER_CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  });

  it.each([
    ['/assets/index-abc123.js', IMMUTABLE_CACHE],
    ['/assets/index-abc123.css', IMMUTABLE_CACHE],
    ['/sw.js', REVALIDATE_CACHE],
    ['/', REVALIDATE_CACHE],
    ['/index.html', REVALIDATE_CACHE],
    ['/manifest.webmanifest', REVALIDATE_CACHE],
    ['/icons/icon-192.png', REVALIDATE_CACHE],
  ])('caches %s with %s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});
