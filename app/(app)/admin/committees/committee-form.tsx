'use client';

import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { AgencySelect, type AgencyOption } from '@/components/agency-select';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import { COMMITTEE_LEVELS } from '@/lib/reference/enums';
import type { Messages } from '@/lib/i18n/vi';
import { createCommitteeAction, updateCommitteeAction } from './actions';

const committeeSchema: SchemaLoader = () => import('@/lib/committees/schemas').then((m) => m.committeeSchema);
const updateCommitteeSchema: SchemaLoader = () =>
  import('@/lib/committees/schemas').then((m) => m.updateCommitteeSchema);

export type CommitteeFormValues = {
  code: string;
  name: string;
  level: string;
  standingAgencyId: string;
  establishedBy: string;
  validFrom: string;
  validTo: string;
};

/** The committee's details: a new committee (then opened), or an existing one edited in place. */
export function CommitteeForm({
  t,
  agencies,
  defaultValues,
  committeeId,
}: {
  t: Messages['committees'];
  agencies: readonly AgencyOption[];
  defaultValues: CommitteeFormValues;
  committeeId?: number;
}) {
  const f = useActionForm(committeeId ? updateCommitteeAction : createCommitteeAction, {
    schema: committeeId ? updateCommitteeSchema : committeeSchema,
    keepOnSuccess: !!committeeId,
  });
  const aria = (path: string) => ({
    'aria-invalid': f.error(path) ? true : undefined,
    'aria-describedby': f.error(path) ? `${path}-error` : undefined,
  });
  return (
    <form {...f.formProps} className="grid gap-4 sm:grid-cols-6" aria-label={committeeId ? t.details : t.newTitle}>
      {committeeId ? <input type="hidden" name="committeeId" value={committeeId} /> : null}
      <Field id="code" label={t.code} error={f.error('code')} className="sm:col-span-2">
        <input
          id="code"
          className={inputClass}
          autoComplete="off"
          name="code"
          defaultValue={defaultValues.code}
          {...aria('code')}
        />
      </Field>
      <Field id="name" label={t.name} error={f.error('name')} className="sm:col-span-4">
        <input id="name" className={inputClass} name="name" defaultValue={defaultValues.name} {...aria('name')} />
      </Field>
      <Field id="level" label={t.level} error={f.error('level')} className="sm:col-span-2">
        <select id="level" className={inputClass} name="level" defaultValue={defaultValues.level} {...aria('level')}>
          {COMMITTEE_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t.levels[l]}
            </option>
          ))}
        </select>
      </Field>
      <AgencySelect
        id="standingAgencyId"
        label={t.standingAgency}
        options={agencies}
        emptyLabel={t.noAgency}
        error={f.error('standingAgencyId')}
        fieldClassName="sm:col-span-4"
        name="standingAgencyId"
        defaultValue={defaultValues.standingAgencyId}
      />
      <Field
        id="establishedBy"
        label={t.establishedBy}
        hint={t.establishedByHint}
        error={f.error('establishedBy')}
        className="sm:col-span-6"
      >
        <input
          id="establishedBy"
          className={inputClass}
          name="establishedBy"
          defaultValue={defaultValues.establishedBy}
          {...aria('establishedBy')}
        />
      </Field>
      <Field id="validFrom" label={t.validFrom} error={f.error('validFrom')} className="sm:col-span-3">
        <input
          id="validFrom"
          className={inputClass}
          inputMode="numeric"
          placeholder={t.dateHint}
          name="validFrom"
          defaultValue={defaultValues.validFrom}
          {...aria('validFrom')}
        />
      </Field>
      <Field id="validTo" label={t.validTo} error={f.error('validTo')} className="sm:col-span-3">
        <input
          id="validTo"
          className={inputClass}
          inputMode="numeric"
          placeholder={t.dateHint}
          name="validTo"
          defaultValue={defaultValues.validTo}
          {...aria('validTo')}
        />
      </Field>
      <div className="space-y-2 sm:col-span-6">
        <FormResult form={f} />
        <button type="submit" className={buttonClass.primary} disabled={f.pending}>
          {committeeId ? t.save : t.create}
        </button>
      </div>
    </form>
  );
}
