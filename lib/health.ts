import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_FOLDER, type DbOrTx } from '@/db/client';
import { queryRows } from '@/lib/db';
import { pollutedPrototypes } from '@/lib/keys';

export type Readiness =
  | { ready: true; migrations: number }
  | {
      ready: false;
      reason: 'database_unreachable' | 'migrations_pending' | 'process_corrupted' | 'render_failed';
      migrations?: { applied: number; expected: number };
      /** With process_corrupted: the prototype properties that should not be there. */
      polluted?: string[];
    };

/** The migrations this build expects: the entries of drizzle's journal, the newest last. */
export function expectedMigrations(folder = MIGRATIONS_FOLDER): { count: number; latest: number } {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return { count: journal.entries.length, latest: journal.entries.at(-1)?.when ?? 0 };
}

/**
 * Whether this server can serve: no standard prototype has gained a property (a polluted process answers
 * 500 to every page until restarted, so a load balancer must take it out), the database answers, every
 * migration this build knows is applied (a server of a newer build waits for `npm run db:migrate`; an older
 * one keeps serving, see docs/deploy.md), and, when given, a canary page renders.
 */
export async function readiness(
  getDb: () => Promise<DbOrTx>,
  timeoutMs = 3000,
  canary?: () => Promise<boolean>,
): Promise<Readiness> {
  const polluted = pollutedPrototypes();
  if (polluted.length > 0) return { ready: false, reason: 'process_corrupted', polluted };
  const state = await databaseReadiness(getDb, timeoutMs);
  if (!state.ready || !canary) return state;
  return (await canary().catch(() => false)) ? state : { ready: false, reason: 'render_failed' };
}

async function databaseReadiness(getDb: () => Promise<DbOrTx>, timeoutMs: number): Promise<Readiness> {
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

/**
 * The canary: this server renders its sign-in page (no database, every layout and provider), asked over
 * loopback on the address and port the standalone server listens on. The answer is kept for a few seconds so
 * that frequent probes cost one render at most.
 */
export function pageCanary(
  env: Record<string, string | undefined> = process.env,
  ttlMs = 5000,
): () => Promise<boolean> {
  let last: { at: number; ok: boolean } | null = null;
  const host = env.HOSTNAME && !['0.0.0.0', '::', 'localhost'].includes(env.HOSTNAME) ? env.HOSTNAME : '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${env.PORT ?? 3000}/sign-in`;
  return async () => {
    if (last && Date.now() - last.at < ttlMs) return last.ok;
    let ok = false;
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(3000) });
      ok = res.status === 200 && (await res.text()).includes('</html>');
    } catch {
      ok = false;
    }
    last = { at: Date.now(), ok };
    return ok;
  };
}
