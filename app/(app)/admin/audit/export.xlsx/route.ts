// GET /admin/audit/export.xlsx?<the page's filters> - the filtered audit trail as XLSX, streamed, newest first
import { Readable } from 'node:stream';
import { streamAuditWorkbook } from '@/lib/audit-trail/export';
import { auditFilterFromParams, badFilterMessage } from '@/lib/audit-trail/schemas';
import { invalid } from '@/lib/errors';
import { routeHandler } from '@/lib/http/route';
import { paramsRecord } from '@/lib/keys';
import { vnDate } from '@/lib/time';

export const GET = routeHandler(
  async ({ actor, query, locale }) => {
    const { filter, ignored } = auditFilterFromParams(paramsRecord(query).values);
    // Exporting less narrowly than asked would hand over rows nobody meant to: a bad filter is refused.
    if (ignored.length) throw invalid(badFilterMessage(ignored));
    const out = await streamAuditWorkbook({ actor, filter, locale });
    return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="nhat-ky-${vnDate()}.xlsx"`,
        'cache-control': 'private, no-store',
      },
    });
  },
  { permission: 'audit.read' },
);
