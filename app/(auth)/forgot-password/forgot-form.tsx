'use client';

import { useActionForm } from '@/components/forms/use-action-form';
import { buttonClass, Field, FormMessage, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { forgotPasswordSchema } from '@/lib/users/schemas';
import { requestResetAction } from './actions';

/** The address to send a reset link to. Posts without JavaScript too. */
export function ForgotForm({ t }: { t: Messages['links'] }) {
  const { form, state, pending, formProps } = useActionForm(forgotPasswordSchema, requestResetAction, { email: '' });
  const error = form.formState.errors.email?.message ?? state?.fieldErrors?.email;
  return (
    <form {...formProps} className="space-y-4" noValidate aria-label={t.forgotTitle}>
      <FormMessage ok={!!state?.ok} message={state?.message} />
      <Field id="email" label={t.email} error={error}>
        <input
          id="email"
          type="email"
          autoComplete="username"
          required
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'email-error' : undefined}
          {...form.register('email')}
        />
      </Field>
      <button type="submit" className={`${buttonClass.primary} w-full`} disabled={pending}>
        {pending ? t.sending : t.send}
      </button>
    </form>
  );
}
