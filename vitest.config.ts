import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': import.meta.dirname,
      // The tests load server modules outside React's "react-server" condition, where 'server-only' throws.
      'server-only': join(import.meta.dirname, 'tests/server-only-stub.ts'),
    },
  },
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
