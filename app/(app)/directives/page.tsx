import { plainParams } from '@/lib/keys';
import Link from '@/components/link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { buttonClass, inputClass } from '@/components/ui/field';
import { FilterSelect } from '@/components/ui/filter-select';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { requireActor } from '@/lib/auth/session';
import { countDirectives, listDirectives, listReformAreas } from '@/lib/directives/queries';
import { directiveFilterSchema, directivePageSchema } from '@/lib/directives/schemas';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { listCommittees, listSessionOptions } from '@/lib/sessions/queries';
import { formatDate } from '@/lib/time';
import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.directives.listTitle);

const PAGE_SIZE = 50;

/** Directives across sessions; the filters are a GET form (shareable URL), the areas are links. */
export default async function DirectivesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const actor = await requireActor();
  const { t, locale } = await getMessages();
  const tr = await getTranslations();
  const raw = plainParams(await searchParams);
  const filter = directiveFilterSchema.parse(raw);
  const { page } = directivePageSchema.parse(raw);
  const [items, counts, areas, committees, sessionOptions] = await Promise.all([
    listDirectives({ actor, filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    countDirectives({ actor, filter }),
    listReformAreas(),
    listCommittees({ actor }),
    listSessionOptions({ actor, filter: { committee: filter.committee }, limit: 100 }),
  ]);
  const d = t.directives;
  const label = (code: string) => {
    const a = areas.find((x) => x.code === code);
    return a ? (locale === 'en' ? a.nameEn : a.name) : d.crossCutting;
  };
  /** This list's URL with one parameter changed; any other change goes back to the first page. */
  const hrefWith = (key: 'area' | 'page', value: string | undefined) => {
    const q = new URLSearchParams(
      Object.entries(raw).flatMap(([k, v]) => (k === key || k === 'page' ? [] : [[k, String(v)]])),
    );
    if (value) q.set(key, value);
    return `/directives${q.size ? `?${q}` : ''}`;
  };
  const withArea = (area: string | undefined) => hrefWith('area', area);
  const pages = Math.max(1, Math.ceil(counts.total / PAGE_SIZE));
  const chip = (active: boolean) =>
    `block rounded-lg border px-3 py-2 text-sm ${active ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-200 bg-white hover:border-slate-300'}`;
  return (
    <>
      <PageHeader
        title={d.listTitle}
        intro={d.intro}
        actions={
          can(actor, 'directive.manage') && can(actor, 'task.assign') ? (
            <Link href="/directives/import" className={buttonClass.secondary}>
              {t.backlog.link}
            </Link>
          ) : null
        }
      />
      <nav aria-label={d.byArea} className="mb-4">
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          <li>
            <Link
              href={withArea(undefined)}
              className={chip(!filter.area)}
              aria-current={!filter.area ? 'page' : undefined}
            >
              <span className="font-semibold tabular-nums">{counts.all}</span> · {t.tasks.all}
            </Link>
          </li>
          {[...areas.map((a) => a.code), 'cross_cutting'].map((code) => (
            <li key={code}>
              <Link
                href={withArea(code)}
                className={chip(filter.area === code)}
                aria-current={filter.area === code ? 'page' : undefined}
                data-testid={`area-${code}`}
              >
                <span className="font-semibold tabular-nums">{counts.byArea[code] ?? 0}</span> · {label(code)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        method="get"
        role="search"
        className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_2fr_2fr_1fr_auto] sm:items-end"
      >
        {filter.area ? <input type="hidden" name="area" value={filter.area} /> : null}
        <div>
          <label htmlFor="q" className="label">
            {d.search}
          </label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ''} className={inputClass} />
        </div>
        <FilterSelect
          name="committee"
          label={t.sessions.committee}
          value={filter.committee}
          options={committees.map((c) => [c.id, c.name] as const)}
          anyLabel={t.sessionList.all}
        />
        <FilterSelect
          name="session"
          label={d.session}
          value={filter.session}
          options={sessionOptions.map((s) => [s.id, `${s.title} (${formatDate(s.startsAt)})`] as const)}
          anyLabel={t.sessionList.all}
        />
        <div>
          <label htmlFor="year" className="label">
            {t.sessionList.year}
          </label>
          <input id="year" name="year" inputMode="numeric" defaultValue={filter.year ?? ''} className={inputClass} />
        </div>
        <button type="submit" className={buttonClass.secondary}>
          {t.sessionList.filter}
        </button>
      </form>
      <Card>
        <p className="mb-3 text-sm text-slate-600" data-testid="directive-count">
          {tr('counts.directives', { count: counts.total })}
          {pages > 1 ? ` · ${t.tasks.page} ${page}/${pages}` : null}
        </p>
        <ul className="divide-y divide-slate-100">
          {items.map((item) => (
            <li key={item.id} className="py-3" data-testid="directive-row">
              <p>
                <span className="font-semibold">{item.ordinal}.</span> {item.text}
              </p>
              <p className="mt-1 flex flex-wrap items-center gap-1.5 text-sm text-slate-600">
                {item.sessionId ? (
                  <>
                    <Link
                      href={`/sessions/${item.sessionId}/directives#directive-${item.id}`}
                      className="text-brand-700 hover:underline"
                    >
                      {item.sessionTitle}
                    </Link>
                    <span>· {formatDate(item.sessionStartsAt)}</span>
                  </>
                ) : (
                  // A directive from a document (decision 027): its source instead of a session.
                  <span data-testid="directive-source">
                    {t.backlog.fromDocument}: {item.sourceDocument}
                    {item.sourceDocumentDate ? ` · ${formatDate(item.sourceDocumentDate)}` : null}
                  </span>
                )}
                {item.areaCodes.map((c) => (
                  <Badge key={c} tone="brand">
                    {label(c)}
                  </Badge>
                ))}
                {item.isCrossCutting ? <Badge>{d.crossCutting}</Badge> : null}
                {item.isAssessment ? <Badge>{d.assessment}</Badge> : null}
              </p>
            </li>
          ))}
        </ul>
        {items.length === 0 ? <p className="text-slate-600">{d.none}</p> : null}
        <Pager page={page} pages={pages} href={(n) => hrefWith('page', String(n))} labels={t.tasks} />
      </Card>
    </>
  );
}
