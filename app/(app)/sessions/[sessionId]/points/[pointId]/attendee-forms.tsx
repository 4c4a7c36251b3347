'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import type { z } from 'zod';
import { FormResult } from '@/components/forms/form-result';
import { useLocalize } from '@/components/forms/localize';
import { sharedFormProps, useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { useLeaveGuard } from '@/components/forms/use-leave-guard';
import { PersonSearch } from '@/components/person-search';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import {
  ATTENDEE_ROLES,
  attendeeDraftSchema,
  EMPTY_ATTENDEE,
  PRESENCES,
  type AttendeeValues,
  type ParsedValues,
} from '@/lib/sessions/attendee-schema';
import {
  attendeeRefSchema,
  attendeesFormSchema,
  previewAttendeesSchema,
  updateAttendeeSchema,
} from '@/lib/sessions/schemas';
import {
  previewAttendeesAction,
  removeAttendeeAction,
  saveAttendeesAction,
  updateAttendeeAction,
} from '../../../actions';

/*
 * This page checks each pasted row as it is typed (rowErrors, synchronous), so zod is part of its first download
 * anyway: its form schemas are handed over as already loaded.
 */
const ready =
  (schema: z.ZodType): SchemaLoader =>
  () =>
    Promise.resolve(schema);

type T = Pick<Messages, 'attendance' | 'attendeeRole' | 'presence'>;
type Row = ParsedValues & { personId?: number | null };
type SelectProps = { id: string; t: T; allowEmpty?: boolean } & React.SelectHTMLAttributes<HTMLSelectElement>;

/** allowEmpty: a value that could not be read is shown as "— Chọn —", not as a default. */
function RoleSelect({ id, t, allowEmpty, ...props }: SelectProps) {
  return (
    <select id={id} className={inputClass} {...props}>
      {allowEmpty ? <option value="">{t.attendance.choose}</option> : null}
      {ATTENDEE_ROLES.map((r) => (
        <option key={r} value={r}>
          {t.attendeeRole[r]}
        </option>
      ))}
    </select>
  );
}

function PresenceSelect({ id, t, allowEmpty, ...props }: SelectProps) {
  return (
    <select id={id} className={inputClass} {...props}>
      {allowEmpty ? <option value="">{t.attendance.choose}</option> : null}
      {PRESENCES.map((p) => (
        <option key={p} value={p}>
          {t.presence[p]}
        </option>
      ))}
    </select>
  );
}

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
type Point = { id: number; name: string };

/**
 * The preview grid: every parsed row in editable inputs under column headers, its errors below it.
 * The errors the server found while reading a row stay shown, and block saving, until that row is
 * edited (a role or presence it could not read is left empty, so it has to be chosen); the same schema
 * the server applies on save is checked as the user types. Nothing is saved until the user confirms,
 * and then all rows are saved in one transaction (or none, with each row's errors shown under it).
 * Without `pointId` (a whole session's list), each row has a point column, matched on the server from
 * the "Điểm cầu" cell and changeable here among `points`.
 */
function PreviewGrid({
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
  const grid = useActionForm<{ rows: PreviewRow[] }>(saveAttendeesAction, {
    schema: ready(attendeesFormSchema(perRowPoint)),
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
        {fields.length} · {a.ok}: {fields.length - bad} · {a.errors}: {bad}
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

/**
 * Paste a list or upload CSV/XLSX → preview (parsed on the server) → fix → save. The pasted text stays
 * in the box until the rows are saved (the preview is sent without resetting the form). Without
 * `pointId`, the list is a whole session's, with a "Điểm cầu" column naming each row's point among `points`.
 */
export function BulkEntry({
  sessionId,
  pointId,
  points,
  t,
}: {
  sessionId: number;
  pointId?: number;
  points?: Point[];
  t: T;
}) {
  const a = t.attendance;
  const preview = useActionForm(previewAttendeesAction, { schema: ready(previewAttendeesSchema), keepOnSuccess: true });
  const { state, pending } = preview;
  const read = state?.ok ? state.data : undefined;
  const [saved, setSaved] = useState<string | null>(null);
  // Uncontrolled: text pasted before the page has hydrated is kept (a controlled value would be reset to '').
  const textArea = useRef<HTMLTextAreaElement>(null);
  const prefix = pointId ? 'bulk' : 'session-bulk';
  const onSaved = useCallback((message: string) => {
    setSaved(message);
    if (textArea.current) textArea.current.value = '';
  }, []);
  return (
    <div className="space-y-4">
      <form
        {...preview.formProps}
        onSubmit={(e) => {
          setSaved(null);
          preview.formProps.onSubmit(e);
        }}
        className="space-y-3"
        aria-label={pointId ? a.bulk : a.sessionBulk}
      >
        <input type="hidden" name="sessionId" value={sessionId} />
        {pointId ? <input type="hidden" name="pointId" value={pointId} /> : null}
        <p className="text-sm text-slate-600">{pointId ? a.bulkHint : a.sessionBulkHint}</p>
        <Field id={`${prefix}-text`} label={a.paste} error={preview.error('text')}>
          <textarea id={`${prefix}-text`} name="text" rows={5} className={inputClass} ref={textArea} defaultValue="" />
        </Field>
        <Field id={`${prefix}-file`} label={a.file}>
          <input
            id={`${prefix}-file`}
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="block text-sm"
          />
        </Field>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClass.secondary} disabled={pending}>
            {a.preview}
          </button>
          {pointId ? (
            <a href="/api/attendance-template.xlsx" className={buttonClass.link}>
              {a.template}
            </a>
          ) : (
            <a href={`/api/sessions/${sessionId}/attendance.xlsx`} className={buttonClass.link}>
              {a.sessionTemplate}
            </a>
          )}
        </div>
        <FormResult form={{ ok: false, message: preview.ok ? undefined : preview.message }} />
      </form>
      {read?.rows.length && !saved ? (
        <PreviewGrid
          key={read.id}
          sessionId={sessionId}
          pointId={pointId}
          points={points}
          rows={read.rows}
          t={t}
          onSaved={onSaved}
        />
      ) : null}
      {saved ? <FormResult form={{ ok: true, message: saved }} /> : null}
    </div>
  );
}

const emptyAttendee = () => ({ rows: [{ ...EMPTY_ATTENDEE, personId: null }] });

/** One attendee: pick a known person (fills the fields) or type a new one. */
export function AddAttendeeForm({ sessionId, pointId, t }: { sessionId: number; pointId: number; t: T }) {
  const a = t.attendance;
  const add = useActionForm<{ rows: Row[] }>(saveAttendeesAction, {
    schema: ready(attendeesFormSchema(false)),
    defaultValues: emptyAttendee(),
  });
  const { form, state, pending } = add;
  const presence = form.watch('rows.0.presence');
  const [round, setRound] = useState(0);
  const search = useRef<HTMLInputElement>(null);
  useLeaveGuard(add.dirty, a.leaveUnsaved);
  useEffect(() => {
    // The hook has emptied the form; the person search starts afresh.
    if (state?.ok) setRound((r) => r + 1);
  }, [state]);
  // After "Thêm đại biểu", the focus goes back to the search field (a new one, keyed by the round) for the next.
  useEffect(() => {
    if (round > 0) search.current?.focus();
  }, [round]);
  // Each message under its own field: a missing substitute under "Người dự thay", not under the name.
  const error = (field: 'fullName' | 'positionTitle' | 'agencyName' | 'representedBy') => add.error(`rows.0.${field}`);
  return (
    <form {...add.formProps} className="grid gap-3 sm:grid-cols-6" aria-label={a.add}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="pointId" value={pointId} />
      <input type="hidden" {...form.register('rows.0.personId')} />
      <div className="sm:col-span-6">
        <PersonSearch
          key={round}
          inputRef={search}
          label={a.searchPerson}
          hint={a.searchHint}
          noMatch={a.noMatch}
          onSelect={(p) => {
            const dirty = { shouldDirty: true };
            form.setValue('rows.0.personId', p.id, dirty);
            form.setValue('rows.0.fullName', p.fullName, dirty);
            form.setValue('rows.0.positionTitle', p.positionTitle ?? '', dirty);
            form.setValue('rows.0.agencyName', p.agencyName ?? '', dirty);
          }}
        />
      </div>
      <Field id="att-fullName" label={a.fullName} error={error('fullName')} className="sm:col-span-2">
        <input
          id="att-fullName"
          className={inputClass}
          {...form.register('rows.0.fullName', { onChange: () => form.setValue('rows.0.personId', null) })}
        />
      </Field>
      <Field id="att-position" label={a.position} error={error('positionTitle')} className="sm:col-span-2">
        <input id="att-position" className={inputClass} {...form.register('rows.0.positionTitle')} />
      </Field>
      <Field id="att-agency" label={a.agency} error={error('agencyName')} className="sm:col-span-2">
        <input id="att-agency" className={inputClass} {...form.register('rows.0.agencyName')} />
      </Field>
      <Field id="att-role" label={a.role} className="sm:col-span-2">
        <RoleSelect id="att-role" t={t} {...form.register('rows.0.role')} />
      </Field>
      <Field id="att-presence" label={a.presence} className="sm:col-span-2">
        <PresenceSelect id="att-presence" t={t} {...form.register('rows.0.presence')} />
      </Field>
      {presence === 'represented' ? (
        <Field id="att-representedBy" label={a.representedBy} error={error('representedBy')} className="sm:col-span-2">
          <input id="att-representedBy" className={inputClass} {...form.register('rows.0.representedBy')} />
        </Field>
      ) : null}
      <div className="flex items-end sm:col-span-6">
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {a.add}
        </button>
      </div>
      <div className="sm:col-span-6">
        <FormResult form={add} />
      </div>
    </form>
  );
}

/** Edit or remove one attendee (shown in place of the row after "Sửa"); saving returns to the list. */
export function EditAttendeeForm({
  sessionId,
  pointId,
  attendee,
  t,
}: {
  sessionId: number;
  pointId: number;
  attendee: { id: number } & AttendeeValues;
  t: T;
}) {
  const a = t.attendance;
  const save = useActionForm(updateAttendeeAction, { schema: ready(updateAttendeeSchema) });
  const remove = useActionForm(removeAttendeeAction, { schema: ready(attendeeRefSchema) });
  const [presence, setPresence] = useState(attendee.presence);
  const id = (name: string) => `e${attendee.id}-${name}`;
  return (
    <form
      {...sharedFormProps({ save, remove }, 'save')}
      className="grid gap-3 rounded-lg bg-slate-50 p-3 sm:grid-cols-3"
      aria-label={`${a.edit}: ${attendee.fullName}`}
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="pointId" value={pointId} />
      <input type="hidden" name="attendeeId" value={attendee.id} />
      <Field id={id('name')} label={a.fullName} error={save.error('fullName')}>
        <input id={id('name')} name="fullName" defaultValue={attendee.fullName} className={inputClass} />
      </Field>
      <Field id={id('pos')} label={a.position}>
        <input id={id('pos')} name="positionTitle" defaultValue={attendee.positionTitle} className={inputClass} />
      </Field>
      <Field id={id('ag')} label={a.agency}>
        <input id={id('ag')} name="agencyName" defaultValue={attendee.agencyName} className={inputClass} />
      </Field>
      <Field id={id('role')} label={a.role}>
        <RoleSelect id={id('role')} t={t} name="role" defaultValue={attendee.role} />
      </Field>
      <Field id={id('pr')} label={a.presence}>
        <PresenceSelect
          id={id('pr')}
          t={t}
          name="presence"
          defaultValue={attendee.presence}
          onChange={(e) => setPresence(e.target.value as AttendeeValues['presence'])}
        />
      </Field>
      {presence === 'represented' ? (
        <Field id={id('rb')} label={a.representedBy} error={save.error('representedBy')}>
          <input id={id('rb')} name="representedBy" defaultValue={attendee.representedBy} className={inputClass} />
        </Field>
      ) : null}
      <div className="sm:col-span-3">
        <FormResult form={{ ok: false, message: save.message ?? remove.message }} />
      </div>
      <div className="flex flex-wrap gap-2 sm:col-span-3">
        <button type="submit" className={buttonClass.primary} disabled={save.pending}>
          {a.save}
        </button>
        <button
          type="submit"
          formAction={remove.formProps.action}
          data-intent="remove"
          className={buttonClass.danger}
          disabled={remove.pending}
        >
          {a.remove}
        </button>
        <a href={`/sessions/${sessionId}/points/${pointId}`} className={buttonClass.secondary}>
          {t.attendance.cancel}
        </a>
      </div>
    </form>
  );
}
