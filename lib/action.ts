import 'server-only';
import { z } from 'zod';
import { getActor } from '@/lib/auth/session';
import { logRefusal } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { missingReference } from '@/lib/db-errors';
import { AppError } from '@/lib/errors';
import { formDataToObject } from '@/lib/forms/form-data';
import type { ActionResult } from '@/lib/forms/result';
import { msg, type MessageKey, type MessageParams } from '@/lib/i18n/message';
import { getTranslate, localize, localizeAll } from '@/lib/i18n/translate';
import { firstUnsafeKey } from '@/lib/keys';
import { logError } from '@/lib/log';
import { assertCan, ForbiddenError, type Actor, type Permission } from '@/lib/policy';

export type { ActionResult } from '@/lib/forms/result';
export { formDataToObject } from '@/lib/forms/form-data';

/**
 * A server action's FormData argument as it must be. Anyone can post an action with other arguments than its
 * form sends (a plain form post passes the FormData first, a crafted one anything React can encode), so an
 * action that reads its FormData itself takes it through here: anything else counts as an empty form.
 */
export function formOf(input: unknown): FormData {
  return input instanceof FormData ? input : new FormData();
}

/** Field errors keyed by the dotted path react-hook-form uses. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * The one wrapper for server actions: resolves the actor (refusing anonymous and disabled users), checks
 * the action's permission when it names one (so a refused caller learns nothing about their input), parses
 * the input with the zod schema, runs the lib function, and maps domain errors to messages. With `echo`, a
 * post that fails validation gets its (parsed, plain) values back, so a form sent without JavaScript keeps
 * what was typed; only a caller who may perform the action ever gets an echo.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  fn: (actor: Actor, data: z.output<S>) => Promise<T>,
  options: { permission?: Permission; echo?: boolean } = {},
): Promise<ActionResult<T>> {
  const result = await runUnlocalized(schema, input, fn, options);
  if (result.ok && result.message === undefined) return result;
  // The one place an action's answer is put into the reader's language (lib/i18n/message.ts).
  const t = await getTranslate();
  return result.ok
    ? { ...result, message: result.message && localize(result.message, t) }
    : { ...result, message: localize(result.message, t), fieldErrors: localizeAll(result.fieldErrors, t) };
}

async function runUnlocalized<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  fn: (actor: Actor, data: z.output<S>) => Promise<T>,
  options: { permission?: Permission; echo?: boolean },
): Promise<ActionResult<T>> {
  const actor = await getActor();
  if (!actor) return { ok: false, message: msg('errors.sessionExpired') };
  try {
    if (options.permission) assertCan(actor, options.permission);
    if (!(input instanceof FormData) && firstUnsafeKey(input) !== null)
      throw new AppError('INVALID', msg('validation.badPost'));
    const raw = input instanceof FormData ? formDataToObject(input) : input;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        message: msg('validation.form'),
        fieldErrors: zodFieldErrors(parsed.error),
        ...(options.echo && raw && typeof raw === 'object' ? { values: raw as Record<string, unknown> } : {}),
      };
    }
    return { ok: true, data: await fn(actor, parsed.data) };
  } catch (error) {
    if (error instanceof ForbiddenError || (error instanceof AppError && error.code === 'FORBIDDEN')) {
      // Refusals are part of the audit trail (who tried what); a failure to log must not hide the answer.
      const what = error instanceof ForbiddenError ? `permission ${error.permission}` : 'record rule';
      await logRefusal(await resolveDb(), { actor, what, reason: error.message }).catch((e: unknown) =>
        logError('audit', e),
      );
    }
    return toResult(error);
  }
}

function toResult(thrown: unknown): ActionResult<never> {
  const error = missingReference(thrown) ?? thrown;
  if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof ForbiddenError) return { ok: false, message: error.userMessage };
  // Next's redirect/notFound signals must pass through.
  if (error && typeof error === 'object' && 'digest' in error) throw error;
  void logError('action', error);
  return { ok: false, message: msg('errors.unexpected') };
}

/** What an action says when it succeeded (a `done.*` key), in the reader's language. */
export async function say(key: MessageKey, params?: MessageParams): Promise<string> {
  return localize(msg(key, params), await getTranslate());
}

/**
 * The wrapper for the few actions anyone may call without an account ("Quên mật khẩu?", setting a password
 * through a single-use link): the same parsing, error mapping and translation as `runAction`, with no actor
 * and no permission. The lib function it runs is its own guard (a throttle, a token).
 */
export async function runPublicAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  fn: (data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  let result: ActionResult<T>;
  try {
    if (!(input instanceof FormData) && firstUnsafeKey(input) !== null)
      throw new AppError('INVALID', msg('validation.badPost'));
    const raw = input instanceof FormData ? formDataToObject(input) : input;
    const parsed = schema.safeParse(raw);
    result = parsed.success
      ? { ok: true, data: await fn(parsed.data) }
      : { ok: false, message: msg('validation.form'), fieldErrors: zodFieldErrors(parsed.error) };
  } catch (error) {
    result = toResult(error);
  }
  if (result.ok) return result;
  const t = await getTranslate();
  return { ...result, message: localize(result.message, t), fieldErrors: localizeAll(result.fieldErrors, t) };
}
