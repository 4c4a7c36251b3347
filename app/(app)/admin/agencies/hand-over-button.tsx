'use client';

import { useActionState } from 'react';
import { buttonClass, FormMessage } from '@/components/ui/field';
import { handOverAction } from './actions';

export function HandOverButton({ agencyId, label }: { agencyId: number; label: string }) {
  const [state, action, pending] = useActionState(handOverAction, null);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="agencyId" value={agencyId} />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {label}
      </button>
      <FormMessage ok={!!state?.ok} message={state?.message} />
    </form>
  );
}
