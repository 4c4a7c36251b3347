// GET /api/reports/official/[id]/docx - the report as DOCX (NĐ 30/2020 layout), its figures as of its day
import { NextResponse } from 'next/server';
import { notFound } from '@/lib/errors';
import { routeHandler } from '@/lib/http/route';
import { buildOfficialDocx } from '@/lib/minutes/docx';
import { documentFileName } from '@/lib/minutes/format';
import { reportModel } from '@/lib/official-reports/document';
import { getReport } from '@/lib/official-reports/queries';
import { assertCan } from '@/lib/policy';
import { routeId } from '@/lib/zod';

export const GET = routeHandler<{ reportId: string }>(async ({ actor, params }) => {
  assertCan(actor, 'report.read');
  const reportId = routeId(params.reportId);
  if (reportId === null) throw notFound();
  const { report, snapshot } = await getReport({ actor, reportId });
  const model = reportModel(report, snapshot);
  const bytes = await buildOfficialDocx(model);
  return new NextResponse(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="${documentFileName('report', model.number, model.symbol)}"`,
      'cache-control': 'private, no-store',
    },
  });
});
