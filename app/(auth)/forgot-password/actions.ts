'use server';

import { headers } from 'next/headers';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { runPublicAction } from '@/lib/action';
import { clientAddress } from '@/lib/auth/client-address';
import { RESET_ANSWER_MS, steady } from '@/lib/auth/steady';
import { getMessages } from '@/lib/i18n';
import { smtpConfigured } from '@/lib/notifications/mailer';
import { requestPasswordReset } from '@/lib/users/links';
import { forgotPasswordSchema } from '@/lib/users/schemas';

// POST (server action) /forgot-password - anyone: a reset link is emailed when the address is an active
// account's; the same answer either way; throttled per address typed and per client address
export async function requestResetAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const ip = clientAddress(await headers());
  // The same answer at the same time whether or not the address has an account (lib/auth/steady).
  const r = await runPublicAction(forgotPasswordSchema, input, (v) =>
    steady(RESET_ANSWER_MS, () => requestPasswordReset({ email: v.email, ip })),
  );
  if (!r.ok) return r;
  const { t } = await getMessages();
  // Without SMTP the link stays in the outbox: the person is told so, and whom to ask.
  return { ok: true, message: smtpConfigured() ? t.links.sent : `${t.links.sent} ${t.links.noMail}` };
}
