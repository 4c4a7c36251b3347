'use client';

import { useActionState } from 'react';
import { buttonClass, Field, FormMessage, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { changePasswordAction } from './actions';

export function PasswordForm({ t }: { t: Messages['account'] }) {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const error = (name: string) => state?.fieldErrors?.[name];
  const input = (name: 'current' | 'next' | 'confirm', autoComplete: string) => (
    <input
      id={`pw-${name}`}
      name={name}
      type="password"
      autoComplete={autoComplete}
      required
      className={inputClass}
      aria-invalid={error(name) ? true : undefined}
      aria-describedby={error(name) ? `pw-${name}-error` : undefined}
    />
  );
  return (
    <form action={action} className="max-w-md space-y-4" aria-label={t.changePassword}>
      <Field id="pw-current" label={t.current} error={error('current')}>
        {input('current', 'current-password')}
      </Field>
      <Field id="pw-next" label={t.next} error={error('next')} hint={t.rules}>
        {input('next', 'new-password')}
      </Field>
      <Field id="pw-confirm" label={t.confirm} error={error('confirm')}>
        {input('confirm', 'new-password')}
      </Field>
      <FormMessage ok={!!state?.ok} message={state?.ok ? undefined : state?.message} />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t.save}
      </button>
    </form>
  );
}
