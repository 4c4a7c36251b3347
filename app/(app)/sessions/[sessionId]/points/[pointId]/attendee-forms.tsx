'use client';

import { useEffect, useRef, useState } from 'react';
import { FormResult } from '@/components/forms/form-result';
import { sharedFormProps, useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { useFieldForm } from '@/components/forms/use-field-form';
import { useLeaveGuard } from '@/components/forms/use-leave-guard';
import { PersonSearch } from '@/components/person-search';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import { EMPTY_ATTENDEE, type AttendeeValues } from '@/lib/sessions/attendee-values';
import { removeAttendeeAction, saveAttendeesAction, updateAttendeeAction } from '../../../actions';
import { PresenceSelect, RoleSelect, type Row, type T } from './attendee-selects';

/** The form schemas, loaded when a form is first used (zod is not part of the page's first download). */
const schemas = () => import('@/lib/sessions/schemas');
const oneAttendeeSchema: SchemaLoader = () => schemas().then((m) => m.attendeesFormSchema(false));
const updateSchema: SchemaLoader = () => schemas().then((m) => m.updateAttendeeSchema);
const refSchema: SchemaLoader = () => schemas().then((m) => m.attendeeRefSchema);

const emptyAttendee = () => ({ rows: [{ ...EMPTY_ATTENDEE, personId: null }] });

/** One attendee: pick a known person (fills the fields) or type a new one. */
export function AddAttendeeForm({ sessionId, pointId, t }: { sessionId: number; pointId: number; t: T }) {
  const a = t.attendance;
  const add = useFieldForm<{ rows: Row[] }>(saveAttendeesAction, {
    schema: oneAttendeeSchema,
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
  const save = useActionForm(updateAttendeeAction, { schema: updateSchema });
  const remove = useActionForm(removeAttendeeAction, { schema: refSchema });
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
