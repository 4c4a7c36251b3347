'use client';

import { useActionState } from 'react';
import { buttonClass, Field, FormMessage, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { createTokenAction } from './actions';

/** Creates a token and shows it once, selected for copying. */
export function CreateTokenForm({ t, lifetimes }: { t: Messages['account']['tokens']; lifetimes: readonly number[] }) {
  const [state, action, pending] = useActionState(createTokenAction, null);
  const error = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  return (
    <div className="space-y-4">
      <form action={action} className="flex flex-wrap items-end gap-3" aria-label={t.create}>
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
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {t.create}
        </button>
      </form>
      {state?.ok && state.token ? (
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3">
          <p className="text-sm text-emerald-950">{t.created}</p>
          <output data-testid="new-token" className="mt-2 block font-mono text-sm break-all text-slate-900 select-all">
            {state.token}
          </output>
        </div>
      ) : (
        <FormMessage ok={false} message={state && !state.ok ? state.message : undefined} />
      )}
    </div>
  );
}
