// GET /api/health - the process is up (no database check; see /api/ready). Public, for load balancers.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json(
    { status: 'ok', uptimeSeconds: Math.round(process.uptime()) },
    { headers: { 'cache-control': 'no-store' } },
  );
}
