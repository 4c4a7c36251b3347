'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runAction } from '@/lib/action';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { getMessages } from '@/lib/i18n';
import { markAllRead, openNotification, setEmailPreferences } from '@/lib/notifications/mutations';
import { emailPreferencesSchema, openNotificationSchema } from '@/lib/notifications/schemas';
import { noFields } from '@/lib/zod';

// POST (server action) /notifications - open one: mark it read, go where it points (a refusal is answered)
export async function openNotificationAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(openNotificationSchema, input, (actor, v) => openNotification({ actor, ...v }));
  if (!r.ok) return r;
  revalidatePath('/', 'layout');
  redirect(r.data!.startsWith('/') ? r.data! : '/notifications');
}

// POST (server action) /notifications - mark every notice read
export async function markAllReadAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(noFields, input, (actor) => markAllRead({ actor }));
  if (!r.ok) return r;
  revalidatePath('/', 'layout');
  return { ok: true };
}

// POST (server action) /notifications - which kinds also come by email
export async function savePreferencesAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const r = await runAction(emailPreferencesSchema, input, (actor, v) =>
    setEmailPreferences({ actor, emailKinds: v.email }),
  );
  if (!r.ok) return r;
  revalidatePath('/notifications');
  return { ok: true, message: (await getMessages()).t.notifications.saved };
}
