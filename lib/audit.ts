import 'server-only';
import { auditEntries } from '@/db/schema';
import { builtOnce, columnPlaceholders, columnValues } from '@/db/built-once';
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

/**
 * Writes audit rows (one, or a list in one statement per 1,000); call it with the transaction that makes the
 * change, so both commit or neither.
 */
export async function writeAudit(tx: DbOrTx, input: AuditInput | AuditInput[]): Promise<void> {
  const list = Array.isArray(input) ? input : [input];
  if (list.length === 1) {
    // One row (every write's) by a statement built once.
    const values = columnValues(auditEntries, AUDIT_COLUMNS, auditRow(list[0]!));
    if (values) return void (await auditInsert(tx, values));
  }
  for (let i = 0; i < list.length; i += 1000)
    await tx.insert(auditEntries).values(list.slice(i, i + 1000).map(auditRow));
}

const auditRow = (a: AuditInput) => ({
  actorUserId: a.actor?.userId ?? null,
  actorRole: a.actor?.role ?? 'system',
  actorAgencyId: a.actor?.agencyId ?? null,
  action: a.action,
  entityType: a.entityType,
  entityId: a.entityId == null ? null : String(a.entityId),
  before: a.before ?? null,
  after: a.after ?? null,
  ip: a.ip ?? null,
});
const AUDIT_COLUMNS = Object.keys(auditRow({ actor: null, action: '', entityType: '' }));
const auditInsert = builtOnce((d: DbOrTx) =>
  d.insert(auditEntries).values(columnPlaceholders(AUDIT_COLUMNS) as unknown as typeof auditEntries.$inferInsert),
);

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
