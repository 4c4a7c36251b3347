import 'server-only';
import ExcelJS from 'exceljs';
import type { DbOrTx } from '@/db/client';
import { messagesFor, type Locale } from '@/lib/i18n';
import { assertCan, type Actor } from '@/lib/policy';
import { listTasks } from '@/lib/tasks/queries';
import { TIMELINESS_CLASSES } from '@/lib/tasks/timeliness';
import { daysBetween, formatDate, vnDate } from '@/lib/time';
import { getAgencyRanking, getOverview, getReportOptions, type ReportFilter } from './dashboard';
import { describeFilter } from './describe';
import { truncatePercent } from './rates';
import { xlsxBytes } from '@/lib/files/sheet';

/** At most this many overdue tasks go to the workbook's third sheet. */
export const EXPORT_OVERDUE_LIMIT = 100_000;

/**
 * The report as one workbook: the overview (with the filters written first), the ranking by agency and
 * the list of overdue tasks, a sheet each, with headers in the reader's language (Vietnamese by default).
 */
export async function buildReportWorkbook(
  input: { actor: Actor; filter: ReportFilter; locale?: Locale },
  db?: DbOrTx,
): Promise<Uint8Array> {
  assertCan(input.actor, 'report.read');
  const locale = input.locale ?? 'vi';
  const t = messagesFor(locale);
  const r = t.reports;
  const today = input.filter.today ?? vnDate();
  const filter = { ...input.filter, today };
  const [overview, ranking, overdue, options] = await Promise.all([
    getOverview({ actor: input.actor, filter, top: 0, trend: false }, db),
    getAgencyRanking({ actor: input.actor, filter }, db),
    listTasks({ actor: input.actor, filter: { ...filter, timeliness: 'overdue' }, limit: EXPORT_OVERDUE_LIMIT }, db),
    getReportOptions({ actor: input.actor, filter }, db),
  ]);
  const rate = (v: number | null) => (v === null ? null : truncatePercent(v)! / 100);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Steering';
  wb.created = new Date();

  const first = wb.addWorksheet(r.overview);
  first.columns = [{ width: 42 }, { width: 60 }];
  first.addRow([r.printTitle]).font = { bold: true, size: 14 };
  first.addRow([r.asOf, formatDate(today)]);
  first.addRow([]);
  first.addRow([r.filtersApplied]).font = { bold: true };
  for (const [label, value] of describeFilter(filter, options, t, locale)) first.addRow([label, value]);
  first.addRow([]);
  const header = first.addRow([r.figures, t.fields.count]);
  header.font = { bold: true };
  first.addRow([r.assigned, overview.assigned]);
  for (const c of TIMELINESS_CLASSES) first.addRow([t.timeliness[c], overview.counts[c]]);
  first.addRow([r.completed, overview.completed]);
  first.addRow([r.notCompleted, overview.notCompleted]);
  first.addRow([r.cameDue, overview.cameDue]);
  first.addRow([r.completionRate, rate(overview.completionRate)]).getCell(2).numFmt = '0.00%';
  first.addRow([r.overdueRate, rate(overview.overdueRate)]).getCell(2).numFmt = '0.00%';
  first.addRow([r.ratesNote]).font = { italic: true };

  const agencies = wb.addWorksheet(r.byAgency, { views: [{ state: 'frozen', ySplit: 1 }] });
  agencies.columns = [
    { header: t.fields.rowNumber, width: 6 },
    { header: t.sessions.agency, width: 42 },
    { header: r.kind, width: 22 },
    { header: r.assigned, width: 11 },
    ...(['completed_on_time', 'completed_late', 'in_progress_on_time', 'overdue'] as const).map((c) => ({
      header: t.timeliness[c],
      width: 16,
    })),
    { header: r.otherKinds, width: 16 },
    { header: r.completionRate, width: 14, style: { numFmt: '0.00%' } },
    { header: r.overdueRate, width: 14, style: { numFmt: '0.00%' } },
    { header: `${r.oldestOverdue} (${r.days})`, width: 16 },
    { header: t.fields.note, width: 40 },
  ];
  agencies.getRow(1).font = { bold: true };
  ranking.forEach((a, i) =>
    agencies.addRow([
      i + 1,
      a.name,
      r.agencyKinds[a.kind],
      a.assigned,
      a.counts.completed_on_time,
      a.counts.completed_late,
      a.counts.in_progress_on_time,
      a.counts.overdue,
      a.counts.undated + a.counts.recurring,
      rate(a.completionRate),
      rate(a.overdueRate),
      a.oldestOverdueDays,
      a.validTo
        ? `${r.ended} ${formatDate(a.validTo)}${a.successorName ? `; ${r.successor}: ${a.successorName}` : ''}`
        : null,
    ]),
  );

  const list = wb.addWorksheet(r.overdueList, { views: [{ state: 'frozen', ySplit: 1 }] });
  list.columns = [
    { header: t.fields.rowNumber, width: 6 },
    { header: t.tasks.directive, width: 70 },
    { header: t.tasks.session, width: 28 },
    { header: t.tasks.lead, width: 36 },
    { header: t.tasks.assignedTo, width: 36 },
    { header: t.tasks.deadline, width: 12 },
    { header: r.daysOverdue, width: 12 },
    { header: `${t.tasks.progress} (%)`, width: 10 },
  ];
  list.getRow(1).font = { bold: true };
  overdue.forEach((task, i) => {
    const due = (filter.basis === 'original' ? task.originalDueDate : null) ?? task.dueDate!;
    list.addRow([
      i + 1,
      `${task.directiveOrdinal}. ${task.directiveText}`,
      // A directive from a document (decision 027) is named by its document.
      task.sessionNumber ? `${t.tasks.session} ${task.sessionNumber}` : task.sourceDocument,
      task.leadName,
      task.assignedName,
      formatDate(due),
      daysBetween(due, today),
      task.progress,
    ]);
  });
  list.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return xlsxBytes(wb);
}
