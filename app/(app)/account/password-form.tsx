'use client';

import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { changePasswordAction } from './actions';

const changePasswordSchema: SchemaLoader = () => import('@/lib/auth/schemas').then((m) => m.changePasswordSchema);

export function PasswordForm({ t }: { t: Messages['account'] }) {
  const f = useActionForm(changePasswordAction, { schema: changePasswordSchema });
  const { error, pending } = f;
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
    <form {...f.formProps} className="max-w-md space-y-4" aria-label={t.changePassword}>
      <Field id="pw-current" label={t.current} error={error('current')}>
        {input('current', 'current-password')}
      </Field>
      <Field id="pw-next" label={t.next} error={error('next')} hint={t.rules}>
        {input('next', 'new-password')}
      </Field>
      <Field id="pw-confirm" label={t.confirm} error={error('confirm')}>
        {input('confirm', 'new-password')}
      </Field>
      <FormResult form={{ ok: false, message: f.ok ? undefined : f.message }} />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t.save}
      </button>
    </form>
  );
}
