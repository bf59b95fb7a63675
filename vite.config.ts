/**
 * Build configuration: Solid, and the PWA (web app manifest + a Workbox service worker that
 * precaches the whole app so every feature works offline after the first visit).
 *
 * The service worker is our own (src/serviceWorker/sw.ts, built by vite-plugin-pwa's
 * injectManifest) and registered by src/platform/pwa.ts (injectRegister: false) with registerType
 * 'prompt': a new version waits until the person accepts the reload, which the UI offers only when
 * no edit is in progress. Every built file is precached as it is (ADR 0007). Nothing is cached from
 * other origins: there are none.
 */
import { defineConfig, type Plugin } from 'vite';
import type { OutputChunk } from 'rolldown';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, cacheControlFor } from './src/platform/securityHeaders.ts';

const CSP_MARKER = /<!-- shore:csp[^>]*-->/;

/**
 * Security headers in one place (src/platform/securityHeaders.ts): index.html gets the meta
 * Content-Security-Policy, and `vite preview` sends the headers docs/deploy.md asks hosts to send,
 * with its cache rules, so the browser tests run under them.
 */
function securityHeaders(): Plugin {
  return {
    name: 'shore:security-headers',
    transformIndexHtml(html) {
      if (!CSP_MARKER.test(html)) throw new Error('index.html has lost its shore:csp marker');
      return html.replace(
        CSP_MARKER,
        `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
      );
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://host').pathname;
        response.setHeader('Cache-Control', cacheControlFor(pathname));
        next();
      });
    },
  };
}

/**
 * The entry (src/start.ts) starts opening IndexedDB and then imports the app (src/main.tsx), so the
 * two overlap (issue 19). Vite hints only the entry's static imports in index.html; this adds the
 * app's: a `modulepreload` for each script main.tsx needs before its first screen (so the browser
 * fetches and compiles them while the entry runs) and its style sheets (so the first paint is styled).
 */
function preloadApp(appModule = 'src/main.tsx'): Plugin {
  return {
    name: 'shore:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((item): item is OutputChunk => item.type === 'chunk');
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(appModule));
        if (!app) throw new Error(`shore:preload-app: no chunk for ${appModule}`);
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const scripts: string[] = [];
        const styles = new Set<string>();
        const visit = (chunk: OutputChunk): void => {
          if (scripts.includes(chunk.fileName)) return;
          scripts.push(chunk.fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const name of chunk.imports) visit(byName.get(name)!);
        };
        visit(app);
        const links = [
          ...scripts
            .filter((file) => !html.includes(`/${file}"`))
            .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
          ...[...styles]
            .filter((file) => !html.includes(`/${file}"`))
            .map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
        ];
        return html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}

export default defineConfig({
  plugins: [
    solid(),
    securityHeaders(),
    preloadApp(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/serviceWorker',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      // Icons are precached by the glob below (the small ones only), not all of the manifest's.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: '上岸 Shore',
        short_name: '上岸',
        description:
          '一个平台一个平台地还清网贷和信用卡：还款计划、协商话术、催收记录。数据只保存在你的设备上。' +
          ' / Repay online loans and cards one platform at a time: a plan, negotiation scripts and a collection log. Your data stays on your device.',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#2f6f73',
        background_color: '#f7f5f0',
        categories: ['finance', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      injectManifest: {
        // Every file as built (ADR 0007); the plugin adds manifest.webmanifest.
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // The 512 px icons are only fetched when the app is installed (online); keeping them out of
        // the precache saves 21 KB on every first visit.
        globIgnores: ['icons/icon-512.png', 'icons/maskable-512.png'],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
  },
  preview: {
    headers: { ...SECURITY_HEADERS },
  },
});
