'use client';

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { z } from 'zod';
import { issuesByPath, replaceField, shownErrors } from '@/lib/forms/field-errors';
import { formDataToObject } from '@/lib/forms/form-data';
import type { FormAction, FormState } from '@/lib/forms/result';
import { editedSnapshot, firstSnapshot, nextSnapshot, type Versioned } from '@/lib/forms/snapshot';
import { loadFormTranslator, useLocalize } from './localize';

/**
 * The zod schema a form is checked with, loaded on demand: `() => import('@/lib/x/schemas').then((m) => m.y)`.
 * zod and the schemas weigh about 100 KB (gzip) in the browser; loaded this way they are not part of any page's
 * first download, only fetched when a form is first focused (and awaited at the first submit, at worst).
 */
export type SchemaLoader = () => Promise<z.ZodType>;

export type ActionFormOptions<V extends Versioned | undefined> = {
  /**
   * The zod schema the action parses (from `lib/<domain>/schemas.ts`), as a loader: the form is checked with it
   * in the browser before it is posted, on the same object the server builds from the same FormData.
   */
  schema?: SchemaLoader;
  /** For a form over a versioned record: the record as the page has it, its version included. */
  record?: V;
  /** Keep what was typed after a success too (a preview, whose text stays until the rows are saved). */
  keepOnSuccess?: boolean;
};

/** What the form shows of its errors: the answer's, unless hidden since (a new submit, rows moved), and the
 * browser's check (null: none run, or it passed). */
type Shown<T> = { state: FormState<T>; checked: Record<string, string[]> | null; serverHidden: boolean };

/**
 * The messages of `errors` that nothing in the form shows: an issue of a whole list ("at most 100 agenda items"),
 * of the whole form, or of a hidden field (a stale or altered page). A field shows its error as a text of its own;
 * the form's answer (`data-form-result`) does not count. These go into the form's message, so that a refusal
 * always says why.
 */
function unshownMessages(form: HTMLFormElement | null, errors: Record<string, string>): string[] {
  const messages = [...new Set(Object.values(errors))];
  if (!form || messages.length === 0) return [];
  const shown = new Set<string>();
  const walker = form.ownerDocument.createTreeWalker(form, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement?.closest('[data-form-result]')) shown.add((node.nodeValue ?? '').trim());
  return messages.filter((m) => !shown.has(m));
}

/** Moves the focus to the first field the check refused, in the form's order. */
function focusFirst(form: HTMLFormElement, errors: Record<string, string[]>) {
  for (const element of Array.from(form.elements) as HTMLInputElement[])
    if (element.name && errors[element.name] && element.type !== 'hidden' && !element.disabled) {
      element.focus();
      return;
    }
}

/**
 * The one form hook: a form over a server action `(previous answer, FormData) => ActionResult`.
 *
 * - With JavaScript, the form's FormData (the button pressed included) is checked in the browser with `schema`,
 *   on the object the server builds from the same FormData, then posted without a page load. Before JavaScript
 *   has loaded, the form posts natively to the same action, which parses with the same schema, and the page
 *   shows the answer. After a submit, each field is checked again as it is changed; a refused check moves the
 *   focus to the first field it names.
 * - Field errors, the browser's and the server's, are read with `error(path)`; the form's answer with `ok` and
 *   `message` (shown by `FormResult`). Every message passes through `localize` first.
 * - After a refusal the form keeps what was typed (the answer's `values` echo it for a post without
 *   JavaScript); after a save it clears itself.
 * - A form over a versioned record passes `record` and renders its fields, and the hidden version, from
 *   `values` inside an element keyed by `fieldsKey`. After a successful save the fields are rebuilt from the
 *   record as saved (the answer's `values`, or the page's record once revalidated), so a second save starts
 *   from the saved state, never from the one before it. A field is never fed from a newer record than its
 *   version (see lib/forms/snapshot).
 *
 * Plain DOM fields, no form library: a form that keeps its fields in state (field arrays, watched values) adds
 * react-hook-form with `useFieldForm`, so only the pages with such a form download it.
 */
export function useActionForm<T = undefined, V extends Versioned | undefined = undefined>(
  action: FormAction<T>,
  options: ActionFormOptions<V> = {},
): ActionForm<T, V> {
  const { schema, record, keepOnSuccess } = options;
  const [state, run, pending] = useActionState(action, null);
  const localize = useLocalize();
  const ref = useRef<HTMLFormElement>(null);
  const [submits, setSubmits] = useState(0);
  /** Numbers the checks, so a slow one never overwrites a newer one's answer. */
  const checks = useRef(0);
  /** The button that sent the form last (its name and value are part of what the schema checks). */
  const sentBy = useRef<[string, string] | null>(null);

  const [shown, setShown] = useState<Shown<T>>({ state, checked: null, serverHidden: false });
  // A new answer replaces what was shown: its own field errors, none of the browser's.
  const current = shown.state === state ? shown : { state, checked: null, serverHidden: false };
  if (current !== shown) setShown(current);

  const [snapshot, setSnapshot] = useState(() => (record ? firstSnapshot(record) : null));
  // Takes the newer record during render, so the fields never show one read while the version is another's.
  const next = snapshot && record ? nextSnapshot(snapshot, { record, answer: state }) : snapshot;
  if (next !== snapshot) setSnapshot(next);

  const serverErrors = state && !state.ok ? state.fieldErrors : undefined;

  useEffect(() => {
    if (state?.ok && !keepOnSuccess) ref.current?.reset();
  }, [state, keepOnSuccess]);

  /**
   * The browser's check of what the form would post: its errors, or null (passed, or no check could run). With
   * `only`, the errors of that field (and the fields under it) are replaced and the others kept, as the person
   * changes one field after a submit.
   */
  const check = async (data: FormData, only?: string) => {
    const id = ++checks.current;
    const errors = schema ? await checkForm(schema, data) : null;
    if (id !== checks.current) return undefined;
    setShown((s) => (s.state === state ? { ...s, checked: only ? replaceField(s.checked, errors, only) : errors } : s));
    return errors;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    sentBy.current = submitter?.name ? [submitter.name, submitter.value] : null;
    const data = new FormData(form, submitter);
    setSubmits((n) => n + 1);
    // The answer's field errors are the last post's; this post gets its own.
    setShown((s) => (s.state === state ? { ...s, serverHidden: true } : s));
    void check(data).then((errors) => {
      if (errors === null) startTransition(() => run(data));
      else if (errors) focusFirst(form, errors);
    });
  };

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    if (record) setSnapshot((s) => (s ? editedSnapshot(s) : s));
    // After a submit, the field changed is checked again, so its message goes once it is right (the server's
    // messages stay until the next answer: a warning may be what shows the field that answers it).
    const name = (event.target as { name?: unknown }).name;
    if (submits === 0 || !schema || !ref.current || typeof name !== 'string' || !name) return;
    const data = new FormData(ref.current);
    if (sentBy.current && !data.has(sentBy.current[0])) data.append(...sentBy.current);
    void check(data, name);
  };

  const fieldErrors = shownErrors(current.serverHidden ? undefined : serverErrors, current.checked, localize);
  // After the errors are on the page, those no field shows are said in the form's message.
  const errorKey = JSON.stringify(fieldErrors);
  const [unshown, setUnshown] = useState<string[]>([]);
  useEffect(() => {
    const next = unshownMessages(ref.current, JSON.parse(errorKey) as Record<string, string>);
    setUnshown((u) => (u.join('\n') === next.join('\n') ? u : next));
  }, [errorKey]);
  const answer = state?.message ? localize(state.message) : undefined;
  const refusal = unshown.length
    ? [state && !state.ok && !current.serverHidden ? answer : undefined, ...unshown].filter(Boolean).join(' ')
    : undefined;
  return {
    state,
    pending,
    ok: !!state?.ok && !refusal,
    message: refusal ?? answer,
    error: (path: string) => fieldErrors[path],
    fieldErrors,
    submits,
    clearErrors: () => setShown((s) => ({ ...s, checked: null, serverHidden: true })),
    formProps: {
      ref,
      action: run,
      onSubmit,
      onChange,
      noValidate: !!schema,
      // Fetches the schema while the person types, so the check at submit does not wait for it.
      onFocus: schema ? () => void loadSchema(schema).catch(() => undefined) : undefined,
    },
    values: (next?.shown ?? record) as V,
    fieldsKey: next?.generation ?? 0,
    dirty: next?.edited ?? false,
  };
}

export type ActionForm<T, V> = {
  /** The last answer of the action. */
  state: FormState<T>;
  pending: boolean;
  /** The last answer was a success. */
  ok: boolean;
  /** The last answer's message, localized, with the errors no field shows (show it with `FormResult`). */
  message: string | undefined;
  /** The error of a field (a dotted path), from the browser's check or the server, localized. */
  error: (path: string) => string | undefined;
  /** Every field error by its dotted path, localized (for forms that place them themselves: a list of cards). */
  fieldErrors: Record<string, string>;
  /** How many times the form was submitted with JavaScript. */
  submits: number;
  /** Forgets the errors shown until the next check or answer (rows moved: errors under their old positions no
   * longer apply). */
  clearErrors: () => void;
  formProps: {
    ref: RefObject<HTMLFormElement | null>;
    action: (payload: FormData) => void;
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
    onChange: (event: FormEvent<HTMLFormElement>) => void;
    /** With a schema, the schema checks the form, not the browser's own rules. */
    noValidate: boolean;
    onFocus?: () => void;
  };
  /** The record as the fields show it; render every field and the hidden version from it. */
  values: V;
  /** Key of the element holding the fields: a new key rebuilds them from `values`. */
  fieldsKey: number;
  /** Unsaved changes (for useLeaveGuard): a field of a record form changed since it took the record. */
  dirty: boolean;
};

const loaded = new WeakMap<SchemaLoader, Promise<z.ZodType>>();
/** A loader's schema and the form messages (fetched on demand, once): not part of the page's first download. */
function loadSchema(loader: SchemaLoader): Promise<z.ZodType> {
  let p = loaded.get(loader);
  if (!p) {
    p = Promise.all([loader(), loadFormTranslator()]).then(([schema]) => schema);
    loaded.set(loader, p);
    // Not fetched (the connection dropped): tried again next time.
    p.catch(() => loaded.delete(loader));
  }
  return p;
}

/**
 * The schema over what the form posts: its FormData turned into an object as the server does (`agenda.0.title`
 * nested). Null when it passes, or when no check can run: the schema could not be fetched (the connection
 * dropped) or a name the server refuses; the form then posts, and the server answers.
 */
async function checkForm(loader: SchemaLoader, data: FormData): Promise<Record<string, string[]> | null> {
  try {
    const parsed = await (await loadSchema(loader)).safeParseAsync(formDataToObject(data));
    return parsed.success ? null : issuesByPath(parsed.error.issues);
  } catch {
    return null;
  }
}

/**
 * One form element over several actions (save and delete, urge and change a deadline): each action has its
 * own `useActionForm`; the pressed button's `data-intent` picks which one checks and posts the form (another
 * button also carries `formAction={forms.x.formProps.action}`, so it posts the same without JavaScript).
 * Enter, or a button without an intent, uses `main`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's hook, whatever its values
export function sharedFormProps<K extends string>(forms: Record<K, ActionForm<any, any>>, main: NoInfer<K>) {
  const all = Object.values(forms) as ActionForm<unknown, unknown>[];
  return {
    ref: (element: HTMLFormElement | null) => {
      for (const f of all) f.formProps.ref.current = element;
    },
    action: forms[main].formProps.action,
    noValidate: all.some((f) => f.formProps.noValidate),
    onFocus: () => all.forEach((f) => f.formProps.onFocus?.()),
    onChange: (event: FormEvent<HTMLFormElement>) => all.forEach((f) => f.formProps.onChange(event)),
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      const intent = ((event.nativeEvent as SubmitEvent).submitter as HTMLElement | null)?.dataset.intent as K;
      (forms[intent] ?? forms[main]).formProps.onSubmit(event);
    },
  };
}
