/**
 * ESLint flat config. Type-aware typescript-eslint, Solid rules, test hygiene, and the
 * import boundaries that keep the architecture honest (see README "Architecture"):
 *   ui → storage | scripts | rules | i18n → domain;  domain imports only decimal.js, and only for the
 *   true cost of a loan (domain/cost.ts, domain/costTable.ts): money everywhere else is whole fen.
 */
import js from '@eslint/js';
import noOnlyTests from 'eslint-plugin-no-only-tests';
import solid from 'eslint-plugin-solid/configs/typescript';
import tseslint from 'typescript-eslint';

/** Modules the one data path replaced (issue 19): the UI talks to storage's repository through the profile store. */
const OLD_DATA_PATH = [
  {
    group: ['**/state/repository', '**/state/storageAdapter', '**/state/collectionLogStore'],
    message: "removed: use storage's ShoreRepository (makeMemoryRepository in tests) and ui/state/profileStore.ts",
  },
];

/** decimal.js only where the true cost of a loan needs rational arithmetic; money elsewhere is whole fen (issue 19). */
const NO_DECIMAL = {
  name: 'decimal.js',
  message:
    'money is whole fen: use src/domain/money.ts (toFen, fromFen, sumMoney, mulDivFen, allocateFen, …); decimal.js is for domain/cost.ts and domain/costTable.ts only',
};

/** What domain/ may not import: it stays pure. */
const DOMAIN_PURE = [
  {
    group: [
      '**/storage/**',
      '**/ui/**',
      '**/scripts/**',
      '**/rules/**',
      '**/i18n/**',
      '**/platform/**',
      'solid-js*',
      '@solidjs/*',
      'idb',
    ],
    message: 'domain/ stays pure: data in, data out',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-e2e/', 'node_modules/', 'coverage/', 'test-results/'] },

  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
    },
  },

  // Solid: reactivity, no destructured props, etc.
  {
    files: ['**/*.{ts,tsx}'],
    ...solid,
  },

  // No focused or skipped tests may land.
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'no-only-tests': noOnlyTests },
    rules: {
      'no-only-tests/no-only-tests': [
        'error',
        {
          block: ['describe', 'it', 'test', 'suite', 'bench'],
          focus: ['only', 'skip', 'skipIf', 'runIf'],
        },
      ],
    },
  },

  // Boundary: only storage/ touches IndexedDB, and money is whole fen (src/domain/money.ts): no decimal.js
  // in the UI (rates are exact BigInt decimals in ui/model/rates.ts, off the first page's budget). (Flat config does not merge a
  // rule's options across blocks, so each folder's block below must be the only no-restricted-imports
  // for it.)
  {
    files: ['src/ui/**', 'src/platform/**', 'src/main.tsx'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'idb', message: 'only src/storage/ touches IndexedDB' }, NO_DECIMAL],
          patterns: OLD_DATA_PATH,
        },
      ],
    },
  },

  // One encoding of the platform key (domain/platform.ts) and one `{name}` filler (i18n/translate.ts).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/platform.ts', 'src/i18n/translate.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TemplateElement[value.raw=/(^|[^\\w])(p|own):$/]',
          message: 'platform keys come from platformKeyOf (src/domain/platform.ts)',
        },
        {
          selector: 'Literal[value=/^(p|own):$/]',
          message:
            'read a platform key with readPlatformKey / platformValueOf (src/domain/platform.ts), never by slicing',
        },
        {
          selector: 'Literal[regex.pattern=/^\\\\\\{\\(\\\\w\\+\\)\\\\\\}$/]',
          message: 'fill `{name}` placeholders with makeTranslator / fillTemplate (src/i18n/translate.ts)',
        },
        {
          selector:
            'Identifier[name=/^(PlannerRepository|PlannerWriteResult|PlannerProfileData|adaptShoreRepository|bindLogStore|logStoreFromRepository|RevisionedLogStore|writeProfile)$/]',
          message:
            "one data path: the UI uses storage's ShoreRepository through the profile store (ui/state/profileStore.ts), not an adapter",
        },
        {
          selector:
            'MemberExpression[property.name=/^(saveDebt|deleteDebt|saveBudget|savePlanSettings|saveNegotiation|deleteNegotiation|saveLogEntry|deleteLogEntry|saveCounsellorSession)$/][object.name=/[Rr]epo/]',
          message: 'a repository writes a kind of record with save(kind, record, revision) / remove(kind, …)',
        },
      ],
    },
  },

  // Boundary: domain/ is pure and synchronous; it takes dates as arguments.
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [NO_DECIMAL], patterns: DOMAIN_PURE }],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'take dates as arguments' },
        { name: 'indexedDB', message: 'domain/ stays pure: data in, data out' },
        { name: 'localStorage', message: 'domain/ stays pure: data in, data out' },
        { name: 'fetch', message: 'domain/ stays pure: data in, data out' },
      ],
    },
  },
  // The true cost of a loan (and the tests' reference models) keep decimal.js: 60-digit rational arithmetic.
  {
    files: ['src/domain/cost.ts', 'src/domain/costTable.ts', 'src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: DOMAIN_PURE }],
    },
  },

  // Boundary: storage/ is below ui/.
  {
    files: ['src/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_DECIMAL],
          patterns: [
            {
              group: ['**/ui/**', 'solid-js*', '@solidjs/*'],
              message: 'storage/ must not import ui/ (imports flow ui → storage → domain)',
            },
          ],
        },
      ],
    },
  },

  // Boundary: scripts/, rules/, i18n/ and handover/ (the QR frames) are pure layers between ui/ and domain/.
  {
    files: ['src/scripts/**', 'src/rules/**', 'src/i18n/**', 'src/handover/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_DECIMAL],
          patterns: [
            {
              group: ['**/ui/**', '**/storage/**', '**/platform/**', 'idb', 'solid-js*', '@solidjs/*'],
              message: 'scripts/, rules/, i18n/ and handover/ stay pure: they may import only domain/ and each other',
            },
          ],
        },
      ],
    },
  },

  // Boundary: the service worker is its own program; it may import Workbox and its own folder only.
  {
    files: ['src/serviceWorker/**'],
    ignores: ['src/serviceWorker/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', 'idb', 'solid-js*', '@solidjs/*', 'decimal.js', 'valibot'],
              message: 'serviceWorker/ runs apart from the app: Workbox and its own folder only',
            },
          ],
        },
      ],
    },
  },

  // Plain JS config files: no type information needed.
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
