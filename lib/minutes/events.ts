import type { DbOrTx } from '@/db/client';

export type DocumentPublished = { documentId: number; sessionId: number; kind: 'minutes' | 'notice' };

/**
 * Called after a minutes or notice is published (after its transaction commits). The notifications
 * issue plugs in here to tell the agencies named in the notice; until then nothing listens.
 */
const listeners: ((event: DocumentPublished, db: DbOrTx) => Promise<void>)[] = [];

export function onPublished(listener: (event: DocumentPublished, db: DbOrTx) => Promise<void>): void {
  listeners.push(listener);
}

export async function onDocumentPublished(event: DocumentPublished, db: DbOrTx): Promise<void> {
  for (const listener of listeners) await listener(event, db);
}
