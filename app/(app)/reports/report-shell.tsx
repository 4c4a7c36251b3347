import Link from '@/components/link';
import type { ReactNode } from 'react';
import { buttonClass, inputClass } from '@/components/ui/field';
import { FilterDateRange, FilterSelect } from '@/components/ui/filter-select';
import { PageHeader } from '@/components/ui/page-header';
import type { Messages } from '@/lib/i18n/vi';
import { AGENCY_KINDS, reportParams, type ReportFilter, type ReportOptions } from '@/lib/reports/dashboard';
import { describeFilter } from '@/lib/reports/describe';
import { formatCount } from '@/lib/reports/rates';
import { formatDate } from '@/lib/time';

export type ReportView = 'overview' | 'agencies' | 'areas' | 'sessions';
const PATH: Record<ReportView, string> = {
  overview: '/reports',
  agencies: '/reports/agencies',
  areas: '/reports/areas',
  sessions: '/reports/sessions',
};

/** The frame of every report view: title, export links, tabs that keep the filters, and the filter form. */
export function ReportShell({
  view,
  filter,
  options,
  ignored,
  today,
  t,
  locale,
  children,
}: {
  view: ReportView;
  filter: ReportFilter;
  options: ReportOptions;
  ignored: string[];
  today: string;
  t: Messages;
  locale: 'vi' | 'en';
  children: ReactNode;
}) {
  const r = t.reports;
  const q = reportParams(filter).toString();
  const withQuery = (path: string) => (q ? `${path}?${q}` : path);
  const active = describeFilter(filter, options, t, locale);
  const tabs: [ReportView, string][] = [
    ['overview', r.overview],
    ['agencies', r.byAgency],
    ['areas', r.byArea],
    ['sessions', r.bySession],
  ];
  return (
    <>
      <PageHeader
        title={r.title}
        intro={`${r.intro} ${r.asOf} ${formatDate(filter.asOf ?? today)}.`}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/reports/official" className={buttonClass.secondary}>
              {r.official.title}
            </Link>
            <a href={withQuery('/api/reports/export')} className={buttonClass.secondary} download>
              {r.exportXlsx}
            </a>
            <Link href={withQuery('/reports/print')} className={buttonClass.secondary}>
              {r.print}
            </Link>
          </div>
        }
      />
      {ignored.length > 0 ? (
        <p
          role="status"
          className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900"
        >
          {t.tasks.ignoredFilters}: {ignored.join(', ')}
        </p>
      ) : null}
      <details
        className="mb-4 rounded-xl border border-slate-200 bg-white"
        open={active.length > 1 || ignored.length > 0}
      >
        <summary className="cursor-pointer px-4 py-3 text-sm text-slate-800">
          <span className="font-medium">{r.filters}</span>
          <span className="text-slate-600">: {active.map(([label, value]) => `${label}: ${value}`).join(' · ')}</span>
        </summary>
        <form
          method="get"
          action={PATH[view]}
          role="search"
          aria-label={r.filters}
          className="grid gap-3 border-t border-slate-100 p-4 sm:grid-cols-2 lg:grid-cols-4"
        >
          <FilterSelect
            name="committee"
            label={r.committee}
            value={filter.committeeId}
            options={options.committees.map((c) => [c.id, c.name])}
            anyLabel={r.committeeAll}
          />
          <FilterSelect
            name="session"
            label={r.session}
            value={filter.sessionId}
            options={options.sessions.map((s) => [s.id, `${s.title} (${formatDate(s.startsAt)})`])}
            anyLabel={r.sessionAll}
          />
          <FilterSelect
            name="year"
            label={r.year}
            value={filter.year}
            options={options.years.map((y) => [y, String(y)])}
            anyLabel={r.yearAll}
          />
          <FilterDateRange
            from={{ name: 'from', label: r.from, value: filter.assignedFrom }}
            to={{ name: 'to', label: r.to, value: filter.assignedTo }}
          />
          <FilterSelect
            name="area"
            label={r.area}
            value={filter.areaCode}
            options={[
              ...options.areas.map((a) => [a.code, locale === 'en' ? a.nameEn : a.name] as [string, string]),
              ['cross_cutting', t.directives.crossCutting],
              ['unclassified', t.fields.areaUnclassified],
            ]}
            anyLabel={r.areaAll}
          />
          <FilterSelect
            name="kind"
            label={r.kind}
            value={filter.agencyKind}
            options={AGENCY_KINDS.map((k) => [k, r.agencyKinds[k]])}
            anyLabel={r.kindAll}
          />
          <FilterSelect
            name="agency"
            label={r.agency}
            value={filter.agencyId}
            options={options.agencies.map((a) => [a.id, a.validTo ? `${a.name} (${r.ended})` : a.name])}
            anyLabel={r.agencyAll}
          />
          <div className="flex items-end gap-2">
            <div className="flex-1">
              <label htmlFor="f-basis" className="label">
                {r.basis}
              </label>
              <select id="f-basis" name="basis" defaultValue={filter.basis ?? 'current'} className={inputClass}>
                <option value="current">{r.basisCurrent}</option>
                <option value="original">{r.basisOriginal}</option>
              </select>
            </div>
          </div>
          <div>
            <label htmlFor="f-asof" className="label">
              {r.asOfField}
            </label>
            <input
              id="f-asof"
              type="date"
              name="asOf"
              max={today}
              defaultValue={filter.asOf ?? ''}
              aria-describedby="f-asof-hint"
              className={inputClass}
            />
            <p id="f-asof-hint" className="mt-1 text-xs text-slate-600">
              {r.asOfHint}
            </p>
          </div>
          <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
            <button type="submit" className={buttonClass.primary}>
              {r.apply}
            </button>
            <Link href={PATH[view]} className={buttonClass.secondary}>
              {r.reset}
            </Link>
          </div>
        </form>
      </details>
      <nav aria-label={r.tabs} className="mb-5 overflow-x-auto border-b border-slate-200">
        <ul className="flex min-w-max gap-1">
          {tabs.map(([v, label]) => (
            <li key={v}>
              <Link
                href={withQuery(PATH[v])}
                aria-current={v === view ? 'page' : undefined}
                className={`block border-b-2 px-3 py-2 text-sm font-medium ${
                  v === view
                    ? 'border-brand-700 text-brand-800'
                    : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900'
                }`}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-6">{children}</div>
    </>
  );
}

/** A count that opens the list of exactly the tasks it counts. */
export function CountLink({ n, href, locale }: { n: number; href: string; locale: 'vi' | 'en' }) {
  const text = formatCount(n, locale);
  if (n === 0) return <span className="count-zero">{text}</span>;
  if (!href) return <span>{text}</span>;
  return (
    <Link href={href} className="count-link">
      {text}
    </Link>
  );
}
