'use client';

import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { buttonClass } from '@/components/ui/field';
import { handOverAction } from './actions';

const handOverSchema: SchemaLoader = () => import('@/lib/agencies/schemas').then((m) => m.handOverSchema);

export function HandOverButton({
  agencyId,
  label,
  moveUsersLabel,
  users,
}: {
  agencyId: number;
  label: string;
  /** Offered when the agency still has accounts: they move to the successor (else they stay read-only). */
  moveUsersLabel: string;
  users: number;
}) {
  const f = useActionForm(handOverAction, { schema: handOverSchema });
  const { pending } = f;
  return (
    <form {...f.formProps} className="space-y-1">
      <input type="hidden" name="agencyId" value={agencyId} />
      {users > 0 ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="moveUsers" />
          {moveUsersLabel}
        </label>
      ) : null}
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {label}
      </button>
      <FormResult form={f} />
    </form>
  );
}
