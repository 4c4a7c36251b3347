import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import type { Actor } from '@/lib/policy';
import { listSessionOptions, listSessions } from '@/lib/sessions/queries';
import { queryRows } from '@/lib/db';
import { generateWorkload } from '@/seeds/workload';
import { createTestDatabase } from '@/tests/db';
import { actorFor, makeSession } from '@/tests/factories';
import { assignedYears, getReportOptions } from './dashboard';

/**
 * The lists' filter options read less (issue 21, decision 092): the sessions a filter form offers without the
 * session list's counts, and the report filter's years from the tasks' assignment days instead of the tallies'
 * cells. Each must give what the statement it replaced gave.
 */
let h: DatabaseHandle;
const actors: Record<string, Actor> = {};
const TODAY = '2026-11-29';

beforeAll(async () => {
  h = await createTestDatabase();
  await generateWorkload(
    h,
    { agencies: 12, sessions: 30, directivesPerSession: 2, tasksPerDirective: 4 },
    { today: TODAY },
  );
  actors.leader = await actorFor(h.db, { role: 'leader' });
  actors.secretariat = await actorFor(h.db, { role: 'secretariat' });
  actors.tuyenQuang = await actorFor(h.db, { role: 'agency', agencyCode: 'P-TUYENQUANG' });
  // A session not yet published: the secretariat's options have it, an agency head's do not.
  await makeSession(h.db, actors.secretariat);
}, 120_000);
afterAll(() => h?.close());

describe('filter options', () => {
  it('the sessions offered are the session list’s, in its order, for each reader, committee and limit', async () => {
    const committees = await queryRows<{ id: number }>(h.db, sql`select id from committees order by id`);
    for (const who of ['leader', 'secretariat', 'tuyenQuang'])
      for (const committee of [null, ...committees.map((c) => c.id)])
        for (const limit of [1, 7, 100]) {
          const actor = actors[who]!;
          const expected = (await listSessions({ actor, filter: { committee }, limit }, h.db)).map((s) => ({
            id: s.id,
            title: s.title,
            startsAt: s.startsAt,
          }));
          const label = `${who} ${committee} ${limit}`;
          expect(await listSessionOptions({ actor, filter: { committee }, limit }, h.db), label).toEqual(expected);
          if (committee === null) expect(expected.length, label).toBeGreaterThan(0);
        }
    const all = async (actor: Actor) => (await listSessionOptions({ actor, limit: 1000 }, h.db)).length;
    expect(await all(actors.secretariat!)).toBeGreaterThan(await all(actors.tuyenQuang!));
  });

  it('the report filter’s years are the years tasks not cancelled were assigned in, as the tallies had them', async () => {
    const tallied = async () =>
      (
        await queryRows<{ y: number }>(
          h.db,
          sql`select distinct assigned_year y from task_tallies where n > 0 order by 1 desc`,
        )
      ).map((r) => Number(r.y));
    const years = await assignedYears(h.db);
    expect(years.length).toBeGreaterThan(2);
    expect(years).toEqual(await tallied());
    expect((await getReportOptions({ actor: actors.leader!, filter: {} }, h.db)).years).toEqual(years);
    // A year with only a cancelled task is not offered (here after the last year, where the skipping reads); one with
    // a task that is not cancelled is, in its place.
    const [first] = await queryRows<{ id: number; status: string }>(
      h.db,
      sql`select id, status from tasks where status in ('not_started', 'in_progress') order by id limit 1`,
    );
    await h.query(
      `update tasks set assigned_on = '2031-03-01', status = 'cancelled', cancel_reason = 'thử' where id = ${first!.id}`,
    );
    expect(await assignedYears(h.db)).toEqual(years);
    await h.query(`update tasks set status = '${first!.status}', cancel_reason = null where id = ${first!.id}`);
    expect(await assignedYears(h.db)).toEqual([2031, ...years]);
    expect(await assignedYears(h.db)).toEqual(await tallied());
  });
});
