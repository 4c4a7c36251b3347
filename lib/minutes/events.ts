import 'server-only';
import type { DbOrTx } from '@/db/client';
import { notifyNoticePublished } from '@/lib/notifications/published';

export type DocumentPublished = { documentId: number; sessionId: number; kind: 'minutes' | 'notice' };

/** Called after a minutes or notice is published (after its transaction commits): the agencies concerned are told. */
export async function onDocumentPublished(event: DocumentPublished, db: DbOrTx): Promise<void> {
  await notifyNoticePublished(db, event);
}
