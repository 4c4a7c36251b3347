import { AppError } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';

/** The PostgreSQL error under a driver or drizzle wrapper, if any. */
function pgError(
  error: unknown,
): { code?: string; constraint?: string; constraint_name?: string; detail?: string } | null {
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

/**
 * An id that names no record, caught by a foreign key ('Key (committee_id)=(999) is not present in table …'): the
 * sender is told there is no such record, under the field it came in (its column in camelCase), instead of the
 * generic error and a stack trace in the log (attacker pass 23: ids of no committee, chair or host agency in the
 * session and point forms). Null for any other error, a row still referenced included.
 */
export function missingReference(error: unknown): AppError | null {
  const e = pgError(error);
  if (!e || e.code !== '23503') return null;
  const column = /^Key \(([a-z_]+)\)=\(.*\) is not present in table/.exec(e.detail ?? '')?.[1];
  if (!column) return null;
  const field = column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const message = msg('errors.notFoundRecord');
  return new AppError('INVALID', message, { [field]: message });
}
