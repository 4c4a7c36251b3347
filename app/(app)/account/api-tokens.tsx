'use client';

import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { createTokenAction } from './actions';

const createTokenSchema: SchemaLoader = () => import('@/lib/api/schemas').then((m) => m.createTokenSchema);

/**
 * Creates a token and shows it once, selected for copying. The user enters the current password again, and a
 * code when the account has a second factor (`secondFactor`).
 */
export function CreateTokenForm({
  t,
  lifetimes,
  secondFactor,
  max,
}: {
  t: Messages['account']['tokens'];
  lifetimes: readonly number[];
  secondFactor: boolean;
  max: number;
}) {
  const f = useActionForm(createTokenAction, { schema: createTokenSchema });
  const { state, pending, error } = f;
  return (
    <div className="space-y-4">
      <p className="max-w-prose text-sm text-slate-700">{t.confirmHint.replace('{max}', String(max))}</p>
      <form {...f.formProps} className="flex flex-wrap items-end gap-3" aria-label={t.create}>
        <Field id="token-name" label={t.name} error={error('name')} className="min-w-56 flex-1">
          <input
            id="token-name"
            name="name"
            required
            maxLength={80}
            className={inputClass}
            aria-invalid={error('name') ? true : undefined}
            aria-describedby={error('name') ? 'token-name-error' : undefined}
          />
        </Field>
        <Field id="token-days" label={t.days}>
          <select id="token-days" name="days" defaultValue="90" className={inputClass}>
            {lifetimes.map((n) => (
              <option key={n} value={n}>
                {t.daysOption.replace('{n}', String(n))}
              </option>
            ))}
          </select>
        </Field>
        <Field id="token-password" label={t.password} error={error('password')} className="min-w-48">
          <input
            id="token-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={inputClass}
            aria-invalid={error('password') ? true : undefined}
            aria-describedby={error('password') ? 'token-password-error' : undefined}
          />
        </Field>
        {secondFactor ? (
          <Field id="token-code" label={t.code} error={error('code')} className="w-40">
            <input
              id="token-code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              maxLength={7}
              required
              className={inputClass}
              aria-invalid={error('code') ? true : undefined}
              aria-describedby={error('code') ? 'token-code-error' : undefined}
            />
          </Field>
        ) : null}
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {t.create}
        </button>
      </form>
      {state?.ok && state.data?.token ? (
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3">
          <p className="text-sm text-emerald-950">{t.created}</p>
          <output data-testid="new-token" className="mt-2 block font-mono text-sm break-all text-slate-900 select-all">
            {state.data.token}
          </output>
        </div>
      ) : (
        <FormResult form={{ ok: false, message: f.ok ? undefined : f.message }} />
      )}
    </div>
  );
}
