'use server';

import type { ActionFormState } from '@/components/forms/use-action-form';
import { runAction } from '@/lib/action';
import { signOut } from '@/lib/auth/config';
import { changePassword, changePasswordSchema } from '@/lib/auth/password-rules';

// POST (server action) /account - change one's own password, then sign in again
export async function changePasswordAction(_prev: ActionFormState, input: FormData): Promise<ActionFormState> {
  const r = await runAction(changePasswordSchema, input, (actor, v) =>
    changePassword({ actor, current: v.current, next: v.next }),
  );
  if (!r.ok) return r;
  await signOut({ redirectTo: '/sign-in?changed=1' });
  return { ok: true };
}
