import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { conferencePoints, sessions } from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { msg } from '@/lib/i18n/message';
import { canReadSession, type Actor } from '@/lib/policy';
import { foldVi } from '@/lib/text';
import { clean, type ParsedRow } from './attendee-schema';

/**
 * A session's conference points (điểm cầu) as lists: the search on the session page, the previous and
 * next point, the points a print leaves out, and a point named in an attendance workbook.
 */

/**
 * Lower case, one space, without the "Điểm cầu" prefix that some lists write and others do not: two points of a
 * session may not share it (`addPoint`, `updatePoint`), since a workbook could name neither of them.
 */
export const exactKey = (text: string) =>
  clean(text)
    .toLocaleLowerCase('vi')
    .replace(/^điểm cầu\s+/u, '');
/** The same without accents (đ → d), for a name typed or exported without them. */
const foldedKey = (text: string) => foldVi(exactKey(text)).replace(/^diem cau\s+/, '');

/**
 * The points whose name or host (the province or agency) holds every word of `q`, ignoring case and
 * accents; all of them when `q` is empty.
 */
export function filterPoints<T extends { name: string; hostName?: string | null }>(points: T[], q: string): T[] {
  const words = foldVi(clean(q)).split(' ').filter(Boolean);
  if (words.length === 0) return points;
  return points.filter((p) => {
    const text = foldVi(`${clean(p.name)} ${clean(p.hostName)}`);
    return words.every((w) => text.includes(w));
  });
}

/** The points before and after `pointId` in the order given (the session's point order). */
export function pointNeighbours<T extends { id: number }>(
  points: T[],
  pointId: number,
): { previous: T | null; next: T | null } {
  const at = points.findIndex((p) => p.id === pointId);
  if (at < 0) return { previous: null, next: null };
  return { previous: points[at - 1] ?? null, next: points[at + 1] ?? null };
}

/**
 * What the attendance print shows: one point when `only` is given (printed even when empty), otherwise
 * the points that have attendees, and how many were left out for having none.
 */
export function printablePoints<T extends { id: number; attendees: unknown[] }>(
  points: T[],
  only?: number | null,
): { points: T[]; empty: number } {
  if (only) return { points: points.filter((p) => p.id === only), empty: 0 };
  const shown = points.filter((p) => p.attendees.length > 0);
  return { points: shown, empty: points.length - shown.length };
}

/**
 * Finds a point by the name written in a workbook or a paste: exactly (case and spacing aside, with or
 * without "Điểm cầu "), else without accents; a name that fits none, or several, is an error (a message
 * by key, like the import's row errors).
 */
export function pointMatcher(points: { id: number; name: string }[]) {
  const index = (key: (s: string) => string) => {
    const map = new Map<string, number[]>();
    for (const p of points) map.set(key(p.name), [...(map.get(key(p.name)) ?? []), p.id]);
    return map;
  };
  const exact = index(exactKey);
  const folded = index(foldedKey);
  return (name: string): { pointId: number } | { error: string } => {
    const text = clean(name);
    if (!text) return { error: msg('errors.sessions.import.pointMissing') };
    const found = exact.get(exactKey(text)) ?? folded.get(foldedKey(text)) ?? [];
    if (found.length === 1) return { pointId: found[0]! };
    return found.length
      ? { error: msg('errors.sessions.import.pointAmbiguous', { name: text }) }
      : { error: msg('errors.sessions.import.pointUnknown', { name: text }) };
  };
}

/** The session's points in its order (the main point first, then as added); null when it cannot be read. */
export async function listSessionPoints(input: { actor: Actor; sessionId: number }, db?: DbOrTx) {
  const d = await resolveDb(db);
  const [session] = await d.select().from(sessions).where(eq(sessions.id, input.sessionId));
  if (!session || !canReadSession(input.actor, session)) return null;
  return d
    .select({ id: conferencePoints.id, name: conferencePoints.name })
    .from(conferencePoints)
    .where(eq(conferencePoints.sessionId, input.sessionId))
    .orderBy(desc(conferencePoints.isMain), asc(conferencePoints.position));
}

/**
 * Parsed rows of a whole session's workbook or paste → the same rows, each with the point its "Điểm cầu"
 * cell names (`pointId`, null when none fits, with the reason among the row's errors).
 * With `only` (a point's own list), a list without that column is that point's; a row whose "Điểm cầu"
 * cell names another point is an error, so a whole session's workbook is not poured into one point.
 */
export function assignPoints(rows: ParsedRow[], points: { id: number; name: string }[], only?: number): ParsedRow[] {
  const match = pointMatcher(points);
  const hasColumn = rows.some((r) => r.point !== undefined);
  const fail = (row: ParsedRow, error: string) => ({
    ...row,
    pointId: null,
    draft: null,
    errors: [...row.errors, error],
  });
  return rows.map((row) => {
    if (only) {
      if (!row.point) return { ...row, pointId: only };
      const m = match(row.point);
      if ('pointId' in m && m.pointId === only) return { ...row, pointId: only };
      return fail(row, msg('errors.sessions.import.pointOther', { name: row.point }));
    }
    if (!hasColumn) return fail(row, msg('errors.sessions.import.pointColumn'));
    const m = match(row.point ?? '');
    return 'pointId' in m ? { ...row, pointId: m.pointId } : fail(row, m.error);
  });
}

/** The points search of the session page, from its query parameters (`?q=`): trimmed, at most 100 characters. */
export function pointSearchQuery(params: Record<string, string | string[]>): string {
  const q = params.q;
  return clean(Array.isArray(q) ? q[0] : q).slice(0, 100);
}
