import { z } from 'zod';
import { getActor } from '@/lib/auth/session';
import { logRefusal } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { logError } from '@/lib/log';
import { ForbiddenError, type Actor } from '@/lib/policy';

export type ActionResult<T = undefined> =
  { ok: true; data?: T; message?: string } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/**
 * Turns FormData into a plain object, expanding react-hook-form names such as `agenda.0.title` into
 * nested arrays and objects, so a form posted without JavaScript parses with the same zod schema.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (typeof value !== 'string') {
      root[key] = value;
      continue;
    }
    const parts = key.split('.');
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const k = /^\d+$/.test(part) ? Number(part) : part;
      if (typeof k === 'number' && k > 10_000) throw new AppError('INVALID', 'Dữ liệu gửi lên không hợp lệ.');
      const container = node as Record<string | number, unknown>;
      if (last) {
        // Repeated names (a multiple select, checkboxes) collect into an array.
        const prev = container[k];
        container[k] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
      } else {
        container[k] ??= /^\d+$/.test(parts[i + 1]!) ? [] : {};
        node = container[k] as Record<string, unknown>;
      }
    });
  }
  // Holes left by removed rows (agenda.0, agenda.2) are dropped.
  const compact = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.filter((x) => x !== undefined).map(compact)
      : v && typeof v === 'object' && !(v instanceof Blob)
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, compact(x)]))
        : v;
  return compact(root) as Record<string, unknown>;
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
 * The one wrapper for server actions: resolves the actor (refusing anonymous and disabled users),
 * parses the input with the zod schema, runs the lib function, and maps domain errors to messages.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  fn: (actor: Actor, data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const actor = await getActor();
  if (!actor) return { ok: false, message: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.' };
  let raw = input;
  try {
    if (input instanceof FormData) raw = formDataToObject(input);
  } catch (error) {
    return toResult(error);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      message: 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra các ô được đánh dấu.',
      fieldErrors: zodFieldErrors(parsed.error),
    };
  }
  try {
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
  return { ok: false, message: 'Đã xảy ra lỗi, thao tác chưa được thực hiện. Vui lòng thử lại.' };
}
