import { asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { conferencePoints, sessions } from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { canReadSession, type Actor } from '@/lib/policy';
import { foldVi } from '@/lib/text';
import { clean } from './attendee-schema';

/**
 * A session's conference points (điểm cầu) as lists: the search on the session page, the previous and
 * next point, and the points a print leaves out.
 */

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

/** The points search of the session page, from its query parameters (`?q=`): trimmed, at most 100 characters. */
export function pointSearchQuery(params: Record<string, string | string[]>): string {
  const q = params.q;
  return clean(Array.isArray(q) ? q[0] : q).slice(0, 100);
}
