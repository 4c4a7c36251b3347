'use client';

import { startTransition, useActionState } from 'react';
import {
  useFieldArray,
  useForm,
  useWatch,
  type Control,
  type UseFormRegister,
  type UseFormSetValue,
} from 'react-hook-form';
import { buttonClass, Field, FormMessage, inputClass } from '@/components/ui/field';
import type { ProposedDirective } from '@/lib/directives/conclusion-parser';
import type { Messages } from '@/lib/i18n/vi';
import { formatDate } from '@/lib/time';
import { acceptProposalsAction, proposeDirectivesAction } from './actions';

type Area = { code: string; label: string };

const GROUP_LABELS: Record<string, string> = {
  ministries: 'các bộ, cơ quan ngang bộ',
  provinces: 'UBND các tỉnh, thành phố trực thuộc trung ương',
  ministries_and_provinces: 'các bộ, ngành, địa phương',
  committee_members: 'các thành viên Ban Chỉ đạo',
};
type Agency = { id: number; name: string };
type T = Messages['directives'];

type Row = {
  include: boolean;
  key: string;
  parentKey: string | null;
  text: string;
  areaCodes: string[];
  isCrossCutting: boolean;
  isAssessment: boolean;
  sourceDocument: string;
  leadAgencyIds: number[];
  coordinatorIds: number[];
  monitorAgencyId: string;
  deadlineKind: '' | 'dated' | 'urgent' | 'recurring';
  dueDate: string;
  period: 'monthly' | 'quarterly' | 'yearly';
  notes: string[];
  unmatched: string[];
  groups: string[];
};

function toRow(p: ProposedDirective): Row {
  return {
    include: true,
    key: p.ordinal,
    parentKey: p.parentOrdinal,
    text: p.text,
    areaCodes: p.areaCodes,
    isCrossCutting: p.isCrossCutting,
    isAssessment: p.isAssessment,
    sourceDocument: p.sourceDocument ?? '',
    leadAgencyIds: p.leadAgencyIds,
    coordinatorIds: p.coordinatorAgencyIds,
    monitorAgencyId: p.monitorAgencyId ? String(p.monitorAgencyId) : '',
    deadlineKind: p.deadline?.kind ?? '',
    dueDate: p.deadline?.kind === 'dated' ? formatDate(p.deadline.dueDate) : '',
    period: p.deadline?.kind === 'recurring' ? p.deadline.period : 'quarterly',
    notes: p.notes,
    unmatched: p.unmatchedAgencyNames,
    groups: p.groups,
  };
}

/** Chosen agencies as removable chips, and a select to add one. */
function AgencyPicker({
  label,
  name,
  agencies,
  control,
  setValue,
  idPrefix,
}: {
  label: string;
  name: `rows.${number}.leadAgencyIds` | `rows.${number}.coordinatorIds`;
  agencies: Agency[];
  control: Control<{ rows: Row[] }>;
  setValue: UseFormSetValue<{ rows: Row[] }>;
  idPrefix: string;
}) {
  const ids = (useWatch({ control, name }) ?? []) as number[];
  const nameOf = (id: number) => agencies.find((a) => a.id === id)?.name ?? `#${id}`;
  return (
    <div>
      <label htmlFor={`${idPrefix}-add`} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <ul className="mb-1 flex flex-wrap gap-1" aria-label={label}>
        {ids.map((id) => (
          <li
            key={id}
            className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-sm text-brand-800 ring-1 ring-brand-100"
          >
            {nameOf(id)}
            <button
              type="button"
              className="rounded px-1 text-brand-800 hover:bg-brand-100"
              aria-label={`Bỏ ${nameOf(id)}`}
              onClick={() =>
                setValue(
                  name,
                  ids.filter((x) => x !== id),
                  { shouldDirty: true },
                )
              }
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <select
        id={`${idPrefix}-add`}
        className={inputClass}
        value=""
        onChange={(e) => {
          const id = Number(e.target.value);
          if (id && !ids.includes(id)) setValue(name, [...ids, id], { shouldDirty: true });
        }}
      >
        <option value="">+ …</option>
        {agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function ProposalCard({
  index,
  row,
  areas,
  agencies,
  t,
  register,
  control,
  setValue,
}: {
  index: number;
  row: Row;
  areas: Area[];
  agencies: Agency[];
  t: T;
  register: UseFormRegister<{ rows: Row[] }>;
  control: Control<{ rows: Row[] }>;
  setValue: UseFormSetValue<{ rows: Row[] }>;
}) {
  const p = `rows.${index}` as const;
  const id = (s: string) => `p${index}-${s}`;
  const kind = useWatch({ control, name: `${p}.deadlineKind` });
  const assessment = useWatch({ control, name: `${p}.isAssessment` });
  return (
    <li
      className={`space-y-3 rounded-lg border border-slate-200 p-3 ${row.parentKey ? 'ml-6' : ''}`}
      data-testid="proposal"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-semibold">
          {row.parentKey ? `${row.key.slice(row.parentKey.length)})` : `${row.key}.`}
        </span>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" {...register(`${p}.include`)} /> {t.include}
        </label>
      </div>
      <Field id={id('text')} label={`${t.text} ${row.key}`}>
        <textarea id={id('text')} rows={3} className={inputClass} {...register(`${p}.text`)} />
      </Field>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-800">{t.areas}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {areas.map((a) => (
            <label key={a.code} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" value={a.code} className="size-4" {...register(`${p}.areaCodes`)} /> {a.label}
            </label>
          ))}
          <label className="flex items-center gap-1.5 text-sm">
            <input type="checkbox" className="size-4" {...register(`${p}.isCrossCutting`)} /> {t.crossCutting}
          </label>
          <label className="flex items-center gap-1.5 text-sm">
            <input type="checkbox" className="size-4" {...register(`${p}.isAssessment`)} /> {t.assessment}
          </label>
        </div>
      </fieldset>
      {!assessment ? (
        <div className="grid gap-3 md:grid-cols-2">
          <AgencyPicker
            label={t.lead}
            name={`${p}.leadAgencyIds`}
            agencies={agencies}
            control={control}
            setValue={setValue}
            idPrefix={id('lead')}
          />
          <AgencyPicker
            label={t.coordinators}
            name={`${p}.coordinatorIds`}
            agencies={agencies}
            control={control}
            setValue={setValue}
            idPrefix={id('coord')}
          />
          <Field id={id('monitor')} label={t.monitor}>
            <select id={id('monitor')} className={inputClass} {...register(`${p}.monitorAgencyId`)}>
              <option value="">{t.none2}</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </Field>
          <div className="grid grid-cols-2 gap-2">
            <Field id={id('deadline')} label={t.deadline}>
              <select id={id('deadline')} className={inputClass} {...register(`${p}.deadlineKind`)}>
                <option value="">{t.none2}</option>
                <option value="dated">{t.dated}</option>
                <option value="urgent">{t.urgent}</option>
                <option value="recurring">{t.recurring}</option>
              </select>
            </Field>
            {kind === 'dated' ? (
              <Field id={id('due')} label={t.dated}>
                <input
                  id={id('due')}
                  placeholder="dd/mm/yyyy"
                  inputMode="numeric"
                  className={inputClass}
                  {...register(`${p}.dueDate`)}
                />
              </Field>
            ) : kind === 'recurring' ? (
              <Field id={id('period')} label={t.period}>
                <select id={id('period')} className={inputClass} {...register(`${p}.period`)}>
                  <option value="monthly">hằng tháng</option>
                  <option value="quarterly">hằng quý</option>
                  <option value="yearly">hằng năm</option>
                </select>
              </Field>
            ) : null}
          </div>
        </div>
      ) : null}
      {row.groups.length || row.unmatched.length || row.notes.length ? (
        <ul className="space-y-0.5 text-sm text-amber-900">
          {row.groups.length ? (
            <li>{`${t.groups}: ${row.groups.map((g) => GROUP_LABELS[g] ?? g).join('; ')}`}</li>
          ) : null}
          {row.unmatched.length ? <li>{`${t.unmatched}: ${row.unmatched.join('; ')}`}</li> : null}
          {row.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function Review({
  sessionId,
  proposals,
  areas,
  agencies,
  t,
  issuedBy,
}: {
  sessionId: number;
  proposals: ProposedDirective[];
  areas: Area[];
  agencies: Agency[];
  t: T;
  issuedBy: string | null;
}) {
  const { register, control, setValue, handleSubmit } = useForm<{ rows: Row[] }>({
    defaultValues: { rows: proposals.map(toRow) },
  });
  const { fields } = useFieldArray({ control, name: 'rows' });
  const [state, accept, pending] = useActionState(acceptProposalsAction, null);
  const submit = handleSubmit(({ rows }) => {
    const included = new Set(rows.filter((r) => r.include).map((r) => r.key));
    const items = rows
      .filter((r) => r.include)
      .map((r) => ({
        key: r.key,
        parentKey: r.parentKey && included.has(r.parentKey) ? r.parentKey : null,
        text: r.text,
        areaCodes: r.areaCodes as never,
        isCrossCutting: r.isCrossCutting,
        isAssessment: r.isAssessment,
        sourceDocument: r.sourceDocument || null,
        leadAgencyIds: r.isAssessment ? [] : r.leadAgencyIds,
        coordinatorIds: r.isAssessment ? [] : r.coordinatorIds,
        monitorAgencyId: r.monitorAgencyId ? Number(r.monitorAgencyId) : null,
        deadline:
          r.deadlineKind === 'dated'
            ? { kind: 'dated' as const, dueDate: r.dueDate }
            : r.deadlineKind === 'urgent'
              ? { kind: 'urgent' as const }
              : r.deadlineKind === 'recurring'
                ? { kind: 'recurring' as const, period: r.period }
                : null,
      }));
    startTransition(() => accept({ sessionId, issuedBy, items }));
  });
  return (
    <form onSubmit={submit} className="space-y-4" aria-label={t.proposals}>
      <h3 className="font-semibold text-slate-900">
        {t.proposals} ({fields.length})
      </h3>
      <p className="text-sm text-slate-600">{t.proposalsHint}</p>
      <ol className="space-y-3">
        {fields.map((f, i) => (
          <ProposalCard
            key={f.id}
            index={i}
            row={f}
            areas={areas}
            agencies={agencies}
            t={t}
            register={register}
            control={control}
            setValue={setValue}
          />
        ))}
      </ol>
      <FormMessage
        ok={false}
        message={state && !state.ok ? [state.message, ...Object.values(state.fieldErrors ?? {})].join(' ') : undefined}
      />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t.accept}
      </button>
    </form>
  );
}

/** Paste a conclusion notice → proposals parsed on the server → review and correct → save. */
export function PasteProposals({
  sessionId,
  areas,
  agencies,
  t,
  issuedBy,
}: {
  sessionId: number;
  areas: Area[];
  agencies: Agency[];
  t: T;
  issuedBy: string | null;
}) {
  const [state, propose, pending] = useActionState(proposeDirectivesAction, null);
  return (
    <div className="space-y-5">
      <form action={propose} className="space-y-3" aria-label={t.paste}>
        <input type="hidden" name="sessionId" value={sessionId} />
        <p className="text-sm text-slate-600">{t.pasteHint}</p>
        <Field id="conclusion-text" label={t.paste}>
          <textarea id="conclusion-text" name="text" rows={8} className={inputClass} />
        </Field>
        <button type="submit" className={buttonClass.secondary} disabled={pending}>
          {t.propose}
        </button>
        {state?.error ? <FormMessage ok={false} message={state.error} /> : null}
      </form>
      {state?.proposals.length ? (
        <Review
          key={state.id}
          sessionId={sessionId}
          proposals={state.proposals}
          areas={areas}
          agencies={agencies}
          t={t}
          issuedBy={issuedBy}
        />
      ) : null}
    </div>
  );
}
