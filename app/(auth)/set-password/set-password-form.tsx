'use client';

import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { setPasswordAction } from './actions';

const setPasswordSchema: SchemaLoader = () => import('@/lib/users/schemas').then((m) => m.setPasswordSchema);

/** The new password, twice, for the link's account (its email shown to password managers). Posts without JavaScript too. */
export function SetPasswordForm({ t, token, email }: { t: Messages['links']; token: string; email: string }) {
  const f = useActionForm(setPasswordAction, { schema: setPasswordSchema });
  const { error } = f;
  const aria = (name: 'password' | 'confirm') => ({
    'aria-invalid': error(name) ? true : undefined,
    'aria-describedby': error(name) ? `${name}-error` : undefined,
  });
  // A message that is not about one field (the link cannot be used any more) shows above the form.
  const message = !f.ok && !error('password') && !error('confirm') ? (f.message ?? error('token')) : undefined;
  return (
    <form {...f.formProps} className="space-y-4" aria-label={t.save}>
      <input type="hidden" name="token" value={token} />
      <input type="email" value={email} autoComplete="username" readOnly hidden />
      <FormResult form={{ ok: false, message }} />
      <Field id="password" label={t.password} error={error('password')} hint={t.rules}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          className={inputClass}
          {...aria('password')}
        />
      </Field>
      <Field id="confirm" label={t.confirm} error={error('confirm')}>
        <input
          id="confirm"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          className={inputClass}
          {...aria('confirm')}
        />
      </Field>
      <button type="submit" className={`${buttonClass.primary} w-full`} disabled={f.pending}>
        {f.pending ? t.saving : t.save}
      </button>
    </form>
  );
}
