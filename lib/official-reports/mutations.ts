import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import {
  agencies,
  committees,
  officialReportRevisions,
  officialReports,
  sessions,
  type OfficialReport,
} from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { publishApprovalRequired } from '@/lib/env';
import { conflict, invalid, notFound, STALE_MESSAGE } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { requireServedCommittee, servesCommittee } from '@/lib/committees/scope';
import { assertCan, canApproveDocument, ForbiddenError, type Actor } from '@/lib/policy';
import { vnDate } from '@/lib/time';
import { composeReport, scopeFilter, scopeKey, taskIdsByClass } from './compose';
import { reportDefaults } from './defaults-vocabulary';
import type { CreateReportInput, ReportFieldsInput } from './schemas';
import type { ReportSnapshot } from './types';

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
] as const;

const NOT_FOUND = msg('errors.reports.notFound');

/** What a report would publish, as a digest: its figures and lists, not the moment they were composed. */
const digestOf = ({ composedAt: _, ...figures }: ReportSnapshot) =>
  createHash('sha256').update(JSON.stringify(figures)).digest('hex');

async function addRevision(tx: Tx, actor: Actor, report: OfficialReport, reason: string | null) {
  const [{ next } = { next: 1 }] = await tx
    .select({ next: sql<number>`coalesce(max(${officialReportRevisions.revision}), 0) + 1`.mapWith(Number) })
    .from(officialReportRevisions)
    .where(eq(officialReportRevisions.reportId, report.id));
  await tx.insert(officialReportRevisions).values({
    reportId: report.id,
    revision: next,
    status: report.status,
    fields: Object.fromEntries(FIELD_KEYS.map((k) => [k, report[k]])),
    body: report.body,
    closing: report.closing,
    reason,
    authorId: actor.userId,
  });
}

/** A report the actor may write: it exists and belongs to a committee they serve (else: not found). */
async function lockReport(tx: Tx, actor: Actor, reportId: number): Promise<OfficialReport> {
  const [report] = await tx.select().from(officialReports).where(eq(officialReports.id, reportId)).for('update');
  if (!report) throw notFound(NOT_FOUND);
  requireServedCommittee(actor, report.committeeId, NOT_FOUND);
  return report;
}

/**
 * Starts a report on a scope as of a day, as a draft with the usual header of the secretariat's reports. The
 * scope must name sessions of one committee, a committee or an agency, each existing and served by the actor, and
 * hold at least one task by that day.
 */
export async function createReport(input: { actor: Actor; values: CreateReportInput }, db?: DbOrTx): Promise<number> {
  assertCan(input.actor, 'document.manage');
  const v = input.values;
  if (v.asOf > vnDate())
    throw invalid(msg('validation.reports.asOfFuture'), { asOf: msg('validation.reports.asOfFuture') });
  const d = await resolveDb(db);
  return d.transaction(async (tx) => {
    const sessionIds = [...new Set(v.sessionIds)].sort((a, b) => a - b);
    const found = sessionIds.length
      ? await tx
          .select({ id: sessions.id, title: sessions.title, committeeId: sessions.committeeId })
          .from(sessions)
          .where(inArray(sessions.id, sessionIds))
      : [];
    if (found.length !== sessionIds.length || found.some((s) => !servesCommittee(input.actor, s.committeeId))) {
      throw invalid(msg('errors.minutes.sessionNotFound'), { sessionIds: msg('errors.minutes.sessionNotFound') });
    }
    const committeeIds = new Set(found.map((s) => s.committeeId));
    if (v.committeeId) committeeIds.add(v.committeeId);
    if (committeeIds.size > 1) {
      throw invalid(msg('validation.reports.oneCommittee'), { sessionIds: msg('validation.reports.oneCommittee') });
    }
    const committeeId = [...committeeIds][0] ?? null;
    const [committee] = committeeId
      ? await tx
          .select({ id: committees.id, name: committees.name })
          .from(committees)
          .where(eq(committees.id, committeeId))
      : [];
    if (committeeId && (!committee || !servesCommittee(input.actor, committeeId))) {
      throw invalid(msg('errors.notFoundRecord'), { committeeId: msg('errors.notFoundRecord') });
    }
    const [agency] = v.agencyId
      ? await tx.select({ id: agencies.id, name: agencies.name }).from(agencies).where(eq(agencies.id, v.agencyId))
      : [];
    if (v.agencyId && !agency) throw invalid(msg('errors.notFoundRecord'), { agencyId: msg('errors.notFoundRecord') });
    const scope = {
      ...(sessionIds.length ? { sessionIds } : {}),
      ...(committeeId && !sessionIds.length ? { committeeId } : {}),
      ...(v.agencyId ? { agencyId: v.agencyId } : {}),
      ...(v.from ? { from: v.from } : {}),
      ...(v.to ? { to: v.to } : {}),
    };
    const ids = await taskIdsByClass(tx, input.actor, scopeFilter(scope, v.asOf));
    if (Object.values(ids).every((list) => list.length === 0)) {
      throw invalid(msg('validation.reports.noTasks'), { sessionIds: msg('validation.reports.noTasks') });
    }
    const header = reportDefaults({
      sessionTitles: found.map((s) => s.title),
      committee: committee?.name ?? null,
      agency: agency?.name ?? null,
      from: v.from ?? null,
      to: v.to ?? null,
      asOf: v.asOf,
    });
    const [report] = await tx
      .insert(officialReports)
      .values({
        scope,
        scopeKey: scopeKey(scope),
        committeeId,
        agencyId: v.agencyId ?? null,
        asOf: v.asOf,
        ...header,
        createdBy: input.actor.userId,
        editedBy: input.actor.userId,
      })
      .returning();
    await addRevision(tx, input.actor, report!, null);
    await writeAudit(tx, {
      actor: input.actor,
      action: 'report.create',
      entityType: 'official_report',
      entityId: report!.id,
      after: { scope, asOf: v.asOf },
    });
    return report!.id;
  });
}

/** Saves the header and narrative at the version read; a published report changes only with a reason. */
export async function saveReport(input: { actor: Actor; values: ReportFieldsInput }, db?: DbOrTx): Promise<void> {
  assertCan(input.actor, 'document.manage');
  const { reportId, version, reason, ...fields } = input.values;
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const report = await lockReport(tx, input.actor, reportId);
    if (report.version !== version) throw conflict(STALE_MESSAGE);
    if (report.status === 'published' && !reason) {
      throw invalid(msg('errors.minutes.reasonNeeded'), { reason: msg('errors.minutes.reasonField') });
    }
    const [updated] = await tx
      .update(officialReports)
      .set({
        ...fields,
        editedBy: input.actor.userId,
        // A change after approval voids it (decision 024).
        approvedBy: null,
        approvedAt: null,
        approvedDigest: null,
        version: sql`${officialReports.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(officialReports.id, reportId), eq(officialReports.version, version)))
      .returning();
    if (!updated) throw conflict(STALE_MESSAGE);
    await addRevision(tx, input.actor, updated, reason ?? null);
    await writeAudit(tx, {
      actor: input.actor,
      action: report.status === 'published' ? 'report.corrected' : 'report.saved',
      entityType: 'official_report',
      entityId: reportId,
      before: { version: report.version },
      after: { version: updated.version, reason: reason ?? null },
    });
  });
}

const TRANSITIONS: Record<string, string[]> = {
  draft: ['in_review'],
  in_review: ['draft', 'published'],
  published: [],
};

/**
 * Moves a report draft → in review → published (or back to draft), at the version read: of two people publishing
 * at once, one does and the other is told it changed. Publishing fixes its figures and lists as of its day
 * (composed in the same transaction), so later writes to tasks never change them.
 */
export async function changeReportStatus(
  input: { actor: Actor; reportId: number; version: number; to: 'draft' | 'in_review' | 'published' },
  db?: DbOrTx,
): Promise<void> {
  assertCan(input.actor, 'document.manage');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const report = await lockReport(tx, input.actor, input.reportId);
    if (report.version !== input.version) throw conflict(STALE_MESSAGE);
    if (!TRANSITIONS[report.status]!.includes(input.to)) {
      throw invalid(input.to === 'published' ? msg('errors.minutes.reviewFirst') : msg('errors.minutes.badTransition'));
    }
    if (input.to === 'published' && (!report.number || !report.issueDate || !report.signerName)) {
      throw invalid(msg('errors.minutes.publishIncomplete'));
    }
    if (input.to === 'published' && publishApprovalRequired() && report.approvedBy === null) {
      throw invalid(msg('errors.minutes.approvalNeeded'));
    }
    const snapshot =
      input.to === 'published'
        ? await composeReport(tx, input.actor, { scope: report.scope, asOf: report.asOf, reportId: report.id })
        : null;
    // What is published is what was approved: a task cancelled, completed, reassigned or given more time since the
    // approval changes the figures, and the report goes back for approval first (as a notice does, decision 045).
    if (snapshot && report.approvedDigest !== null && digestOf(snapshot) !== report.approvedDigest) {
      throw invalid(msg('errors.reports.figuresChangedSinceApproval'));
    }
    const now = new Date();
    const [updated] = await tx
      .update(officialReports)
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
        ...(snapshot ? { snapshot, publishedAt: now } : {}),
        version: sql`${officialReports.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(officialReports.id, report.id), eq(officialReports.version, input.version)))
      .returning();
    if (!updated) throw conflict(STALE_MESSAGE);
    await addRevision(tx, input.actor, updated, null);
    await writeAudit(tx, {
      actor: input.actor,
      action: `report.status_${input.to}`,
      entityType: 'official_report',
      entityId: report.id,
      before: { status: report.status },
      after: { status: input.to, ...(snapshot ? { counts: snapshot.counts } : {}) },
    });
  });
}

/** A leader or another secretariat user approves a report in review (decision 024, as for the minutes). */
export async function approveReport(input: { actor: Actor; reportId: number; version: number }, db?: DbOrTx) {
  assertCan(input.actor, 'document.approve');
  const d = await resolveDb(db);
  await d.transaction(async (tx) => {
    const report = await lockReport(tx, input.actor, input.reportId);
    if (report.version !== input.version) throw conflict(STALE_MESSAGE);
    if (report.status !== 'in_review') throw invalid(msg('errors.minutes.approveNotInReview'));
    if (report.approvedBy !== null) throw invalid(msg('errors.minutes.alreadyApproved'));
    if (!canApproveDocument(input.actor, report)) {
      throw new ForbiddenError('document.approve', msg('errors.minutes.ownApproval'));
    }
    const now = new Date();
    // The figures the approver read (a report in review is composed for its reader), kept as a digest.
    const approved = await composeReport(tx, input.actor, {
      scope: report.scope,
      asOf: report.asOf,
      reportId: report.id,
    });
    await tx
      .update(officialReports)
      .set({
        approvedBy: input.actor.userId,
        approvedAt: now,
        approvedDigest: digestOf(approved),
        version: sql`${officialReports.version} + 1`,
        updatedAt: now,
      })
      .where(eq(officialReports.id, report.id));
    await writeAudit(tx, {
      actor: input.actor,
      action: 'report.approved',
      entityType: 'official_report',
      entityId: report.id,
      after: { approvedBy: input.actor.userId },
    });
  });
}
