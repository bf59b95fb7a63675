/**
 * Shore's security headers, in one place: what `vite preview` sends (vite.config.ts, so the browser
 * tests run under them), what index.html's meta Content-Security-Policy says, and what
 * docs/deploy.md asks hosts to send (a unit test holds the document to these values).
 *
 * A meta CSP cannot carry `frame-ancestors` (browsers ignore it there), so framing is refused
 * three ways: `frame-ancestors 'none'` and `X-Frame-Options: DENY` from the host, and the app's
 * own check at startup (src/platform/framing.ts) for hosts that send neither.
 */

/** The policy both the meta tag and the header carry: nothing from any other origin. */
const POLICY: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // Solid sets `style` attributes (the timeline's bars, the chart); no style sheet comes from elsewhere.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['connect-src', "'self'"],
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
];

function serialise(directives: readonly (readonly [string, string])[]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** index.html's `<meta http-equiv="Content-Security-Policy">` (no frame-ancestors: ignored in a meta tag). */
export const META_CONTENT_SECURITY_POLICY = serialise(POLICY);

/** The Content-Security-Policy header: the same policy, and no page of any origin may frame Shore. */
export const HEADER_CONTENT_SECURITY_POLICY = serialise([...POLICY, ['frame-ancestors', "'none'"]]);

/**
 * Headers for every response. Camera is allowed for Shore itself only (a QR handover scanner is
 * planned); every other powerful feature is off.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=()',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Sent over HTTPS only (browsers ignore it over plain HTTP, so `vite preview` leaves it out). */
export const HSTS_HEADER = { 'Strict-Transport-Security': 'max-age=31536000' } as const;

/** Built scripts and styles carry a content hash in their names: cached for a year, never revalidated. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (sw.js, index.html, the manifest, icons): always revalidated, so updates reach people. */
export const REVALIDATE_CACHE = 'no-cache';

/** Cache-Control for a path the host serves. */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith('/assets/') ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}
