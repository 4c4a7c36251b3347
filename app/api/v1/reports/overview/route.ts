// GET /api/v1/reports/overview - the dashboard's overview figures for a report filter
import { apiHandler } from '@/lib/api/handler';
import { OPERATIONS } from '@/lib/api/operations';

export const GET = apiHandler(OPERATIONS.getOverview);
