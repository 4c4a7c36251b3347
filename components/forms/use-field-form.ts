'use client';

import { useEffect } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { FormAction } from '@/lib/forms/result';
import { useActionForm, type ActionForm, type ActionFormOptions } from './use-action-form';

/**
 * `useActionForm` for a form that keeps its fields in state: field arrays (agenda items, attendee rows, the
 * proposals of a notice), watched values, fields set by code. react-hook-form holds the fields
 * (`form.register`, `useFieldArray`); the check, the post and the errors are `useActionForm`'s, on the FormData
 * those fields make. Only the pages with such a form download react-hook-form.
 */
export function useFieldForm<TIn extends FieldValues, T = undefined>(
  action: FormAction<T>,
  options: ActionFormOptions<undefined> & { defaultValues?: DefaultValues<TIn> } = {},
): ActionForm<T, undefined> & { form: UseFormReturn<TIn> } {
  const f = useActionForm<T>(action, options);
  const { state } = f;
  const form = useForm<TIn>({
    // A refusal answered to a post without JavaScript echoes what was typed.
    defaultValues:
      ((state && !state.ok ? state.values : undefined) as DefaultValues<TIn> | undefined) ?? options.defaultValues,
  });
  const keep = options.keepOnSuccess;
  useEffect(() => {
    if (state?.ok && !keep) form.reset((state.values as TIn | undefined) ?? undefined);
  }, [state, form, keep]);
  // Unsaved changes: a registered field differs from its default.
  return { ...f, form, dirty: form.formState.isDirty };
}
