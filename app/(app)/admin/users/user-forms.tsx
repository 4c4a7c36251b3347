'use client';

import { useState } from 'react';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { AgencySelect, type AgencyOption } from '@/components/agency-select';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import { AGENCY_DUTIES, ROLES } from '@/lib/reference/enums';
import type { Messages } from '@/lib/i18n/vi';
import { createUserAction, setUserCommitteesAction, updateUserAction } from './actions';

const updateUserSchema: SchemaLoader = () => import('@/lib/users/schemas').then((m) => m.updateUserSchema);
const userCommitteesSchema: SchemaLoader = () => import('@/lib/users/schemas').then((m) => m.userCommitteesSchema);
const userFieldsSchema: SchemaLoader = () => import('@/lib/users/schemas').then((m) => m.userFieldsSchema);

type T = Messages['people'];

/** The fields of a user as the forms post them. */
export type UserFormValues = {
  email: string;
  name: string;
  position: string;
  phone: string;
  role: (typeof ROLES)[number];
  agencyId: string;
  agencyDuty: (typeof AGENCY_DUTIES)[number];
};

type FieldsProps = {
  /** The values shown: the record, or what was typed and refused (echoed back to a post without JavaScript). */
  values: UserFormValues;
  error: (path: string) => string | undefined;
  agencies: readonly AgencyOption[];
  roleLabels: Record<string, string>;
  t: T;
};

/** What a refused post typed, over the values the page gave the form. */
function shownValues(state: { ok: boolean; values?: Record<string, unknown> } | null, values: UserFormValues) {
  const echoed = state && !state.ok ? state.values : undefined;
  if (!echoed) return values;
  const text = (k: keyof UserFormValues) => (typeof echoed[k] === 'string' ? (echoed[k] as string) : values[k]);
  return {
    email: text('email'),
    name: text('name'),
    position: text('position'),
    phone: text('phone'),
    role: text('role') as UserFormValues['role'],
    agencyId: text('agencyId'),
    agencyDuty: text('agencyDuty') as UserFormValues['agencyDuty'],
  };
}

/** Email, name, position, phone, role, and for an agency user their agency and duty. */
function UserFields({ values, error, agencies, roleLabels, t }: FieldsProps) {
  const [role, setRole] = useState<string>(values.role);
  const invalid = (k: string) => (error(k) ? { 'aria-invalid': true, 'aria-describedby': `${k}-error` } : {});
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id="email" label={t.email} error={error('email')}>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="off"
          defaultValue={values.email}
          className={inputClass}
          {...invalid('email')}
        />
      </Field>
      <Field id="name" label={t.name} error={error('name')}>
        <input id="name" name="name" defaultValue={values.name} className={inputClass} {...invalid('name')} />
      </Field>
      <Field id="position" label={t.position} error={error('position')} hint={t.positionHint}>
        <input
          id="position"
          name="position"
          defaultValue={values.position}
          className={inputClass}
          {...invalid('position')}
        />
      </Field>
      <Field id="phone" label={t.phone} error={error('phone')}>
        <input
          id="phone"
          name="phone"
          type="tel"
          inputMode="tel"
          defaultValue={values.phone}
          className={inputClass}
          {...invalid('phone')}
        />
      </Field>
      <Field id="role" label={t.role} error={error('role')}>
        <select
          id="role"
          name="role"
          defaultValue={values.role}
          onChange={(e) => setRole(e.target.value)}
          className={inputClass}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
      </Field>
      <AgencySelect
        id="agencyId"
        name="agencyId"
        label={t.agency}
        options={agencies}
        emptyLabel={t.agencyNone}
        defaultValue={values.agencyId}
        error={error('agencyId')}
        hint={t.agencyHint}
      />
      {role === 'agency' ? (
        <Field id="agencyDuty" label={t.duty} error={error('agencyDuty')} hint={t.dutyHint} className="sm:col-span-2">
          <select id="agencyDuty" name="agencyDuty" defaultValue={values.agencyDuty} className={inputClass}>
            {AGENCY_DUTIES.map((d) => (
              <option key={d} value={d}>
                {t.duties[d]}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
    </div>
  );
}

const EMPTY: UserFormValues = {
  email: '',
  name: '',
  position: '',
  phone: '',
  role: 'agency',
  agencyId: '',
  agencyDuty: 'focal_point',
};

/** /admin/users/new: the new user's fields; saving creates the account and sends the invitation. */
export function NewUserForm({
  agencies,
  roleLabels,
  t,
}: {
  agencies: readonly AgencyOption[];
  roleLabels: Record<string, string>;
  t: T;
}) {
  const f = useActionForm(createUserAction, { schema: userFieldsSchema });
  return (
    <form {...f.formProps} className="space-y-4" aria-label={t.newTitle}>
      <UserFields
        values={shownValues(f.state, EMPTY)}
        error={f.error}
        agencies={agencies}
        roleLabels={roleLabels}
        t={t}
      />
      <p className="text-sm text-slate-600">{t.newIntro}</p>
      <FormResult form={f} />
      <button type="submit" className={buttonClass.primary} disabled={f.pending}>
        {t.create}
      </button>
    </form>
  );
}

/** /admin/users/[id]: the same fields for one user; a change of role, agency or duty ends their sessions. */
export function EditUserForm({
  userId,
  version,
  values,
  agencies,
  roleLabels,
  self,
  t,
}: {
  userId: number;
  /** The account's version as read: a save over a later change is refused (attacker pass 39). */
  version: number;
  values: UserFormValues;
  agencies: readonly AgencyOption[];
  roleLabels: Record<string, string>;
  /** The administrator's own account: role, agency and duty cannot change (lib refuses it too). */
  self: boolean;
  t: T;
}) {
  // One read of the account, its version with it: another form's save on the page brings a newer one, taken while
  // nothing is typed; over edits the form keeps the version it was read at and its save is refused as stale.
  const f = useActionForm(updateUserAction, {
    schema: updateUserSchema,
    keepOnSuccess: true,
    record: { ...values, version },
  });
  return (
    <form {...f.formProps} className="space-y-4" aria-label={t.editTitle}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={f.values.version} />
      <UserFields
        key={f.fieldsKey}
        values={shownValues(f.state, f.values)}
        error={f.error}
        agencies={agencies}
        roleLabels={roleLabels}
        t={t}
      />
      <p className="text-sm text-slate-600">{self ? t.self : t.endsSessions}</p>
      <FormResult form={f} />
      <button type="submit" className={buttonClass.primary} disabled={f.pending}>
        {t.save}
      </button>
    </form>
  );
}

/** The committees a user serves, as checkboxes; none ticked: every committee. */
export function UserCommitteesForm({
  userId,
  version,
  committees,
  served,
  t,
}: {
  userId: number;
  version: number;
  committees: { id: number; name: string; ended: boolean }[];
  served: number[];
  t: T;
}) {
  const f = useActionForm(setUserCommitteesAction, {
    schema: userCommitteesSchema,
    keepOnSuccess: true,
    record: { version, served },
  });
  return (
    <form {...f.formProps} className="space-y-3" aria-label={t.committeesTitle}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={f.values.version} />
      <fieldset key={f.fieldsKey}>
        <legend className="mb-2 text-sm text-slate-700">{t.committeesHint}</legend>
        {committees.length === 0 ? <p className="text-sm text-slate-600">{t.committeesNone}</p> : null}
        <ul className="space-y-1">
          {committees.map((c) => (
            <li key={c.id}>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  name="committeeIds"
                  value={c.id}
                  defaultChecked={f.values.served.includes(c.id)}
                  className="mt-1"
                />
                <span>
                  {c.name} {c.ended ? <span className="text-slate-600">{t.committeeEnded}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {f.error('committeeIds') ? <p className="text-sm text-red-700">{f.error('committeeIds')}</p> : null}
      <FormResult form={f} />
      <button type="submit" className={buttonClass.secondary} disabled={f.pending}>
        {t.committeesSave}
      </button>
    </form>
  );
}
