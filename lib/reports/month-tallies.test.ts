import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import type { Actor } from '@/lib/policy';
import { addDays, vnDate, type IsoDate } from '@/lib/time';
import { generateWorkload } from '@/seeds/workload';
import { createTestDatabase } from '@/tests/db';
import { actorFor } from '@/tests/factories';
import { getTrend, type ReportFilter } from './dashboard';

/**
 * Decision 100: the trend's month cells (`task_month_tallies`), kept by the tally trigger, rolled and rebuilt with the
 * tallies, are what scanning the tasks says, after any sequence of writes; and a month starts at 00:00 Vietnam time.
 */
let h: DatabaseHandle;
let leader: Actor;
const TODAY = '2026-11-29';

beforeAll(async () => {
  h = await createTestDatabase();
  await generateWorkload(
    h,
    { agencies: 12, sessions: 12, directivesPerSession: 3, tasksPerDirective: 8 },
    { today: TODAY },
  );
  leader = await actorFor(h.db, { role: 'leader' });
}, 120_000);
afterAll(() => h.close());

/** The month cells as kept. */
const kept = () =>
  h.query<Record<string, unknown>>(
    `select basis, to_char(month, 'YYYY-MM') as m, lead_agency_id as a, committee_id as c, area_code as ar, series, n
     from task_month_tallies where n <> 0 order by 1, 2, 3, 4, 5, 6`,
  );

/** The same cells counted from the tasks as of the tallies' day, written out without the trigger's helper. */
const scanned = () =>
  h.query<Record<string, unknown>>(
    `with t as (
       select lead_agency_id as a, coalesce(committee_id, 0) as c, area_code as ar, counted_completed_on as done, b.basis, b.due,
         task_timeliness(status, deadline_kind, b.due, counted_completed_on, (select as_of from task_tally_state)) as cls
       from tasks, lateral (values ('current', due_date), ('original', coalesce(original_due_date, due_date))) as b(basis, due)
       where status <> 'cancelled')
     select basis, to_char(month, 'YYYY-MM') as m, a, c, ar, series, count(*)::int as n from (
       select basis, date_trunc('month', done::timestamp) as month, a, c, ar, cls as series from t
         where cls in ('completed_on_time', 'completed_late')
       union all
       select basis, date_trunc('month', due::timestamp), a, c, ar, 'missed' from t where cls in ('completed_late', 'overdue')
     ) x group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`,
  );

/** The trend read from the month cells equals the trend counted from the tasks, on several filters and days. */
async function expectTrendTrue(label: string, agencyId: number) {
  const filters: ReportFilter[] = [
    { assignedFrom: '2023-01-01' },
    { year: 2025, basis: 'original' },
    { agencyId, assignedFrom: '2023-01-01' },
    { agencyKind: 'province', basis: 'original', assignedFrom: '2023-01-01' },
  ];
  for (const today of [TODAY, '2025-07-01', '2027-05-31'] as IsoDate[]) {
    for (const f of filters) {
      const filter = { ...f, today };
      const kept = await getTrend({ actor: leader, filter }, h.db);
      const counted = await getTrend({ actor: leader, filter, source: 'tasks' }, h.db);
      expect(kept, `${label} ${today} ${JSON.stringify(f)}`).toEqual(counted);
    }
  }
}

/** A small deterministic random source (mulberry32), so that a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the month tallies', () => {
  it('equal a scan of the tasks after random writes, rolls and a rebuild', async () => {
    const rand = random(2026);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const day = (from: IsoDate, span: number) => addDays(from, Math.floor(rand() * span));
    const agencyIds = (await h.query<{ id: number }>(`select distinct lead_agency_id as id from tasks`)).map(
      (r) => r.id,
    );
    const columns = (
      await h.query<{ name: string }>(
        `select column_name as name from information_schema.columns
         where table_name = 'tasks' and column_name <> 'id' and is_generated = 'NEVER' order by ordinal_position`,
      )
    ).map((r) => `"${r.name}"`);
    const one = async (where: string) =>
      (
        await h.query<{ id: number; assigned_on: string }>(
          `select id, assigned_on::text from tasks where ${where} order by random() limit 1`,
        )
      )[0];
    await h.query(`select setseed(0.37)`);
    const inserted: number[] = [];
    const writes = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const op = Math.floor(rand() * 10);
        if (op === 0) {
          const t = await one(`status in ('not_started', 'in_progress')`);
          if (t)
            await h.query(
              `update tasks set status = 'completed', progress = 100, completed_on = $2::date where id = $1`,
              [t.id, day(t.assigned_on, 700)],
            );
        } else if (op === 1) {
          const t = await one(`status = 'completed'`);
          if (t)
            await h.query(`update tasks set status = 'in_progress', progress = 50, completed_on = null where id = $1`, [
              t.id,
            ]);
        } else if (op === 2) {
          const t = await one(`deadline_kind = 'dated'`);
          if (t) await h.query(`update tasks set due_date = $2::date where id = $1`, [t.id, day('2024-01-01', 1400)]);
        } else if (op === 3) {
          const t = await one(`status = 'completed'`);
          if (t)
            await h.query(`update tasks set completed_on = $2::date where id = $1`, [t.id, day(t.assigned_on, 700)]);
        } else if (op === 4) {
          const t = await one(`true`);
          if (t) await h.query(`update tasks set lead_agency_id = $2 where id = $1`, [t.id, pick(agencyIds)]);
        } else if (op === 5) {
          const t = await one(`status <> 'cancelled' and status <> 'carried_over'`);
          if (t)
            await h.query(
              `update tasks set status = 'cancelled', completed_on = null, cancel_reason = 'Thử' where id = $1`,
              [t.id],
            );
        } else if (op === 6) {
          const t = await one(`status = 'cancelled'`);
          if (t) await h.query(`update tasks set status = 'not_started' where id = $1`, [t.id]);
        } else if (op === 7) {
          const t = await one(`deadline_kind = 'dated' and status <> 'carried_over'`);
          if (t) {
            const [row] = await h.query<{ id: number }>(
              `insert into tasks (${columns.join(', ')}) select ${columns.join(', ')} from tasks where id = $1 returning id`,
              [t.id],
            );
            inserted.push(row!.id);
            await h.query(`update tasks set due_date = $2::date where id = $1`, [row!.id, day('2025-01-01', 900)]);
          }
        } else if (op === 8 && inserted.length > 0) {
          await h.query(`delete from tasks where id = $1`, [inserted.pop()]);
        } else {
          // One statement moving many tasks at once: a bulk extension by a month.
          await h.query(
            `update tasks set due_date = due_date + 31 where id in
             (select id from tasks where deadline_kind = 'dated' order by random() limit 20)`,
          );
        }
      }
    };
    await writes(150);
    expect(await kept()).toEqual(await scanned());
    await h.query(`select task_tallies_roll('2027-03-01')`);
    expect(await kept()).toEqual(await scanned());
    await writes(150);
    expect(await kept()).toEqual(await scanned());
    await h.query(`select task_tallies_roll('2025-09-10')`);
    await writes(100);
    const rolled = await kept();
    expect(rolled).toEqual(await scanned());
    expect(rolled.length).toBeGreaterThan(50);
    await expectTrendTrue('after random writes', pick(agencyIds));
    await h.query(`select task_tallies_rebuild('2025-09-10')`);
    expect(await kept()).toEqual(rolled);
  }, 180_000);

  it('starts a month at 00:00 Vietnam time, whatever the server’s time zone', async () => {
    const [agency] = await h.query<{ id: number }>(
      `insert into agencies (code, name, kind) values ('T-EDGE', 'Cơ quan thử ranh giới tháng', 'ministry') returning id`,
    );
    const [a, b] = await h.query<{ id: number }>(
      `select id from tasks where status in ('not_started', 'in_progress') and deadline_kind = 'dated'
         and assigned_on < '2026-01-01' order by id limit 2`,
    );
    const before = new Date('2026-01-31T16:59:59Z');
    const after = new Date('2026-01-31T17:00:00Z');
    expect([vnDate(before), vnDate(after)]).toEqual(['2026-01-31', '2026-02-01']);
    const trend = async (at: Date) => {
      const filter = { agencyId: agency!.id, today: vnDate(at), assignedFrom: '2026-01-01' };
      const kept = await getTrend({ actor: leader, filter }, h.db);
      expect(kept).toEqual(await getTrend({ actor: leader, filter, source: 'tasks' }, h.db));
      return kept.map(({ month, completedOnTime, completedLate, missed }) => ({
        month,
        completedOnTime,
        completedLate,
        missed,
      }));
    };
    const agencyCells = async () =>
      (await kept())
        .filter((c) => c.a === agency!.id && c.basis === 'current')
        .map((c) => ({ m: c.m, series: c.series, n: c.n }));
    // The tallies reckoned at the month's last day; the server's clock in a zone where it is still the 31st at noon.
    await h.query(`select task_tallies_roll('2026-01-31')`);
    await h.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local time zone 'Pacific/Honolulu'`));
      await tx.execute(
        sql.raw(`update tasks set lead_agency_id = ${agency!.id}, original_due_date = '2026-01-31', due_date = '2026-01-31'
         where id in (${a!.id}, ${b!.id})`),
      );
    });
    // At 23:59:59 on 31 January neither open task has missed its deadline; one second later both have (January).
    expect(await trend(before)).toEqual([{ month: '2026-01', completedOnTime: 0, completedLate: 0, missed: 0 }]);
    expect(await trend(after)).toEqual([
      { month: '2026-01', completedOnTime: 0, completedLate: 0, missed: 2 },
      { month: '2026-02', completedOnTime: 0, completedLate: 0, missed: 0 },
    ]);
    // Done at 00:00 on 1 February in Vietnam, written with the server in Honolulu: a February completion, late.
    await h.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local time zone 'Pacific/Honolulu'`));
      await tx.execute(
        sql.raw(
          `update tasks set status = 'completed', progress = 100, completed_on = '${vnDate(after)}' where id = ${b!.id}`,
        ),
      );
    });
    expect(await trend(after)).toEqual([
      { month: '2026-01', completedOnTime: 0, completedLate: 0, missed: 2 },
      { month: '2026-02', completedOnTime: 0, completedLate: 1, missed: 0 },
    ]);
    const total = (cells: { m: unknown; series: unknown; n: unknown }[], m: string, series: string) =>
      cells.filter((c) => c.m === m && c.series === series).reduce((s, c) => s + Number(c.n), 0);
    // Kept as of the 31st: the late completion's deadline is missed; the open one's not yet (readers add it).
    let cells = await agencyCells();
    expect([total(cells, '2026-01', 'missed'), total(cells, '2026-02', 'completed_late')]).toEqual([1, 1]);
    // Rolled to 1 February, then rebuilt with the server in Los Angeles: the same figures, now in the cells.
    await h.query(`select task_tallies_roll('2026-02-01')`);
    cells = await agencyCells();
    expect([total(cells, '2026-01', 'missed'), total(cells, '2026-02', 'completed_late'), cells.length > 0]).toEqual([
      2,
      1,
      true,
    ]);
    expect(await kept()).toEqual(await scanned());
    const all = await kept();
    await h.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local time zone 'America/Los_Angeles'`));
      await tx.execute(sql.raw(`select task_tallies_rebuild('2026-02-01')`));
    });
    expect(await kept()).toEqual(all);
    expect(await trend(after)).toEqual([
      { month: '2026-01', completedOnTime: 0, completedLate: 0, missed: 2 },
      { month: '2026-02', completedOnTime: 0, completedLate: 1, missed: 0 },
    ]);
  }, 60_000);
});
