/** Where globalSetup serves the production build (`vite preview`). Fixed port, loopback only. */
export const PREVIEW_HOST = '127.0.0.1';
/** Override with SHORE_E2E_PORT to run two suites side by side (e.g. two engineers on one machine). */
export const PREVIEW_PORT = Number(process.env.SHORE_E2E_PORT ?? 4317);
export const BASE_URL = `http://${PREVIEW_HOST}:${PREVIEW_PORT}`;
