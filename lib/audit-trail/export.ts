import 'server-only';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { DbOrTx } from '@/db/client';
import { messagesFor, type Locale } from '@/lib/i18n';
import { assertCan, type Actor } from '@/lib/policy';
import { invalid } from '@/lib/errors';
import { paramsRecord } from '@/lib/keys';
import { xmlText } from '@/lib/text';
import { formatDate, formatDateTime, vnDate } from '@/lib/time';
import { auditDiffText } from './diff';
import { auditActionLabel, auditTypeLabel } from './labels';
import { auditTrailBatches, auditTrailExceeds } from './queries';
import { auditFilterFromParams, badFilterMessage, type AuditFilter } from './schemas';

/** The export stops after this many rows (newest first) and says so on its first sheet. */
export const AUDIT_EXPORT_LIMIT = 100_000;

const json = (v: unknown) => (v == null ? '' : JSON.stringify(v).slice(0, 32_000));
/** Every text of a row as XML can carry it: rows are never changed, and one with U+FFFF made the file damaged. */
const cells = (values: (string | number)[]) => values.map((v) => (typeof v === 'string' ? xmlText(v) : v));

/**
 * The filtered audit trail as an XLSX, written row by row to the stream it returns (memory stays flat however
 * many rows; at most `max`, AUDIT_EXPORT_LIMIT by default): a sheet with the filters and the count, then the
 * rows, newest first. Headers in the reader's language.
 */
export async function streamAuditWorkbook(
  input: { actor: Actor; filter: AuditFilter; locale?: Locale; max?: number },
  db?: DbOrTx,
): Promise<PassThrough> {
  assertCan(input.actor, 'audit.read');
  const max = input.max ?? AUDIT_EXPORT_LIMIT;
  const t = messagesFor(input.locale ?? 'vi');
  const a = t.auditTrail;
  const capped = await auditTrailExceeds({ actor: input.actor, filter: input.filter, max }, db);
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Steering';
  wb.created = new Date();

  const about = wb.addWorksheet(a.exportAbout);
  about.columns = [{ width: 30 }, { width: 70 }];
  about.addRow([a.title]).commit();
  about.addRow([a.exportedAt, formatDateTime(new Date())]).commit();
  const f = input.filter;
  const described: [string, string | undefined][] = [
    [a.person, f.person === 'system' ? a.system : f.person !== undefined ? `#${f.person}` : undefined],
    [a.action, f.action],
    [a.recordType, f.entityType],
    [a.recordId, f.entityId],
    [a.from, f.from ? formatDate(f.from) : undefined],
    [a.to, f.to ? formatDate(f.to) : undefined],
  ];
  for (const [label, value] of described) if (value) about.addRow([label, value]).commit();
  if (capped) about.addRow([a.exportCapped, String(max)]).commit();
  about.commit();

  const sheet = wb.addWorksheet(a.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'ID', width: 10 },
    { header: a.time, width: 18 },
    { header: a.person, width: 28 },
    { header: a.email, width: 30 },
    { header: a.role, width: 14 },
    { header: a.action, width: 26 },
    { header: a.recordType, width: 16 },
    { header: a.recordId, width: 14 },
    { header: a.changes, width: 60 },
    { header: a.before, width: 40 },
    { header: a.after, width: 40 },
    { header: 'IP', width: 16 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  // Written in the background: the caller streams `out` while the rows are read and added.
  void (async () => {
    try {
      for await (const rows of auditTrailBatches({ actor: input.actor, filter: input.filter, max }, db)) {
        for (const r of rows) {
          sheet
            .addRow(
              cells([
                r.id,
                formatDateTime(r.createdAt),
                r.actorUserId === null ? a.system : (r.actorName ?? `#${r.actorUserId}`),
                r.actorEmail ?? '',
                r.actorRole ?? '',
                auditActionLabel(a, r.action),
                auditTypeLabel(a, r.entityType),
                r.entityId ?? '',
                r.redacted ? a.redacted : auditDiffText(r.before, r.after),
                json(r.before),
                json(r.after),
                r.ip ?? '',
              ]),
            )
            .commit();
        }
      }
      sheet.commit();
      await wb.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
}

/**
 * GET /admin/audit/export.xlsx?<the page's filters>: the workbook as a streamed download. A filter that cannot be
 * used is refused (400, naming it) rather than dropped: exporting more widely than asked hands over rows nobody meant to.
 */
export async function auditExportResponse(
  input: { actor: Actor; query: URLSearchParams; locale?: Locale },
  db?: DbOrTx,
): Promise<Response> {
  assertCan(input.actor, 'audit.read');
  const { filter, ignored } = auditFilterFromParams(paramsRecord(input.query).values);
  if (ignored.length) throw invalid(badFilterMessage(ignored));
  const out = await streamAuditWorkbook({ actor: input.actor, filter, locale: input.locale }, db);
  return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="nhat-ky-${vnDate()}.xlsx"`,
      'cache-control': 'private, no-store',
    },
  });
}
