/** Where globalSetup serves the production build (`vite preview`). Fixed port, loopback only. */
export const PREVIEW_HOST = '127.0.0.1';
export const PREVIEW_PORT = 4317;
export const BASE_URL = `http://${PREVIEW_HOST}:${PREVIEW_PORT}`;
