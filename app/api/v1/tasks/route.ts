// GET /api/v1/tasks - tasks, filtered as in the app, cursor-paged
import { apiHandler } from '@/lib/api/handler';
import { OPERATIONS } from '@/lib/api/operations';

export const GET = apiHandler(OPERATIONS.listTasks);
