import { NOTIFICATION_KINDS } from '@/lib/notifications/kinds';
import { id, z } from '@/lib/zod';

/** Open one notice (marks it read). */
export const openNotificationSchema = z.object({ id: id('fields.notification') });

/** Which kinds also come by email: the ticked checkboxes (none ticked posts nothing). */
export const emailPreferencesSchema = z.object({
  email: z
    .preprocess((v) => (v === undefined ? [] : ([] as unknown[]).concat(v)), z.array(z.enum(NOTIFICATION_KINDS)))
    .default([]),
});

/** The outbox page's search: words of the recipient's address or the subject (a bad value reads as none). */
export const outboxFilterSchema = z.object({
  to: z.string().trim().max(320).catch('').default(''),
});
