import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import drizzle from 'eslint-plugin-drizzle';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Only lib/, seeds/, db/, scripts and tests may reach the database layer (DESIGN.md, Architecture). */
const dbImportBan = [
  {
    group: ['@/db', '@/db/*', '**/db/client', '**/db/schema', '**/db/schema/*', '**/db/migrate'],
    message: 'Only lib/, seeds/, db/ and tests may import db/. Go through lib/.',
  },
  {
    group: ['drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/pglite', '@electric-sql/pglite/*'],
    message: 'Database drivers belong in db/ and lib/.',
  },
];

/** Layers run one way: seeds/ builds on lib/, never the reverse (reference constants live in lib/reference/). */
const seedsImportBan = [
  {
    group: ['@/seeds', '@/seeds/*', '**/seeds', '**/seeds/*'],
    message: 'lib/, app/ and components/ do not import seeds/. Reference constants live in lib/reference/.',
  },
];

/**
 * lib/<domain>/schemas.ts run in the browser too (the form validates with the schema the server re-parses), so
 * they import only zod, lib/zod and plain-constant modules. Type imports are erased, so they stay allowed.
 */
const schemaImportBan = [
  {
    // db/schema/enums.ts holds plain constants (no imports), which the enums are built from: allowed.
    regex: '^(@/db(?!/schema/enums$)(/.*)?|drizzle-orm(/.*)?|postgres|@electric-sql/.*)$',
    message: 'A schema module must be safe in the browser: no database imports (put that code in queries).',
    allowTypeImports: true,
  },
  {
    group: ['@/lib/db', '@/lib/**/queries', '@/lib/**/mutations', '@/lib/auth/*', 'server-only', 'node:*', 'next-auth'],
    message: 'A schema module must be safe in the browser: only zod, @/lib/zod and plain-constant modules.',
    allowTypeImports: true,
  },
];

/** The names a drizzle database or transaction goes by here (db, h.db, handle.db, tx, and `d` in seeds). */
const drizzleObjectName = ['db', 'tx', 'd'];

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      '.data/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'db/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Headers: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    plugins: { '@next/next': nextPlugin },
    settings: { next: { rootDir: import.meta.dirname } },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs['core-web-vitals'].rules },
  },
  {
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName }],
    },
  },
  {
    files: ['app/**', 'components/**', 'proxy.ts', 'instrumentation.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: dbImportBan }] },
  },
  {
    files: ['app/**', 'components/**'],
    // Tests may use the demo data until they build their own through lib (issue 17, point 5).
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...dbImportBan, ...seedsImportBan] }] },
  },
  {
    files: ['lib/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: seedsImportBan }] },
  },
  {
    // lib/forms/ is the forms' own browser-safe code (the result type, FormData reading, the snapshot).
    files: ['lib/**/schemas.ts', 'lib/**/*-schema.ts', 'lib/forms/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: schemaImportBan }] },
  },
);
