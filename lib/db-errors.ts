/** The PostgreSQL error under a driver or drizzle wrapper, if any. */
function pgError(error: unknown): { code?: string; constraint?: string; constraint_name?: string } | null {
  let e = error as { code?: string; cause?: unknown } | null;
  for (let i = 0; e && i < 4; i++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e as never;
    e = e.cause as typeof e;
  }
  return null;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = pgError(error);
  if (!e || e.code !== '23505') return false;
  return !constraint || (e.constraint_name ?? e.constraint) === constraint;
}

/** Runs `fn`; a unique-key violation on `constraint` becomes the domain error `toError()` gives. */
export async function uniqueAs<T>(constraint: string, toError: () => Error, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isUniqueViolation(error, constraint)) throw toError();
    throw error;
  }
}
