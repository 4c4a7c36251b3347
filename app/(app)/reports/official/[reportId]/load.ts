import { notFound } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { getReport } from '@/lib/official-reports/queries';
import { can } from '@/lib/policy';
import { routeId } from '@/lib/zod';

/** The report a page names, for a reader who may read it; any other id (or none) is not found. */
export async function loadReport(params: Promise<{ reportId: string }>) {
  const actor = await requireActor();
  if (!can(actor, 'report.read')) notFound();
  const { reportId: raw } = await params;
  const reportId = routeId(raw);
  if (reportId === null) notFound();
  try {
    return { actor, view: await getReport({ actor, reportId }) };
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') notFound();
    throw e;
  }
}
