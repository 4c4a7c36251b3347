/**
 * What a server action answers a form, and what the form holds: one type for the server (`runAction`) and
 * the browser (`useActionForm`), safe in both (no imports).
 *
 * - `ok: true`: done; `message` is the confirmation shown beside the form; `values`, for a form over a
 *   versioned record, is the record as saved (its new version included), which the form shows for the next
 *   save; `data` is what the lib function returned, for the action's own use.
 * - `ok: false`: refused; `message` is shown beside the form, `fieldErrors` beside their fields (keyed by the
 *   dotted path, `agenda.0.title`), and `values` echoes what was posted, so a form sent without JavaScript
 *   keeps what was typed.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string; values?: Record<string, unknown> }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; values?: Record<string, unknown> };

/** What a form holds: the last answer of its action, null before the first. */
export type FormState<T = undefined> = ActionResult<T> | null;

/** Every form's action: `(previous answer, FormData) => ActionResult`, as `useActionState` calls it. */
export type FormAction<T = undefined> = (prev: FormState<T>, input: FormData) => Promise<ActionResult<T>>;

/** A refusal's answer. */
export const refused = (message: string, fieldErrors?: Record<string, string>): ActionResult<never> => ({
  ok: false,
  message,
  ...(fieldErrors ? { fieldErrors } : {}),
});
