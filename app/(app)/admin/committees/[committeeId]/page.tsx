import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { buttonClass, inputClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { requireActor } from '@/lib/auth/session';
import { getCommittee, listPeopleOptions, type MemberRow } from '@/lib/committees/queries';
import { getMessages } from '@/lib/i18n';
import type { Messages } from '@/lib/i18n/vi';
import { can } from '@/lib/policy';
import { formatDate, vnDate } from '@/lib/time';
import { isoDate } from '@/lib/zod';
import { CommitteeForm } from '../committee-form';
import { EndMemberForm, MemberForm } from './member-form';
import { pageTitle } from '@/lib/i18n/page-title';
import { routeId } from '@/lib/zod';

export const generateMetadata = pageTitle((t) => t.committees.details);

/**
 * A committee: its details (editable), its members on a day (today, or `?on=dd/MM/yyyy`) grouped by position,
 * those whose membership ended before that day, and a form to add a member. A current member is ended, never
 * removed.
 */
export default async function CommitteePage({
  params,
  searchParams,
}: {
  params: Promise<{ committeeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  if (!can(actor, 'committee.manage')) notFound();
  const id = routeId((await params).committeeId);
  if (id === null) notFound();
  const rawOn = (await searchParams).on;
  const parsedOn = isoDate().safeParse(typeof rawOn === 'string' ? rawOn : '');
  const today = vnDate();
  const on = parsedOn.success ? parsedOn.data : today;
  // A day that is not one ("31/02/2026") is said so, and today's members shown, rather than shown silently.
  const badOn = typeof rawOn === 'string' && rawOn.trim() !== '' && !parsedOn.success;
  const committee = await getCommittee({ actor, committeeId: id, on });
  if (!committee) notFound();
  const [agencies, people, { t }] = await Promise.all([
    listAgencyOptions({ actor, day: today }),
    listPeopleOptions({ actor }),
    getMessages(),
  ]);
  const c = t.committees;
  return (
    <>
      <PageHeader
        title={committee.name}
        intro={committee.code}
        actions={
          <Link href="/admin/committees" className={buttonClass.secondary}>
            {c.listTitle}
          </Link>
        }
      />
      <div className="space-y-6">
        <Card title={`${c.membersOn} ${formatDate(on)}`} id="members">
          <form method="get" className="mb-4 flex flex-wrap items-end gap-2" aria-label={c.asOf}>
            <div>
              <label htmlFor="on" className="label">
                {c.asOf}
              </label>
              <input
                id="on"
                name="on"
                className={`${inputClass} w-36`}
                inputMode="numeric"
                placeholder={c.dateHint}
                defaultValue={badOn ? rawOn : formatDate(on)}
                aria-invalid={badOn || undefined}
                aria-describedby={badOn ? 'on-error' : undefined}
              />
              {badOn ? (
                <p id="on-error" className="mt-1 text-sm text-red-800" role="alert">
                  {c.badDay}
                </p>
              ) : null}
            </div>
            <button type="submit" className={buttonClass.secondary}>
              {c.show}
            </button>
            {on !== today ? (
              <Link href={`/admin/committees/${id}`} className={buttonClass.link}>
                {c.showToday}
              </Link>
            ) : null}
          </form>
          {committee.current.length === 0 ? (
            <p className="text-slate-600">{c.noMembers}</p>
          ) : (
            <div className="space-y-4">
              {committee.current.map((g) => (
                <section key={g.position} aria-labelledby={`position-${g.position}`}>
                  <h3 id={`position-${g.position}`} className="mb-1 font-semibold text-slate-800">
                    {c.positions[g.position]}
                  </h3>
                  <MemberTable c={c} rows={g.members} today={formatDate(today)} endable />
                </section>
              ))}
            </div>
          )}
        </Card>
        {committee.upcoming.length > 0 ? (
          <Card title={c.upcomingMembers} id="upcoming-members">
            <MemberTable c={c} rows={committee.upcoming} today={formatDate(today)} showPosition endable />
          </Card>
        ) : null}
        <Card title={c.pastMembers} id="past-members">
          {committee.past.length === 0 ? (
            <p className="text-slate-600">{c.noMembers}</p>
          ) : (
            <MemberTable c={c} rows={committee.past} today={formatDate(today)} showPosition />
          )}
        </Card>
        <Card title={c.addMember} id="add-member">
          <MemberForm t={c} committeeId={id} agencies={agencies} people={people} today={formatDate(today)} />
        </Card>
        <Card title={c.details} id="details">
          <CommitteeForm
            t={c}
            agencies={agencies}
            committeeId={id}
            defaultValues={{
              code: committee.code,
              name: committee.name,
              level: committee.level,
              standingAgencyId: committee.standingAgencyId ? String(committee.standingAgencyId) : '',
              establishedBy: committee.establishedBy ?? '',
              validFrom: formatDate(committee.validFrom),
              validTo: formatDate(committee.validTo),
            }}
          />
        </Card>
      </div>
    </>
  );
}

function MemberTable({
  c,
  rows,
  today,
  endable,
  showPosition,
}: {
  c: Messages['committees'];
  rows: readonly MemberRow[];
  today: string;
  endable?: boolean;
  showPosition?: boolean;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{c.member}</th>
            {showPosition ? <th scope="col">{c.position}</th> : null}
            {/* At phone width the agency and the dates go under the name (decision 086): five columns were cramped. */}
            <th scope="col" className="max-sm:hidden">
              {c.agency}
            </th>
            <th scope="col" className="max-sm:hidden">
              {c.from}
            </th>
            <th scope="col" className="max-sm:hidden">
              {c.to}
            </th>
            {endable ? (
              <th scope="col">
                <span className="sr-only">{c.end}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => {
            const who = m.personName ?? m.agencyName ?? '';
            return (
              <tr key={m.id}>
                <td>
                  {who}
                  {m.personName && m.personTitle ? (
                    <span className="block text-xs text-slate-600">{m.personTitle}</span>
                  ) : null}
                  <span className="mt-1 block text-xs text-slate-600 sm:hidden" data-testid="member-phone-details">
                    {m.personName && m.agencyName ? <span className="block">{m.agencyName}</span> : null}
                    <span className="tabular-nums">
                      {c.from} {formatDate(m.validFrom)}
                      {m.validTo ? ` · ${c.to} ${formatDate(m.validTo)}` : ''}
                    </span>
                  </span>
                </td>
                {showPosition ? <td>{c.positions[m.position]}</td> : null}
                <td className="max-sm:hidden">{m.personName ? m.agencyName : null}</td>
                <td className="tabular-nums max-sm:hidden">{formatDate(m.validFrom)}</td>
                <td className="tabular-nums max-sm:hidden">{formatDate(m.validTo)}</td>
                {endable ? (
                  <td>
                    {m.validTo === null ? <EndMemberForm t={c} memberId={m.id} label={who} today={today} /> : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
