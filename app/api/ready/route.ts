// GET /api/ready - 200 when the process is sound (no polluted prototype, the sign-in page renders), the database
// answers and its migrations are current, else 503. Public.
import { getDatabase } from '@/lib/db';
import { pageCanary, readiness } from '@/lib/health';

export const dynamic = 'force-dynamic';

const canary = pageCanary();

export async function GET() {
  const state = await readiness(async () => (await getDatabase()).db, 3000, canary);
  return Response.json(state.ready ? { status: 'ready', ...state } : { status: 'not_ready', ...state }, {
    status: state.ready ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  });
}
