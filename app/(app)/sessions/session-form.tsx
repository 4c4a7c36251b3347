'use client';

import Link from '@/components/link';
import { useState, type KeyboardEvent } from 'react';
import { useFieldArray } from 'react-hook-form';
import { FormResult } from '@/components/forms/form-result';
import type { SchemaLoader } from '@/components/forms/use-action-form';
import { useFieldForm } from '@/components/forms/use-field-form';
import { useLeaveGuard } from '@/components/forms/use-leave-guard';
import { PersonSearch } from '@/components/person-search';
import { AgencySelect } from '@/components/agency-select';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { agendaEnter } from '@/lib/sessions/agenda-enter';
import type { SessionFormInput } from '@/lib/sessions/schemas';
import { SESSION_FORMATS, SESSION_STATUSES } from '@/lib/reference/enums';
import { createSessionAction, updateSessionAction } from './actions';

const sessionFormSchema: SchemaLoader = () => import('@/lib/sessions/schemas').then((m) => m.sessionFormSchema);
const updateSessionSchema: SchemaLoader = () => import('@/lib/sessions/schemas').then((m) => m.updateSessionSchema);

type Option = { id: number; name: string };

export function SessionForm({
  t,
  committees,
  agencies,
  defaultValues,
  edit,
  statuses = SESSION_STATUSES,
}: {
  t: Pick<Messages, 'sessionForm' | 'sessionFormat' | 'sessionStatus'>;
  committees: Option[];
  agencies: Option[];
  defaultValues: SessionFormInput;
  edit?: { sessionId: number; version: number; chairName: string | null };
  /** The statuses it may set (lib/sessions/mutations.ts `sessionStatusChoices`). */
  statuses?: readonly (typeof SESSION_STATUSES)[number][];
}) {
  const f = t.sessionForm;
  const session = useFieldForm<SessionFormInput & { sessionId?: number; version?: number }>(
    edit ? updateSessionAction : createSessionAction,
    {
      schema: edit ? updateSessionSchema : sessionFormSchema,
      defaultValues: edit ? { ...defaultValues, sessionId: edit.sessionId, version: edit.version } : defaultValues,
    },
  );
  const { form, pending, formProps } = session;
  const { register, control, setValue } = form;
  useLeaveGuard(session.dirty, f.leaveUnsaved);
  const agenda = useFieldArray({ control, name: 'agenda' });
  /** A row inserted, moved or removed: the errors shown under the rows' old positions no longer apply. */
  const reorder = (change: () => void) => {
    change();
    session.clearErrors();
  };
  /** Enter in an agenda row opens the next row there; it never submits the session. */
  const onAgendaEnter = (i: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    const { insertAt, focus } = agendaEnter(form.getValues('agenda') ?? [], i);
    if (insertAt !== null)
      reorder(() => agenda.insert(insertAt, { title: '', presenter: '' }, { focusName: `agenda.${focus}.title` }));
    else form.setFocus(`agenda.${focus}.title`);
  };
  const figures = useFieldArray({ control, name: 'figures' });
  const [chairName, setChairName] = useState(edit?.chairName ?? '');
  const err = session.error;
  const aria = (path: string) => ({
    'aria-invalid': err(path) ? true : undefined,
    'aria-describedby': err(path) ? `${path}-error` : undefined,
  });

  return (
    <form {...formProps} className="space-y-8">
      {edit ? (
        <>
          <input type="hidden" {...register('sessionId')} />
          <input type="hidden" {...register('version')} />
        </>
      ) : null}
      <FormResult form={session} />

      <fieldset className="grid gap-4 sm:grid-cols-6">
        <legend className="sr-only">{f.title}</legend>
        <Field id="committeeId" label={f.committee} error={err('committeeId')} className="sm:col-span-4">
          <select id="committeeId" className={inputClass} {...register('committeeId')} {...aria('committeeId')}>
            {committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="number" label={f.number} error={err('number')} className="sm:col-span-2">
          <input
            id="number"
            type="number"
            min={1}
            inputMode="numeric"
            className={inputClass}
            {...register('number')}
            {...aria('number')}
          />
        </Field>
        <Field id="title" label={f.title} error={err('title')} className="sm:col-span-6">
          <input id="title" className={inputClass} {...register('title')} {...aria('title')} />
        </Field>
        <Field id="date" label={f.date} error={err('date')} className="sm:col-span-2">
          <input
            id="date"
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            autoComplete="off"
            className={inputClass}
            {...register('date')}
            {...aria('date')}
          />
        </Field>
        <Field id="time" label={f.time} error={err('time')} className="sm:col-span-2">
          <input
            id="time"
            inputMode="numeric"
            placeholder="hh:mm"
            autoComplete="off"
            className={inputClass}
            {...register('time')}
            {...aria('time')}
          />
        </Field>
        <Field id="format" label={f.format} error={err('format')} className="sm:col-span-2">
          <select id="format" className={inputClass} {...register('format')}>
            {SESSION_FORMATS.map((v) => (
              <option key={v} value={v}>
                {t.sessionFormat[v]}
              </option>
            ))}
          </select>
        </Field>
        <div className="sm:col-span-4">
          <input type="hidden" {...register('chairPersonId')} />
          <PersonSearch
            label={f.chair}
            hint={f.chairHint}
            noMatch={f.chairNoMatch}
            initialText={chairName}
            onSelect={(p) => {
              setValue('chairPersonId', p.id, { shouldDirty: true });
              setChairName(p.fullName);
            }}
          />
        </div>
        <Field id="status" label={f.status} error={err('status')} className="sm:col-span-2">
          <select id="status" className={inputClass} {...register('status')}>
            {statuses.map((v) => (
              <option key={v} value={v}>
                {t.sessionStatus[v]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="location" label={f.location} error={err('location')} className="sm:col-span-6">
          <input id="location" className={inputClass} {...register('location')} />
        </Field>
        <Field id="summary" label={f.summary} error={err('summary')} className="sm:col-span-6">
          <textarea id="summary" rows={3} className={inputClass} {...register('summary')} />
        </Field>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-900">{f.agenda}</legend>
        <ol className="space-y-3">
          {agenda.fields.map((item, i) => (
            <li
              key={item.id}
              className="grid gap-2 rounded-lg border border-slate-200 bg-slate-50/50 p-3 sm:grid-cols-[2rem_1fr_14rem_auto]"
              data-testid="agenda-item"
            >
              <span className="pt-2 text-sm font-medium text-slate-600">{i + 1}.</span>
              <Field
                id={`agenda.${i}.title`}
                label={<span className="sr-only">{`${f.agendaItem} ${i + 1}`}</span>}
                error={err(`agenda.${i}.title`)}
              >
                <input
                  id={`agenda.${i}.title`}
                  placeholder={f.agendaItem}
                  className={inputClass}
                  {...register(`agenda.${i}.title`)}
                  {...aria(`agenda.${i}.title`)}
                  onKeyDown={onAgendaEnter(i)}
                  enterKeyHint="next"
                />
              </Field>
              <Field id={`agenda.${i}.presenter`} label={<span className="sr-only">{`${f.presenter} ${i + 1}`}</span>}>
                <input
                  id={`agenda.${i}.presenter`}
                  placeholder={f.presenter}
                  className={inputClass}
                  {...register(`agenda.${i}.presenter`)}
                  onKeyDown={onAgendaEnter(i)}
                  enterKeyHint="next"
                />
              </Field>
              <div className="flex gap-1">
                <button
                  type="button"
                  className={buttonClass.secondary}
                  onClick={() => reorder(() => agenda.move(i, i - 1))}
                  disabled={i === 0}
                  aria-label={`${f.moveUp}: ${i + 1}`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className={buttonClass.secondary}
                  onClick={() => reorder(() => agenda.move(i, i + 1))}
                  disabled={i === agenda.fields.length - 1}
                  aria-label={`${f.moveDown}: ${i + 1}`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className={buttonClass.secondary}
                  onClick={() => reorder(() => agenda.remove(i))}
                  aria-label={`${f.remove}: ${i + 1}`}
                >
                  ✕
                </button>
              </div>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className={buttonClass.secondary}
          onClick={() => agenda.append({ title: '', presenter: '' })}
        >
          + {f.addAgenda}
        </button>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-900">{f.figures}</legend>
        <ul className="space-y-3">
          {figures.fields.map((item, i) => (
            <li
              key={item.id}
              className="grid gap-2 rounded-lg border border-slate-200 bg-slate-50/50 p-3 sm:grid-cols-6"
            >
              <Field
                id={`figures.${i}.label`}
                label={f.figureLabel}
                error={err(`figures.${i}.label`)}
                className="sm:col-span-3"
              >
                <input
                  id={`figures.${i}.label`}
                  className={inputClass}
                  {...register(`figures.${i}.label`)}
                  {...aria(`figures.${i}.label`)}
                />
              </Field>
              <Field id={`figures.${i}.value`} label={f.figureValue} error={err(`figures.${i}.value`)}>
                <input
                  id={`figures.${i}.value`}
                  inputMode="decimal"
                  className={inputClass}
                  {...register(`figures.${i}.value`)}
                  {...aria(`figures.${i}.value`)}
                />
              </Field>
              <Field id={`figures.${i}.unit`} label={f.figureUnit}>
                <input id={`figures.${i}.unit`} className={inputClass} {...register(`figures.${i}.unit`)} />
              </Field>
              <div className="flex items-end">
                <button
                  type="button"
                  className={buttonClass.secondary}
                  onClick={() => reorder(() => figures.remove(i))}
                  aria-label={`${f.remove}: ${f.figureLabel} ${i + 1}`}
                >
                  ✕
                </button>
              </div>
              <AgencySelect
                id={`figures.${i}.agencyId`}
                label={f.figureAgency}
                fieldClassName="sm:col-span-3"
                options={agencies}
                emptyLabel={f.none}
                {...register(`figures.${i}.agencyId`)}
              />
              <Field id={`figures.${i}.note`} label={f.figureNote} className="sm:col-span-3">
                <input id={`figures.${i}.note`} className={inputClass} {...register(`figures.${i}.note`)} />
              </Field>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className={buttonClass.secondary}
          onClick={() => figures.append({ label: '', value: '', unit: '', agencyId: null, note: '' })}
        >
          + {f.addFigure}
        </button>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-5">
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? f.saving : f.save}
        </button>
        <Link href={edit ? `/sessions/${edit.sessionId}` : '/sessions'} className={buttonClass.secondary}>
          {f.cancel}
        </Link>
      </div>
    </form>
  );
}
