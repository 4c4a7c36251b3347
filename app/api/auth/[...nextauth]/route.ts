// GET|POST /api/auth/* - next-auth's own endpoints (session, CSRF, credentials callback)
import { handlers } from '@/lib/auth/config';

export const { GET, POST } = handlers;
