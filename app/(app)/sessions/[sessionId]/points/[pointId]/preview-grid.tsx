'use client';

import { useEffect } from 'react';
import { useFieldArray } from 'react-hook-form';
import { FormResult } from '@/components/forms/form-result';
import { useLocalize } from '@/components/forms/localize';
import { useFieldForm } from '@/components/forms/use-field-form';
import { buttonClass, inputClass } from '@/components/ui/field';
import { attendeeDraftSchema } from '@/lib/sessions/attendee-schema';
import type { ParsedValues } from '@/lib/sessions/attendee-values';
import { attendeesFormSchema } from '@/lib/sessions/schemas';
import { saveAttendeesAction } from '../../../actions';
import { PresenceSelect, RoleSelect, type Point, type Row, type T } from './attendee-selects';

/*
 * The preview grid checks each row as it is typed, with the schema the server applies on save, so this module
 * holds zod; it is loaded only once a preview has been read (BulkEntry), not with the page.
 */

/** Errors of one row, from the same schema the server applies on save. */
function rowErrors(row: Row): string[] {
  const r = attendeeDraftSchema.safeParse({
    ...row,
    positionTitle: row.positionTitle || null,
    agencyName: row.agencyName || null,
    representedBy: row.representedBy || null,
  });
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

/** `pointId`: the row's point as chosen in a whole session's preview ('' for none yet). */
type PreviewRow = Row & { line: number; serverErrors: string[]; parsed: string; pointId: string };
const FIELDS = ['fullName', 'positionTitle', 'agencyName', 'role', 'presence', 'representedBy', 'pointId'] as const;
const unchanged = (row: PreviewRow) => JSON.stringify(FIELDS.map((f) => row[f] ?? '')) === row.parsed;

/**
 * The preview grid: every parsed row in editable inputs under column headers, its errors below it.
 * The errors the server found while reading a row stay shown, and block saving, until that row is
 * edited (a role or presence it could not read is left empty, so it has to be chosen); the same schema
 * the server applies on save is checked as the user types. Nothing is saved until the user confirms,
 * and then all rows are saved in one transaction (or none, with each row's errors shown under it).
 * Without `pointId` (a whole session's list), each row has a point column, matched on the server from
 * the "Điểm cầu" cell and changeable here among `points`.
 */
export function PreviewGrid({
  sessionId,
  pointId,
  points = [],
  rows,
  t,
  onSaved,
}: {
  sessionId: number;
  pointId?: number;
  points?: Point[];
  rows: { line: number; values: ParsedValues; errors: string[]; pointId?: number | null }[];
  t: T;
  onSaved: (message: string) => void;
}) {
  const a = t.attendance;
  const localize = useLocalize();
  const perRowPoint = !pointId;
  const grid = useFieldForm<{ rows: PreviewRow[] }>(saveAttendeesAction, {
    schema: () => Promise.resolve(attendeesFormSchema(perRowPoint)),
    defaultValues: {
      rows: rows.map((r) => {
        const row = { ...r.values, pointId: r.pointId ? String(r.pointId) : '' };
        return {
          ...row,
          line: r.line,
          serverErrors: r.errors,
          parsed: JSON.stringify(FIELDS.map((f) => row[f] ?? '')),
        };
      }),
    },
  });
  const { form, state, pending } = grid;
  const { fields, remove } = useFieldArray({ control: form.control, name: 'rows' });
  const values = form.watch('rows');
  const errors = values.map((row) => [
    ...new Set([
      ...(unchanged(row) ? row.serverErrors : []),
      ...rowErrors(row).map(localize),
      ...(perRowPoint && !row.pointId ? [a.pointMissing] : []),
    ]),
  ]);
  const bad = errors.filter((e) => e.length > 0).length;
  // Errors of a refused save, by row index (the rows sent are the rows shown).
  const saveErrors = (i: number) =>
    state && !state.ok
      ? Object.entries(state.fieldErrors ?? {})
          .filter(([k]) => k.startsWith(`rows.${i}.`))
          .map(([, m]) => m)
      : [];
  useEffect(() => {
    if (state?.ok) onSaved(state.message ?? '');
  }, [state, onSaved]);
  const cell = 'px-2 py-2 align-top';

  return (
    <form
      {...grid.formProps}
      onSubmit={(e) => {
        // The rows' own errors are shown under each row and block saving.
        if (bad > 0) return e.preventDefault();
        grid.formProps.onSubmit(e);
      }}
      className="space-y-3"
      aria-label={a.previewTitle}
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      {pointId ? <input type="hidden" name="pointId" value={pointId} /> : null}
      <h3 className="font-semibold text-slate-900">{a.previewTitle}</h3>
      <p className="text-sm text-slate-600">{a.previewHint}</p>
      <p className="text-sm" data-testid="preview-summary">
        {a.rows}: {fields.length} · {a.ok}: {fields.length - bad} · {a.errors}: {bad}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[56rem] text-sm" data-testid="preview-table">
          <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-700">
            <tr>
              <th scope="col" className={`${cell} w-16`}>
                {a.line}
              </th>
              {perRowPoint ? (
                <th scope="col" className={`${cell} w-48`}>
                  {a.point}
                </th>
              ) : null}
              <th scope="col" className={cell}>
                {a.fullName}
              </th>
              <th scope="col" className={cell}>
                {a.position}
              </th>
              <th scope="col" className={cell}>
                {a.agency}
              </th>
              <th scope="col" className={`${cell} w-36`}>
                {a.role}
              </th>
              <th scope="col" className={`${cell} w-44`}>
                {a.presence}
              </th>
              <th scope="col" className={`${cell} w-24`}>
                <span className="sr-only">{a.rowActions}</span>
              </th>
            </tr>
          </thead>
          {fields.map((field, i) => {
            const shown = [...new Set([...errors[i]!, ...saveErrors(i)])].map(localize);
            const line = values[i]?.line;
            return (
              <tbody
                key={field.id}
                data-testid="preview-row"
                data-invalid={errors[i]!.length > 0 ? 'true' : 'false'}
                className={`border-t ${shown.length ? 'border-red-300 bg-red-50/40' : 'border-slate-200'}`}
              >
                <tr>
                  <td className={`${cell} pt-4 text-xs text-slate-600`}>
                    {a.line} {line}
                  </td>
                  {perRowPoint ? (
                    <td className={cell}>
                      <label
                        className="sr-only"
                        htmlFor={`rows.${i}.pointId`}
                      >{`${a.point} (${a.line} ${line})`}</label>
                      <select id={`rows.${i}.pointId`} className={inputClass} {...form.register(`rows.${i}.pointId`)}>
                        <option value="">{a.choose}</option>
                        {points.map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.name}
                          </option>
                        ))}
                      </select>
                    </td>
                  ) : null}
                  <td className={cell}>
                    <label
                      className="sr-only"
                      htmlFor={`rows.${i}.fullName`}
                    >{`${a.fullName} (${a.line} ${line})`}</label>
                    <input
                      id={`rows.${i}.fullName`}
                      placeholder={a.fullName}
                      className={inputClass}
                      {...form.register(`rows.${i}.fullName`)}
                    />
                  </td>
                  <td className={cell}>
                    <label
                      className="sr-only"
                      htmlFor={`rows.${i}.positionTitle`}
                    >{`${a.position} (${a.line} ${line})`}</label>
                    <input
                      id={`rows.${i}.positionTitle`}
                      placeholder={a.position}
                      className={inputClass}
                      {...form.register(`rows.${i}.positionTitle`)}
                    />
                  </td>
                  <td className={cell}>
                    <label
                      className="sr-only"
                      htmlFor={`rows.${i}.agencyName`}
                    >{`${a.agency} (${a.line} ${line})`}</label>
                    <input
                      id={`rows.${i}.agencyName`}
                      placeholder={a.agency}
                      className={inputClass}
                      {...form.register(`rows.${i}.agencyName`)}
                    />
                  </td>
                  <td className={cell}>
                    <label className="sr-only" htmlFor={`rows.${i}.role`}>{`${a.role} (${a.line} ${line})`}</label>
                    <RoleSelect
                      id={`rows.${i}.role`}
                      t={t}
                      allowEmpty={values[i]?.role === ''}
                      {...form.register(`rows.${i}.role`)}
                    />
                  </td>
                  <td className={`${cell} space-y-1`}>
                    <label
                      className="sr-only"
                      htmlFor={`rows.${i}.presence`}
                    >{`${a.presence} (${a.line} ${line})`}</label>
                    <PresenceSelect
                      id={`rows.${i}.presence`}
                      t={t}
                      allowEmpty={values[i]?.presence === ''}
                      {...form.register(`rows.${i}.presence`)}
                    />
                    {values[i]?.presence === 'represented' ? (
                      <>
                        <label className="sr-only" htmlFor={`rows.${i}.representedBy`}>
                          {`${a.representedBy} (${a.line} ${line})`}
                        </label>
                        <input
                          id={`rows.${i}.representedBy`}
                          placeholder={a.representedBy}
                          className={inputClass}
                          {...form.register(`rows.${i}.representedBy`)}
                        />
                      </>
                    ) : null}
                  </td>
                  <td className={cell}>
                    <button type="button" className={buttonClass.secondary} onClick={() => remove(i)}>
                      {a.removeRow}
                    </button>
                  </td>
                </tr>
                {shown.length ? (
                  <tr>
                    <td />
                    <td colSpan={perRowPoint ? 7 : 6} className="px-2 pb-2">
                      <ul className="text-sm text-red-700" data-testid="row-errors">
                        {shown.map((e) => (
                          <li key={e}>{e}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ) : null}
              </tbody>
            );
          })}
        </table>
      </div>
      {bad > 0 ? <p className="text-sm text-red-700">{a.fixErrors}</p> : null}
      <FormResult form={grid} />
      <button type="submit" className={buttonClass.primary} disabled={pending || bad > 0 || fields.length === 0}>
        {a.confirm} ({fields.length})
      </button>
    </form>
  );
}
