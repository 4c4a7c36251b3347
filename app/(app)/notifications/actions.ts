'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runAction } from '@/lib/action';
import { NOTIFICATION_KINDS } from '@/lib/notifications/kinds';
import { markAllRead, openNotification, setEmailPreferences } from '@/lib/notifications/mutations';
import { id, z } from '@/lib/zod';

// POST (server action) /notifications - open one: mark it read, go where it points
export async function openNotificationAction(input: FormData): Promise<void> {
  const r = await runAction(z.object({ id: id('Thông báo') }), input, (actor, v) => openNotification({ actor, ...v }));
  revalidatePath('/', 'layout');
  redirect(r.ok && r.data!.startsWith('/') ? r.data! : '/notifications');
}

// POST (server action) /notifications - mark every notice read
export async function markAllReadAction(input: FormData): Promise<void> {
  await runAction(z.object({}), input, (actor) => markAllRead({ actor }));
  revalidatePath('/', 'layout');
  redirect('/notifications');
}

const preferencesSchema = z.object({
  email: z
    .preprocess((v) => (v === undefined ? [] : ([] as unknown[]).concat(v)), z.array(z.enum(NOTIFICATION_KINDS)))
    .default([]),
});

// POST (server action) /notifications - which kinds also come by email
export async function savePreferencesAction(input: FormData): Promise<void> {
  const r = await runAction(preferencesSchema, input, (actor, v) =>
    setEmailPreferences({ actor, emailKinds: v.email }),
  );
  redirect(r.ok ? '/notifications?saved=1' : '/notifications?error=1');
}
