'use client';

import { useEffect, useState } from 'react';
import { useFieldArray, useWatch, type Control, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { AgencySelect } from '@/components/agency-select';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { useFieldForm } from '@/components/forms/use-field-form';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { ProposedDirective } from '@/lib/directives/conclusion-parser';
import type { NoticeHeader } from '@/lib/directives/notice-header';
import { proposalErrors } from '@/lib/directives/proposal-errors';
import { hiddenFields } from '@/lib/forms/hidden-fields';
import type { Messages } from '@/lib/i18n/vi';
import type { Period } from '@/lib/tasks/periods';
import type { DeadlineKind } from '@/lib/tasks/timeliness';
import { formatDate } from '@/lib/time';
import { proposalKeys } from '@/lib/directives/proposal-keys';
import { acceptProposalsAction, addAgencyFromNoticeAction, proposeDirectivesAction } from './actions';

const acceptProposalsSchema: SchemaLoader = () =>
  import('@/lib/directives/schemas').then((m) => m.acceptProposalsSchema);
const pasteNoticeSchema: SchemaLoader = () => import('@/lib/directives/schemas').then((m) => m.pasteNoticeSchema);

type Area = { code: string; label: string };

type Agency = { id: number; name: string };
type T = Messages['directives'];

type Row = {
  include: boolean;
  /** Unique on the form (proposalKeys); `label` is the number as the notice prints it. */
  key: string;
  parentKey: string | null;
  label: string;
  parentLabel: string | null;
  text: string;
  areaCodes: string[];
  isCrossCutting: boolean;
  isAssessment: boolean;
  sourceDocument: string;
  leadAgencyIds: number[];
  coordinatorIds: number[];
  monitorAgencyId: string;
  deadlineKind: '' | DeadlineKind;
  dueDate: string;
  period: Period;
  notes: string[];
  unmatched: string[];
  groups: string[];
  cited: string[];
  isHeading: boolean;
};

/** Adding a name the registry lacks: which list of the card it joins. */
type AddRole = 'lead' | 'coordinator';

function toRow(p: ProposedDirective, keys: { key: string; parentKey: string | null }): Row {
  return {
    include: true,
    ...keys,
    label: p.ordinal,
    parentLabel: p.parentOrdinal,
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
    cited: p.citedDocuments ?? [],
    isHeading: p.isHeading,
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
  removeLabel,
}: {
  label: string;
  /** "Bỏ": the button that takes an agency off the list, followed by its name. */
  removeLabel: string;
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
      <label htmlFor={`${idPrefix}-add`} className="label">
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
              aria-label={`${removeLabel} ${nameOf(id)}`}
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
      <AgencySelect
        id={`${idPrefix}-add`}
        options={agencies}
        emptyLabel="+ …"
        value=""
        onChange={(e) => {
          const id = Number(e.target.value);
          if (id && !ids.includes(id)) setValue(name, [...ids, id], { shouldDirty: true });
        }}
      />
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
  error,
  onApplyMonitor,
  onAddAgency,
  adding,
}: {
  index: number;
  row: Row;
  areas: Area[];
  agencies: Agency[];
  t: T;
  register: UseFormRegister<{ rows: Row[] }>;
  control: Control<{ rows: Row[] }>;
  setValue: UseFormSetValue<{ rows: Row[] }>;
  /** The server's refusal of this item, if any: its message and the fields it names. */
  error?: { message: string; fields: Record<string, string> };
  onApplyMonitor: (monitorAgencyId: string) => void;
  /** Adds a name the registry lacks as an agency, into this card's lead or coordinators (absent: not allowed). */
  onAddAgency?: (index: number, name: string, role: AddRole) => void;
  /** What adding said, by `${card index}:${name}`: in progress, or its message. */
  adding: Record<string, string>;
}) {
  const p = `rows.${index}` as const;
  const unmatched = (useWatch({ control, name: `${p}.unmatched` }) ?? []) as string[];
  const id = (s: string) => `p${index}-${s}`;
  const kind = useWatch({ control, name: `${p}.deadlineKind` });
  const assessment = useWatch({ control, name: `${p}.isAssessment` });
  const monitor = useWatch({ control, name: `${p}.monitorAgencyId` });
  const fieldError = (f: string) => error?.fields[f];
  return (
    <li
      id={id('card')}
      className={`space-y-3 rounded-lg border p-3 ${row.parentKey ? 'ml-6' : ''} ${error ? 'border-red-400 ring-2 ring-red-200' : 'border-slate-200'}`}
      data-testid="proposal"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? id('error') : undefined}
      tabIndex={-1}
    >
      {error ? (
        <p id={id('error')} role="alert" className="text-sm font-medium text-red-700">
          {`${t.saveFailedAt} ${row.label}: ${error.message}`}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-semibold">
          {row.parentLabel ? `${row.label.slice(row.parentLabel.length)})` : `${row.label}.`}
        </span>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" {...register(`${p}.include`)} /> {t.include}
        </label>
      </div>
      <Field id={id('text')} label={`${t.text} ${row.label}`}>
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
            removeLabel={t.removeAgency}
          />
          <AgencyPicker
            label={t.coordinators}
            name={`${p}.coordinatorIds`}
            agencies={agencies}
            control={control}
            setValue={setValue}
            idPrefix={id('coord')}
            removeLabel={t.removeAgency}
          />
          <Field id={id('monitor')} label={t.monitor} error={fieldError('monitorAgencyId')}>
            <div className="flex gap-2">
              <AgencySelect
                id={id('monitor')}
                options={agencies}
                emptyLabel={t.none2}
                aria-invalid={fieldError('monitorAgencyId') ? true : undefined}
                {...register(`${p}.monitorAgencyId`)}
              />
              <button
                type="button"
                className={`${buttonClass.secondary} shrink-0`}
                aria-label={t.applyMonitorToAllLabel}
                title={t.applyMonitorToAllLabel}
                onClick={() => onApplyMonitor(monitor)}
              >
                {t.applyMonitorToAll}
              </button>
            </div>
          </Field>
          <div className="grid grid-cols-2 gap-2">
            <Field id={id('deadline')} label={t.deadline} error={fieldError('deadline')}>
              <select
                id={id('deadline')}
                className={inputClass}
                aria-invalid={fieldError('deadline') ? true : undefined}
                {...register(`${p}.deadlineKind`)}
              >
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
                  <option value="monthly">{t.periodOptions.monthly}</option>
                  <option value="quarterly">{t.periodOptions.quarterly}</option>
                  <option value="yearly">{t.periodOptions.yearly}</option>
                </select>
              </Field>
            ) : null}
          </div>
        </div>
      ) : null}
      {unmatched.length ? (
        <div className="space-y-1 rounded-md bg-amber-50 p-2 text-sm text-amber-950">
          <p>{`${t.unmatched}: ${t.unmatchedHint}`}</p>
          <ul className="space-y-1">
            {unmatched.map((name) => (
              <li key={name} className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{name}</span>
                {onAddAgency
                  ? (
                      [
                        ['lead', t.addAsLead],
                        ['coordinator', t.addAsCoordinator],
                      ] as const
                    ).map(([role, label]) => (
                      <button
                        key={role}
                        type="button"
                        className={`${buttonClass.secondary} px-2 py-1 text-xs`}
                        aria-label={`${label}: ${name}`}
                        disabled={adding[`${index}:${name}`] === t.addingAgency}
                        onClick={() => onAddAgency(index, name, role)}
                      >
                        {label}
                      </button>
                    ))
                  : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {row.unmatched
        .filter((name) => adding[`${index}:${name}`])
        .map((name) => (
          <p key={name} role="status" className="text-sm text-slate-700">
            {adding[`${index}:${name}`]}
          </p>
        ))}
      {row.groups.length || row.notes.length || row.cited.length ? (
        <ul className="space-y-0.5 text-sm text-amber-900">
          {row.groups.length ? (
            <li>{`${t.groups}: ${row.groups.map((g) => t.groupNames[g as keyof T['groupNames']] ?? g).join('; ')}. ${t.groupsOnAccept}`}</li>
          ) : null}
          {row.cited.length ? <li className="text-slate-700">{`${t.cited}: ${row.cited.join('; ')}`}</li> : null}
          {row.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The number, date, place and signer read from the pasted notice, which saving fills into the session's notice. */
function HeaderSummary({ header, t }: { header: NoticeHeader; t: T }) {
  const signer = [
    header.authorityPrefix !== 'none' ? `${header.authorityPrefix}. ${header.authorityBody ?? ''}`.trim() : null,
    header.signerTitle,
    header.signerName,
  ]
    .filter(Boolean)
    .join(' – ');
  const items = [
    [t.noticeNumber, header.number ? [header.number, header.symbol].filter(Boolean).join('/') : null],
    [t.noticeDate, header.issueDate ? formatDate(header.issueDate) : null],
    [t.noticePlace, header.place],
    [t.noticeSigner, signer || null],
  ].filter((x): x is [string, string] => Boolean(x[1]));
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="notice-header-title" className="rounded-lg bg-slate-50 p-3 text-sm">
      <h4 id="notice-header-title" className="font-medium text-slate-900">
        {t.noticeHeader}
      </h4>
      <dl className="mt-1 grid gap-x-4 gap-y-0.5 sm:grid-cols-[auto_1fr]">
        {items.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-1 text-slate-600">{t.noticeHeaderHint}</p>
    </section>
  );
}

/** The included cards as the items saved: a parent left out makes its sub-items top-level. */
function itemsOf(rows: Row[]) {
  const included = new Set(rows.filter((r) => r.include).map((r) => r.key));
  return rows
    .filter((r) => r.include)
    .map((r) => ({
      key: r.key,
      parentKey: r.parentKey && included.has(r.parentKey) ? r.parentKey : null,
      text: r.text,
      areaCodes: r.areaCodes,
      isCrossCutting: r.isCrossCutting,
      isAssessment: r.isAssessment,
      sourceDocument: r.sourceDocument || null,
      leadAgencyIds: r.isAssessment ? [] : r.leadAgencyIds,
      coordinatorIds: r.isAssessment ? [] : r.coordinatorIds,
      monitorAgencyId: r.monitorAgencyId || null,
      groups: r.isAssessment ? [] : r.groups,
      deadline:
        r.deadlineKind === 'dated'
          ? { kind: 'dated', dueDate: r.dueDate }
          : r.deadlineKind === 'urgent'
            ? { kind: 'urgent' }
            : r.deadlineKind === 'recurring'
              ? { kind: 'recurring', period: r.period }
              : null,
    }));
}

function Review({
  sessionId,
  proposalSet,
  proposals,
  header,
  areas,
  agencies,
  t,
  issuedBy,
  canAddAgency,
}: {
  sessionId: number;
  /** The review's id: the server saves a review once. */
  proposalSet: string;
  proposals: ProposedDirective[];
  header: NoticeHeader | null;
  areas: Area[];
  agencies: Agency[];
  t: T;
  issuedBy: string | null;
  canAddAgency: boolean;
}) {
  const review = useFieldForm<{ rows: Row[] }>(acceptProposalsAction, {
    schema: acceptProposalsSchema,
    defaultValues: { rows: ((keys) => proposals.map((p, i) => toRow(p, keys[i]!)))(proposalKeys(proposals)) },
  });
  const { register, control, setValue, getValues } = review.form;
  const { state, pending } = review;
  const { fields } = useFieldArray({ control, name: 'rows' });
  // What is posted: the included items, as hidden fields built from the cards (see itemsOf).
  const items = itemsOf(useWatch({ control, name: 'rows' }) ?? []);
  // The keys of the items sent, in order: an error names an item by its index among them.
  const [sentKeys, setSentKeys] = useState<string[]>([]);
  const errors = proposalErrors(review.fieldErrors, sentKeys);
  const firstFailed = [...errors.keys()][0];
  useEffect(() => {
    // The first item refused: scroll to it and move the focus there, so the message is read.
    const at = firstFailed === undefined ? -1 : fields.findIndex((f) => f.key === firstFailed);
    const card = at >= 0 ? document.getElementById(`p${at}-card`) : null;
    card?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    card?.focus({ preventScroll: true });
  }, [state, firstFailed, fields]);
  // Bodies added from the review join the pickers of every card.
  const [agencyList, setAgencyList] = useState(agencies);
  const [adding, setAdding] = useState<Record<string, string>>({});
  const addAgency = async (index: number, name: string, role: AddRole) => {
    // What adding says belongs to this card and this name (the same body may be unmatched on several cards).
    const said = (text: string) => setAdding((a) => ({ ...a, [`${index}:${name}`]: text }));
    said(t.addingAgency);
    const input = new FormData();
    input.set('name', name);
    const result = await addAgencyFromNoticeAction(null, input).catch(() => null);
    if (!result?.ok || !result.data) {
      said(result?.message ?? t.addAgencyFailed);
      return;
    }
    const added = result.data;
    setAgencyList((list) =>
      list.some((a) => a.id === added.agencyId)
        ? list
        : [...list, { id: added.agencyId, name: added.name }].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    );
    const field =
      role === 'lead' ? (`rows.${index}.leadAgencyIds` as const) : (`rows.${index}.coordinatorIds` as const);
    const ids = getValues(field);
    if (!ids.includes(added.agencyId)) setValue(field, [...ids, added.agencyId], { shouldDirty: true });
    setValue(
      `rows.${index}.unmatched`,
      getValues(`rows.${index}.unmatched`).filter((n) => n !== name),
    );
    said((added.created ? t.agencyAdded : t.agencyExisted).replace('{name}', added.name));
  };
  const applyMonitor = (monitorAgencyId: string) =>
    getValues('rows').forEach((_, i) => setValue(`rows.${i}.monitorAgencyId`, monitorAgencyId, { shouldDirty: true }));
  // Errors no card shows (no item at all), said below the list.
  const unplaced = Object.entries(review.fieldErrors)
    .filter(([path]) => !/^items\.\d+/.test(path))
    .map(([, message]) => message);
  return (
    <form
      {...review.formProps}
      onSubmit={(e) => {
        setSentKeys(items.map((i) => i.key));
        review.formProps.onSubmit(e);
      }}
      className="space-y-4"
      aria-label={t.proposals}
    >
      {hiddenFields({ sessionId, proposalSet, issuedBy: issuedBy ?? '', items, notice: header }).map(
        ([name, value]) => (
          <input key={name + value} type="hidden" name={name} value={value} />
        ),
      )}
      <h3 className="font-semibold text-slate-900">
        {t.proposals} ({fields.length})
      </h3>
      <p className="text-sm text-slate-600">{t.proposalsHint}</p>
      {header ? <HeaderSummary header={header} t={t} /> : null}
      <ol className="space-y-3">
        {fields.map((f, i) => (
          <ProposalCard
            key={f.id}
            index={i}
            row={f}
            areas={areas}
            agencies={agencyList}
            t={t}
            register={register}
            control={control}
            setValue={setValue}
            error={errors.get(f.key)}
            onApplyMonitor={applyMonitor}
            onAddAgency={canAddAgency ? addAgency : undefined}
            adding={adding}
          />
        ))}
      </ol>
      <FormResult
        form={{
          ok: false,
          message:
            [review.ok ? undefined : review.message, ...(errors.size > 0 ? [] : unplaced)].filter(Boolean).join(' ') ||
            undefined,
        }}
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
  canAddAgency,
}: {
  sessionId: number;
  areas: Area[];
  agencies: Agency[];
  t: T;
  issuedBy: string | null;
  /** The reader may add bodies the notice names that the registry lacks (permission agency.create). */
  canAddAgency: boolean;
}) {
  const propose = useActionForm(proposeDirectivesAction, { schema: pasteNoticeSchema, keepOnSuccess: true });
  const { pending } = propose;
  const read = propose.state?.ok ? propose.state.data : undefined;
  const fileError = propose.error('file');
  const message = propose.ok ? undefined : propose.message;
  return (
    <div className="space-y-5">
      <form {...propose.formProps} className="space-y-3" aria-label={t.paste} encType="multipart/form-data">
        <input type="hidden" name="sessionId" value={sessionId} />
        <p className="text-sm text-slate-600">{t.pasteHint}</p>
        <Field id="conclusion-file" label={t.noticeFile} error={fileError} hint={t.noticeFileHint}>
          <input
            id="conclusion-file"
            name="file"
            type="file"
            accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            className={inputClass}
            aria-invalid={fileError ? true : undefined}
          />
        </Field>
        <Field id="conclusion-text" label={t.paste} error={propose.error('text')}>
          <textarea id="conclusion-text" name="text" rows={8} className={inputClass} />
        </Field>
        <button type="submit" className={buttonClass.secondary} disabled={pending}>
          {pending ? t.reading : t.propose}
        </button>
        <FormResult form={{ ok: false, message: message && message !== fileError ? message : undefined }} />
      </form>
      {read?.legacy ? (
        <p
          role="status"
          data-testid="legacy-encoding"
          className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          {t.legacyEncoding[read.legacy]}
        </p>
      ) : null}
      {read ? (
        <div
          className={
            read.extracted && read.proposals.length
              ? 'grid gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:items-start'
              : 'space-y-5'
          }
        >
          {read.extracted ? (
            <section aria-labelledby="extracted-title" className="space-y-1 lg:sticky lg:top-4">
              <h3 id="extracted-title" className="font-semibold text-slate-900">
                {t.extractedText} ({t.extractedFrom[read.extracted.source]})
              </h3>
              <p className="text-sm text-slate-600">{t.extractedHint}</p>
              <textarea
                aria-labelledby="extracted-title"
                readOnly
                rows={14}
                className={`${inputClass} font-mono text-xs lg:h-[70vh]`}
                value={read.extracted.text}
                data-testid="extracted-text"
              />
            </section>
          ) : null}
          {read.proposals.length ? (
            <Review
              key={read.id}
              sessionId={sessionId}
              proposalSet={read.id}
              proposals={read.proposals}
              header={read.header ?? null}
              areas={areas}
              agencies={agencies}
              t={t}
              issuedBy={issuedBy}
              canAddAgency={canAddAgency}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
