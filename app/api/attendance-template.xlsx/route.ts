// GET /api/attendance-template.xlsx - the attendee import template
import { NextResponse } from 'next/server';
import { routeHandler } from '@/lib/http/route';
import { buildAttendeeTemplateXlsx } from '@/lib/sessions/attendee-import';

export const GET = routeHandler(async () => {
  return new NextResponse(Buffer.from(await buildAttendeeTemplateXlsx()), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': 'attachment; filename="mau-danh-sach-dai-bieu.xlsx"',
    },
  });
});
