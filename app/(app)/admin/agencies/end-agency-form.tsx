'use client';

import { FormResult } from '@/components/forms/form-result';
import type { SchemaLoader } from '@/components/forms/use-action-form';
import { useFieldForm } from '@/components/forms/use-field-form';
import { AgencySelect, type AgencyOption } from '@/components/agency-select';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { endAgencyAction } from './actions';

const endAgencySchema: SchemaLoader = () => import('@/lib/agencies/schemas').then((m) => m.endAgencySchema);

/** Records an agency's last day and its successor (the hand-over then moves its open work). */
export function EndAgencyForm({
  t,
  agencyId,
  successors,
  defaultValues,
}: {
  t: Messages['agencies'];
  agencyId: number;
  successors: readonly AgencyOption[];
  defaultValues: { validTo: string; successorId: string };
}) {
  const f = useFieldForm<{ agencyId: number; validTo: string; successorId: string }>(endAgencyAction, {
    schema: endAgencySchema,
    defaultValues: { agencyId, ...defaultValues },
    keepOnSuccess: true,
  });
  const { register } = f.form;
  const err = f.error;
  return (
    <form {...f.formProps} className="space-y-4" aria-label={t.endTitle}>
      <input type="hidden" {...register('agencyId')} />
      <FormResult form={f} />
      <div className="grid gap-4 sm:grid-cols-6">
        <Field id="validTo" label={t.validTo} error={err('validTo')} className="sm:col-span-2">
          <input
            id="validTo"
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            autoComplete="off"
            className={inputClass}
            aria-invalid={err('validTo') ? true : undefined}
            aria-describedby={err('validTo') ? 'validTo-error' : undefined}
            {...register('validTo')}
          />
        </Field>
        <AgencySelect
          id="successorId"
          label={t.successor}
          options={successors}
          emptyLabel={t.noSuccessor}
          error={err('successorId')}
          fieldClassName="sm:col-span-4"
          {...register('successorId')}
        />
      </div>
      <button type="submit" className={buttonClass.danger} disabled={f.pending}>
        {t.endButton}
      </button>
    </form>
  );
}
