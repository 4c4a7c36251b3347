'use client';

import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { requestResetAction } from './actions';

const forgotPasswordSchema: SchemaLoader = () => import('@/lib/users/schemas').then((m) => m.forgotPasswordSchema);

/** The address to send a reset link to. Posts without JavaScript too. */
export function ForgotForm({ t }: { t: Messages['links'] }) {
  const f = useActionForm(requestResetAction, { schema: forgotPasswordSchema });
  const error = f.error('email');
  return (
    <form {...f.formProps} className="space-y-4" aria-label={t.forgotTitle}>
      <FormResult form={f} />
      <Field id="email" label={t.email} error={error}>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'email-error' : undefined}
        />
      </Field>
      <button type="submit" className={`${buttonClass.primary} w-full`} disabled={f.pending}>
        {f.pending ? t.sending : t.send}
      </button>
    </form>
  );
}
