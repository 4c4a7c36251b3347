'use client';

import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from './actions';

const codeSchema: SchemaLoader = () => import('@/lib/auth/schemas').then((m) => m.codeSchema);
const enableSchema: SchemaLoader = () => import('@/lib/auth/schemas').then((m) => m.enableTwoFactorSchema);

type Labels = Messages['account']['twoFactor'];

/** Start or restart the enrolment (a new secret). */
export function StartTwoFactor({ t, restart }: { t: Labels; restart?: boolean }) {
  const f = useActionForm(startTwoFactorAction);
  const { pending } = f;
  return (
    <form {...f.formProps} className="space-y-3">
      <FormResult form={{ ok: false, message: f.ok ? undefined : f.message }} />
      <button type="submit" className={restart ? buttonClass.secondary : buttonClass.primary} disabled={pending}>
        {restart ? t.restart : t.start}
      </button>
    </form>
  );
}

function CodeForm({
  t,
  id,
  submit,
  action: serverAction,
  done,
  danger,
  password,
}: {
  t: Labels;
  id: string;
  submit: string;
  action: typeof confirmTwoFactorAction;
  done: string;
  danger?: boolean;
  /** The current password's label, when the form asks for it (turning two-step on). */
  password?: string;
}) {
  const f = useActionForm(serverAction, { schema: password ? enableSchema : codeSchema });
  const { pending } = f;
  const error = f.error('code');
  const passwordError = f.error('current');
  return (
    <form {...f.formProps} className="max-w-xs space-y-3" aria-label={submit}>
      <Field id={id} label={t.code} error={error}>
        <input
          id={id}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          required
          className={`${inputClass} font-mono tracking-[0.3em]`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </Field>
      {password ? (
        <Field id={`${id}-current`} label={password} error={passwordError}>
          <input
            id={`${id}-current`}
            name="current"
            type="password"
            autoComplete="current-password"
            required
            className={inputClass}
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={passwordError ? `${id}-current-error` : undefined}
          />
        </Field>
      ) : null}
      <FormResult form={{ ok: f.ok, message: f.ok ? done : error || passwordError ? undefined : f.message }} />
      <button type="submit" className={danger ? buttonClass.danger : buttonClass.primary} disabled={pending}>
        {submit}
      </button>
    </form>
  );
}

export function ConfirmTwoFactor({ t, password }: { t: Labels; password?: string }) {
  return (
    <CodeForm
      t={t}
      id="totp-confirm"
      submit={t.confirm}
      action={confirmTwoFactorAction}
      done={t.enabled}
      password={password}
    />
  );
}

export function DisableTwoFactor({ t }: { t: Labels }) {
  return (
    <CodeForm t={t} id="totp-disable" submit={t.disable} action={disableTwoFactorAction} done={t.disabled} danger />
  );
}
