import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { splitTestFiles } from './tests/projects';

const files = splitTestFiles(import.meta.dirname);

/**
 * Two projects: `unit` (pure code, no database: runs without PostgreSQL) and `db` (each file copies the
 * run's template database, made once by the global setup). A file belongs to `db` when it makes or opens a
 * database (tests/projects.ts). `npm test` runs both; `vitest run --project unit` runs the first alone.
 */
export default defineConfig({
  resolve: {
    alias: {
      '@': import.meta.dirname,
      // The tests load server modules outside React's "react-server" condition, where 'server-only' throws.
      'server-only': join(import.meta.dirname, 'tests/server-only-stub.ts'),
    },
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on CI's two. The tests wait on PostgreSQL, Chromium,
    // LibreOffice and Tesseract in other processes most of their time, so two at once fill the cores (unit and
    // integration tests 467 s with two against 661 s with one, the first on a machine also busy with other work).
    maxWorkers: Math.max(2, availableParallelism()),
    env: { STORAGE_DIR: join(tmpdir(), `steering-test-files-${process.pid}`) },
    server: { deps: { inline: ['next-auth'] } },
    setupFiles: ['tests/setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: files.unit } },
      { extends: true, test: { name: 'db', include: files.db, globalSetup: ['tests/global-setup.ts'] } },
    ],
  },
});
