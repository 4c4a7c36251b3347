// GET /api/v1/tasks/{id} - one task with its timeline
import { apiHandler } from '@/lib/api/handler';
import { OPERATIONS } from '@/lib/api/operations';

export const GET = apiHandler(OPERATIONS.getTask);
