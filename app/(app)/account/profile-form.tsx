'use client';

import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { updateProfileAction } from './actions';

const ownProfileSchema: SchemaLoader = () => import('@/lib/users/schemas').then((m) => m.ownProfileSchema);

/** One's own name, position and phone, as others see them on tasks, notices and the audit trail. */
export function ProfileForm({
  t,
  profile,
}: {
  t: Messages['account']['profile'];
  profile: { name: string; position: string | null; phone: string | null };
}) {
  const f = useActionForm(updateProfileAction, { schema: ownProfileSchema, keepOnSuccess: true });
  const { error, pending } = f;
  const input = (name: 'name' | 'position' | 'phone', value: string | null, extra: object) => (
    <input
      id={`profile-${name}`}
      name={name}
      defaultValue={value ?? ''}
      className={inputClass}
      aria-invalid={error(name) ? true : undefined}
      aria-describedby={error(name) ? `profile-${name}-error` : undefined}
      {...extra}
    />
  );
  return (
    <form {...f.formProps} className="max-w-md space-y-4" aria-label={t.title}>
      <Field id="profile-name" label={t.name} error={error('name')}>
        {input('name', profile.name, { required: true, maxLength: 200, autoComplete: 'name' })}
      </Field>
      <Field id="profile-position" label={t.position} error={error('position')}>
        {input('position', profile.position, { maxLength: 200, autoComplete: 'organization-title' })}
      </Field>
      <Field id="profile-phone" label={t.phone} error={error('phone')}>
        {input('phone', profile.phone, { type: 'tel', maxLength: 60, autoComplete: 'tel' })}
      </Field>
      <FormResult form={{ ok: f.ok, message: f.message }} />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t.save}
      </button>
    </form>
  );
}
