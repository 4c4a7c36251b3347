import 'server-only';
import { and, desc, eq, inArray, isNotNull, isNull, notInArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, committees, officialReportRevisions, officialReports, sessions, tasks, users } from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { isCommitteeLimited } from '@/lib/committees/scope';
import { assertCan, can, canApproveDocument, type Actor } from '@/lib/policy';
import { listTasks } from '@/lib/tasks/queries';
import type { TimelinessClass } from '@/lib/tasks/timeliness';
import { composeReport, withoutConfidentialDetail } from './compose';
import type { ReportSnapshot } from './types';

/**
 * Which reports the actor may read. Drafts and reports in review: those who may read draft documents; published
 * ones: report readers. A user limited to some committees (decision 028) reads the reports of those committees,
 * and a report of no committee (an agency's, or a period's) only when it shows them nothing of another committee:
 * a draft is composed for its reader, but a published report keeps the tasks its publisher counted, so it is
 * readable only if none of them belongs to a committee the reader does not serve.
 */
function readableWhere(actor: Actor) {
  return and(
    isCommitteeLimited(actor) ? committeeScope(actor.committeeIds!) : undefined,
    can(actor, 'document.readDraft') ? undefined : eq(officialReports.status, 'published'),
  );
}

function committeeScope(ids: readonly number[]) {
  const counted = sql`select (jsonb_path_query(${officialReports.snapshot}, '$.taskIds.*[*]'))::int`;
  const outside = and(isNotNull(tasks.committeeId), notInArray(tasks.committeeId, [...ids]));
  return or(
    inArray(officialReports.committeeId, [...ids]),
    and(
      isNull(officialReports.committeeId),
      or(
        isNull(officialReports.snapshot),
        sql`not exists (select 1 from ${tasks} where ${tasks.id} in (${counted}) and ${outside})`,
      ),
    ),
  );
}

export async function listReports(input: { actor: Actor }, db?: DbOrTx) {
  assertCan(input.actor, 'report.read');
  const d = await resolveDb(db);
  return d
    .select({
      id: officialReports.id,
      subject: officialReports.subject,
      asOf: officialReports.asOf,
      status: officialReports.status,
      number: officialReports.number,
      symbol: officialReports.symbol,
      issueDate: officialReports.issueDate,
      publishedAt: officialReports.publishedAt,
      updatedAt: officialReports.updatedAt,
    })
    .from(officialReports)
    .where(readableWhere(input.actor))
    .orderBy(desc(officialReports.asOf), desc(officialReports.id))
    .limit(200);
}

/**
 * A report with its figures: those fixed when it was published, or (a draft) composed now as of its day. Not found
 * for a reader who may not see it (another committee's, or a draft for a reader of published reports only).
 */
export async function getReport(input: { actor: Actor; reportId: number }, db?: DbOrTx) {
  assertCan(input.actor, 'report.read');
  const d = await resolveDb(db);
  const [report] = await d
    .select()
    .from(officialReports)
    .where(and(eq(officialReports.id, input.reportId), readableWhere(input.actor)));
  if (!report) throw notFound(msg('errors.reports.notFound'));
  const published = report.status === 'published' && report.snapshot ? (report.snapshot as ReportSnapshot) : null;
  const snapshot = published
    ? {
        ...published,
        overdue: published.overdue.map(withoutConfidentialDetail),
        completedSince: published.completedSince.map(withoutConfidentialDetail),
      }
    : await composeReport(d, input.actor, { scope: report.scope, asOf: report.asOf, reportId: report.id });
  const [revisions, sessionRows, committee, agency, approver] = await Promise.all([
    d
      .select({
        revision: officialReportRevisions.revision,
        status: officialReportRevisions.status,
        reason: officialReportRevisions.reason,
        createdAt: officialReportRevisions.createdAt,
        author: users.name,
      })
      .from(officialReportRevisions)
      .leftJoin(users, eq(users.id, officialReportRevisions.authorId))
      .where(eq(officialReportRevisions.reportId, report.id))
      .orderBy(desc(officialReportRevisions.revision))
      .limit(50),
    report.scope.sessionIds?.length
      ? d
          .select({ id: sessions.id, title: sessions.title })
          .from(sessions)
          .where(inArray(sessions.id, report.scope.sessionIds))
      : Promise.resolve([]),
    report.committeeId
      ? d.select({ name: committees.name }).from(committees).where(eq(committees.id, report.committeeId))
      : Promise.resolve([]),
    report.agencyId
      ? d.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, report.agencyId))
      : Promise.resolve([]),
    report.approvedBy
      ? d.select({ name: users.name }).from(users).where(eq(users.id, report.approvedBy))
      : Promise.resolve([]),
  ]);
  return {
    report,
    snapshot,
    revisions,
    scope: { sessions: sessionRows, committee: committee[0]?.name ?? null, agency: agency[0]?.name ?? null },
    approvedBy: approver[0]?.name ?? null,
    canEdit: can(input.actor, 'document.manage'),
    canApprove: canApproveDocument(input.actor, report) && report.approvedBy === null,
  };
}
export type ReportView = Awaited<ReturnType<typeof getReport>>;

/**
 * The tasks a report's figure counted, as the report counted them (its frozen ids once published), that the reader
 * may read today, with what they are now.
 */
export async function reportFigureTasks(input: { actor: Actor; reportId: number; cls: TimelinessClass }, db?: DbOrTx) {
  const view = await getReport(input, db);
  const ids = view.snapshot.taskIds[input.cls] ?? [];
  const rows = ids.length ? await listTasks({ actor: input.actor, filter: { taskIds: ids }, limit: 2000 }, db) : [];
  return { view, ids, rows };
}
