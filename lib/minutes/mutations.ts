import 'server-only';
import { createHash } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { documentRevisions, documents, sessions } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { publishApprovalRequired } from '@/lib/env';
import { conflict, invalid, notFound, STALE_MESSAGE } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { requireServedCommittee } from '@/lib/committees/scope';
import { assertCan, can, canApproveDocument, ForbiddenError, isPendingCorrection, type Actor } from '@/lib/policy';
import { getSessionHeader } from '@/lib/sessions/queries';
import type { DocumentFields } from './compose';
import { onDocumentPublished } from './events';
import { assignmentItems, composeLive, getDocument } from './queries';
import { documentFieldsSchema, type DocumentFieldsInput } from './schemas';

type Kind = 'minutes' | 'notice';
type Doc = typeof documents.$inferSelect;

const FIELD_KEYS = [
  'number',
  'symbol',
  'issuingBody',
  'place',
  'issueDate',
  'subject',
  'signerName',
  'signerTitle',
  'authorityPrefix',
  'authorityBody',
  'recipients',
  'assignmentTexts',
] as const;

function toFields(doc: Doc): DocumentFields {
  return { ...doc, recipients: doc.recipients, assignmentTexts: doc.assignmentTexts };
}

/** The document as it composes now: its text with the session's conclusions, assignments and attendees. */
async function composeNow(tx: Tx, actor: Actor, doc: Doc) {
  const header = await getSessionHeader(tx, doc.sessionId);
  return composeLive(tx, actor, doc.sessionId, toFields(doc), header!);
}

/** What an approval holds on to: the composed document's SHA-256. */
const digestOf = (composed: unknown) => createHash('sha256').update(JSON.stringify(composed)).digest('hex');

/**
 * Writes revision n+1 with the document as composed now, so any two saves can be compared later. `status`: the
 * revision's own, the document's by default; a correction of a published document waiting for approval is kept
 * `in_review`, and readers go on reading the last `published` revision (decision 024: what is published is what was
 * approved).
 */
async function addRevision(
  tx: Tx,
  actor: Actor,
  doc: Doc,
  reason: string | null,
  status: Doc['status'] = doc.status,
  composedBefore?: unknown,
) {
  const composed = composedBefore ?? (await composeNow(tx, actor, doc));
  const [{ next } = { next: 1 }] = await tx
    .select({ next: sql<number>`coalesce(max(${documentRevisions.revision}), 0) + 1`.mapWith(Number) })
    .from(documentRevisions)
    .where(eq(documentRevisions.documentId, doc.id));
  await tx.insert(documentRevisions).values({
    documentId: doc.id,
    revision: next,
    status,
    body: doc.body,
    closing: doc.closing,
    fields: Object.fromEntries(FIELD_KEYS.map((k) => [k, doc[k]])),
    composed,
    reason,
    authorId: actor.userId,
  });
  return next;
}

/**
 * The stored wording of the assignment sentences after a save: an item sent with the sentence written from
 * its tasks keeps following its tasks; any other text (or none, '') is the secretariat's and is kept as
 * written. Items of other sessions (or confidential ones) are ignored.
 */
async function wordedAssignments(
  tx: Tx,
  actor: Actor,
  sessionId: number,
  startsAt: Date,
  stored: Record<string, string>,
  sent: { directiveId: number; text: string }[],
): Promise<Record<string, string>> {
  const auto = new Map((await assignmentItems(tx, actor, sessionId, startsAt)).map((i) => [i.id, i.auto]));
  const next = new Map(Object.entries(stored));
  for (const a of sent) {
    if (!auto.has(a.directiveId)) continue;
    const text = a.text.replace(/\s+/g, ' ').trim();
    if (text === auto.get(a.directiveId)) next.delete(String(a.directiveId));
    else next.set(String(a.directiveId), text);
  }
  return Object.fromEntries(next);
}

/**
 * Saves the header, signature, recipients and free text of a session's minutes or notice, at the
 * version it was read (0 = creating it). A published document changes only with a reason: the
 * correction is a new revision, and the history shows it.
 */
/** A session of a committee the actor does not serve is one they cannot write to: not found. */
async function requireServedSession(tx: DbOrTx, actor: Actor, sessionId: number): Promise<void> {
  const [s] = await tx.select({ committeeId: sessions.committeeId }).from(sessions).where(eq(sessions.id, sessionId));
  requireServedCommittee(actor, s?.committeeId, msg('errors.minutes.sessionNotFound'));
}

export async function saveDocument(input: { actor: Actor; values: DocumentFieldsInput }, db?: DbOrTx): Promise<number> {
  assertCan(input.actor, 'document.manage');
  const { sessionId, kind, version, reason, assignments, ...rest } = input.values;
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const [session] = await tx
      .select({ id: sessions.id, startsAt: sessions.startsAt, committeeId: sessions.committeeId })
      .from(sessions)
      .where(eq(sessions.id, sessionId))
      .for('update');
    if (!session) throw notFound(msg('errors.minutes.sessionNotFound'));
    requireServedCommittee(input.actor, session.committeeId, msg('errors.minutes.sessionNotFound'));
    const [existing] = await tx
      .select()
      .from(documents)
      .where(and(eq(documents.sessionId, sessionId), eq(documents.kind, kind)));
    const assignmentTexts = assignments
      ? await wordedAssignments(
          tx,
          input.actor,
          sessionId,
          session.startsAt,
          existing?.assignmentTexts ?? {},
          assignments,
        )
      : (existing?.assignmentTexts ?? {});
    const fields = { ...rest, assignmentTexts };
    let doc: Doc;
    if (!existing) {
      if (version !== 0) throw conflict(STALE_MESSAGE);
      [doc] = (await tx
        .insert(documents)
        .values({ sessionId, kind, ...fields, editedBy: input.actor.userId })
        .returning()) as [Doc];
      await writeAudit(tx, {
        actor: input.actor,
        action: 'document.create',
        entityType: 'document',
        entityId: doc.id,
        after: doc,
      });
    } else {
      if (existing.status === 'published' && !reason) {
        throw invalid(msg('errors.minutes.reasonNeeded'), { reason: msg('errors.minutes.reasonField') });
      }
      // A correction of a published document asks for approval again where publishing needs it.
      const correction = existing.status === 'published' && publishApprovalRequired();
      const [updated] = await tx
        .update(documents)
        .set({
          ...fields,
          // The saver is the author now, and an approval given to the text before this save no longer holds.
          editedBy: input.actor.userId,
          approvedBy: null,
          approvedAt: null,
          approvedDigest: null,
          ...(correction ? { approvalRequestedBy: input.actor.userId, approvalRequestedAt: new Date() } : {}),
          version: sql`${documents.version} + 1`,
          updatedAt: new Date(),
        })
        .where(and(eq(documents.id, existing.id), eq(documents.version, version)))
        .returning();
      if (!updated) throw conflict(STALE_MESSAGE);
      doc = updated;
      if (existing.approvedBy !== null) {
        await writeAudit(tx, {
          actor: input.actor,
          action: 'document.approval_voided',
          entityType: 'document',
          entityId: doc.id,
          before: { approvedBy: existing.approvedBy, approvedAt: existing.approvedAt },
          after: { version: doc.version },
        });
      }
      await writeAudit(tx, {
        actor: input.actor,
        action: existing.status === 'published' ? 'document.correct' : 'document.update',
        entityType: 'document',
        entityId: doc.id,
        before: existing,
        after: { ...doc, reason },
      });
    }
    const corrected = existing?.status === 'published';
    await addRevision(
      tx,
      input.actor,
      doc,
      corrected ? reason : null,
      corrected && publishApprovalRequired() ? 'in_review' : doc.status,
    );
    return doc.version;
  });
}

const TRANSITIONS: Record<string, string[]> = {
  draft: ['in_review'],
  in_review: ['draft', 'published'],
  published: [],
};

export const APPROVAL_NEEDED = msg('errors.minutes.approvalNeeded');
export const OWN_APPROVAL = msg('errors.minutes.ownApproval');

/**
 * Moves a document draft → in review → published (or back to draft from review). Sending it for review
 * asks for approval; where the deployment requires it (decision 024), it is published only once approved
 * by someone else, and going back to draft withdraws the request and the approval. Publishing freezes what
 * was composed; publishing the notice marks the session's minutes published and tells the notification hook.
 */
export async function changeDocumentStatus(
  input: { actor: Actor; sessionId: number; kind: Kind; version: number; to: 'draft' | 'in_review' | 'published' },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'document.manage');
  const d = await resolveDb(db);
  const published = await d.transaction(async (tx) => {
    await requireServedSession(tx, input.actor, input.sessionId);
    const [doc] = await tx
      .select()
      .from(documents)
      .where(and(eq(documents.sessionId, input.sessionId), eq(documents.kind, input.kind)));
    if (!doc) throw notFound(msg('errors.minutes.saveFirst'));
    if (!TRANSITIONS[doc.status]!.includes(input.to)) {
      throw invalid(input.to === 'published' ? msg('errors.minutes.reviewFirst') : msg('errors.minutes.badTransition'));
    }
    if (input.to === 'published' && (!doc.number || !doc.issueDate || !doc.signerName)) {
      throw invalid(msg('errors.minutes.publishIncomplete'));
    }
    const approvalRequired = publishApprovalRequired();
    if (input.to === 'published' && approvalRequired && doc.approvedBy === null) throw invalid(APPROVAL_NEEDED);
    // What is published is what was approved: a conclusion reworded, a task given to another agency or another
    // deadline, an attendee changed since the approval, and the document goes back for approval first.
    // (Composed as the approver read it, in review: the published revision is composed below, without the draft mark.)
    if (
      input.to === 'published' &&
      approvalRequired &&
      doc.approvedDigest !== null &&
      digestOf(await composeNow(tx, input.actor, doc)) !== doc.approvedDigest
    )
      throw invalid(msg('errors.minutes.changedSinceApproval'));
    const now = new Date();
    const [updated] = await tx
      .update(documents)
      .set({
        status: input.to,
        ...(input.to === 'in_review' ? { approvalRequestedBy: input.actor.userId, approvalRequestedAt: now } : {}),
        ...(input.to === 'draft'
          ? {
              approvalRequestedBy: null,
              approvalRequestedAt: null,
              approvedBy: null,
              approvedAt: null,
              approvedDigest: null,
            }
          : {}),
        version: sql`${documents.version} + 1`,
        updatedAt: new Date(),
        publishedAt: input.to === 'published' ? new Date() : doc.publishedAt,
      })
      .where(and(eq(documents.id, doc.id), eq(documents.version, input.version)))
      .returning();
    if (!updated) throw conflict(STALE_MESSAGE);
    if (input.to === 'published' && input.kind === 'notice') {
      const [before] = await tx
        .select({ status: sessions.status })
        .from(sessions)
        .where(eq(sessions.id, input.sessionId));
      // A version bump, so an edit form opened before publishing cannot write the old status back.
      await tx
        .update(sessions)
        .set({ status: 'minutes_published', version: sql`${sessions.version} + 1`, updatedAt: new Date() })
        .where(eq(sessions.id, input.sessionId));
      await writeAudit(tx, {
        actor: input.actor,
        action: 'session.minutes_published',
        entityType: 'session',
        entityId: input.sessionId,
        before,
        after: { status: 'minutes_published' },
      });
    }
    await addRevision(tx, input.actor, updated, null);
    await writeAudit(tx, {
      actor: input.actor,
      action: `document.status_${input.to}`,
      entityType: 'document',
      entityId: doc.id,
      before: { status: doc.status },
      after: { status: input.to },
    });
    if (input.to === 'in_review' && approvalRequired) {
      await writeAudit(tx, {
        actor: input.actor,
        action: 'document.approval_requested',
        entityType: 'document',
        entityId: doc.id,
        after: { version: updated.version, requestedAt: now },
      });
    }
    return input.to === 'published' ? updated : null;
  });
  if (published)
    await onDocumentPublished({ documentId: published.id, sessionId: input.sessionId, kind: input.kind }, d);
}

/** The header fields a pasted notice can carry. */
const HEADER_KEYS = [
  'number',
  'symbol',
  'place',
  'issueDate',
  'authorityPrefix',
  'authorityBody',
  'signerTitle',
  'signerName',
] as const;
type NoticeHeader = {
  [K in (typeof HEADER_KEYS)[number]]: K extends 'authorityPrefix' ? DocumentFields[K] : string | null;
};

/**
 * Fills the session's notice with the pasted notice's number, date, place and signer: every field of a
 * notice never saved (its defaults are only suggestions), and only the empty fields of a saved one, so
 * nothing the secretariat typed is overwritten. A published notice is left alone (it changes only by a
 * correction with a reason); a value the notice form would refuse is left out. Returns the fields filled.
 */
export async function fillNoticeHeader(
  tx: DbOrTx,
  actor: Actor,
  sessionId: number,
  header: NoticeHeader,
): Promise<string[]> {
  if (!can(actor, 'document.manage')) return [];
  const doc = await getDocument({ actor, sessionId, kind: 'notice' }, tx);
  if (!doc || doc.status === 'published') return [];
  const saved = doc.documentId !== null;
  const isEmpty = (k: (typeof HEADER_KEYS)[number]) =>
    !saved || (k === 'authorityPrefix' ? doc.fields[k] === 'none' : !doc.fields[k]);
  const filled = HEADER_KEYS.filter(
    (k) => isEmpty(k) && header[k] !== null && header[k] !== '' && !(k === 'authorityPrefix' && header[k] === 'none'),
  );
  if (filled.length === 0) return [];
  const build = (keys: readonly string[]) => ({
    ...doc.fields,
    ...Object.fromEntries(keys.map((k) => [k, header[k as keyof NoticeHeader]])),
    sessionId,
    kind: 'notice' as const,
    version: doc.version,
  });
  let parsed = documentFieldsSchema.safeParse(build(filled));
  if (!parsed.success) {
    const refused = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    filled.splice(0, filled.length, ...filled.filter((k) => !refused.has(k)));
    parsed = documentFieldsSchema.safeParse(build(filled));
    if (!parsed.success || filled.length === 0) return [];
  }
  await saveDocument({ actor, values: parsed.data }, tx);
  return [...filled];
}

/**
 * Approves a document in review for publishing, at the version read: a leader or a secretariat user other
 * than its author (who last saved it) and the one who sent it for review (decision 024). A later save
 * voids the approval; publishing stays the secretariat's step.
 */
export async function approveDocument(
  input: { actor: Actor; sessionId: number; kind: Kind; version: number },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'document.approve');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    await requireServedSession(tx, input.actor, input.sessionId);
    const [doc] = await tx
      .select()
      .from(documents)
      .where(and(eq(documents.sessionId, input.sessionId), eq(documents.kind, input.kind)));
    if (!doc) throw notFound(msg('errors.minutes.saveFirst'));
    if (doc.version !== input.version) throw conflict(STALE_MESSAGE);
    const correction = isPendingCorrection(doc);
    if (doc.status !== 'in_review' && !correction) throw invalid(msg('errors.minutes.approveNotInReview'));
    if (doc.approvedBy !== null) throw invalid(msg('errors.minutes.alreadyApproved'));
    if (!canApproveDocument(input.actor, doc)) throw new ForbiddenError('document.approve', OWN_APPROVAL);
    const now = new Date();
    // A first publication keeps the digest of what the approver read; a correction publishes its pending revision.
    const approvedDigest = correction ? null : digestOf(await composeNow(tx, input.actor, doc));
    const [updated] = await tx
      .update(documents)
      .set({
        approvedBy: input.actor.userId,
        approvedAt: now,
        approvedDigest,
        version: sql`${documents.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(documents.id, doc.id), eq(documents.version, input.version)))
      .returning();
    if (!updated) throw conflict(STALE_MESSAGE);
    await writeAudit(tx, {
      actor: input.actor,
      action: 'document.approved',
      entityType: 'document',
      entityId: doc.id,
      before: { version: doc.version, editedBy: doc.editedBy, approvalRequestedBy: doc.approvalRequestedBy },
      after: { approvedBy: input.actor.userId, approvedAt: now, version: updated.version },
    });
    // An approved correction is what readers read from now on: the pending revision the approver compared, as it was
    // composed when saved (a conclusion changed since then is not published with it unreviewed).
    if (correction) {
      const [pending] = await tx
        .select({ reason: documentRevisions.reason, composed: documentRevisions.composed })
        .from(documentRevisions)
        .where(eq(documentRevisions.documentId, doc.id))
        .orderBy(desc(documentRevisions.revision))
        .limit(1);
      await addRevision(tx, input.actor, updated, pending?.reason ?? null, 'published', pending?.composed ?? undefined);
    }
  });
}
