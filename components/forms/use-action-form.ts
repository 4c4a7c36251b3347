'use client';

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { errorAt, flatErrors } from '@/lib/forms/field-errors';
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

type Options<TIn extends FieldValues, V extends Versioned | undefined> = {
  /**
   * The zod schema the action parses (from `lib/<domain>/schemas.ts`), as a loader: the form is checked with it
   * in the browser before it is posted, on the same object the server builds from the same FormData.
   */
  schema?: SchemaLoader;
  /** Initial values of the fields registered with react-hook-form (`form.register`). */
  defaultValues?: DefaultValues<TIn>;
  /** For a form over a versioned record: the record as the page has it, its version included. */
  record?: V;
  /** Keep what was typed after a success too (a preview, whose text stays until the rows are saved). */
  keepOnSuccess?: boolean;
};

/**
 * The one form hook: a form over a server action `(previous answer, FormData) => ActionResult`.
 *
 * - With JavaScript, the form is checked in the browser with `schema` (zodResolver over the object the server
 *   builds from the same FormData, so registered and plain fields alike are checked), then its FormData (the
 *   button pressed included) is posted without a page load. Before JavaScript has loaded, the form posts
 *   natively to the same action, which parses with the same schema, and the page shows the answer.
 * - Field errors, the browser's and the server's, are read with `error(path)`; the form's answer with `ok` and
 *   `message` (shown by `FormResult`). Every message passes through `localize` first.
 * - After a refusal the form keeps what was typed (the answer's `values` echo it for a post without
 *   JavaScript); after a save it clears itself.
 * - A form over a versioned record passes `record` and renders its fields, and the hidden version, from
 *   `values` inside an element keyed by `fieldsKey`. After a successful save the fields are rebuilt from the
 *   record as saved (the answer's `values`, or the page's record once revalidated), so a second save starts
 *   from the saved state, never from the one before it. A field is never fed from a newer record than its
 *   version (see lib/forms/snapshot).
 */
export function useActionForm<
  TIn extends FieldValues = FieldValues,
  T = undefined,
  V extends Versioned | undefined = undefined,
>(action: FormAction<T>, options: Options<TIn, V> = {}): ActionForm<TIn, T, V> {
  const { schema, record, keepOnSuccess } = options;
  const [state, run, pending] = useActionState(action, null);
  const localize = useLocalize();
  const ref = useRef<HTMLFormElement>(null);
  /** The button that sent the form (its name and value are posted: accept or refuse). */
  const submitter = useRef<HTMLElement | null>(null);
  const form = useForm<TIn>({
    resolver: schema ? formDataResolver<TIn>(schema, ref, submitter) : undefined,
    // A refusal answered to a post without JavaScript echoes what was typed.
    defaultValues:
      ((state && !state.ok ? state.values : undefined) as DefaultValues<TIn> | undefined) ?? options.defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Every message of a field, not only the first (a name both too short and with a digit says both).
    criteriaMode: 'all',
  });

  const [snapshot, setSnapshot] = useState(() => (record ? firstSnapshot(record) : null));
  // Takes the newer record during render, so the fields never show one read while the version is another's.
  const next = snapshot && record ? nextSnapshot(snapshot, { record, answer: state }) : snapshot;
  if (next !== snapshot) setSnapshot(next);

  useEffect(() => {
    if (!state) return;
    form.clearErrors();
    if (state.ok) {
      if (keepOnSuccess) return;
      ref.current?.reset();
      form.reset((state.values as TIn | undefined) ?? undefined);
    } else {
      for (const [name, message] of Object.entries(state.fieldErrors ?? {}))
        form.setError(name as Path<TIn>, { type: 'server', message });
    }
  }, [state, form, keepOnSuccess]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    submitter.current = (event.nativeEvent as SubmitEvent).submitter;
    form.clearErrors();
    return form.handleSubmit(() => {
      const data = new FormData(element, submitter.current);
      startTransition(() => run(data));
    })(event);
  };
  const onChange = () => setSnapshot((s) => (s ? editedSnapshot(s) : s));

  const errors = form.formState.errors;
  return {
    form,
    state,
    pending,
    ok: !!state?.ok,
    message: state?.message ? localize(state.message) : undefined,
    error: (path: string) => errorAt(errors, path, localize),
    fieldErrors: flatErrors(errors, localize),
    formProps: {
      ref,
      action: run,
      onSubmit,
      noValidate: !!schema,
      // Fetches the schema while the person types, so the check at submit does not wait for it.
      onFocus: schema ? () => void loadSchema(schema).catch(() => undefined) : undefined,
      ...(record ? { onChange } : {}),
    },
    values: (next?.shown ?? record) as V,
    fieldsKey: next?.generation ?? 0,
    dirty: record ? (next?.edited ?? false) : form.formState.isDirty,
  };
}

export type ActionForm<TIn extends FieldValues, T, V> = {
  /** react-hook-form, for forms that register their fields (field arrays, watched values). */
  form: UseFormReturn<TIn>;
  /** The last answer of the action. */
  state: FormState<T>;
  pending: boolean;
  /** The last answer was a success. */
  ok: boolean;
  /** The last answer's message, localized (show it with `FormResult`). */
  message: string | undefined;
  /** The error of a field (a dotted path), from the browser's check or the server, localized. */
  error: (path: string) => string | undefined;
  /** Every field error by its dotted path, localized (for forms that place them themselves: a list of cards). */
  fieldErrors: Record<string, string>;
  formProps: {
    ref: RefObject<HTMLFormElement | null>;
    action: (payload: FormData) => void;
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
    /** With a schema, the schema checks the form, not the browser's own rules. */
    noValidate: boolean;
    onFocus?: () => void;
    onChange?: () => void;
  };
  /** The record as the fields show it; render every field and the hidden version from it. */
  values: V;
  /** Key of the element holding the fields: a new key rebuilds them from `values`. */
  fieldsKey: number;
  /** Unsaved changes (for useLeaveGuard): a field of a record form changed since it took the record, or a
   * registered field differs from its default. */
  dirty: boolean;
};

const loaded = new WeakMap<SchemaLoader, Promise<Resolver<FieldValues>>>();
/** A loader's schema with zod's resolver (both fetched on demand, once): not part of the page's first download. */
function loadSchema(loader: SchemaLoader): Promise<Resolver<FieldValues>> {
  let p = loaded.get(loader);
  if (!p) {
    p = Promise.all([loader(), import('@hookform/resolvers/zod'), loadFormTranslator()]).then(
      ([schema, { zodResolver }]) =>
        zodResolver(schema as z.ZodType<FieldValues, FieldValues>) as unknown as Resolver<FieldValues>,
    );
    loaded.set(loader, p);
    // Not fetched (the connection dropped): tried again next time.
    p.catch(() => loaded.delete(loader));
  }
  return p;
}

/**
 * zodResolver over what the form posts: the FormData of the form element, turned into an object as the server
 * does (`agenda.0.title` nested), so fields the form renders plainly are checked like registered ones.
 */
function formDataResolver<TIn extends FieldValues>(
  schema: SchemaLoader,
  ref: RefObject<HTMLFormElement | null>,
  submitter: RefObject<HTMLElement | null>,
): Resolver<TIn> {
  return async (values, context, options) => {
    let resolve: Resolver<TIn>;
    try {
      resolve = (await loadSchema(schema)) as unknown as Resolver<TIn>;
    } catch {
      // The check could not be fetched (the connection dropped): the form posts, and the server checks it.
      return { values, errors: {} };
    }
    let posted: Record<string, unknown> | null = null;
    try {
      posted = ref.current ? formDataToObject(new FormData(ref.current, submitter.current)) : null;
    } catch {
      // A name the server refuses: let the server say so.
    }
    return resolve((posted ?? values) as TIn, context, options);
  };
}

/**
 * One form element over several actions (save and delete, urge and change a deadline): each action has its
 * own `useActionForm`; the pressed button's `data-intent` picks which one checks and posts the form (another
 * button also carries `formAction={forms.x.formProps.action}`, so it posts the same without JavaScript).
 * Enter, or a button without an intent, uses `main`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's hook, whatever its values
export function sharedFormProps<K extends string>(forms: Record<K, ActionForm<any, any, any>>, main: NoInfer<K>) {
  const all = Object.values(forms) as ActionForm<FieldValues, unknown, unknown>[];
  return {
    ref: (element: HTMLFormElement | null) => {
      for (const f of all) f.formProps.ref.current = element;
    },
    action: forms[main].formProps.action,
    noValidate: all.some((f) => f.formProps.noValidate),
    onFocus: () => all.forEach((f) => f.formProps.onFocus?.()),
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      const intent = ((event.nativeEvent as SubmitEvent).submitter as HTMLElement | null)?.dataset.intent as K;
      (forms[intent] ?? forms[main]).formProps.onSubmit(event);
    },
  };
}
