'use client';

import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { AgencySelect, type AgencyOption } from '@/components/agency-select';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import { COMMITTEE_POSITIONS } from '@/lib/reference/enums';
import type { Messages } from '@/lib/i18n/vi';
import { addMemberAction, endMemberAction } from '../actions';

const addMemberSchema: SchemaLoader = () => import('@/lib/committees/schemas').then((m) => m.addMemberSchema);
const endMemberSchema: SchemaLoader = () => import('@/lib/committees/schemas').then((m) => m.endMemberSchema);

export type PersonOption = { id: number; fullName: string; positionTitle: string | null; agencyName: string | null };

type MemberFormValues = {
  committeeId: number;
  agencyId: string;
  personId: string;
  personName: string;
  personTitle: string;
  position: string;
  validFrom: string;
  validTo: string;
};

/** Add a member: an agency, a person (chosen, or a new one typed in), or both; position and dates. */
export function MemberForm({
  t,
  committeeId,
  agencies,
  people,
  today,
}: {
  t: Messages['committees'];
  committeeId: number;
  agencies: readonly AgencyOption[];
  people: readonly PersonOption[];
  /** dd/MM/yyyy: the start date offered. */
  today: string;
}) {
  const defaults: MemberFormValues = {
    committeeId,
    agencyId: '',
    personId: '',
    personName: '',
    personTitle: '',
    position: 'member',
    validFrom: today,
    validTo: '',
  };
  const f = useActionForm(addMemberAction, { schema: addMemberSchema });
  const aria = (path: string) => ({
    'aria-invalid': f.error(path) ? true : undefined,
    'aria-describedby': f.error(path) ? `${path}-error` : undefined,
  });
  return (
    <form {...f.formProps} className="grid grid-cols-1 gap-4 sm:grid-cols-6" aria-label={t.addMember}>
      <input type="hidden" name="committeeId" value={committeeId} />
      <p className="text-sm text-slate-600 sm:col-span-6">{t.addMemberIntro}</p>
      <AgencySelect
        id="agencyId"
        label={t.agency}
        options={agencies}
        emptyLabel={t.noAgency}
        error={f.error('agencyId')}
        fieldClassName="sm:col-span-3"
        name="agencyId"
        defaultValue={defaults.agencyId}
      />
      <Field id="position" label={t.position} error={f.error('position')} className="sm:col-span-3">
        <select
          id="position"
          className={inputClass}
          name="position"
          defaultValue={defaults.position}
          {...aria('position')}
        >
          {COMMITTEE_POSITIONS.map((p) => (
            <option key={p} value={p}>
              {t.positions[p]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="personId" label={t.existingPerson} error={f.error('personId')} className="sm:col-span-6">
        <select
          id="personId"
          className={inputClass}
          name="personId"
          defaultValue={defaults.personId}
          {...aria('personId')}
        >
          <option value="">{t.noAgency}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {[p.fullName, p.positionTitle, p.agencyName].filter(Boolean).join(' · ')}
            </option>
          ))}
        </select>
      </Field>
      <Field id="personName" label={t.newPersonName} error={f.error('personName')} className="sm:col-span-3">
        <input
          id="personName"
          className={inputClass}
          name="personName"
          defaultValue={defaults.personName}
          {...aria('personName')}
        />
      </Field>
      <Field id="personTitle" label={t.newPersonTitle} error={f.error('personTitle')} className="sm:col-span-3">
        <input
          id="personTitle"
          className={inputClass}
          name="personTitle"
          defaultValue={defaults.personTitle}
          {...aria('personTitle')}
        />
      </Field>
      <Field id="memberFrom" label={t.from} error={f.error('validFrom')} className="sm:col-span-3">
        <input
          id="memberFrom"
          className={inputClass}
          inputMode="numeric"
          placeholder={t.dateHint}
          name="validFrom"
          defaultValue={defaults.validFrom}
          {...aria('validFrom')}
        />
      </Field>
      <Field id="memberTo" label={t.to} error={f.error('validTo')} className="sm:col-span-3">
        <input
          id="memberTo"
          className={inputClass}
          inputMode="numeric"
          placeholder={t.dateHint}
          name="validTo"
          defaultValue={defaults.validTo}
          {...aria('validTo')}
        />
      </Field>
      <div className="space-y-2 sm:col-span-6">
        <FormResult form={f} />
        <button type="submit" className={buttonClass.primary} disabled={f.pending}>
          {t.addButton}
        </button>
      </div>
    </form>
  );
}

/** Ends a membership on the day typed (today by default); the row stays in the history. */
export function EndMemberForm({
  t,
  memberId,
  label,
  today,
}: {
  t: Messages['committees'];
  memberId: number;
  /** Who is ended, for the form's accessible name. */
  label: string;
  today: string;
}) {
  const f = useActionForm(endMemberAction, { schema: endMemberSchema });
  const id = `end-${memberId}`;
  return (
    <form
      {...f.formProps}
      onSubmit={(event) => {
        if (!window.confirm(t.endConfirm)) return event.preventDefault();
        f.formProps.onSubmit(event);
      }}
      // At phone width the day and the button stack in a narrow column (decision 094): side by side they took half
      // the row and wrapped the members' names a word a line.
      className="flex flex-wrap items-end justify-end gap-2 max-sm:w-28 max-sm:flex-col max-sm:items-stretch max-sm:gap-1"
      aria-label={`${t.end}: ${label}`}
    >
      <input type="hidden" name="memberId" value={memberId} />
      <label htmlFor={id} className="sr-only">
        {t.endOn}
      </label>
      <input
        id={id}
        className={`${inputClass} w-32 py-1 text-sm max-sm:w-full max-sm:px-2`}
        inputMode="numeric"
        placeholder={t.dateHint}
        aria-invalid={f.error('validTo') ? true : undefined}
        name="validTo"
        defaultValue={today}
      />
      <button type="submit" className={`${buttonClass.secondary} px-2 py-1 text-xs`} disabled={f.pending}>
        {t.end}
      </button>
      <FormResult form={f} inline />
    </form>
  );
}
