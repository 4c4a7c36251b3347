import 'server-only';
import { auditEntries } from '@/db/schema';
import type { DbOrTx } from '@/db/client';
import type { Actor } from '@/lib/policy';

export type AuditInput = {
  /** Null for the system itself (seeds, scheduled jobs). */
  actor: Actor | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

/** Writes one audit row; call it with the transaction that makes the change, so both commit or neither. */
export async function writeAudit(tx: DbOrTx, input: AuditInput): Promise<void> {
  await tx.insert(auditEntries).values({
    actorUserId: input.actor?.userId ?? null,
    actorRole: input.actor?.role ?? 'system',
    actorAgencyId: input.actor?.agencyId ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId == null ? null : String(input.entityId),
    before: input.before ?? null,
    after: input.after ?? null,
    ip: input.ip ?? null,
  });
}

/** Records a refused attempt (a permission or record rule said no), outside any transaction of the attempt. */
export async function logRefusal(
  db: DbOrTx,
  input: { actor: Actor; what: string; reason: string; ip?: string | null },
): Promise<void> {
  await writeAudit(db, {
    actor: input.actor,
    action: 'access.refused',
    entityType: 'action',
    entityId: input.what.slice(0, 200),
    after: { reason: input.reason.slice(0, 500) },
    ip: input.ip ?? null,
  });
}
