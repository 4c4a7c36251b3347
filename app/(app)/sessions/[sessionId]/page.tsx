import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { buttonClass, inputClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { plainParams } from '@/lib/keys';
import { can } from '@/lib/policy';
import { filterPoints, pointSearchQuery } from '@/lib/sessions/points';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { listUnfinishedEarlierDirectives } from '@/lib/directives/carry-over';
import { getSessionDetail } from '@/lib/sessions/queries';
import { formatDate, vnDate, vnTime } from '@/lib/time';
import { AddAllProvincesForm, AddPointForm } from './point-forms';
import { BulkEntry } from './points/[pointId]/bulk-entry';
import { CarryOver } from './carry-over';
import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title';
import { routeId } from '@/lib/zod';

export const generateMetadata = pageTitle((t) => t.sessions.detailTitle);

export default async function SessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const actor = await requireActor();
  const { t, locale } = await getMessages();
  const id = routeId((await params).sessionId);
  if (id === null) notFound();
  const session = await getSessionDetail({ actor, sessionId: id });
  if (!session) notFound();
  const manage = can(actor, 'session.manage');
  const agencies = manage ? await listAgencyOptions({ actor, day: vnDate(session.startsAt) }) : [];
  const number = (v: string) => Number(v).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB');
  const { totals } = session;
  // The points search is a GET form (?q=), so it works without JavaScript and the URL can be shared.
  const q = pointSearchQuery(plainParams(await searchParams));
  const shown = filterPoints(session.points, q);
  const tr = await getTranslations('points');
  // A session in preparation lists what its committee's earlier sessions left open (issue 20, point 4).
  const carried =
    session.status === 'planned' ? await listUnfinishedEarlierDirectives({ actor, sessionId: id, limit: 50 }) : null;

  return (
    <>
      <PageHeader
        title={session.title}
        intro={session.committeeName}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={session.status === 'minutes_published' ? 'success' : 'neutral'}>
              {t.sessionStatus[session.status]}
            </Badge>
            <Link href={`/sessions/${session.id}/directives`} className={buttonClass.secondary}>
              {t.directives.title}
            </Link>
            <Link href={`/sessions/${session.id}/documents/notice`} className={buttonClass.secondary}>
              {t.documents.notice}
            </Link>
            <a href={`/api/sessions/${session.id}/attendance.xlsx`} className={buttonClass.secondary}>
              {t.attendance.export}
            </a>
            <Link href={`/sessions/${session.id}/print`} className={buttonClass.secondary}>
              {t.attendance.print}
            </Link>
            {manage ? (
              <Link href={`/sessions/${session.id}/edit`} className={buttonClass.primary}>
                {t.sessionList.edit}
              </Link>
            ) : null}
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
              <div>
                <dt className="text-sm text-slate-600">{t.sessions.date}</dt>
                <dd className="font-medium tabular-nums">
                  {formatDate(session.startsAt)}, {vnTime(session.startsAt)}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{t.sessions.format}</dt>
                <dd className="font-medium">{t.sessionFormat[session.format]}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{t.sessions.chair}</dt>
                <dd className="font-medium">
                  {session.chairName ?? '—'}
                  {session.chairTitle ? (
                    <span className="block text-sm font-normal text-slate-600">{session.chairTitle}</span>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{t.sessions.location}</dt>
                <dd className="font-medium">{session.location ?? '—'}</dd>
              </div>
            </dl>
            {session.summary ? <p className="mt-4 text-slate-700">{session.summary}</p> : null}
          </Card>

          {carried ? (
            <CarryOver
              items={carried.items}
              total={carried.total}
              sessionId={id}
              canContinue={can(actor, 'directive.manage') && can(actor, 'task.manage')}
            />
          ) : null}

          <Card title={`${t.sessions.points} (${session.points.length})`} id="points">
            <p className="mb-4 text-sm text-slate-700" data-testid="attendance-total">
              {t.sessions.total}: {totals.present} {t.presence.present.toLowerCase()} · {totals.represented}{' '}
              {t.presence.represented.toLowerCase()} · {totals.absent} {t.presence.absent.toLowerCase()}
            </p>
            {session.points.length > 0 ? (
              <form method="get" action={`/sessions/${session.id}#points`} role="search" className="mb-4">
                <label htmlFor="point-search" className="label">
                  {t.points.search}
                </label>
                <div className="flex flex-wrap items-center gap-2">
                  <input
                    id="point-search"
                    name="q"
                    type="search"
                    defaultValue={q}
                    aria-describedby="point-search-hint"
                    className={`${inputClass} min-w-0 flex-1`}
                  />
                  <button type="submit" className={buttonClass.secondary}>
                    {t.points.searchSubmit}
                  </button>
                  {q ? (
                    <Link href={`/sessions/${session.id}#points`} className={buttonClass.link}>
                      {t.points.searchClear}
                    </Link>
                  ) : null}
                </div>
                <p id="point-search-hint" className="mt-1 text-xs text-slate-600">
                  {t.points.searchHint}
                </p>
              </form>
            ) : null}
            {q ? (
              <p className="mb-3 text-sm text-slate-700" role="status" data-testid="point-search-result">
                {shown.length
                  ? tr('searchShown', { shown: shown.length, total: session.points.length, q })
                  : tr('searchNone', { q })}
              </p>
            ) : null}
            {session.points.length === 0 ? (
              <p className="text-slate-600">{t.points.none}</p>
            ) : shown.length === 0 ? null : (
              <div className="overflow-x-auto">
                <table className="data-table">
                  <caption className="sr-only">{t.sessions.points}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.points.name}</th>
                      <th scope="col" className="hidden sm:table-cell">
                        {t.points.host}
                      </th>
                      <th scope="col" className="num">
                        {t.points.present}
                      </th>
                      <th scope="col" className="num">
                        {t.points.represented}
                      </th>
                      <th scope="col" className="num">
                        {t.points.absent}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((p) => (
                      <tr key={p.id} data-testid="conference-point">
                        <td>
                          <Link href={`/sessions/${session.id}/points/${p.id}`} className="font-medium text-brand-700">
                            {p.name}
                          </Link>
                          {p.isMain ? (
                            <>
                              {' '}
                              <Badge tone="brand">{t.sessions.mainPoint}</Badge>
                            </>
                          ) : null}
                        </td>
                        <td className="hidden sm:table-cell">{p.hostName ?? '—'}</td>
                        <td className="num" data-testid="point-present">
                          {p.present}
                        </td>
                        <td className="num">{p.represented}</td>
                        <td className="num">{p.absent}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {manage ? (
              <div className="mt-6 space-y-5 border-t border-slate-100 pt-5">
                <AddPointForm sessionId={session.id} agencies={agencies} t={t.points} />
                <AddAllProvincesForm sessionId={session.id} t={t.points} />
              </div>
            ) : null}
          </Card>

          {manage && session.points.length > 0 ? (
            <Card title={t.attendance.sessionBulk} id="session-attendance">
              <BulkEntry
                sessionId={session.id}
                points={session.points.map((p) => ({ id: p.id, name: p.name }))}
                t={{ attendance: t.attendance, attendeeRole: t.attendeeRole, presence: t.presence }}
              />
            </Card>
          ) : null}
        </div>

        <div className="space-y-6">
          <Card title={t.sessions.agenda} id="agenda">
            {session.agenda.length === 0 ? <p className="text-sm text-slate-600">—</p> : null}
            <ol className="list-decimal space-y-2 pl-5 text-sm">
              {session.agenda.map((a) => (
                <li key={a.id}>
                  {a.title}
                  {a.presenter ? <span className="block text-xs text-slate-600">{a.presenter}</span> : null}
                </li>
              ))}
            </ol>
          </Card>
          <Card title={t.sessions.figures} id="figures">
            {session.figures.length === 0 ? <p className="text-sm text-slate-600">—</p> : null}
            <ul className="space-y-3 text-sm">
              {session.figures.map((f) => (
                <li key={f.id}>
                  <span className="text-lg font-semibold tabular-nums text-slate-900">{number(f.value)}</span>{' '}
                  <span className="text-slate-700">{f.unit}</span>
                  <span className="block text-slate-700">
                    {f.label}
                    {f.agencyName ? ` — ${f.agencyName}` : ''}
                  </span>
                  {f.note ? <span className="block text-xs text-slate-600">{f.note}</span> : null}
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </>
  );
}
