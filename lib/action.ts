import 'server-only';
import { z } from 'zod';
import { getActor } from '@/lib/auth/session';
import { logRefusal } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { getTranslate, localize, localizeAll } from '@/lib/i18n/translate';
import { dict, firstUnsafeKey, isPlainKey } from '@/lib/keys';
import { logError } from '@/lib/log';
import { assertCan, ForbiddenError, type Actor, type Permission } from '@/lib/policy';

export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; values?: Record<string, unknown> };

/** The most entries a list posted by a form may have (agenda items, attendee rows). */
const MAX_INDEX = 10_000;

/**
 * Turns FormData into a plain object, expanding react-hook-form names such as `agenda.0.title` into
 * nested arrays and objects, so a form posted without JavaScript parses with the same zod schema.
 * Every segment of a name must be plain (`lib/keys.ts`) and every index within bounds, or the whole post is
 * refused; the tree is built on objects with no prototype, so no name reaches `Object.prototype`.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const invalid = () => new AppError('INVALID', msg('validation.badPost'));
  const root = dict();
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    const parts = key.split('.');
    if (!parts.every(isPlainKey)) throw invalid();
    let node: Record<string, unknown> = root;
    parts.forEach((part, i) => {
      const index = /^\d+$/.test(part);
      if (index && Number(part) > MAX_INDEX) throw invalid();
      if (i === parts.length - 1) {
        // Repeated names (a multiple select, checkboxes) collect into an array.
        const prev = node[part];
        node[part] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
        return;
      }
      // Lists are records keyed by index until `compact` turns them into arrays.
      const next = node[part];
      if (next === undefined) node[part] = dict();
      else if (typeof next !== 'object' || next instanceof Blob || Array.isArray(next)) throw invalid();
      node = node[part] as Record<string, unknown>;
    });
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(root)) out[k] = compact(root[k]);
  return out;
}

/**
 * Records whose keys are all indices become arrays in index order (holes left by removed rows, agenda.0 and
 * agenda.2, are dropped); other records become ordinary objects of their (plain, checked) keys.
 */
function compact(v: unknown): unknown {
  if (!v || typeof v !== 'object' || v instanceof Blob || Array.isArray(v)) return v;
  const keys = Object.keys(v);
  const record = v as Record<string, unknown>;
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k)))
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => compact(record[String(k)]));
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = compact(record[k]);
  return out;
}

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

function toResult(error: unknown): ActionResult<never> {
  if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof ForbiddenError) return { ok: false, message: error.userMessage };
  // Next's redirect/notFound signals must pass through.
  if (error && typeof error === 'object' && 'digest' in error) throw error;
  void logError('action', error);
  return { ok: false, message: msg('errors.unexpected') };
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
