import { notFound } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { printablePoints } from '@/lib/sessions/points';
import { getAttendanceSheet } from '@/lib/sessions/queries';
import { formatDate, vnTime } from '@/lib/time';
import { PrintButton } from '@/components/print-button';
import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title';
import { routeId } from '@/lib/zod';

export const generateMetadata = pageTitle((t) => t.attendance.title);

/**
 * The attendance list per point, laid out for A4 paper with a signature column (what attendees sign): the
 * points that have attendees (or the one point asked for), and a line counting the points left out.
 */
export default async function PrintAttendancePage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<{ point?: string }>;
}) {
  const actor = await requireActor();
  const { t } = await getMessages();
  const id = routeId((await params).sessionId);
  const pointFilter = routeId((await searchParams).point);
  if (id === null) notFound();
  const sheet = await getAttendanceSheet({ actor, sessionId: id });
  if (!sheet) notFound();
  const { points, empty } = printablePoints(sheet.points, pointFilter);
  const tr = await getTranslations('attendance');
  const left = empty ? tr('printEmpty', { n: empty }) : null;
  return (
    <div
      className="mx-auto max-w-[210mm] bg-white p-6 text-black print:p-0"
      style={{ fontFamily: '"Times New Roman", Times, serif' }}
    >
      <style>
        {'@page { size: A4; margin: 20mm 15mm 20mm 30mm; } @media print { header, nav { display: none !important; } }'}
      </style>
      <div className="no-print mb-4 flex flex-wrap items-center justify-end gap-4">
        {left ? (
          <p className="mr-auto text-sm" data-testid="print-empty-points">
            {left}
          </p>
        ) : null}
        <PrintButton label={t.attendance.print} />
      </div>
      {points.length === 0 ? <p className="text-center italic">{t.attendance.printNone}</p> : null}
      {points.map((p, index) => (
        <section key={p.id} className={index > 0 ? 'mt-10 break-before-page' : ''} data-testid="print-point">
          <h1 className="text-center text-lg font-bold uppercase">{t.attendance.title}</h1>
          <p className="text-center font-bold">{sheet.session.title}</p>
          <p className="text-center italic">
            {formatDate(sheet.session.startsAt)}, {vnTime(sheet.session.startsAt)} · {t.sessions.points}: {p.name}
          </p>
          <table className="mt-4 w-full border-collapse text-[13pt]">
            <thead>
              <tr>
                {['STT', t.attendance.fullName, t.attendance.position, t.attendance.agency, t.attendance.signature].map(
                  (h) => (
                    <th key={h} scope="col" className="border border-black px-2 py-1 text-center font-bold">
                      {h}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {p.attendees.map((a, i) => (
                <tr key={a.id}>
                  <td className="border border-black px-2 py-2 text-center">{i + 1}</td>
                  <td className="border border-black px-2 py-2">{a.fullName}</td>
                  <td className="border border-black px-2 py-2">{a.positionTitle}</td>
                  <td className="border border-black px-2 py-2">{a.agencyName}</td>
                  <td className="w-32 border border-black px-2 py-2" />
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-right">
            {t.attendance.total}: {p.attendees.length}
          </p>
        </section>
      ))}
      {left && points.length ? <p className="mt-6 hidden text-sm italic print:block">{left}</p> : null}
    </div>
  );
}
