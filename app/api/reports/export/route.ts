// GET /api/reports/export?<report filters> - the report as XLSX: overview, ranking by agency, overdue tasks
import { NextResponse } from 'next/server';
import { resolveReadDb } from '@/lib/db';
import { routeHandler } from '@/lib/http/route';
import { paramsRecord } from '@/lib/keys';
import { reportFilterFromParams } from '@/lib/reports/dashboard';
import { buildReportWorkbook } from '@/lib/reports/export';
import { vnDate } from '@/lib/time';

export const GET = routeHandler(
  async ({ actor, query, locale }) => {
    const { filter } = reportFilterFromParams(paramsRecord(query).values);
    const today = vnDate();
    const bytes = await buildReportWorkbook({ actor, filter: { ...filter, today }, locale }, await resolveReadDb());
    return new NextResponse(Buffer.from(bytes), {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="bao-cao-nhiem-vu-${today}.xlsx"`,
        'cache-control': 'private, no-store',
      },
    });
  },
  { permission: 'report.read' },
);
