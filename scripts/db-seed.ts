/** npm run db:seed: migrates and seeds the configured database (idempotent). */
import { openFromEnv } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/seeds';
import { printDemoAccounts, shouldSeedDemo } from '@/seeds/start';

const handle = await openFromEnv();
try {
  await migrateDatabase(handle);
  const result = await seedDatabase(handle.db, { demo: shouldSeedDemo() });
  console.info(`seed: demo session ${result.demoCreated ? 'created' : 'already present or not requested'}`);
  if (result.accountsCreated.length) printDemoAccounts();
} finally {
  await handle.close();
}
