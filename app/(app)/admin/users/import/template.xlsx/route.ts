// GET /admin/users/import/template.xlsx - the users' import template (user.manage): the columns, drop-down lists,
// and a second sheet listing the roles and the agencies in operation
import { NextResponse } from 'next/server';
import { routeHandler } from '@/lib/http/route';
import { buildUserImportTemplate } from '@/lib/users/import';

export const GET = routeHandler(
  async ({ actor }) =>
    new NextResponse(Buffer.from(await buildUserImportTemplate({ actor })), {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': 'attachment; filename="mau-nhap-nguoi-dung.xlsx"',
        'cache-control': 'no-store',
      },
    }),
  { permission: 'user.manage' },
);
