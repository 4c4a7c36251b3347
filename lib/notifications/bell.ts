/** How often an open page asks for the bell's number (and again whenever the tab is shown or the page changes). */
export const BELL_POLL_MS = 60_000;

/** The number on the bell: nothing when all is read, at most "99+". */
export function bellBadge(unread: number): string | null {
  if (!Number.isFinite(unread) || unread <= 0) return null;
  return unread > 99 ? '99+' : String(Math.floor(unread));
}

/**
 * The count in an answer of GET /api/notifications/unread, or null when the answer is anything else (a signed-out
 * user is sent to the sign-in page, a server error): the bell then keeps the number it shows.
 */
export function unreadFromAnswer(body: unknown): number | null {
  if (!body || typeof body !== 'object' || !('unread' in body)) return null;
  const n = (body as { unread: unknown }).unread;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null;
}
