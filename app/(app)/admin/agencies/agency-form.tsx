'use client';

import Link from '@/components/link';
import { FormResult } from '@/components/forms/form-result';
import type { SchemaLoader } from '@/components/forms/use-action-form';
import { useFieldForm } from '@/components/forms/use-field-form';
import { AgencySelect, type AgencyOption } from '@/components/agency-select';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import type { CreateAgencyInput } from '@/lib/agencies/schemas';
import { suggestAgencyCode } from '@/lib/agencies/agency-code';
import { AGENCY_KINDS } from '@/lib/reference/agency-kinds';
import { createAgencyAction, updateAgencyAction } from './actions';

const createAgencySchema: SchemaLoader = () => import('@/lib/agencies/schemas').then((m) => m.createAgencySchema);
const updateAgencySchema: SchemaLoader = () => import('@/lib/agencies/schemas').then((m) => m.updateAgencySchema);

export type AgencyFormValues = {
  code: string;
  name: string;
  shortName: string;
  kind: CreateAgencyInput['kind'];
  parentId: string;
  /** dd/MM/yyyy or empty. */
  validFrom: string;
};

/**
 * The new-agency and edit-agency form. On creation the code is typed (a suggestion from the short name fills
 * an empty code box); on edit it is shown, not posted (it does not change, decision 031).
 */
export function AgencyForm({
  t,
  kinds,
  parents,
  defaultValues,
  edit,
}: {
  t: Messages['agencies'];
  kinds: Record<(typeof AGENCY_KINDS)[number], string>;
  parents: readonly AgencyOption[];
  defaultValues: AgencyFormValues;
  edit?: { agencyId: number };
}) {
  const f = useFieldForm<AgencyFormValues & { agencyId?: number }>(edit ? updateAgencyAction : createAgencyAction, {
    schema: edit ? updateAgencySchema : createAgencySchema,
    defaultValues: edit ? { ...defaultValues, agencyId: edit.agencyId } : defaultValues,
  });
  const { register, getValues, setValue } = f.form;
  const err = f.error;
  const aria = (path: string) => ({
    'aria-invalid': err(path) ? true : undefined,
    'aria-describedby': err(path) ? `${path}-error` : undefined,
  });
  /** Fills an empty code box from the short name (or the name) when the administrator leaves it. */
  const suggest = () => {
    if (edit || getValues('code')) return;
    const code = suggestAgencyCode(getValues('shortName') || getValues('name'));
    if (code) setValue('code', code, { shouldDirty: true });
  };

  return (
    <form {...f.formProps} className="space-y-6" aria-label={edit ? t.editTitle : t.newTitle}>
      {edit ? <input type="hidden" {...register('agencyId')} /> : null}
      <FormResult form={f} />
      <div className="grid gap-4 sm:grid-cols-6">
        <Field id="name" label={t.name} error={err('name')} className="sm:col-span-6">
          <input
            id="name"
            className={inputClass}
            autoComplete="off"
            {...register('name', { onBlur: suggest })}
            {...aria('name')}
          />
        </Field>
        <Field id="shortName" label={t.shortName} error={err('shortName')} className="sm:col-span-3">
          <input
            id="shortName"
            className={inputClass}
            autoComplete="off"
            {...register('shortName', { onBlur: suggest })}
            {...aria('shortName')}
          />
        </Field>
        <Field
          id="code"
          label={t.code}
          error={edit ? undefined : err('code')}
          hint={edit ? t.codeFixed : t.codeHint}
          className="sm:col-span-3"
        >
          {edit ? (
            <input id="code" className={inputClass} value={defaultValues.code} readOnly aria-readonly />
          ) : (
            <input
              id="code"
              className={`${inputClass} font-mono uppercase`}
              autoComplete="off"
              spellCheck={false}
              {...register('code')}
              {...aria('code')}
            />
          )}
        </Field>
        <Field id="kind" label={t.kind} error={err('kind')} className="sm:col-span-3">
          <select id="kind" className={inputClass} {...register('kind')} {...aria('kind')}>
            {AGENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {kinds[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="validFrom" label={t.validFrom} error={err('validFrom')} hint={t.dateHint} className="sm:col-span-3">
          <input
            id="validFrom"
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            autoComplete="off"
            className={inputClass}
            {...register('validFrom')}
            {...aria('validFrom')}
          />
        </Field>
        <AgencySelect
          id="parentId"
          label={t.parent}
          options={parents}
          emptyLabel={t.noParent}
          error={err('parentId')}
          fieldClassName="sm:col-span-6"
          {...register('parentId')}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={buttonClass.primary} disabled={f.pending}>
          {edit ? t.save : t.create}
        </button>
        <Link href={edit ? `/admin/agencies/${edit.agencyId}` : '/admin/agencies'} className={buttonClass.secondary}>
          {t.cancel}
        </Link>
      </div>
    </form>
  );
}
