'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { EmailText } from '@/components/ui/email-text';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import type { PreviewRow, RowField } from '@/lib/users/import';
import { AGENCY_DUTIES, COMMITTEE_POSITIONS, ROLES } from '@/lib/reference/enums';
import { COMMITTEE_NONE } from '@/lib/users/import-vocabulary';
import { addListedAgenciesAction, importUsersAction, previewUserImportAction } from './actions';

const importUsersFormSchema: SchemaLoader = () =>
  import('@/lib/users/import-schemas').then((m) => m.importUsersFormSchema);
const previewUserImportSchema: SchemaLoader = () =>
  import('@/lib/users/import-schemas').then((m) => m.previewUserImportSchema);
const addListedAgenciesSchema: SchemaLoader = () =>
  import('@/lib/agencies/schemas').then((m) => m.addListedAgenciesSchema);

type T = Pick<Messages, 'userImport' | 'roles'> & { committees: Pick<Messages['committees'], 'positions'> };
type Agency = { id: number; name: string };
type Committee = { id: number; name: string };

const TEXT_FIELDS = ['name', 'email', 'position', 'phone'] as const;

/**
 * The preview: every row read, its errors beside its fields. Rows with errors are inputs to fix in place (the
 * agency a select among the agencies in operation); the others are shown as text with their values in hidden
 * inputs, and "Sửa" makes them inputs too. "Nhập" posts every row kept as indexed fields (`rows.<i>.<field>`,
 * i its position among the rows kept), checked in the browser with the schema the server applies, then again on
 * the server, which creates all or none. A refusal's errors come back under the same names and the rows they
 * name become inputs.
 */
export function ImportGrid({
  rows,
  agencies,
  committees = [],
  today = '',
  t,
  onDone,
}: {
  rows: PreviewRow[];
  agencies: Agency[];
  /** The committees in operation the rows with a post may join (decision 081). */
  committees?: Committee[];
  today?: string;
  t: T;
  onDone: (message: string) => void;
}) {
  const u = t.userImport;
  const grid = useActionForm(importUsersAction, { schema: importUsersFormSchema });
  const { state, pending } = grid;
  const [removed, setRemoved] = useState<ReadonlySet<number>>(new Set());
  const [editing, setEditing] = useState<ReadonlySet<number>>(
    () => new Set(rows.flatMap((r, i) => (Object.keys(r.errors).length ? [i] : []))),
  );
  const kept = useMemo(() => rows.flatMap((_, i) => (removed.has(i) ? [] : [i])), [rows, removed]);
  const positionOf = new Map(kept.map((i, p) => [i, p]));
  // The people already here are skipped by the import: the button counts the accounts it will create.
  const toCreate = kept.filter((i) => !rows[i]!.existing).length;
  const tried = state !== null || grid.submits > 0;
  const errorOf = (i: number, field: RowField): string | undefined => {
    if (!tried) return rows[i]!.errors[field]?.join(' ');
    return grid.error(`rows.${positionOf.get(i)}.${field}`);
  };
  const rowBad = (i: number) =>
    (
      ['name', 'email', 'position', 'phone', 'role', 'agencyId', 'agencyDuty', 'committeePosition', 'personId'] as const
    ).some((f) => errorOf(i, f));
  // The list names posts in the committee ("Trưởng ban", "Ủy viên"): the step that makes them its members is offered,
  // the committee chosen when there is only one.
  const withPost = kept.filter((i) => rows[i]!.values.committeePosition !== '').length;
  const hasPosts = rows.some((r) => r.values.committeePosition !== '' || r.errors.committeePosition);
  const showPosts = committees.length > 0 && hasPosts;
  const bad = kept.filter(rowBad).length;

  // Rows a refusal (the browser's or the server's) names become inputs, to be fixed in place.
  const fieldErrors = grid.fieldErrors;
  useEffect(() => {
    const named = Object.keys(fieldErrors).flatMap((k) => {
      const p = /^rows\.(\d+)\./.exec(k)?.[1];
      return p === undefined ? [] : [kept[Number(p)]!];
    });
    if (named.some((i) => !editing.has(i))) setEditing((s) => new Set([...s, ...named]));
  }, [fieldErrors, kept, editing]);
  useEffect(() => {
    if (state?.ok) onDone(state.message ?? '');
  }, [state, onDone]);

  const agencyName = new Map(agencies.map((a) => [String(a.id), a.name]));
  const cell = 'px-2 py-2 align-top';
  return (
    <form {...grid.formProps} className="space-y-3" aria-label={u.previewTitle}>
      <h2 className="font-semibold text-slate-900">{u.previewTitle}</h2>
      <p className="max-w-prose text-sm text-slate-600">{u.previewHint}</p>
      <p className="text-sm" data-testid="import-summary">
        {u.summary.replace('{rows}', String(kept.length)).replace('{bad}', String(bad))}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[64rem] text-sm" data-testid="import-table">
          <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-700">
            <tr>
              <th scope="col" className={`${cell} w-12`}>
                {u.line}
              </th>
              <th scope="col" className={`${cell} min-w-[8rem]`}>
                {u.name}
              </th>
              <th scope="col" className={cell}>
                {u.email}
              </th>
              <th scope="col" className={`${cell} min-w-[10rem]`}>
                {u.position}
              </th>
              <th scope="col" className={`${cell} w-28`}>
                {u.phone}
              </th>
              <th scope="col" className={`${cell} w-36`}>
                {u.role}
              </th>
              <th scope="col" className={`${cell} w-52`}>
                {u.agency}
              </th>
              <th scope="col" className={`${cell} w-28`}>
                {u.duty}
              </th>
              {showPosts ? (
                <th scope="col" className={`${cell} w-36`}>
                  {u.post}
                </th>
              ) : null}
              <th scope="col" className={`${cell} w-20`}>
                <span className="sr-only">{u.edit}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {kept.map((i, p) => {
              const row = rows[i]!;
              const v = row.values;
              const name = (field: string) => `rows.${p}.${field}`;
              const id = (field: string) => `row-${i}-${field}`;
              const label = (text: string) => `${text} (${u.line} ${row.line})`;
              const invalid = rowBad(i);
              const editable = editing.has(i);
              const error = (field: RowField) => {
                const e = errorOf(i, field);
                return e ? (
                  <p id={`${id(field)}-error`} className="mt-1 text-xs text-red-700" data-testid="cell-error">
                    {e}
                  </p>
                ) : null;
              };
              const described = (field: RowField) =>
                errorOf(i, field) ? { 'aria-invalid': true, 'aria-describedby': `${id(field)}-error` } : {};
              // The registry's people this row may be (decision 086): chosen here, the email's person and a namesake of
              // the same agency by default; a namesake of another agency is offered, never taken for the person.
              const personChoice = () =>
                row.people?.length ? (
                  <div className="mt-2" data-testid="row-person">
                    <label className="block text-xs text-slate-700" htmlFor={id('personId')}>
                      {label(u.person)}
                    </label>
                    <select
                      id={id('personId')}
                      name={name('personId')}
                      defaultValue={v.personId}
                      className={`${inputClass} text-xs`}
                      {...described('personId')}
                    >
                      <option value="">{u.personNew}</option>
                      {row.people.map((m) => (
                        <option key={m.id} value={m.id}>
                          {[m.fullName, m.positionTitle, m.agencyName].filter(Boolean).join(' · ')} ({u.personBy[m.by]})
                        </option>
                      ))}
                    </select>
                    {row.people.some((m) => m.by === 'name') && v.personId === '' ? (
                      <p className="mt-1 text-xs text-amber-800" data-testid="row-namesake">
                        {u.personHint}
                      </p>
                    ) : null}
                    {error('personId')}
                  </div>
                ) : (
                  <input type="hidden" name={name('personId')} value="" />
                );
              return (
                <tr
                  key={i}
                  data-testid="import-row"
                  data-invalid={invalid ? 'true' : 'false'}
                  className={`border-t ${invalid ? 'border-red-300 bg-red-50/40' : 'border-slate-200'}`}
                >
                  <td className={`${cell} text-xs text-slate-600`}>
                    <input type="hidden" name={name('line')} value={row.line} />
                    {row.line}
                    {row.existing ? (
                      <span className="block text-amber-700" data-testid="row-existing">
                        {u.existing}
                      </span>
                    ) : null}
                  </td>
                  {TEXT_FIELDS.map((field) => (
                    <td key={field} className={cell}>
                      {editable ? (
                        <>
                          <label className="sr-only" htmlFor={id(field)}>
                            {label(u[field])}
                          </label>
                          <input
                            id={id(field)}
                            name={name(field)}
                            defaultValue={v[field]}
                            className={inputClass}
                            {...described(field)}
                          />
                        </>
                      ) : (
                        <>
                          <input type="hidden" name={name(field)} value={v[field]} />
                          {field === 'email' ? (
                            <EmailText email={v[field]} />
                          ) : (
                            <span className="break-words">{v[field]}</span>
                          )}
                        </>
                      )}
                      {error(field)}
                      {field === 'name' ? personChoice() : null}
                    </td>
                  ))}
                  <td className={cell}>
                    {editable ? (
                      <>
                        <label className="sr-only" htmlFor={id('role')}>
                          {label(u.role)}
                        </label>
                        <select
                          id={id('role')}
                          name={name('role')}
                          defaultValue={v.role}
                          className={inputClass}
                          {...described('role')}
                        >
                          {v.role === '' ? <option value="">{u.choose}</option> : null}
                          {ROLES.map((r) => (
                            <option key={r} value={r}>
                              {t.roles[r]}
                            </option>
                          ))}
                        </select>
                      </>
                    ) : (
                      <>
                        <input type="hidden" name={name('role')} value={v.role} />
                        {v.role ? t.roles[v.role as (typeof ROLES)[number]] : ''}
                      </>
                    )}
                    {row.suggested ? (
                      <span className="mt-1 block text-xs text-amber-800" data-testid="row-suggested">
                        {u.suggested}
                      </span>
                    ) : null}
                    {error('role')}
                  </td>
                  <td className={cell}>
                    {editable ? (
                      <>
                        <label className="sr-only" htmlFor={id('agencyId')}>
                          {label(u.agency)}
                        </label>
                        <select
                          id={id('agencyId')}
                          name={name('agencyId')}
                          defaultValue={v.agencyId}
                          className={inputClass}
                          {...described('agencyId')}
                        >
                          <option value="">{u.noAgency}</option>
                          {v.agencyId && !agencyName.has(v.agencyId) ? (
                            // An agency no longer in operation: kept as read, so its error shows until another is chosen.
                            <option value={v.agencyId}>{row.agencyText}</option>
                          ) : null}
                          {agencies.map((a) => (
                            <option key={a.id} value={a.id}>
                              {a.name}
                            </option>
                          ))}
                        </select>
                        {row.agencyText && !v.agencyId ? (
                          <p className="mt-1 text-xs text-slate-600">{u.written.replace('{text}', row.agencyText)}</p>
                        ) : null}
                      </>
                    ) : (
                      <>
                        <input type="hidden" name={name('agencyId')} value={v.agencyId} />
                        {agencyName.get(v.agencyId) ?? row.agencyText}
                      </>
                    )}
                    {error('agencyId')}
                  </td>
                  <td className={cell}>
                    {editable ? (
                      <>
                        <label className="sr-only" htmlFor={id('agencyDuty')}>
                          {label(u.duty)}
                        </label>
                        <select
                          id={id('agencyDuty')}
                          name={name('agencyDuty')}
                          defaultValue={v.agencyDuty}
                          className={inputClass}
                          {...described('agencyDuty')}
                        >
                          {v.agencyDuty === '' ? <option value="">{u.choose}</option> : null}
                          {AGENCY_DUTIES.map((d) => (
                            <option key={d} value={d}>
                              {u.duties[d]}
                            </option>
                          ))}
                        </select>
                      </>
                    ) : (
                      <>
                        <input type="hidden" name={name('agencyDuty')} value={v.agencyDuty} />
                        {v.role === 'agency' && v.agencyDuty
                          ? u.duties[v.agencyDuty as (typeof AGENCY_DUTIES)[number]]
                          : ''}
                      </>
                    )}
                    {error('agencyDuty')}
                  </td>
                  {showPosts ? (
                    <td className={cell}>
                      <label className="sr-only" htmlFor={id('committeePosition')}>
                        {label(u.post)}
                      </label>
                      <select
                        id={id('committeePosition')}
                        name={name('committeePosition')}
                        defaultValue={v.committeePosition}
                        className={inputClass}
                        {...described('committeePosition')}
                      >
                        <option value="">{u.notMember}</option>
                        {COMMITTEE_POSITIONS.map((p) => (
                          <option key={p} value={p}>
                            {t.committees.positions[p]}
                          </option>
                        ))}
                      </select>
                      {error('committeePosition')}
                    </td>
                  ) : (
                    // No committee in operation to join: the posts are not carried (nothing to choose).
                    <input type="hidden" name={name('committeePosition')} value="" />
                  )}
                  <td className={`${cell} space-y-1 text-right`}>
                    {editable ? null : (
                      <button
                        type="button"
                        className={`${buttonClass.secondary} px-2 py-1 text-xs`}
                        onClick={() => setEditing((s) => new Set([...s, i]))}
                        aria-label={label(u.edit)}
                      >
                        {u.edit}
                      </button>
                    )}
                    <button
                      type="button"
                      className={`${buttonClass.secondary} px-2 py-1 text-xs`}
                      onClick={() => {
                        // The rows after it move up: errors posted under their old positions no longer apply.
                        grid.clearErrors();
                        setRemoved((s) => new Set([...s, i]));
                      }}
                      aria-label={label(u.removeRow)}
                    >
                      {u.removeRow}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {hasPosts && !showPosts ? (
        <p className="max-w-prose text-sm text-amber-800" data-testid="import-no-committee">
          {u.noCommittee}
        </p>
      ) : null}
      {showPosts ? (
        // min-w-0: a fieldset is as wide as its content by default, and a committee's long name widened a phone's page.
        <fieldset className="min-w-0 space-y-3 rounded-lg border border-slate-200 p-4" data-testid="import-committee">
          <legend className="px-1 font-semibold text-slate-900">{u.committeeStep}</legend>
          <p className="max-w-prose text-sm text-slate-600">{u.committeeHint.replace('{count}', String(withPost))}</p>
          <div className="flex flex-wrap gap-3">
            <Field
              id="import-committee"
              label={u.committee}
              error={grid.error('committeeId')}
              className="w-full min-w-0 sm:max-w-2xl"
            >
              <select
                id="import-committee"
                name="committeeId"
                defaultValue={committees.length === 1 ? String(committees[0]!.id) : ''}
                className={inputClass}
              >
                <option value="">{u.committeeChoose}</option>
                {committees.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
                <option value={COMMITTEE_NONE}>{u.committeeNone}</option>
              </select>
            </Field>
            <Field id="import-committee-from" label={u.committeeFrom} error={grid.error('committeeFrom')}>
              <input
                id="import-committee-from"
                name="committeeFrom"
                defaultValue={today}
                inputMode="numeric"
                className={inputClass}
              />
            </Field>
          </div>
        </fieldset>
      ) : null}
      <FormResult form={grid} />
      <button type="submit" className={buttonClass.primary} disabled={pending || toCreate === 0}>
        {u.confirm.replace('{count}', toCreate.toLocaleString('vi-VN'))}
      </button>
    </form>
  );
}

/**
 * The bodies the rows name that the agency list lacks (a province whose departments are not in the reference list):
 * the administrator ticks those to add, and the list is read again from the same file, so its rows find them.
 */
function MissingAgencies({ names, t, onAdded }: { names: string[]; t: T; onAdded: () => void }) {
  const u = t.userImport;
  const form = useActionForm(addListedAgenciesAction, { schema: addListedAgenciesSchema });
  const { state } = form;
  useEffect(() => {
    if (state?.ok) onAdded();
  }, [state, onAdded]);
  return (
    <form
      {...form.formProps}
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50/60 p-4"
      aria-labelledby="missing-agencies"
    >
      <h2 id="missing-agencies" className="font-semibold text-slate-900">
        {u.missingTitle} ({names.length})
      </h2>
      <p className="max-w-prose text-sm text-slate-700">{u.missingHint}</p>
      <ul className="grid gap-1 sm:grid-cols-2" data-testid="missing-agencies">
        {names.map((name, i) => (
          <li key={name}>
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" name={`names.${i}`} value={name} defaultChecked className="mt-1" />
              <span>{name}</span>
            </label>
          </li>
        ))}
      </ul>
      <FormResult form={form} />
      <button type="submit" className={buttonClass.secondary} disabled={form.pending}>
        {u.missingAdd}
      </button>
    </form>
  );
}

/** The agencies as written on rows that found none in the list, each once, in the order the rows name them. */
const missingAgencies = (rows: PreviewRow[]) => [
  ...new Set(rows.filter((r) => r.agencyText && !r.values.agencyId && r.errors.agencyId).map((r) => r.agencyText)),
];

/** Upload a file (or paste the rows) → the preview, read on the server → fix → import. */
export function UserImport({
  agencies,
  committees,
  today,
  t,
}: {
  agencies: Agency[];
  committees: Committee[];
  today: string;
  t: T;
}) {
  const u = t.userImport;
  const preview = useActionForm(previewUserImportAction, { schema: previewUserImportSchema, keepOnSuccess: true });
  const read = preview.state?.ok ? preview.state.data : undefined;
  const [done, setDone] = useState<string | null>(null);
  const readAgain = useCallback(() => preview.formProps.ref.current?.requestSubmit(), [preview.formProps.ref]);
  const missing = read ? missingAgencies(read.rows) : [];
  const onDone = useCallback(
    (message: string) => {
      setDone(message);
      preview.formProps.ref.current?.reset();
    },
    [preview.formProps.ref],
  );
  return (
    <div className="space-y-6">
      <form
        {...preview.formProps}
        onSubmit={(e) => {
          setDone(null);
          preview.formProps.onSubmit(e);
        }}
        className="space-y-3"
        aria-label={u.preview}
      >
        <a href="/admin/users/import/template.xlsx" className={buttonClass.link} download>
          {u.template}
        </a>
        <Field id="import-file" label={u.file}>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="block text-sm"
          />
        </Field>
        <Field id="import-text" label={u.paste} error={preview.error('text')}>
          <textarea id="import-text" name="text" rows={4} className={inputClass} defaultValue="" />
        </Field>
        <button type="submit" className={buttonClass.secondary} disabled={preview.pending}>
          {u.preview}
        </button>
        <FormResult form={{ ok: false, message: preview.ok ? undefined : preview.message }} />
      </form>
      {read && !done ? (
        <>
          <FormResult form={{ ok: true, message: preview.message }} />
          <ImportWarnings warnings={read.warnings} title={u.warningsTitle} />
          {missing.length ? (
            <MissingAgencies key={`missing-${read.id}`} names={missing.slice(0, 100)} t={t} onAdded={readAgain} />
          ) : null}
          <ImportGrid
            key={read.id}
            rows={read.rows}
            agencies={agencies}
            committees={committees}
            today={today}
            t={t}
            onDone={onDone}
          />
        </>
      ) : null}
      {done ? <FormResult form={{ ok: true, message: done }} /> : null}
    </div>
  );
}

/** What to heed before importing, one item each (they were one paragraph of run-on sentences). */
export function ImportWarnings({ warnings, title }: { warnings: readonly string[]; title: string }) {
  if (!warnings.length) return null;
  return (
    <section aria-labelledby="import-warnings-title" data-testid="import-warnings" className="max-w-prose text-sm">
      <h3 id="import-warnings-title" className="font-semibold text-amber-900">
        {title}
      </h3>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-amber-900">
        {warnings.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </section>
  );
}
