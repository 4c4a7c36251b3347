import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, documentRevisions, documents, sessions, users } from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { publishApprovalRequired } from '@/lib/env';
import { listSessionDirectives } from '@/lib/directives/queries';
import { can, canApproveDocument, canReadSession, type Actor } from '@/lib/policy';
import { getAttendanceSheet, getSessionHeader } from '@/lib/sessions/queries';
import { committeeProvince, offeredGroups, resolveGroup } from '@/lib/agencies/policy';
import { vnDate } from '@/lib/time';
import {
  actingChair,
  composeDocument,
  GROUP_NAMES,
  noticeAssignment,
  noticeClosing,
  sentenceCase,
  type AgencyGroup,
  type DocumentFields,
} from './compose';
import { defaultFields } from './defaults-vocabulary';
import type { OfficialDocumentModel } from './document-model';
import { documentNumberLine } from './format';
import { blocksToLines } from './markdown';
import { diffLines } from './diff';

type Kind = 'minutes' | 'notice';

export { defaultFields };

/**
 * A session's minutes or notice for reading or editing: the stored fields (or the defaults), its
 * version and status, and the document composed now (drafts) or as published (published ones).
 * Null when the reader may not see it: agencies see only published documents.
 */
export async function getDocument(input: { actor: Actor; sessionId: number; kind: Kind }, db?: DbOrTx) {
  const d = await resolveDb(db);
  const row = await getSessionHeader(d, input.sessionId);
  if (!row) return null;
  const [doc] = await d
    .select()
    .from(documents)
    .where(and(eq(documents.sessionId, input.sessionId), eq(documents.kind, input.kind)));
  const published = doc?.status === 'published';
  if (!canReadSession(input.actor, row.session)) return null;
  if (!published && !can(input.actor, 'document.readDraft')) return null;
  // A new notice's subject names who actually chaired (the scheduled chair may have been absent).
  const acting = doc
    ? null
    : actingChair({
        points:
          (await getAttendanceSheet({ actor: { ...input.actor, role: 'secretariat' }, sessionId: input.sessionId }, d))
            ?.points ?? [],
        chairName: row.chairName,
        chairTitle: row.chairTitle,
      });
  const sessionInfo = {
    title: row.session.title,
    committeeName: row.committeeName,
    chairName: acting?.name ?? null,
    chairTitle: acting?.title ?? null,
  };
  const fields: DocumentFields = doc
    ? { ...doc, authorityPrefix: doc.authorityPrefix, recipients: doc.recipients }
    : defaultFields(input.kind, sessionInfo, await committeeProvince(d, row.session.committeeId));
  if (fields.kind === 'notice' && !fields.closing.trim()) {
    // A notice saved before the closing field held the formula: show the one the document ends with.
    const [issuer] = await d
      .select({ name: agencies.name })
      .from(agencies)
      .where(sql`upper(${agencies.name}) = upper(${fields.issuingBody ?? ''})`)
      .limit(1);
    fields.closing = noticeClosing(issuer?.name ?? sentenceCase(fields.issuingBody ?? ''));
  }
  let model: OfficialDocumentModel;
  if (published) {
    const [rev] = await d
      .select({ composed: documentRevisions.composed })
      .from(documentRevisions)
      .where(and(eq(documentRevisions.documentId, doc.id), eq(documentRevisions.status, 'published')))
      .orderBy(desc(documentRevisions.revision))
      .limit(1);
    model = rev!.composed as OfficialDocumentModel;
  } else {
    model = await composeLive(d, input.actor, input.sessionId, fields, row);
  }
  return {
    session: row.session,
    committeeName: row.committeeName,
    documentId: doc?.id ?? null,
    version: doc?.version ?? 0,
    status: fields.status,
    publishedAt: doc?.publishedAt ?? null,
    fields,
    model,
    approval: await approvalState(d, input.actor, doc ?? null),
    /** For the editor: each conclusion's assignment sentence (drafts and corrections alike). */
    assignments: can(input.actor, 'document.manage')
      ? await assignmentItems(d, input.actor, input.sessionId, row.session.startsAt, fields.assignmentTexts)
      : [],
  };
}

/**
 * The approval a document awaits or has (decision 024): whether the deployment requires it, who asked and
 * when, who approved and when, and whether the reader may approve it now.
 */
async function approvalState(
  d: DbOrTx,
  actor: Actor,
  doc: Pick<
    typeof documents.$inferSelect,
    'status' | 'editedBy' | 'approvalRequestedBy' | 'approvalRequestedAt' | 'approvedBy' | 'approvedAt'
  > | null,
) {
  const ids = [doc?.approvalRequestedBy, doc?.approvedBy].filter((x): x is number => typeof x === 'number');
  const names = new Map(
    ids.length
      ? (await d.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))).map((u) => [
          u.id,
          u.name,
        ])
      : [],
  );
  return {
    required: publishApprovalRequired(),
    requestedBy: doc?.approvalRequestedBy ? (names.get(doc.approvalRequestedBy) ?? null) : null,
    requestedAt: doc?.approvalRequestedAt ?? null,
    approvedBy: doc?.approvedBy ? (names.get(doc.approvedBy) ?? null) : null,
    approvedAt: doc?.approvedAt ?? null,
    canApprove: !!doc && doc.approvedBy === null && canApproveDocument(actor, doc),
    /** The reader wrote or submitted it, and so may not approve it. */
    ownDocument: !!doc && (doc.editedBy === actor.userId || doc.approvalRequestedBy === actor.userId),
  };
}

export type DocumentApproval = Awaited<ReturnType<typeof approvalState>>;

export type DocumentView = NonNullable<Awaited<ReturnType<typeof getDocument>>>;

/**
 * The groups whose names stand for their agencies when every one of them leads the same work: every
 * ministry or every province, as of the session's day or today, as the assign form offers. The notice,
 * the editor and the directives page name a group assignment by these ("các bộ, cơ quan ngang bộ"),
 * never as "51 cơ quan (…)".
 */
export async function assignableGroups(
  startsAt: Date,
  committeeId: number | null,
  db?: DbOrTx,
): Promise<AgencyGroup[]> {
  const d = await resolveDb(db);
  const day = vnDate(startsAt);
  // a province's groups are the committee's province's (decision 076); a committee of no province has none
  const offered = await offeredGroups(committeeId, d);
  const groups = (['ministries', 'provinces', 'departments', 'localities'] as const).filter((group) =>
    offered.includes(group),
  );
  return Promise.all(
    groups.flatMap((group) =>
      [day, vnDate()].map(async (on) => ({
        name: GROUP_NAMES[group],
        agencyIds: await resolveGroup(d, { group, day: on, committeeId }),
      })),
    ),
  );
}

/**
 * The conclusions a document writes (confidential ones never go into a document that every agency may read
 * once published) and the groups whose names stand for their agencies (assignableGroups).
 */
async function loadConclusions(d: DbOrTx, actor: Actor, sessionId: number, startsAt: Date) {
  const secretariatView: Actor = { ...actor, role: 'secretariat' };
  const [directives, groups] = await Promise.all([
    listSessionDirectives({ actor: secretariatView, sessionId }, d).then((list) =>
      list.filter((x) => !x.isConfidential),
    ),
    d
      .select({ committeeId: sessions.committeeId })
      .from(sessions)
      .where(eq(sessions.id, sessionId))
      .then(([row]) => assignableGroups(startsAt, row?.committeeId ?? null, d)),
  ]);
  return { directives, groups };
}

/**
 * The conclusions that have (or may have) an assignment sentence, for the editor: the sentence written from
 * the tasks ('' when the item's text already says it) and the one the document writes now.
 */
export async function assignmentItems(
  d: DbOrTx,
  actor: Actor,
  sessionId: number,
  startsAt: Date,
  texts: Record<string, string> = {},
) {
  const { directives, groups } = await loadConclusions(d, actor, sessionId, startsAt);
  return directives
    .filter((x) => x.tasks.length > 0 || texts[String(x.id)] !== undefined)
    .map((x) => {
      const heading = x.parentId ? (directives.find((p) => p.id === x.parentId)?.text ?? '') : '';
      const auto = noticeAssignment(x, groups, {}, heading) ?? '';
      return { id: x.id, ordinal: x.ordinal, text: x.text, auto, current: texts[String(x.id)] ?? auto };
    });
}

export type AssignmentItem = Awaited<ReturnType<typeof assignmentItems>>[number];

/** Composes from the current session, attendance and directives (as the secretariat sees them). */
export async function composeLive(
  d: DbOrTx,
  actor: Actor,
  sessionId: number,
  fields: DocumentFields,
  header: {
    session: { title: string; startsAt: Date; location: string | null };
    chairName: string | null;
    chairTitle: string | null;
  },
): Promise<OfficialDocumentModel> {
  const secretariatView: Actor = { ...actor, role: 'secretariat' };
  const [sheet, { directives, groups }, [issuer]] = await Promise.all([
    getAttendanceSheet({ actor: secretariatView, sessionId }, d),
    loadConclusions(d, actor, sessionId, header.session.startsAt),
    d
      .select({ name: agencies.name })
      .from(agencies)
      .where(sql`upper(${agencies.name}) = upper(${fields.issuingBody ?? ''})`)
      // The same one every time (names are not unique): an approval compares two compositions (decision 045).
      .orderBy(agencies.id)
      .limit(1),
  ]);
  return composeDocument(
    {
      title: header.session.title,
      startsAt: header.session.startsAt,
      location: header.session.location,
      chairName: header.chairName,
      chairTitle: header.chairTitle,
      points: sheet?.points ?? [],
      groups,
    },
    directives,
    fields,
    issuer?.name ?? null,
  );
}

/** Every save of a document, newest first, with its author. */
export async function listRevisions(input: { actor: Actor; documentId: number }, db?: DbOrTx) {
  const d = await resolveDb(db);
  if (!can(input.actor, 'document.readDraft')) return [];
  return d
    .select({
      id: documentRevisions.id,
      revision: documentRevisions.revision,
      status: documentRevisions.status,
      reason: documentRevisions.reason,
      createdAt: documentRevisions.createdAt,
      authorName: users.name,
    })
    .from(documentRevisions)
    .leftJoin(users, eq(users.id, documentRevisions.authorId))
    .where(eq(documentRevisions.documentId, input.documentId))
    .orderBy(desc(documentRevisions.revision));
}

/** The line diff between two revisions of the same document (as composed at each save). */
export async function compareRevisions(
  input: { actor: Actor; documentId: number; from: number; to: number },
  db?: DbOrTx,
) {
  if (!can(input.actor, 'document.readDraft')) return null;
  const d = await resolveDb(db);
  const rows = await d
    .select()
    .from(documentRevisions)
    .where(eq(documentRevisions.documentId, input.documentId))
    .orderBy(asc(documentRevisions.revision));
  const a = rows.find((r) => r.revision === input.from);
  const b = rows.find((r) => r.revision === input.to);
  if (!a || !b) return null;
  const lines = (r: typeof a) => {
    const m = r.composed as OfficialDocumentModel | null;
    const head = m
      ? [
          documentNumberLine(m.number, m.symbol),
          `${m.place}, ${m.issueDate ?? ''}`,
          m.subject,
          ...m.signatures.map((s) => `${s.signerTitle}: ${s.signerName}`),
        ]
      : [];
    return [...head, ...(m ? blocksToLines(m.body) : r.body.split('\n')), ...(m?.recipients ?? [])];
  };
  return { from: a, to: b, diff: diffLines(lines(a), lines(b)) };
}
