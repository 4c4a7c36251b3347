// GET /api/v1/agencies - the agencies, found by name, short name or code (accents ignored), kind and state
import { apiHandler } from '@/lib/api/handler';
import { OPERATIONS } from '@/lib/api/operations';

export const GET = apiHandler(OPERATIONS.listAgencies);
