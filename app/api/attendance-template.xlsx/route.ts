// GET /api/attendance-template.xlsx - the attendee import template
import { NextResponse } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { buildAttendeeTemplateXlsx } from '@/lib/sessions/attendee-import';

export async function GET() {
  if (!(await getActor())) return NextResponse.json({ error: 'Chưa đăng nhập.' }, { status: 401 });
  return new NextResponse(Buffer.from(await buildAttendeeTemplateXlsx()), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': 'attachment; filename="mau-danh-sach-dai-bieu.xlsx"',
    },
  });
}
