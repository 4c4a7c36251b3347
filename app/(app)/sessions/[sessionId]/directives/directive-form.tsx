'use client';

import { FormResult } from '@/components/forms/form-result';
import { sharedFormProps, useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { createDirectiveAction, deleteDirectiveAction, updateDirectiveAction } from './actions';

const createDirectiveSchema: SchemaLoader = () =>
  import('@/lib/directives/schemas').then((m) => m.createDirectiveSchema);
const deleteDirectiveSchema: SchemaLoader = () =>
  import('@/lib/directives/schemas').then((m) => m.deleteDirectiveSchema);
const updateDirectiveFormSchema: SchemaLoader = () =>
  import('@/lib/directives/schemas').then((m) => m.updateDirectiveFormSchema);

type Area = { code: string; label: string };
export type DirectiveFormValues = {
  directiveId?: number;
  version?: number;
  text: string;
  parentId: number | null;
  areaCodes: string[];
  isCrossCutting: boolean;
  isAssessment: boolean;
  isConfidential: boolean;
  issuedBy: string;
  sourceDocument: string;
};

/** Add (no directiveId) or edit one directive; a plain form, so it works before JavaScript loads. */
export function DirectiveForm({
  sessionId,
  values,
  parents,
  areas,
  t,
}: {
  sessionId: number;
  values: DirectiveFormValues;
  parents: { id: number; label: string }[];
  areas: Area[];
  t: Messages['directives'];
}) {
  const editing = values.directiveId !== undefined;
  const save = useActionForm(editing ? updateDirectiveAction : createDirectiveAction, {
    schema: editing ? updateDirectiveFormSchema : createDirectiveSchema,
  });
  const remove = useActionForm(deleteDirectiveAction, { schema: deleteDirectiveSchema });
  const key = editing ? `d${values.directiveId}` : 'new';
  const err = save.error;
  return (
    <form {...sharedFormProps({ save, remove }, 'save')} className="grid gap-3" aria-label={editing ? t.edit : t.add}>
      <input type="hidden" name="sessionId" value={sessionId} />
      {editing ? (
        <>
          <input type="hidden" name="directiveId" value={values.directiveId} />
          <input type="hidden" name="version" value={values.version} />
        </>
      ) : null}
      <Field id={`${key}-text`} label={t.text} error={err('text')}>
        <textarea id={`${key}-text`} name="text" rows={3} defaultValue={values.text} className={inputClass} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        {!editing ? (
          <Field id={`${key}-parent`} label={t.parent} error={err('parentId')}>
            <select id={`${key}-parent`} name="parentId" defaultValue={values.parentId ?? ''} className={inputClass}>
              <option value="">{t.topLevel}</option>
              {parents.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field id={`${key}-issuer`} label={t.issuedBy}>
          <input id={`${key}-issuer`} name="issuedBy" defaultValue={values.issuedBy} className={inputClass} />
        </Field>
        <Field id={`${key}-source`} label={t.sourceDocument} hint={t.sourceHint}>
          <input
            id={`${key}-source`}
            name="sourceDocument"
            defaultValue={values.sourceDocument}
            className={inputClass}
          />
        </Field>
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-800">{t.areas}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {areas.map((a) => (
            <label key={a.code} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="areaCodes"
                value={a.code}
                defaultChecked={values.areaCodes.includes(a.code)}
                className="mt-1 size-4"
              />
              {a.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="isCrossCutting" defaultChecked={values.isCrossCutting} className="size-4" />{' '}
          {t.crossCutting}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="isAssessment" defaultChecked={values.isAssessment} className="size-4" />{' '}
          {t.assessment}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="isConfidential" defaultChecked={values.isConfidential} className="size-4" />{' '}
          {t.confidential}
        </label>
        <p className="w-full text-xs text-slate-600">{t.confidentialHint}</p>
      </div>
      <FormResult form={save.message ? save : remove} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass.primary} disabled={save.pending}>
          {editing ? t.save : t.add}
        </button>
        {editing ? (
          <>
            <button
              type="submit"
              formAction={remove.formProps.action}
              data-intent="remove"
              className={buttonClass.danger}
              disabled={remove.pending}
            >
              {t.delete}
            </button>
            <a href={`/sessions/${sessionId}/directives`} className={buttonClass.secondary}>
              ✕
            </a>
          </>
        ) : null}
      </div>
    </form>
  );
}
