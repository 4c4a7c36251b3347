'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { localizedResolver, useLocalize } from './localize';

export type ActionFormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  /**
   * On a refusal, what was posted, echoed back so a form submitted without JavaScript keeps what was typed.
   * On a save, the record as saved (its new version included), which the form then shows for the next save.
   */
  values?: Record<string, unknown>;
} | null;

/**
 * react-hook-form over a server action. With JavaScript, the zod schema checks the form in the browser
 * and the FormData is posted to the action without a page load; the form keeps its values whatever the
 * answer. Before JavaScript has loaded, the form posts natively to the same action, which parses with
 * the same schema. Field errors from the server land beside their fields.
 */
export function useActionForm<TIn extends FieldValues>(
  schema: z.ZodType<unknown, TIn>,
  action: (state: ActionFormState, input: FormData) => Promise<ActionFormState>,
  defaultValues: DefaultValues<TIn>,
) {
  const [state, formAction, pending] = useActionState(action, null);
  const localize = useLocalize();
  const form = useForm<TIn>({
    resolver: localizedResolver(schema, localize),
    defaultValues: (state?.values as DefaultValues<TIn> | undefined) ?? defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  useEffect(() => {
    // After a save, the form holds the record as saved, so a second save starts from it (its version too).
    if (state?.ok && state.values) form.reset(state.values as DefaultValues<TIn>);
    if (state && !state.ok && state.fieldErrors) {
      for (const [name, message] of Object.entries(state.fieldErrors)) {
        form.setError(name as Path<TIn>, { type: 'server', message });
      }
    }
  }, [state, form]);
  const ref = useRef<HTMLFormElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.handleSubmit(() => {
      const data = new FormData(ref.current!);
      startTransition(() => formAction(data));
    })(event);
  return { form, state, pending, formProps: { ref, action: formAction, onSubmit } };
}

/** The error message of a (possibly nested) field, for display. */
export function errorAt(errors: unknown, path: string): string | undefined {
  let node = errors as Record<string, unknown> | undefined;
  for (const part of path.split('.')) node = node?.[part] as Record<string, unknown> | undefined;
  return (node as { message?: string } | undefined)?.message;
}
