// GET /api/reports/export?<report filters> - the report as XLSX: overview, ranking by agency, overdue tasks
import { NextResponse } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { resolveReadDb } from '@/lib/db';
import { getLocale } from '@/lib/i18n';
import { paramsRecord } from '@/lib/keys';
import { can } from '@/lib/policy';
import { reportFilterFromParams } from '@/lib/reports/dashboard';
import { buildReportWorkbook } from '@/lib/reports/export';
import { vnDate } from '@/lib/time';

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: 'Chưa đăng nhập.' }, { status: 401 });
  if (!can(actor, 'report.read')) return NextResponse.json({ error: 'Không có quyền xem báo cáo.' }, { status: 403 });
  const { filter } = reportFilterFromParams(paramsRecord(new URL(request.url).searchParams).values);
  const today = vnDate();
  const bytes = await buildReportWorkbook(
    { actor, filter: { ...filter, today }, locale: await getLocale() },
    await resolveReadDb(),
  );
  return new NextResponse(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="bao-cao-nhiem-vu-${today}.xlsx"`,
      'cache-control': 'private, no-store',
    },
  });
}
