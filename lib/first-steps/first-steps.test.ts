import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, committees } from '@/db/schema';
import { eq, sql } from 'drizzle-orm';
import { openPostgres } from '@/db/client';
import { startSession } from '@/lib/auth/sessions';
import { addCommitteeMember, createCommittee } from '@/lib/committees/mutations';
import { ForbiddenError, type Actor } from '@/lib/policy';
import { createUser } from '@/lib/users/mutations';
import { createEmptyTestDatabase } from '@/tests/db';
import { actorFor, makeSession } from '@/tests/factories';
import { canSeeFirstSteps, getFirstSteps, type FirstSteps } from './queries';

let h: DatabaseHandle;
let admin: Actor;
let secretariat: Actor;
let agencyId: number;

beforeAll(async () => {
  // A new deployment: reference data, no demo.
  h = await createEmptyTestDatabase();
  admin = await actorFor(h.db, { role: 'admin' });
  secretariat = await actorFor(h.db, { role: 'secretariat' });
  const [btp] = await h.db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, 'BTP'));
  agencyId = btp!.id;
}, 120_000);
afterAll(async () => h?.close());

const states = (f: FirstSteps) => Object.fromEntries(f.steps.map((s) => [s.key, s.state]));
const step = (f: FirstSteps, key: string) => f.steps.find((s) => s.key === key)!;
const noMail = { ...process.env, SMTP_URL: '' };

describe('a new deployment’s first steps', () => {
  it('read the database at each step, on an empty deployment first', async () => {
    let f = await getFirstSteps({ actor: admin, env: noMail }, h.db);
    expect(states(f)).toEqual({
      committee: 'todo',
      members: 'todo',
      agencyHeads: 'todo',
      mail: 'todo',
      session: 'todo',
    });
    expect(f.allDone).toBe(false);
    // A step left: the brief read goes on to the counts, and gives the whole list.
    expect(await getFirstSteps({ actor: admin, env: noMail, brief: true }, h.db)).toEqual(f);
    expect(step(f, 'committee').href).toBe('/admin/committees/new');
    expect(step(f, 'session').href).toBe('/sessions/new');
    // The secretariat cannot make accounts or read the outbox: those steps say who does them, with no link.
    const s = await getFirstSteps({ actor: secretariat, env: noMail }, h.db);
    expect(step(s, 'agencyHeads').href).toBeNull();
    expect(step(s, 'mail').href).toBeNull();
    expect(step(f, 'agencyHeads').href).toBe('/admin/users?role=agency');
    expect(step(f, 'mail').href).toBe('/admin/outbox');
    // Email: a setting, read from the environment.
    f = await getFirstSteps({ actor: admin, env: { ...process.env, SMTP_URL: 'smtp://127.0.0.1:25' } }, h.db);
    expect(step(f, 'mail').state).toBe('done');

    const committeeId = await createCommittee(
      {
        actor: secretariat,
        values: {
          code: 'BCD-DAU',
          name: 'Ban Chỉ đạo đầu tiên',
          level: 'central',
          standingAgencyId: agencyId,
          establishedBy: '',
          validFrom: '02/01/2025',
          validTo: '',
        },
      },
      h.db,
    );
    f = await getFirstSteps({ actor: admin, env: noMail }, h.db);
    expect(states(f)).toMatchObject({ committee: 'done', members: 'todo' });
    expect(step(f, 'members').href).toBe(`/admin/committees/${committeeId}`);
    expect(step(f, 'members').altHref).toBe('/admin/users/import');

    await addCommitteeMember(
      { actor: secretariat, values: { committeeId, agencyId, position: 'member', validFrom: '02/01/2025' } },
      h.db,
    );
    f = await getFirstSteps({ actor: admin, env: noMail }, h.db);
    expect(states(f)).toMatchObject({ committee: 'done', members: 'done', agencyHeads: 'todo' });

    // A focal point invited: waiting on them; staff and other roles do not count.
    const focal = await createUser(
      {
        actor: admin,
        fields: {
          email: 'dau.moi@btp.gov.vn',
          name: 'Hoàng Văn Đầu Mối',
          role: 'agency',
          agencyId,
          agencyDuty: 'focal_point',
        },
      },
      h.db,
    );
    await createUser(
      {
        actor: admin,
        fields: { email: 'can.bo@btp.gov.vn', name: 'Vũ Thị Cán Bộ', role: 'agency', agencyId, agencyDuty: 'staff' },
      },
      h.db,
    );
    f = await getFirstSteps({ actor: admin, env: noMail }, h.db);
    expect(step(f, 'agencyHeads')).toMatchObject({ state: 'waiting', counts: { accounts: 1, reached: 0, invited: 1 } });
    // The invitation lapsed: nothing is on its way, the step is to do again.
    const later = new Date(Date.now() + 30 * 24 * 3600_000);
    f = await getFirstSteps({ actor: admin, env: noMail, now: later }, h.db);
    expect(step(f, 'agencyHeads')).toMatchObject({ state: 'todo', counts: { accounts: 1, reached: 0, invited: 0 } });
    f = await getFirstSteps({ actor: admin, env: noMail }, h.db);
    expect(step(f, 'agencyHeads').state).toBe('waiting');

    await startSession(h.db, focal.userId, null);
    f = await getFirstSteps({ actor: admin, env: noMail }, h.db);
    expect(step(f, 'agencyHeads')).toMatchObject({ state: 'done', counts: { accounts: 1, reached: 1, invited: 0 } });
    // Another invited: waiting on them again.
    const second = await createUser(
      {
        actor: admin,
        fields: {
          email: 'dau.moi@btc.gov.vn',
          name: 'Lê Thị Hai',
          role: 'agency',
          agencyId,
          agencyDuty: 'focal_point',
        },
      },
      h.db,
    );
    f = await getFirstSteps({ actor: admin, env: noMail }, h.db);
    expect(step(f, 'agencyHeads')).toMatchObject({ state: 'waiting', counts: { accounts: 2, reached: 1, invited: 1 } });
    await startSession(h.db, second.userId, null);
    expect(f.allDone).toBe(false);

    await makeSession(h.db, secretariat, { committeeCode: 'BCD-DAU' });
    f = await getFirstSteps({ actor: admin, env: noMail }, h.db);
    expect(states(f)).toEqual({
      committee: 'done',
      members: 'done',
      agencyHeads: 'done',
      mail: 'todo',
      session: 'done',
    });
    // Email not configured is a note, not a step left: the list is done.
    expect(f.allDone).toBe(true);
    expect(step(f, 'session').href).toBe('/sessions');
    // The home page's brief read says the same, with the email note only (the page folds the list to one line).
    const brief = await getFirstSteps({ actor: admin, env: noMail, brief: true }, h.db);
    expect(brief).toEqual({ allDone: true, steps: [step(f, 'mail')] });
  });

  it('cost the home page of a deployment whose steps are done one statement of existence tests', async () => {
    // Only postgres.js lets the test hear its statements; PGlite runs the same code (the test above).
    if (h.driver !== 'postgres') return expect(h.driver).toBe('pglite');
    const sent: string[] = [];
    const counted = await openPostgres(h.url!, { max: 1, onStatement: (text) => sent.push(text) });
    try {
      // The connection's own start (postgres.js reads the types once) is not the page's.
      await counted.db.execute(sql`select 1`);
      sent.length = 0;
      const brief = await getFirstSteps({ actor: admin, env: noMail, brief: true }, counted.db);
      expect(brief.allDone).toBe(true);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatch(/^select exists \(select 1 from "committees"/);
      expect(sent[0]).not.toMatch(/count\(/i);
      // The full list (as before, and as the link "Xem lại các bước" asks for it): four statements.
      sent.length = 0;
      await getFirstSteps({ actor: admin, env: noMail }, counted.db);
      expect(sent).toHaveLength(4);
    } finally {
      await counted.close();
    }
  });

  it('count only the committees of a secretariat limited to some, and a reference committee once worked on', async () => {
    const [cchh] = await h.db.select({ id: committees.id }).from(committees).where(eq(committees.code, 'BCD-CCHH'));
    const limited = { ...secretariat, committeeIds: [cchh!.id] };
    // The Government's committee comes with the reference data and its 2021 member agencies: not this deployment's.
    let f = await getFirstSteps({ actor: limited, env: noMail }, h.db);
    expect(states(f)).toMatchObject({ committee: 'todo', members: 'todo', session: 'todo' });
    // A session recorded under it makes it one (with its members).
    await makeSession(h.db, secretariat, { committeeCode: 'BCD-CCHH', date: '15/01/2025' });
    f = await getFirstSteps({ actor: limited, env: noMail }, h.db);
    expect(states(f)).toMatchObject({ committee: 'done', members: 'done', session: 'done' });
    expect(step(f, 'members').href).toBe(`/admin/committees/${cchh!.id}`);
  });

  // Last: an agency account made here would count as a focal point reached.
  it('are seen by the administrator and the secretariat only', async () => {
    expect(canSeeFirstSteps(admin)).toBe(true);
    expect(canSeeFirstSteps(secretariat)).toBe(true);
    for (const role of ['leader', 'agency'] as const) {
      const other = await actorFor(h.db, { role, ...(role === 'agency' ? { agencyCode: 'BTP' } : {}) });
      expect(canSeeFirstSteps(other)).toBe(false);
      await expect(getFirstSteps({ actor: other }, h.db)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
