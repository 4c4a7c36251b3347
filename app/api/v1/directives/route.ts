// GET /api/v1/directives - directives, filtered as in the app, cursor-paged
import { apiHandler } from '@/lib/api/handler';
import { OPERATIONS } from '@/lib/api/operations';

export const GET = apiHandler(OPERATIONS.listDirectives);
