'use client';

import { useActionState } from 'react';
import { buttonClass, Field, FormMessage, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from './actions';

type Labels = Messages['account']['twoFactor'];

/** Start or restart the enrolment (a new secret). */
export function StartTwoFactor({ t, restart }: { t: Labels; restart?: boolean }) {
  const [state, action, pending] = useActionState(startTwoFactorAction, null);
  return (
    <form action={action} className="space-y-3">
      <FormMessage ok={false} message={state && !state.ok ? state.message : undefined} />
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
}: {
  t: Labels;
  id: string;
  submit: string;
  action: typeof confirmTwoFactorAction;
  done: string;
  danger?: boolean;
}) {
  const [state, action, pending] = useActionState(serverAction, null);
  const error = state && !state.ok ? state.fieldErrors?.code : undefined;
  return (
    <form action={action} className="max-w-xs space-y-3" aria-label={submit}>
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
      <FormMessage ok={!!state?.ok} message={state?.ok ? done : error ? undefined : state?.message} />
      <button type="submit" className={danger ? buttonClass.danger : buttonClass.primary} disabled={pending}>
        {submit}
      </button>
    </form>
  );
}

export function ConfirmTwoFactor({ t }: { t: Labels }) {
  return <CodeForm t={t} id="totp-confirm" submit={t.confirm} action={confirmTwoFactorAction} done={t.enabled} />;
}

export function DisableTwoFactor({ t }: { t: Labels }) {
  return (
    <CodeForm t={t} id="totp-disable" submit={t.disable} action={disableTwoFactorAction} done={t.disabled} danger />
  );
}
