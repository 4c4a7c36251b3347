'use client';

import { useActionForm } from '@/components/forms/use-action-form';
import { buttonClass, Field, FormMessage, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { setPasswordSchema } from '@/lib/users/schemas';
import { setPasswordAction } from './actions';

/** The new password, twice, for the link's account (its email shown to password managers). Posts without JavaScript too. */
export function SetPasswordForm({ t, token, email }: { t: Messages['links']; token: string; email: string }) {
  const { form, state, pending, formProps } = useActionForm(setPasswordSchema, setPasswordAction, {
    token,
    password: '',
    confirm: '',
  });
  const errors = form.formState.errors;
  const error = (name: 'password' | 'confirm') => errors[name]?.message ?? state?.fieldErrors?.[name];
  const aria = (name: 'password' | 'confirm') => ({
    'aria-invalid': error(name) ? true : undefined,
    'aria-describedby': error(name) ? `${name}-error` : undefined,
  });
  // A message that is not about one field (the link cannot be used any more) shows above the form.
  const message = state && !state.ok && !error('password') && !error('confirm') ? state.message : undefined;
  return (
    <form {...formProps} className="space-y-4" noValidate aria-label={t.save}>
      <input type="hidden" {...form.register('token')} />
      <input type="email" value={email} autoComplete="username" readOnly hidden />
      <FormMessage ok={false} message={message ?? errors.token?.message} />
      <Field id="password" label={t.password} error={error('password')} hint={t.rules}>
        <input
          id="password"
          type="password"
          autoComplete="new-password"
          required
          className={inputClass}
          {...aria('password')}
          {...form.register('password')}
        />
      </Field>
      <Field id="confirm" label={t.confirm} error={error('confirm')}>
        <input
          id="confirm"
          type="password"
          autoComplete="new-password"
          required
          className={inputClass}
          {...aria('confirm')}
          {...form.register('confirm')}
        />
      </Field>
      <button type="submit" className={`${buttonClass.primary} w-full`} disabled={pending}>
        {pending ? t.saving : t.save}
      </button>
    </form>
  );
}
