import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_FOLDER, type DbOrTx } from '@/db/client';
import { queryRows } from '@/lib/db';

export type Readiness =
  | { ready: true; migrations: number }
  | {
      ready: false;
      reason: 'database_unreachable' | 'migrations_pending';
      migrations?: { applied: number; expected: number };
    };

/** The migrations this build expects: the entries of drizzle's journal, the newest last. */
export function expectedMigrations(folder = MIGRATIONS_FOLDER): { count: number; latest: number } {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return { count: journal.entries.length, latest: journal.entries.at(-1)?.when ?? 0 };
}

/**
 * Whether this server can serve: the database answers, and every migration this build knows is applied
 * (a server of a newer build waits for `npm run db:migrate`; an older one keeps serving, see docs/deploy.md).
 */
export async function readiness(getDb: () => Promise<DbOrTx>, timeoutMs = 3000): Promise<Readiness> {
  const expected = expectedMigrations();
  let timer: NodeJS.Timeout | undefined;
  try {
    const check = (async () => {
      const db = await getDb();
      const [row] = await queryRows<{ applied: number; latest: string | null }>(
        db,
        sql`select count(*)::int as applied, max(created_at)::text as latest from drizzle.__drizzle_migrations`,
      );
      return row!;
    })();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
    });
    const row = await Promise.race([check, timeout]);
    if (Number(row.latest ?? 0) < expected.latest)
      return {
        ready: false,
        reason: 'migrations_pending',
        migrations: { applied: row.applied, expected: expected.count },
      };
    return { ready: true, migrations: row.applied };
  } catch {
    return { ready: false, reason: 'database_unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
