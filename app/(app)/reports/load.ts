import { notFound } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { resolveReadDb } from '@/lib/db';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { getReportOptions, reportFilterFromParams } from '@/lib/reports/dashboard';
import { vnDate } from '@/lib/time';

export type SearchParams = Promise<Record<string, string | string[]>>;

/** What every report view starts from: the reader (who must be allowed reports), the filter from the URL, the form's options. */
export async function loadReport(searchParams: SearchParams) {
  const actor = await requireActor();
  if (!can(actor, 'report.read')) notFound();
  const { t, locale } = await getMessages();
  const raw = await searchParams;
  const { filter, ignored } = reportFilterFromParams(raw);
  const today = vnDate();
  const db = await resolveReadDb();
  const options = await getReportOptions({ actor, filter }, db);
  const full = { ...filter, today };
  return {
    actor,
    /** The reports' database: the read replica when configured. */
    db,
    t,
    locale,
    raw,
    filter: full,
    ignored,
    options,
    today,
    /** What every view passes to ReportShell. */
    shell: { filter: full, options, ignored, today, t, locale },
  };
}
