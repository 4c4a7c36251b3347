/**
 * npx tsx --import ./scripts/lib/server-only.mjs scripts/demo-content.ts [pglite|postgres] > out.json
 *
 * Seeds a throwaway database (PGlite in memory, or a new PostgreSQL database on the local server) with the
 * reference data and the demo, prints how long the seed took (stderr) and the demo's content (stdout) as JSON
 * that two versions of the seed can be diffed on: every table's rows without surrogate ids and created/updated
 * stamps, foreign ids replaced by natural keys (agency code, user e-mail, directive text, …), sorted. Timeline
 * and extension stamps are kept (they are the demo's dates); audit rows are counted by action.
 */
import { randomUUID } from 'node:crypto';
import { openPglite, openPostgres, type DatabaseHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/seeds';
import { adminSql, databaseUrl } from '@/tests/pg';

type Row = Record<string, unknown>;

/** The tables whose rows name another by a natural key, in an order where each key's parts come first. */
const KEYS: [table: string, key: (r: Row, ref: (table: string, id: unknown) => string) => string][] = [
  ['agencies', (r) => String(r.code)],
  ['committees', (r) => String(r.code)],
  ['reform_areas', (r) => String(r.code)],
  ['users', (r) => String(r.email)],
  ['people', (r) => String(r.full_name)],
  ['sessions', (r, ref) => `${ref('committees', r.committee_id)}#${r.number}`],
  ['conference_points', (r, ref) => `${ref('sessions', r.session_id)}/${r.name}`],
  ['attendances', (r, ref) => `${ref('conference_points', r.point_id)}#${r.position}`],
  ['directives', (r) => String(r.text).slice(0, 50)],
  ['tasks', (r, ref) => `${ref('directives', r.directive_id)} → ${ref('agencies', r.assigned_agency_id)}`],
  ['extension_requests', (r, ref) => `${ref('tasks', r.task_id)} ⇢ ${r.requested_due_date}`],
  ['task_updates', (r, ref) => `${ref('tasks', r.task_id)} @${stamp(r.created_at)} ${r.kind}`],
];
const KEEP_STAMPS = new Set(['task_updates', 'extension_requests']);
const SKIP = new Set(['__drizzle_migrations', 'audit_entries', 'jobs']);

const stamp = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

export async function demoContent(handle: DatabaseHandle): Promise<Record<string, unknown>> {
  const fks = await handle.query<{ table_name: string; column_name: string; foreign_table: string }>(`
    select kcu.table_name, kcu.column_name, ccu.table_name as foreign_table
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name
    join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'`);
  const tables = (
    await handle.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )
  ).map((t) => t.table_name);
  const rows = new Map<string, Row[]>();
  for (const t of tables) rows.set(t, await handle.query<Row>(`select * from "${t}"`));

  const keyOf = new Map<string, Map<unknown, string>>();
  const ref = (table: string, id: unknown): string => {
    if (id === null || id === undefined) return 'null';
    const k = keyOf.get(table)?.get(id);
    return k ?? `${table}#?`;
  };
  for (const [table, key] of KEYS) keyOf.set(table, new Map((rows.get(table) ?? []).map((r) => [r.id, key(r, ref)])));

  const out: Record<string, unknown> = {};
  for (const t of tables) {
    if (SKIP.has(t)) continue;
    const fk = new Map(fks.filter((f) => f.table_name === t).map((f) => [f.column_name, f.foreign_table]));
    const list = rows.get(t)!.map((r) => {
      const o: Row = {};
      for (const [c, v] of Object.entries(r)) {
        if (c === 'id' || c === 'version' || c === 'password_hash') continue;
        if ((c === 'created_at' || c === 'updated_at') && !KEEP_STAMPS.has(t)) continue;
        if (fk.has(c)) o[c] = ref(fk.get(c)!, v);
        else if (c === 'data' && v && typeof v === 'object') {
          // Timeline data may carry surrogate ids (extensionId, agency ids): named by key instead.
          const d = { ...(v as Row) };
          delete d.extensionId;
          for (const k of ['fromAgencyId', 'toAgencyId']) if (k in d) d[k] = ref('agencies', d[k]);
          o[c] = d;
        } else o[c] = v instanceof Date ? v.toISOString() : v;
      }
      return o;
    });
    list.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    out[t] = list;
  }
  const audit = await handle.query<{ action: string; n: number }>(
    `select action, count(*)::int as n from audit_entries group by action order by action`,
  );
  out.audit_entries_counts = Object.fromEntries(audit.map((a) => [a.action, Number(a.n)]));
  return out;
}

const driver = process.argv[2] ?? 'pglite';
let handle: DatabaseHandle;
let dropName: string | null = null;
if (driver === 'postgres') {
  dropName = `steering_demo_content_${randomUUID().slice(0, 8)}`;
  await adminSql((sql) => sql.unsafe(`create database ${dropName}`));
  handle = await openPostgres(databaseUrl(dropName), { max: 2 });
} else handle = await openPglite(null);
try {
  await migrateDatabase(handle);
  const started = performance.now();
  await seedDatabase(handle.db, { demo: true });
  console.error(`seed (${driver}): ${Math.round(performance.now() - started)} ms`);
  process.stdout.write(JSON.stringify(await demoContent(handle), null, 1) + '\n');
} finally {
  await handle.close();
  if (dropName) await adminSql((sql) => sql.unsafe(`drop database ${dropName}`));
}
