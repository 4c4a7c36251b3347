// GET /admin/audit/export.xlsx?<the page's filters> - the filtered audit trail as XLSX, streamed, newest first
import { auditExportResponse } from '@/lib/audit-trail/export';
import { routeHandler } from '@/lib/http/route';

export const GET = routeHandler(({ actor, query, locale }) => auditExportResponse({ actor, query, locale }), {
  permission: 'audit.read',
});
