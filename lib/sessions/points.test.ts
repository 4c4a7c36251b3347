import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { committees, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { plainParams } from '@/lib/keys';
import type { Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { addAttendees, addPoint, createSession, updatePoint } from './mutations';
import { filterPoints, listSessionPoints, pointNeighbours, pointSearchQuery, printablePoints } from './points';
import { getAttendanceSheet, getPointDetail, getSessionDetail } from './queries';
import { sessionFormSchema } from './schemas';

let h: DatabaseHandle;
let secretariat: Actor;
let agencyHead: Actor;
let committeeId: number;
let sessionNumber = 40;

async function actorFor(email: string) {
  const [u] = await h.db.select().from(users).where(eq(users.email, email));
  return (await loadActor(h.db, u!.id, u!.sessionVersion))!;
}

/** A new planned session with the points named, the first one main. */
async function sessionWith(names: string[]) {
  const sessionId = await createSession(
    {
      actor: secretariat,
      values: sessionFormSchema.parse({
        committeeId,
        number: ++sessionNumber,
        title: `Phiên họp thứ ${sessionNumber}`,
        date: '2025-06-10',
        time: '08:00',
        format: 'online',
        status: 'planned',
      }),
    },
    h.db,
  );
  const ids: number[] = [];
  for (const [i, name] of names.entries())
    ids.push(
      await addPoint({ actor: secretariat, sessionId, point: { name, hostAgencyId: null, isMain: i === 0 } }, h.db),
    );
  return { sessionId, ids };
}

beforeAll(async () => {
  h = await createTestDatabase();
  secretariat = await actorFor('thuky@demo.gov.vn');
  agencyHead = await actorFor('tuyenquang@demo.gov.vn');
  const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
  committeeId = c!.id;
});
afterAll(() => h.close());

describe('points search on the session page', () => {
  const points = [
    { id: 1, name: 'Trụ sở Chính phủ', hostName: 'Văn phòng Chính phủ' },
    { id: 2, name: 'Tỉnh Hà Giang', hostName: 'Ủy ban nhân dân tỉnh Hà Giang' },
    { id: 3, name: 'Điểm cầu Thành phố Hà Nội', hostName: null },
    { id: 4, name: 'Tỉnh Tuyên Quang', hostName: 'Bộ Nội vụ' },
  ];

  it('matches the name or the host, without accents or case, every word anywhere', () => {
    expect(filterPoints(points, 'ha giang').map((p) => p.id)).toEqual([2]);
    expect(filterPoints(points, 'HÀ')).toHaveLength(2);
    expect(filterPoints(points, 'noi vu').map((p) => p.id)).toEqual([4]); // by the host agency
    expect(filterPoints(points, 'ủy ban giang').map((p) => p.id)).toEqual([2]);
    expect(filterPoints(points, 'phố nội').map((p) => p.id)).toEqual([3]);
    expect(filterPoints(points, 'Đà Nẵng')).toEqual([]);
    expect(filterPoints(points, '   ')).toBe(points);
  });

  it('reads ?q= through the safe parameter helper: first value, trimmed and bounded', () => {
    expect(pointSearchQuery(plainParams({ q: '  hà   giang ' }))).toBe('hà giang');
    expect(pointSearchQuery(plainParams({ q: ['tuyên', 'x'] }))).toBe('tuyên');
    expect(pointSearchQuery(plainParams({ q: 'a'.repeat(500) }))).toHaveLength(100);
    expect(pointSearchQuery(plainParams({ __proto__: 'x', constructor: 'y' } as never))).toBe('');
  });

  it('filters the points of a real session by name and by host province, ignoring accents', async () => {
    const { sessionId } = await sessionWith(['Trụ sở Chính phủ', 'Tỉnh Hà Giang', 'Tỉnh Tuyên Quang', 'Tỉnh Hà Nam']);
    const detail = await getSessionDetail({ actor: secretariat, sessionId }, h.db);
    expect(filterPoints(detail!.points, 'tinh ha').map((p) => p.name)).toEqual(['Tỉnh Hà Giang', 'Tỉnh Hà Nam']);
    expect(filterPoints(detail!.points, 'quang').map((p) => p.name)).toEqual(['Tỉnh Tuyên Quang']);
  });
});

describe('previous and next point', () => {
  it('follows the session’s point order (main point first), with none before the first or after the last', async () => {
    const names = ['Tỉnh Cao Bằng', 'Trụ sở Chính phủ', 'Tỉnh Lạng Sơn'];
    const { sessionId, ids } = await sessionWith(names);
    // Make the second point added the main one: it comes first in the session's order.
    await updatePoint(
      { actor: secretariat, sessionId, pointId: ids[1]!, point: { name: names[1]!, hostAgencyId: null, isMain: true } },
      h.db,
    );
    const detail = await getSessionDetail({ actor: secretariat, sessionId }, h.db);
    const order = detail!.points.map((p) => p.id);
    expect(order).toEqual([ids[1], ids[0], ids[2]]);

    const first = await getPointDetail({ actor: secretariat, sessionId, pointId: order[0]! }, h.db);
    expect(first!.previous).toBeNull();
    expect(first!.next).toEqual({ id: ids[0], name: 'Tỉnh Cao Bằng' });
    const middle = await getPointDetail({ actor: secretariat, sessionId, pointId: order[1]! }, h.db);
    expect(middle!.previous).toEqual({ id: ids[1], name: 'Trụ sở Chính phủ' });
    expect(middle!.next).toEqual({ id: ids[2], name: 'Tỉnh Lạng Sơn' });
    const last = await getPointDetail({ actor: secretariat, sessionId, pointId: order[2]! }, h.db);
    expect(last!.next).toBeNull();
    expect(last!.previous!.id).toBe(ids[0]);
    expect(pointNeighbours(detail!.points, 999_999)).toEqual({ previous: null, next: null });
  });

  it('does not list the points of a session the reader may not see', async () => {
    const { sessionId } = await sessionWith(['Trụ sở Chính phủ']);
    expect(await listSessionPoints({ actor: agencyHead, sessionId }, h.db)).toBeNull();
    expect(await listSessionPoints({ actor: secretariat, sessionId }, h.db)).toHaveLength(1);
  });
});

describe('session print', () => {
  it('prints only the points with attendees and counts the others; one point asked for prints even empty', async () => {
    const { sessionId, ids } = await sessionWith(['Trụ sở Chính phủ', 'Tỉnh A Lưới', 'Tỉnh Bắc Kạn', 'Tỉnh Cà Mau']);
    await addAttendees(
      { actor: secretariat, sessionId, pointId: ids[0]!, attendees: [{ fullName: 'Nguyễn Văn An' }] },
      h.db,
    );
    await addAttendees(
      {
        actor: secretariat,
        sessionId,
        pointId: ids[2]!,
        attendees: [{ fullName: 'Trần Thị Bình', presence: 'absent' }],
      },
      h.db,
    );
    const sheet = await getAttendanceSheet({ actor: secretariat, sessionId }, h.db);
    const all = printablePoints(sheet!.points);
    expect(all.points.map((p) => p.id)).toEqual([ids[0], ids[2]]);
    expect(all.empty).toBe(2);
    const one = printablePoints(sheet!.points, ids[3]);
    expect(one).toEqual({ points: [expect.objectContaining({ id: ids[3], attendees: [] })], empty: 0 });
  });
});
