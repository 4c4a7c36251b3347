import { asc, desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { attendances, conferencePoints } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { actorFor, makeSession } from '@/tests/factories';
import { addAttendees } from './attendees';
import { addPoint } from './mutations';
import { getAttendanceSheet, getSessionDetail, getSessionHeader } from './queries';

let h: DatabaseHandle;
let actor: Actor;
/** Sessions made here: one with a side point added before the main one, attendees on both; one without points. */
let sessionIds: number[];
beforeAll(async () => {
  h = await createTestDatabase();
  actor = await actorFor(h.db, { role: 'secretariat' });
  const withPoints = await makeSession(h.db, actor);
  const point = (name: string, isMain: boolean) =>
    addPoint({ actor, sessionId: withPoints.id, point: { name, hostAgencyId: null, isMain } }, h.db);
  const side = await point('Điểm cầu tỉnh Tuyên Quang', false);
  const main = await point('Điểm cầu Trung ương', true);
  const attendee = (fullName: string) => ({
    fullName,
    positionTitle: 'Chuyên viên',
    agencyName: 'Bộ Nội vụ',
    role: 'member',
    presence: 'present',
    representedBy: null,
  });
  for (const [pointId, names] of [
    [main, ['Nguyễn Văn An', 'Lê Thị Bình']],
    [side, ['Đỗ Minh Đức']],
  ] as const)
    await addAttendees({ actor, sessionId: withPoints.id, pointId, attendees: names.map(attendee) }, h.db);
  sessionIds = [withPoints.id, (await makeSession(h.db, actor)).id];
});
afterAll(async () => h?.close());

const secretariat = async () => actor;

describe('session reads', () => {
  it('the attendance sheet lists every point, main first, each with its attendees in order', async () => {
    const actor = await secretariat();
    const first = await getAttendanceSheet({ actor, sessionId: sessionIds[0]! }, h.db);
    expect(first!.points.map((p) => [p.name, p.attendees.map((a) => a.fullName)])).toEqual([
      ['Điểm cầu Trung ương', ['Nguyễn Văn An', 'Lê Thị Bình']],
      ['Điểm cầu tỉnh Tuyên Quang', ['Đỗ Minh Đức']],
    ]);
    expect((await getAttendanceSheet({ actor, sessionId: sessionIds[1]! }, h.db))?.points).toEqual([]);
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
    const [point] = await h.db.select().from(conferencePoints).where(eq(conferencePoints.sessionId, sessionIds[0]!));
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
