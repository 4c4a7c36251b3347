import Link from '@/components/link';
import { Fragment } from 'react';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { getPointDetail } from '@/lib/sessions/queries';
import { vnDate } from '@/lib/time';
import { EditPointForm, RemovePointButton } from '../../point-forms';
import { AddAttendeeForm, EditAttendeeForm } from './attendee-forms';
import { BulkEntry } from './bulk-entry';
import { pageTitle } from '@/lib/i18n/page-title';
import { routeId } from '@/lib/zod';

export const generateMetadata = pageTitle((t) => t.points.settings);

export default async function PointPage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string; pointId: string }>;
  searchParams: Promise<{ edit?: string }>;
}) {
  const actor = await requireActor();
  const { t } = await getMessages();
  const p = await params;
  const sessionId = routeId(p.sessionId);
  const pointId = routeId(p.pointId);
  if (sessionId === null || pointId === null) notFound();
  const point = await getPointDetail({ actor, sessionId, pointId });
  if (!point) notFound();
  const manage = can(actor, 'session.manage');
  const agencies = manage ? await listAgencyOptions({ actor, day: vnDate(point.session.startsAt) }) : [];
  const count = (presence: string) => point.attendees.filter((a) => a.presence === presence).length;
  const labels = { attendance: t.attendance, attendeeRole: t.attendeeRole, presence: t.presence };
  const editId = manage ? Number((await searchParams).edit ?? 0) : 0;

  return (
    <>
      <nav aria-label="breadcrumb" className="mb-2 text-sm">
        <Link href={`/sessions/${sessionId}`} className="text-brand-700 hover:underline">
          ← {point.session.title}
        </Link>
      </nav>
      {point.previous || point.next ? (
        <nav aria-label={t.points.title} className="mb-3 flex flex-wrap justify-between gap-2 text-sm">
          {point.previous ? (
            <Link
              href={`/sessions/${sessionId}/points/${point.previous.id}`}
              rel="prev"
              className="text-brand-700 hover:underline"
            >
              ‹ {t.points.previous}: {point.previous.name}
            </Link>
          ) : (
            <span />
          )}
          {point.next ? (
            <Link
              href={`/sessions/${sessionId}/points/${point.next.id}`}
              rel="next"
              className="font-medium text-brand-700 hover:underline"
            >
              {t.points.next}: {point.next.name} ›
            </Link>
          ) : null}
        </nav>
      ) : null}
      <PageHeader
        title={point.name}
        intro={point.hostName ?? undefined}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            {point.isMain ? <Badge tone="brand">{t.sessions.mainPoint}</Badge> : null}
            <Link href={`/sessions/${sessionId}/print?point=${pointId}`} className={buttonClass.secondary}>
              {t.attendance.print}
            </Link>
          </div>
        }
      />
      <div className="space-y-6">
        <Card title={`${t.attendance.title} (${point.attendees.length})`} id="attendees">
          <p className="mb-3 text-sm text-slate-700" data-testid="point-counts">
            {count('present')} {t.presence.present.toLowerCase()} · {count('represented')}{' '}
            {t.presence.represented.toLowerCase()} · {count('absent')} {t.presence.absent.toLowerCase()}
          </p>
          {point.attendees.length === 0 ? (
            <p className="text-slate-600">{t.attendance.none}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="data-table" data-testid="attendee-table">
                <caption className="sr-only">{t.attendance.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t.attendance.fullName}</th>
                    <th scope="col">{t.attendance.position}</th>
                    <th scope="col" className="hidden md:table-cell">
                      {t.attendance.agency}
                    </th>
                    <th scope="col">{t.attendance.role}</th>
                    <th scope="col">{t.attendance.presence}</th>
                    {manage ? (
                      <th scope="col">
                        <span className="sr-only">{t.attendance.edit}</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {point.attendees.map((a, i) => (
                    <Fragment key={a.id}>
                      <tr id={`attendee-${a.id}`}>
                        <td className="text-slate-600 tabular-nums">{i + 1}</td>
                        <td className="font-medium">{a.fullName}</td>
                        <td>{a.positionTitle}</td>
                        <td className="hidden md:table-cell">{a.agencyName}</td>
                        <td className="whitespace-nowrap">{t.attendeeRole[a.role]}</td>
                        <td>
                          {t.presence[a.presence]}
                          {a.representedBy ? (
                            <span className="block text-xs text-slate-600">{a.representedBy}</span>
                          ) : null}
                        </td>
                        {manage ? (
                          <td>
                            <Link
                              href={`?edit=${a.id}#attendee-${a.id}`}
                              className="text-brand-700"
                              aria-label={`${t.attendance.edit}: ${a.fullName}`}
                            >
                              {t.attendance.edit}
                            </Link>
                          </td>
                        ) : null}
                      </tr>
                      {editId === a.id ? (
                        <tr>
                          <td colSpan={7}>
                            <EditAttendeeForm
                              sessionId={sessionId}
                              pointId={pointId}
                              t={labels}
                              attendee={{
                                id: a.id,
                                fullName: a.fullName,
                                positionTitle: a.positionTitle ?? '',
                                agencyName: a.agencyName ?? '',
                                role: a.role,
                                presence: a.presence,
                                representedBy: a.representedBy ?? '',
                              }}
                            />
                          </td>
                        </tr>
                      ) : null}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        {manage ? (
          <>
            <Card title={t.attendance.add} id="add-attendee">
              <AddAttendeeForm sessionId={sessionId} pointId={pointId} t={labels} />
            </Card>
            <Card title={t.attendance.bulk} id="bulk-entry">
              <BulkEntry sessionId={sessionId} pointId={pointId} t={labels} />
            </Card>
            <Card title={t.points.settings} id="point-settings">
              <EditPointForm sessionId={sessionId} point={point} agencies={agencies} t={t.points} />
              <div className="mt-5 border-t border-slate-100 pt-4">
                <RemovePointButton sessionId={sessionId} pointId={pointId} name={point.name} t={t.points} />
              </div>
            </Card>
          </>
        ) : null}
      </div>
    </>
  );
}
