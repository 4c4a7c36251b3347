import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { committeeMembers } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { listCommitteesForSessionForm } from '@/lib/sessions/queries';
import { createTestDatabase } from '@/tests/db';
import { actorFor, agencyIdOf } from '@/tests/factories';
import { addCommitteeMember, createCommittee } from './mutations';

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

const member = async (committeeId: number, validTo = '') => {
  const id = await addCommitteeMember(
    {
      actor: secretariat,
      values: { committeeId, agencyId: btp, position: 'member', validFrom: '01/03/2024', validTo },
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
