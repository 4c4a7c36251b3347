import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['{lib,db,seeds,tests,app,components}/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: { STORAGE_DIR: join(tmpdir(), `steering-test-files-${process.pid}`) },
    server: { deps: { inline: ['next-auth'] } },
  },
});
