import { asc, desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { attendances, conferencePoints, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { createTestDatabase } from '@/tests/db';
import { getAttendanceSheet, getSessionDetail, getSessionHeader } from './queries';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => h?.close());

async function secretariat() {
  const [u] = await h.db.select().from(users).where(eq(users.email, 'thuky@demo.gov.vn'));
  return (await loadActor(h.db, u!.id, u!.sessionVersion))!;
}

describe('session reads', () => {
  it('the attendance sheet lists every point, main first, each with its attendees in order', async () => {
    const actor = await secretariat();
    const points = await h.db.select().from(conferencePoints);
    const sessionIds = [...new Set(points.map((p) => p.sessionId))];
    expect(sessionIds.length).toBeGreaterThan(0);
    for (const sessionId of sessionIds) {
      const sheet = await getAttendanceSheet({ actor, sessionId }, h.db);
      // The same read as two plain queries, grouped by hand.
      const expected = await h.db
        .select()
        .from(conferencePoints)
        .where(eq(conferencePoints.sessionId, sessionId))
        .orderBy(desc(conferencePoints.isMain), asc(conferencePoints.position));
      const rows = await h.db
        .select()
        .from(attendances)
        .where(
          inArray(
            attendances.pointId,
            expected.map((p) => p.id),
          ),
        )
        .orderBy(asc(attendances.position), asc(attendances.id));
      expect(sheet?.points).toEqual(expected.map((p) => ({ ...p, attendees: rows.filter((a) => a.pointId === p.id) })));
    }
    expect(await getAttendanceSheet({ actor, sessionId: -1 }, h.db)).toBeNull();
  });

  it('the session header names the committee and the chair, as the session page shows them', async () => {
    const actor = await secretariat();
    const [point] = await h.db.select().from(conferencePoints).limit(1);
    const header = await getSessionHeader(h.db, point!.sessionId);
    const detail = await getSessionDetail({ actor, sessionId: point!.sessionId }, h.db);
    expect(header?.session.id).toBe(point!.sessionId);
    expect(header?.committeeName).toBeTruthy();
    expect(detail).toMatchObject({
      id: header!.session.id,
      committeeName: header!.committeeName,
      chairName: header!.chairName,
      chairTitle: header!.chairTitle,
    });
    expect(await getSessionHeader(h.db, -1)).toBeUndefined();
  });
});
