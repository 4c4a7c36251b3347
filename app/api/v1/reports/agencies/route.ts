// GET /api/v1/reports/agencies - the dashboard's figures by lead agency
import { apiHandler } from '@/lib/api/handler';
import { OPERATIONS } from '@/lib/api/operations';

export const GET = apiHandler(OPERATIONS.getAgencyReport);
