'use client';

import { useActionState } from 'react';
import { buttonClass, FormMessage } from '@/components/ui/field';
import { handOverAction } from './actions';

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
  const [state, action, pending] = useActionState(handOverAction, null);
  return (
    <form action={action} className="space-y-1">
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
      <FormMessage ok={!!state?.ok} message={state?.message} />
    </form>
  );
}
