'use client';

import { ConfirmPast } from '@/components/forms/confirm-past';
import { FormResult } from '@/components/forms/form-result';
import { sharedFormProps, useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { changeDeadlineAction, urgeAction } from './actions';

const changeDeadlineSchema: SchemaLoader = () => import('@/lib/tasks/schemas').then((m) => m.changeDeadlineSchema);
const urgeSchema: SchemaLoader = () => import('@/lib/tasks/schemas').then((m) => m.urgeSchema);

/**
 * The secretariat's bulk actions; the row checkboxes in the table belong to the form "bulk". One form, two
 * actions: the button pressed decides which (its `formAction` without JavaScript).
 */
export function BulkActions({ t, confirmPast }: { t: Messages['tasks']; confirmPast: string }) {
  const urge = useActionForm(urgeAction, { schema: urgeSchema });
  const change = useActionForm(changeDeadlineAction, { schema: changeDeadlineSchema });
  return (
    <form id="bulk" {...sharedFormProps({ urge, change }, 'urge')} className="space-y-3" aria-label={t.bulk}>
      <p className="text-sm font-medium text-slate-800">{t.bulk}</p>
      <div className="grid gap-3 lg:grid-cols-2">
        <div className="flex flex-wrap items-end gap-2">
          <Field id="urge-note" label={t.urgeNote} error={urge.error('note')} className="min-w-56 flex-1">
            <input id="urge-note" name="note" className={inputClass} />
          </Field>
          <button
            type="submit"
            formAction={urge.formProps.action}
            data-intent="urge"
            className={buttonClass.primary}
            disabled={urge.pending}
          >
            {t.urge}
          </button>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <Field id="new-due" label={t.newDeadline} error={change.error('dueDate')} className="w-36">
            <input id="new-due" name="dueDate" placeholder="dd/mm/yyyy" className={inputClass} />
          </Field>
          <Field id="due-reason" label={t.reason} error={change.error('reason')} className="min-w-40 flex-1">
            <input id="due-reason" name="reason" className={inputClass} />
          </Field>
          <button
            type="submit"
            formAction={change.formProps.action}
            data-intent="change"
            className={buttonClass.secondary}
            disabled={change.pending}
          >
            {t.changeDeadline}
          </button>
        </div>
      </div>
      <ConfirmPast id="bulk-confirm-past" warning={change.error('confirmPast')} label={confirmPast} />
      <FormResult form={{ ok: false, message: urge.error('taskIds') ?? change.error('taskIds') }} />
      <FormResult form={urge} />
      <FormResult form={change} />
    </form>
  );
}
