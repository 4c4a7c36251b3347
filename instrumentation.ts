/**
 * When the server starts: checks the environment (a bad variable stops it, named), stamps every request with
 * its socket's address (lib/auth/client-address.ts: Next.js gives handlers only headers), then opens, migrates and seeds the database (so the first visitor does not wait),
 * then starts this server's job worker (reminders, digests, emails) unless JOBS_WORKER=off.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // What Next.js prints of a failed page carries no query values (lib/log.ts).
  const { redactConsole } = await import('@/lib/log');
  redactConsole();
  const { checkEnvOrExit } = await import('@/lib/env');
  checkEnvOrExit();
  const { installServerEntry } = await import('@/lib/http/server-entry');
  installServerEntry();
  const { getDatabase, seedOnStart } = await import('@/lib/db');
  // The seed is handed to lib/db.ts from here, the one place that composes the layers (lib does not import seeds/).
  const { seedAtStart } = await import('@/seeds/start');
  seedOnStart(seedAtStart);
  const { log } = await import('@/lib/log');
  try {
    await getDatabase();
  } catch (error) {
    // The server still starts: each request retries the database, so it recovers when PostgreSQL comes up.
    log.error({ scope: 'db', err: error }, 'database not reachable at start; requests will retry');
  }
  if (process.env.JOBS_WORKER !== 'off') {
    const { startJobWorker } = await import('@/lib/jobs/worker');
    startJobWorker(async () => (await getDatabase()).db, Number(process.env.JOBS_INTERVAL_MS ?? 30_000));
  }
}
