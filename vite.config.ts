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
import type { CodeSplittingGroup } from 'rolldown';
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
        const app =
          chunks.find((chunk) => chunk.facadeModuleId?.endsWith(appModule)) ??
          chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(appModule)));
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

/**
 * The app's own chunks (issue 19's "whole app under 300 KB gzipped as shipped"): gzip compresses
 * every file on its own, so the same code in a few larger files ships smaller than in many small
 * ones, and every import between chunks costs a list of names. Instead of one chunk per screen and
 * per piece of shared code (rolldown's default, about 50 files), one chunk per area:
 * - `app`: what src/main.tsx imports statically, directly or not (the first page), less the entry's
 *   own modules (src/start.ts stays a small chunk of its own);
 * - then each area below: its screens and whatever they import statically that neither the first
 *   page, the entry nor an earlier area has.
 * So shared code lands in the earliest area that uses it, and an area's chunk imports only the
 * entry, `app` and earlier areas: never a later one, so no chunk cycle can form. The plan comes
 * first: a returning person opens on it. Read from the module graph once it is built (buildEnd
 * comes before chunking): a new file lands in its area by its imports alone, and a screen that
 * matches no area keeps a chunk of its own.
 */
const AREAS: readonly { name: string; screens: RegExp }[] = [
  { name: 'plan', screens: /src[\\/]ui[\\/]components[\\/]PlanScreen\.tsx$/ },
  { name: 'lock', screens: /src[\\/]ui[\\/]components[\\/]LockScreen\.tsx$/ },
  {
    name: 'debts',
    screens:
      /src[\\/]ui[\\/]components[\\/](DebtsScreen|BudgetScreen|CreditRecord|CrisisNote)\.tsx|src[\\/]ui[\\/]pages[\\/](RightsPage|CollectionLogPage|CostPage)\.tsx$/,
  },
  { name: 'scripts', screens: /src[\\/]ui[\\/]pages[\\/]ScriptsPage\.tsx$/ },
  {
    name: 'data',
    screens:
      /src[\\/](ui[\\/](pages[\\/]DataPage|components[\\/]ExportsScreen)\.tsx|storage[\\/](backup|handover)\.ts|ui[\\/]handover[\\/]Qr(Show|Receive)\.tsx)$/,
  },
  { name: 'counsellor', screens: /src[\\/]ui[\\/]pages[\\/](SessionPage|ClientsPage|ReviewPage)\.tsx$/ },
];

/**
 * counsellor.css (the first page uses it for the neutral screen) stays a style sheet of its own,
 * linked after the main one as before: in one file with it, it would come first (the modules'
 * order) and could lose to the main sheet's rules.
 */
const SEPARATE_STYLES = /src[\\/]ui[\\/]pages[\\/]counsellor\.css$/;

function chunkAreas(): { plugin: Plugin; groups: CodeSplittingGroup[] } {
  const areaOf = new Map<string, string>();
  const plugin: Plugin = {
    name: 'shore:chunk-areas',
    apply: 'build',
    buildEnd() {
      const taken = new Set<string>();
      const closure = (roots: string[]): Set<string> => {
        const seen = new Set<string>();
        const stack = [...roots];
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (seen.has(id) || taken.has(id)) continue;
          seen.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const ids = [...this.getModuleIds()];
      const find = (pattern: RegExp): string[] => ids.filter((id) => pattern.test(id));
      areaOf.clear();
      for (const id of closure(find(/src[\\/]start\.ts$/))) taken.add(id);
      const areas = [{ name: 'app', screens: /src[\\/]main\.tsx$/ }, ...AREAS];
      for (const area of areas) {
        const roots = find(area.screens);
        if (roots.length === 0) throw new Error(`shore:chunk-areas: no module for the area ${area.name}`);
        for (const id of closure(roots)) {
          taken.add(id);
          if (!SEPARATE_STYLES.test(id)) areaOf.set(id, area.name);
        }
      }
    },
  };
  const groups = ['app', ...AREAS.map((area) => area.name)].map((name) => ({
    name,
    test: (id: string) => areaOf.get(id) === name,
    // The area's modules were worked out above: rolldown must not add their dependencies.
    includeDependenciesRecursively: false,
  }));
  return { plugin, groups };
}

const areas = chunkAreas();

export default defineConfig({
  plugins: [
    solid(),
    securityHeaders(),
    preloadApp(),
    areas.plugin,
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
    rolldownOptions: { output: { codeSplitting: { groups: areas.groups } } },
  },
  preview: {
    headers: { ...SECURITY_HEADERS },
  },
});
