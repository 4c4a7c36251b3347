/** The most agenda items a session has (as the session schema says). */
export const MAX_AGENDA = 100;

/**
 * Enter in an agenda row of the session form: it never saves the session; it opens a new row after
 * this one and moves there, or moves to the next row when that one is still empty (so Enter twice does not
 * leave a trail of empty rows), or stays put at the limit.
 */
export function agendaEnter(
  rows: readonly { title?: unknown }[],
  index: number,
): { insertAt: number | null; focus: number } {
  const next = rows[index + 1];
  if (next && !String(next.title ?? '').trim()) return { insertAt: null, focus: index + 1 };
  if (rows.length >= MAX_AGENDA) return { insertAt: null, focus: index };
  return { insertAt: index + 1, focus: index + 1 };
}
