import Link from '@/components/link';
import type { ReactNode } from 'react';
import type { Messages } from '@/lib/i18n/vi';
import { formatPercent } from '@/lib/reports/rates';
import type { TimelinessClass, TimelinessCounts } from '@/lib/tasks/timeliness';
import { CountLink } from './report-shell';

export type SummaryRow = {
  id: string;
  label: ReactNode;
  counts: TimelinessCounts;
  assigned: number;
  completionRate: number | null;
  overdueRate: number | null;
  /** The list of this row's tasks in the given classes (none given: every class, i.e. all but cancelled). */
  drill: (classes: TimelinessClass[]) => string;
  extra?: ReactNode;
};

export type SortColumn = { key: string; href: string; active: boolean; dir: 'asc' | 'desc' };

const OTHER: TimelinessClass[] = ['undated', 'recurring'];

/** One table shape for every dimension: a row per agency, area or session, every count a drill-down link. */
export function SummaryTable({
  rows,
  total,
  caption,
  labelHeader,
  extraHeader,
  sort,
  t,
  locale,
}: {
  rows: SummaryRow[];
  total?: Omit<SummaryRow, 'id' | 'label' | 'extra'>;
  caption: string;
  labelHeader: string;
  extraHeader?: string;
  sort?: Record<string, SortColumn>;
  t: Messages;
  locale: 'vi' | 'en';
}) {
  const r = t.reports;
  const th = (label: string, key?: string) => {
    const s = key ? sort?.[key] : undefined;
    return (
      <th scope="col" aria-sort={s?.active ? (s.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
        {s ? (
          <Link href={s.href} className="count-link">
            {label}
            {s.active ? (s.dir === 'asc' ? ' ↑' : ' ↓') : ''}
          </Link>
        ) : (
          label
        )}
      </th>
    );
  };
  const cells = (row: Omit<SummaryRow, 'id' | 'label' | 'extra'>) => (
    <>
      <td>
        <CountLink n={row.assigned} href={row.drill([])} locale={locale} />
      </td>
      {(['completed_on_time', 'completed_late', 'in_progress_on_time', 'overdue'] as const).map((c) => (
        <td key={c} className={c === 'overdue' && row.counts.overdue > 0 ? 'hot' : undefined}>
          <CountLink n={row.counts[c]} href={row.drill([c])} locale={locale} />
        </td>
      ))}
      <td>
        <CountLink n={row.counts.undated + row.counts.recurring} href={row.drill(OTHER)} locale={locale} />
      </td>
      <td>{formatPercent(row.completionRate, locale)}</td>
      <td>{formatPercent(row.overdueRate, locale)}</td>
    </>
  );
  return (
    <div className="-mx-4 overflow-x-auto sm:mx-0">
      <table className="summary-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {th(labelHeader, 'name')}
            {th(r.assigned, 'assigned')}
            {th(t.timeliness.completed_on_time)}
            {th(t.timeliness.completed_late)}
            {th(t.timeliness.in_progress_on_time)}
            {th(t.timeliness.overdue, 'overdue')}
            {th(r.otherKinds)}
            {th(r.completionRate, 'completionRate')}
            {th(r.overdueRate, 'overdueRate')}
            {extraHeader ? th(extraHeader, 'oldest') : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} id={row.id}>
              <th scope="row">{row.label}</th>
              {cells(row)}
              {extraHeader ? <td>{row.extra}</td> : null}
            </tr>
          ))}
        </tbody>
        {total ? (
          <tfoot>
            <tr>
              <th scope="row">{r.total}</th>
              {cells(total)}
              {extraHeader ? <td /> : null}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
