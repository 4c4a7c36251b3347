/** npm run db:migrate: applies the committed migrations to the configured database. */
import { openFromEnv } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

const handle = await openFromEnv();
try {
  await migrateDatabase(handle);
  console.info(`migrate: ${handle.driver} database is up to date`);
} finally {
  await handle.close();
}
