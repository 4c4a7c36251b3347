// POST /api/v1/tasks/{id}/updates - the lead agency's status and progress, at the version read
import { apiHandler } from '@/lib/api/handler';
import { OPERATIONS } from '@/lib/api/operations';

export const POST = apiHandler(OPERATIONS.updateTask);
