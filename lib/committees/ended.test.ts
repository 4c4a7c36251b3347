import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditEntries, committeeMembers } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { listCommitteesForSessionForm } from '@/lib/sessions/queries';
import { createTestDatabase } from '@/tests/db';
import { actorFor, agencyIdOf } from '@/tests/factories';
import { addCommitteeMember, createCommittee, updateCommittee } from './mutations';
import { getCommittee } from './queries';

/** Decision 094: what the forms offer and make under a committee that has ended. */
let h: DatabaseHandle;
let secretariat: Actor;
let btp: number;
let ended: number;
let running: number;
let later: number;

const committee = (code: string, validFrom: string, validTo: string) =>
  createCommittee(
    {
      actor: secretariat,
      values: {
        code,
        name: `Ban Chỉ đạo ${code}`,
        level: 'central',
        standingAgencyId: null,
        establishedBy: '',
        validFrom,
        validTo,
      },
    },
    h.db,
  );

beforeAll(async () => {
  h = await createTestDatabase();
  secretariat = await actorFor(h.db, { role: 'secretariat' });
  btp = await agencyIdOf(h.db, 'BTP');
  ended = await committee('BCD-HET', '02/01/2024', '31/12/2024');
  running = await committee('BCD-CON', '02/01/2024', '31/12/2099');
  later = await committee('BCD-SAU', '01/01/2099', '');
});
afterAll(async () => h?.close());

const member = async (committeeId: number, validTo = '', agencyId = btp) => {
  const id = await addCommitteeMember(
    {
      actor: secretariat,
      values: { committeeId, agencyId, position: 'member', validFrom: '01/03/2024', validTo },
    },
    h.db,
  );
  const [row] = await h.db.select().from(committeeMembers).where(eq(committeeMembers.id, id));
  return row!;
};

describe('a committee that has ended', () => {
  it('ends a membership given no end on its own last day; a given end is kept; a running committee’s stays open', async () => {
    expect((await member(ended)).validTo).toBe('2024-12-31');
    expect((await member(running)).validTo).toBeNull();
    await h.db.delete(committeeMembers).where(eq(committeeMembers.committeeId, ended));
    expect((await member(ended, '30/06/2024')).validTo).toBe('2024-06-30');
  });

  it('is not offered by the session form, except to a session of its own', async () => {
    const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
    const offered = ids(await listCommitteesForSessionForm({ actor: secretariat, today: '2025-06-01' }, h.db));
    expect(offered).not.toContain(ended);
    expect(offered).toEqual(expect.arrayContaining([running, later]));
    // The last day is still one of its days.
    expect(ids(await listCommitteesForSessionForm({ actor: secretariat, today: '2024-12-31' }, h.db))).toContain(ended);
    const editing = ids(
      await listCommitteesForSessionForm({ actor: secretariat, keep: ended, today: '2025-06-01' }, h.db),
    );
    expect(editing).toContain(ended);
  });
});

describe('a committee given a new last day', () => {
  it('ends its memberships left open or ending later on that day, audited; earlier ends are kept', async () => {
    const dissolved = await committee('BCD-GIAI-THE', '02/01/2024', '');
    const open = await member(dissolved);
    const later = await member(dissolved, '31/12/2030', await agencyIdOf(h.db, 'BNV'));
    const earlier = await member(dissolved, '30/06/2024', await agencyIdOf(h.db, 'BTC'));
    const other = await member(running, '', await agencyIdOf(h.db, 'BKHDT'));
    const values = {
      code: 'BCD-GIAI-THE',
      name: 'Ban Chỉ đạo BCD-GIAI-THE',
      level: 'central',
      standingAgencyId: null,
      establishedBy: '',
      validFrom: '02/01/2024',
      validTo: '31/12/2025',
    };
    const result = await updateCommittee({ actor: secretariat, committeeId: dissolved, values }, h.db);
    expect(result).toEqual({ membersEnded: 2 });
    const ends = async (id: number) =>
      (await h.db.select().from(committeeMembers).where(eq(committeeMembers.id, id)))[0]!.validTo;
    expect(await ends(open.id)).toBe('2025-12-31');
    expect(await ends(later.id)).toBe('2025-12-31');
    expect(await ends(earlier.id)).toBe('2024-06-30');
    expect(await ends(other.id)).toBeNull();
    const audited = await h.db
      .select({ entityId: auditEntries.entityId, before: auditEntries.before, after: auditEntries.after })
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'committee.member.end'), eq(auditEntries.entityType, 'committee_member')));
    expect(audited).toEqual(
      expect.arrayContaining([
        { entityId: String(open.id), before: { validTo: null }, after: { validTo: '2025-12-31' } },
        { entityId: String(later.id), before: { validTo: '2030-12-31' }, after: { validTo: '2025-12-31' } },
      ]),
    );
    // Saving the same days again ends nothing more.
    expect(await updateCommittee({ actor: secretariat, committeeId: dissolved, values }, h.db)).toEqual({
      membersEnded: 0,
    });
  });
});

describe('a committee whose planned last day has passed', () => {
  it('lists its members as past from the day after, whatever their rows say', async () => {
    const planned = await committee('BCD-KE-HOACH', '02/01/2024', '31/12/2099');
    const open = await member(planned);
    const on = async (day: string) => {
      const detail = (await getCommittee({ actor: secretariat, committeeId: planned, on: day }, h.db))!;
      return { current: detail.current.flatMap((g) => g.members.map((m) => m.id)), past: detail.past.map((m) => m.id) };
    };
    expect(await on('2099-12-31')).toEqual({ current: [open.id], past: [] });
    expect(await on('2100-01-01')).toEqual({ current: [], past: [open.id] });
  });
});
