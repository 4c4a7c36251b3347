'use client';

import { useActionState } from 'react';
import { ConfirmPast } from '@/components/forms/confirm-past';
import { buttonClass, Field, FormMessage, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { changeDeadlineAction, urgeAction } from './actions';

/** The secretariat's bulk actions; the row checkboxes in the table belong to the form "bulk". */
export function BulkActions({ t, confirmPast }: { t: Messages['tasks']; confirmPast: string }) {
  const [urged, urge, urging] = useActionState(urgeAction, null);
  const [changed, change, changing] = useActionState(changeDeadlineAction, null);
  return (
    <form id="bulk" className="space-y-3" aria-label={t.bulk}>
      <p className="text-sm font-medium text-slate-800">{t.bulk}</p>
      <div className="grid gap-3 lg:grid-cols-2">
        <div className="flex flex-wrap items-end gap-2">
          <Field id="urge-note" label={t.urgeNote} className="min-w-56 flex-1">
            <input id="urge-note" name="note" className={inputClass} />
          </Field>
          <button type="submit" formAction={urge} className={buttonClass.primary} disabled={urging}>
            {t.urge}
          </button>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <Field id="new-due" label={t.newDeadline} className="w-36">
            <input id="new-due" name="dueDate" placeholder="dd/mm/yyyy" className={inputClass} />
          </Field>
          <Field id="due-reason" label={t.reason} className="min-w-40 flex-1">
            <input id="due-reason" name="reason" className={inputClass} />
          </Field>
          <button type="submit" formAction={change} className={buttonClass.secondary} disabled={changing}>
            {t.changeDeadline}
          </button>
        </div>
      </div>
      <ConfirmPast id="bulk-confirm-past" warning={changed?.fieldErrors?.confirmPast} label={confirmPast} />
      <FormMessage ok={!!urged?.ok} message={urged?.message} />
      <FormMessage ok={!!changed?.ok} message={changed?.message} />
    </form>
  );
}
