// GET /api/sessions/[id]/attendance.xlsx - the attendance of every point of a session, as XLSX
import { NextResponse } from 'next/server';
import { notFound } from '@/lib/errors';
import { routeHandler } from '@/lib/http/route';
import { buildAttendanceXlsx } from '@/lib/sessions/attendee-import';
import { getAttendanceSheet } from '@/lib/sessions/queries';
import { routeId } from '@/lib/zod';

export const GET = routeHandler<{ sessionId: string }>(async ({ actor, params }) => {
  const id = routeId(params.sessionId);
  const sheet = id !== null ? await getAttendanceSheet({ actor, sessionId: id }) : null;
  if (!sheet) throw notFound();
  const bytes = await buildAttendanceXlsx({
    sessionTitle: sheet.session.title,
    points: sheet.points.map((p) => ({ name: p.name, attendees: p.attendees })),
  });
  return new NextResponse(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="diem-danh-phien-${sheet.session.number}.xlsx"`,
      'cache-control': 'private, no-store',
    },
  });
});
