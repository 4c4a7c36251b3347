'use client';

import { useEffect, useState } from 'react';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { AgencySelect } from '@/components/agency-select';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { AgencyGroup } from '@/lib/agencies/schemas';
import { assignAction } from './actions';

const assignFormSchema: SchemaLoader = () => import('@/lib/tasks/schemas').then((m) => m.assignFormSchema);

type Agency = { id: number; name: string };
export type AssignLabels = {
  title: string;
  target: string;
  targets: Record<'agencies' | AgencyGroup, string>;
  asOf: string;
  asOfSession: string;
  asOfToday: string;
  lead: string;
  coordinators: string;
  monitor: string;
  deadline: string;
  dated: string;
  urgent: string;
  recurring: string;
  period: string;
  periodOptions: Record<'monthly' | 'quarterly' | 'yearly', string>;
  none: string;
  submit: string;
  multiHint: string;
};

/**
 * Assign one directive: to hand-picked lead agencies or a whole group (the ministries and the provinces
 * together among them); a plain form (works without JavaScript) that keeps what was typed when refused
 * and starts afresh after a successful assignment.
 */
export function AssignForm({
  sessionId,
  directiveId,
  agencies,
  t,
}: {
  sessionId: number;
  directiveId: number;
  agencies: Agency[];
  t: AssignLabels;
}) {
  const f = useActionForm(assignAction, { schema: assignFormSchema });
  const { state, pending, formProps } = f;
  const [target, setTarget] = useState<keyof AssignLabels['targets']>('agencies');
  const [kind, setKind] = useState('dated');
  useEffect(() => {
    if (!state?.ok) return;
    setTarget('agencies');
    setKind('dated');
  }, [state]);
  const err = f.error;
  return (
    <form {...formProps} className="space-y-4" aria-label={t.title}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="directiveId" value={directiveId} />
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-800">{t.target}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {(Object.keys(t.targets) as (keyof AssignLabels['targets'])[]).map((k) => (
            <label key={k} className="flex items-center gap-2">
              <input
                type="radio"
                name="target"
                value={k}
                checked={target === k}
                onChange={() => setTarget(k)}
                className="size-4"
              />{' '}
              {t.targets[k]}
            </label>
          ))}
        </div>
      </fieldset>
      {target === 'agencies' ? (
        <AgencySelect
          id={`lead-${directiveId}`}
          name="leadAgencyIds"
          multiple
          size={6}
          label={t.lead}
          hint={t.multiHint}
          error={err('leadAgencyIds')}
          options={agencies}
        />
      ) : (
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-800">{t.asOf}</legend>
          <div className="flex flex-wrap gap-x-5 text-sm">
            <label className="flex items-center gap-2">
              <input type="radio" name="asOf" value="session" defaultChecked className="size-4" /> {t.asOfSession}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="asOf" value="today" className="size-4" /> {t.asOfToday}
            </label>
          </div>
        </fieldset>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <AgencySelect
          id={`coord-${directiveId}`}
          name="coordinatorIds"
          multiple
          size={4}
          label={t.coordinators}
          hint={t.multiHint}
          options={agencies}
        />
        <AgencySelect
          id={`monitor-${directiveId}`}
          name="monitorAgencyId"
          label={t.monitor}
          options={agencies}
          emptyLabel={t.none}
          defaultValue=""
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={`kind-${directiveId}`} label={t.deadline}>
          <select
            id={`kind-${directiveId}`}
            name="deadline.kind"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            className={inputClass}
          >
            <option value="dated">{t.dated}</option>
            <option value="urgent">{t.urgent}</option>
            <option value="recurring">{t.recurring}</option>
          </select>
        </Field>
        {kind === 'dated' ? (
          <Field id={`due-${directiveId}`} label={t.dated} error={err('deadline.dueDate')}>
            <input
              id={`due-${directiveId}`}
              name="deadline.dueDate"
              placeholder="dd/mm/yyyy"
              inputMode="numeric"
              className={inputClass}
            />
          </Field>
        ) : kind === 'recurring' ? (
          <Field id={`period-${directiveId}`} label={t.period}>
            <select id={`period-${directiveId}`} name="deadline.period" defaultValue="quarterly" className={inputClass}>
              <option value="monthly">{t.periodOptions.monthly}</option>
              <option value="quarterly">{t.periodOptions.quarterly}</option>
              <option value="yearly">{t.periodOptions.yearly}</option>
            </select>
          </Field>
        ) : null}
      </div>
      <FormResult form={f} />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t.submit}
      </button>
    </form>
  );
}
