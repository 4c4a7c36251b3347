import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { getSessionDetail } from '@/lib/sessions/queries';
import { formatDate, vnTime } from '@/lib/time';

function countPresence(attendees: { presence: string }[]) {
  return {
    present: attendees.filter((a) => a.presence === 'present').length,
    absent: attendees.filter((a) => a.presence === 'absent').length,
    represented: attendees.filter((a) => a.presence === 'represented').length,
  };
}

export default async function SessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const actor = await requireActor();
  const { t, locale } = await getMessages();
  const id = Number((await params).sessionId);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const session = await getSessionDetail({ actor, sessionId: id });
  if (!session) notFound();
  const all = session.points.flatMap((p) => p.attendees);
  const total = countPresence(all);
  const number = (v: string) => Number(v).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB');

  return (
    <>
      <PageHeader
        title={session.title}
        intro={session.committeeName}
        actions={
          <Badge tone={session.status === 'minutes_published' ? 'success' : 'neutral'}>
            {t.sessionStatus[session.status]}
          </Badge>
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
                  {session.chairName}
                  {session.chairTitle ? (
                    <span className="block text-sm font-normal text-slate-600">{session.chairTitle}</span>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{t.sessions.location}</dt>
                <dd className="font-medium">{session.location}</dd>
              </div>
            </dl>
            {session.summary ? <p className="mt-4 text-slate-700">{session.summary}</p> : null}
          </Card>

          <Card title={`${t.sessions.points} (${session.points.length})`} id="points">
            <p className="mb-4 text-sm text-slate-700" data-testid="attendance-total">
              {t.sessions.total}: {total.present} {t.presence.present.toLowerCase()} · {total.represented}{' '}
              {t.presence.represented.toLowerCase()} · {total.absent} {t.presence.absent.toLowerCase()}
            </p>
            <div className="space-y-6">
              {session.points.map((point) => {
                const c = countPresence(point.attendees);
                return (
                  <section key={point.id} aria-labelledby={`point-${point.id}`} data-testid="conference-point">
                    <div className="mb-2 flex flex-wrap items-baseline gap-2">
                      <h3 id={`point-${point.id}`} className="font-semibold text-slate-900">
                        {point.name}
                      </h3>
                      {point.isMain ? <Badge tone="brand">{t.sessions.mainPoint}</Badge> : null}
                      <span className="text-sm text-slate-600">
                        {c.present} {t.presence.present.toLowerCase()}
                        {c.represented ? ` · ${c.represented} ${t.presence.represented.toLowerCase()}` : ''}
                        {c.absent ? ` · ${c.absent} ${t.presence.absent.toLowerCase()}` : ''}
                      </span>
                    </div>
                    {point.hostName ? (
                      <p className="mb-2 text-sm text-slate-600">
                        {t.sessions.host}: {point.hostName}
                      </p>
                    ) : null}
                    <div className="overflow-x-auto">
                      <table className="w-full text-left text-sm">
                        <caption className="sr-only">
                          {t.sessions.attendees}: {point.name}
                        </caption>
                        <thead>
                          <tr className="border-b border-slate-200 text-slate-600">
                            <th scope="col" className="py-1.5 pr-3 font-medium">
                              {t.sessions.fullName}
                            </th>
                            <th scope="col" className="py-1.5 pr-3 font-medium">
                              {t.sessions.position}
                            </th>
                            <th scope="col" className="hidden py-1.5 pr-3 font-medium sm:table-cell">
                              {t.sessions.agency}
                            </th>
                            <th scope="col" className="py-1.5 pr-3 font-medium">
                              {t.sessions.role}
                            </th>
                            <th scope="col" className="py-1.5 font-medium">
                              {t.sessions.presence}
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {point.attendees.map((a) => (
                            <tr key={a.id} className="border-b border-slate-100 align-top last:border-0">
                              <td className="py-1.5 pr-3 font-medium">{a.fullName}</td>
                              <td className="py-1.5 pr-3">{a.positionTitle}</td>
                              <td className="hidden py-1.5 pr-3 sm:table-cell">{a.agencyName}</td>
                              <td className="py-1.5 pr-3 whitespace-nowrap">{t.attendeeRole[a.role]}</td>
                              <td className="py-1.5 whitespace-nowrap">
                                {t.presence[a.presence]}
                                {a.representedBy ? ` (${a.representedBy})` : ''}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </section>
                );
              })}
            </div>
          </Card>
        </div>

        <div className="space-y-6">
          <Card title={t.sessions.agenda} id="agenda">
            <ol className="list-decimal space-y-2 pl-5 text-sm">
              {session.agenda.map((a) => (
                <li key={a.id}>{a.title}</li>
              ))}
            </ol>
          </Card>
          <Card title={t.sessions.figures} id="figures">
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
