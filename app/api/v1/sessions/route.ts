// GET /api/v1/sessions - sessions the token's owner may read, cursor-paged
import { apiHandler } from '@/lib/api/handler';
import { OPERATIONS } from '@/lib/api/operations';

export const GET = apiHandler(OPERATIONS.listSessions);
