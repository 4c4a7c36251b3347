import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Only lib/, seeds/, db/, scripts and tests may reach the database layer (DESIGN.md, Architecture). */
const dbImportBan = {
  patterns: [
    {
      group: ['@/db', '@/db/*', '**/db/client', '**/db/schema', '**/db/schema/*', '**/db/migrate'],
      message: 'Only lib/, seeds/, db/ and tests may import db/. Go through lib/.',
    },
    {
      group: ['drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/pglite', '@electric-sql/pglite/*'],
      message: 'Database drivers belong in db/ and lib/.',
    },
  ],
};

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
    files: ['app/**', 'components/**', 'proxy.ts', 'instrumentation.ts'],
    rules: { 'no-restricted-imports': ['error', dbImportBan] },
  },
);
