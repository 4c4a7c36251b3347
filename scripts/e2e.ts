/**
 * npm run test:e2e: the browser tests against the built app (`next build` first when missing), on a
 * throwaway PostgreSQL database when one is reachable and E2E_DB is not `pglite` (else an embedded one
 * in a temporary folder), seeded with the demo. Extra arguments go to `playwright test`.
 */
import { spawnSync } from 'node:child_process';
import { createThrowawayDatabase, startApp } from './lib/app-server';

async function main(): Promise<number> {
  const db = process.env.E2E_DB === 'pglite' ? null : await createThrowawayDatabase('steering_e2e');
  console.info(db ? `e2e: PostgreSQL ${db.url}` : 'e2e: embedded database (PGlite)');
  // As in production and the demo: publishing needs someone else's approval (decision 024; e2e/directives.spec.ts).
  const app = await startApp({
    port: Number(process.env.E2E_PORT ?? 3200),
    databaseUrl: db?.url ?? null,
    env: { PUBLISH_APPROVAL: 'required' },
  });
  try {
    const result = spawnSync('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, BASE_URL: app.baseUrl, ...(db ? { E2E_DATABASE_URL: db.url } : {}) },
    });
    return result.status ?? 1;
  } finally {
    await app.stop();
    await db?.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
