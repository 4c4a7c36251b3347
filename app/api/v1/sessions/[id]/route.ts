// GET /api/v1/sessions/{id} - one session with its points and who attended at each
import { apiHandler } from '@/lib/api/handler';
import { OPERATIONS } from '@/lib/api/operations';

export const GET = apiHandler(OPERATIONS.getSession);
