// GET /api/sessions/[id]/attendance.xlsx - the attendance of every point of a session, as XLSX
import { NextResponse } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { buildAttendanceXlsx } from '@/lib/sessions/attendee-import';
import { getAttendanceSheet } from '@/lib/sessions/queries';

export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: 'Chưa đăng nhập.' }, { status: 401 });
  const id = Number((await params).sessionId);
  const sheet = Number.isSafeInteger(id) && id > 0 ? await getAttendanceSheet({ actor, sessionId: id }) : null;
  if (!sheet) return NextResponse.json({ error: 'Không tìm thấy.' }, { status: 404 });
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
}
