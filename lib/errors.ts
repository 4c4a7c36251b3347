import { msg } from '@/lib/i18n/message';

/**
 * Errors the domain raises on purpose. Their message and field errors are catalogue keys made by `msg`
 * (lib/i18n/message.ts), translated at the edge. Server actions and route handlers turn them into a plain message
 * (and field errors) for the user; anything else is a bug and is logged, never shown.
 */
export type AppErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = msg('errors.notFoundRecord')) => new AppError('NOT_FOUND', what);
export const forbidden = (message = msg('errors.forbidden')) => new AppError('FORBIDDEN', message);
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const invalid = (message: string, fieldErrors: Record<string, string> = {}) =>
  new AppError('INVALID', message, fieldErrors);

/** The stale-save message shared by every versioned record. */
export const STALE_MESSAGE = msg('errors.stale');
