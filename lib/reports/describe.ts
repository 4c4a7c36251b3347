import type { Messages } from '@/lib/i18n/vi';
import { formatDate } from '@/lib/time';
import type { ReportFilter, ReportOptions } from './dashboard';

/** The filters in words, as the print view and the Excel file state the report's scope. */
export function describeFilter(
  filter: ReportFilter,
  options: Pick<ReportOptions, 'committees' | 'sessions' | 'areas' | 'agencies'>,
  t: Messages,
  locale: 'vi' | 'en',
): [string, string][] {
  const r = t.reports;
  const out: [string, string][] = [];
  const name = <T extends { id: number }>(list: T[], id: number | null | undefined, label: (x: T) => string) => {
    const found = list.find((x) => x.id === id);
    return found ? label(found) : `#${id}`;
  };
  if (filter.committeeId) out.push([r.committee, name(options.committees, filter.committeeId, (c) => c.name)]);
  if (filter.sessionId)
    out.push([r.session, name(options.sessions, filter.sessionId, (s) => `${s.title} (${formatDate(s.startsAt)})`)]);
  if (filter.year) out.push([r.year, String(filter.year)]);
  if (filter.assignedFrom || filter.assignedTo)
    out.push([
      `${r.from} – ${r.to}`,
      `${formatDate(filter.assignedFrom) || '…'} – ${formatDate(filter.assignedTo) || '…'}`,
    ]);
  if (filter.areaCode) {
    const area = options.areas.find((a) => a.code === filter.areaCode);
    const label =
      filter.areaCode === 'cross_cutting'
        ? t.directives.crossCutting
        : area
          ? locale === 'en'
            ? area.nameEn
            : area.name
          : filter.areaCode;
    out.push([r.area, label]);
  }
  if (filter.agencyKind) out.push([r.kind, r.agencyKinds[filter.agencyKind]]);
  if (filter.agencyId) out.push([r.agency, name(options.agencies, filter.agencyId, (a) => a.name)]);
  out.push([r.basis, filter.basis === 'original' ? r.basisOriginal : r.basisCurrent]);
  if (filter.asOf) out.push([r.asOfField, formatDate(filter.asOf)]);
  return out;
}
