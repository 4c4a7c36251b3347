/**
 * npm run db:workload -- [tasks]: adds generated steering-committee work (agencies, sessions, directives,
 * about [tasks] tasks; 20,000 by default) to the configured database, for demos and load checks.
 */
import { openFromEnv } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { vnDate } from '@/lib/time';
import { generateWorkload } from '@/seeds/workload';

const target = Number(process.argv[2] ?? 20_000);
const handle = await openFromEnv();
try {
  await migrateDatabase(handle);
  const [{ n }] = (await handle.query<{ n: number }>(
    `select count(*)::int n from committees where code like 'G%-C1'`,
  )) as [{ n: number }];
  const tasksPerDirective = 10;
  const directivesPerSession = 8;
  const sessions = Math.max(1, Math.round(target / tasksPerDirective / directivesPerSession));
  const made = await generateWorkload(
    handle,
    {
      agencies: Math.min(200, Math.max(20, Math.round(target / 500))),
      sessions,
      directivesPerSession,
      tasksPerDirective,
    },
    { today: vnDate(), prefix: `G${n + 1}`, bulk: target > 50_000 },
  );
  console.info(`workload: ${made.tasks} tasks added (${handle.driver})`);
} finally {
  await handle.close();
}
