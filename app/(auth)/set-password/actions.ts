'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { runPublicAction } from '@/lib/action';
import { clientAddress } from '@/lib/auth/client-address';
import { setPasswordWithLink } from '@/lib/users/links';
import { setPasswordSchema } from '@/lib/users/schemas';

// POST (server action) /set-password - anyone holding a single-use link (invitation or reset) sets the
// account's password; every session of the account ends; then to sign-in
export async function setPasswordAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const ip = clientAddress(await headers());
  const r = await runPublicAction(setPasswordSchema, input, (v) =>
    setPasswordWithLink({ token: v.token, password: v.password, ip }),
  );
  if (!r.ok) return r;
  redirect('/sign-in?password=set');
}
