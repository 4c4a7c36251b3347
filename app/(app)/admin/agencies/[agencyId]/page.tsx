import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { getAgencyHistory, listAgencyOptions } from '@/lib/agencies/queries';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { formatDate, formatDateTime, vnDate } from '@/lib/time';
import { EndAgencyForm } from '../end-agency-form';
import { pageTitle } from '@/lib/i18n/page-title';
import { routeId } from '@/lib/zod';

export const generateMetadata = pageTitle((t) => t.agencies.details);

const AUDIT_LABELS = {
  'agency.create': 'create',
  'agency.update': 'update',
  'agency.end': 'end',
  'task.hand_over': 'handOver',
  'user.move_agency': 'moveUsers',
} as const;
const STATUSES = ['not_started', 'in_progress', 'completed', 'cancelled', 'carried_over'] as const;
/** The agency's columns an audit row may name, by their form label. */
const FIELD_LABELS = {
  code: 'agencyCode',
  name: 'agencyName',
  shortName: 'agencyShortName',
  kind: 'agencyKind',
  parentId: 'agencyParent',
  validFrom: 'agencyValidFrom',
  validTo: 'agencyValidTo',
  successorId: 'agencySuccessor',
} as const;

/** An agency's page: details, reorganisation history, users, tasks and change log. */
export default async function AgencyPage({ params }: { params: Promise<{ agencyId: string }> }) {
  const actor = await requireActor();
  if (!can(actor, 'agency.manage')) notFound();
  const agencyId = routeId((await params).agencyId);
  if (agencyId === null) notFound();
  const h = await getAgencyHistory({ actor, agencyId });
  if (!h) notFound();
  const { t } = await getMessages();
  const tr = await getTranslations('agencies');
  const a = t.agencies;
  const { agency } = h;
  const today = vnDate();
  const endScheduled = agency.validTo !== null && !agency.ended;
  const successors = agency.ended
    ? []
    : (await listAgencyOptions({ actor, day: today })).filter((o) => o.id !== agency.id);
  const dated = (from: string | null, to: string | null) =>
    from || to ? `${from ? formatDate(from) : '…'} – ${to ? formatDate(to) : '…'}` : '';

  return (
    <>
      <PageHeader
        title={agency.name}
        intro={
          <>
            <span className="font-mono">{agency.code}</span>
            {agency.shortName ? ` · ${agency.shortName}` : ''} · {t.reports.agencyKinds[agency.kind]}
          </>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/admin/agencies" className={buttonClass.secondary}>
              {a.backToList}
            </Link>
            <Link href={`/admin/agencies/${agency.id}/edit`} className={buttonClass.primary}>
              {a.edit}
            </Link>
          </div>
        }
      />

      {agency.ended || endScheduled ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="agency-ended"
        >
          {tr(agency.ended ? 'endedNotice' : 'endsNotice', { date: formatDate(agency.validTo) })}{' '}
          {agency.ended && agency.successorId ? (
            <Link href="/admin/agencies#hand-over" className={buttonClass.link}>
              {a.goHandOver}
            </Link>
          ) : null}
        </p>
      ) : null}

      <div className="space-y-6">
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={a.details} id="agency-details">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-slate-600">{a.code}</dt>
              <dd className="font-mono">{agency.code}</dd>
              <dt className="text-slate-600">{a.shortName}</dt>
              <dd>{agency.shortName ?? '—'}</dd>
              <dt className="text-slate-600">{a.kind}</dt>
              <dd>{t.reports.agencyKinds[agency.kind]}</dd>
              <dt className="text-slate-600">{a.parent}</dt>
              <dd>
                {h.parent ? (
                  <Link href={`/admin/agencies/${h.parent.id}`} className={buttonClass.link}>
                    {h.parent.name}
                  </Link>
                ) : (
                  '—'
                )}
              </dd>
              <dt className="text-slate-600">{a.validFrom}</dt>
              <dd className="tabular-nums">{agency.validFrom ? formatDate(agency.validFrom) : '—'}</dd>
              <dt className="text-slate-600">{a.validTo}</dt>
              <dd className="tabular-nums">{agency.validTo ? formatDate(agency.validTo) : '—'}</dd>
            </dl>
            {h.children.length ? (
              <>
                <h3 className="mt-4 mb-2 text-sm font-semibold text-slate-800">{a.children}</h3>
                <ul className="list-disc space-y-1 pl-5 text-sm">
                  {h.children.map((c) => (
                    <li key={c.id}>
                      <Link href={`/admin/agencies/${c.id}`} className={buttonClass.link}>
                        {c.name}
                      </Link>
                      {c.validTo && c.validTo < today ? ` ${a.endedSuffix}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Card>

          <Card title={a.history} id="agency-history">
            <h3 className="mb-1 text-sm font-semibold text-slate-800">{a.predecessors}</h3>
            <p className="mb-2 text-xs text-slate-600">{a.predecessorsHint}</p>
            {h.predecessors.length === 0 ? (
              <p className="mb-4 text-sm text-slate-600">{a.noPredecessors}</p>
            ) : (
              <ul className="mb-4 space-y-1 text-sm" data-testid="predecessors">
                {h.predecessors.map((p) => (
                  <li key={p.id} style={{ paddingLeft: `${(p.depth - 1) * 1.25}rem` }}>
                    <Link href={`/admin/agencies/${p.id}`} className={buttonClass.link}>
                      {p.name}
                    </Link>{' '}
                    <span className="text-slate-600 tabular-nums">{dated(p.validFrom, p.validTo)}</span>
                  </li>
                ))}
              </ul>
            )}
            <h3 className="mb-1 text-sm font-semibold text-slate-800">{a.successors}</h3>
            {h.successors.length === 0 ? (
              <p className="text-sm text-slate-600">{a.noSuccessors}</p>
            ) : (
              <ol className="space-y-1 text-sm" data-testid="successors">
                {h.successors.map((s) => (
                  <li key={s.id}>
                    → {a.passedTo}{' '}
                    <Link href={`/admin/agencies/${s.id}`} className={buttonClass.link}>
                      {s.name}
                    </Link>{' '}
                    <span className="text-slate-600 tabular-nums">{dated(s.validFrom, s.validTo)}</span>
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>

        <Card title={a.users} id="agency-users">
          {h.users.length === 0 ? (
            <p className="text-sm text-slate-600">{a.noUsers}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="data-table" data-testid="agency-users">
                <thead>
                  <tr>
                    <th scope="col">{a.userName}</th>
                    <th scope="col">{a.position}</th>
                    <th scope="col">{a.duty}</th>
                    <th scope="col">{a.accountState}</th>
                  </tr>
                </thead>
                <tbody>
                  {h.users.map((u) => (
                    <tr key={u.id}>
                      <td>
                        {u.name}
                        <div className="text-xs text-slate-600">{u.email}</div>
                      </td>
                      <td>{u.position ?? '—'}</td>
                      <td>
                        {u.role === 'agency' ? (u.agencyDuty === 'staff' ? a.staff : a.focalPoint) : t.roles[u.role]}
                      </td>
                      <td>
                        <Badge tone={u.isActive ? 'success' : 'neutral'}>
                          {u.isActive ? a.accountActive : a.accountDisabled}
                        </Badge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>

        <Card title={a.tasks} id="agency-tasks">
          <p className="mb-3 text-xs text-slate-600">{a.tasksHint}</p>
          {h.taskTotal === 0 ? (
            <p className="text-sm text-slate-600">{a.noTasks}</p>
          ) : (
            <>
              <dl className="mb-4 flex flex-wrap gap-x-6 gap-y-2 text-sm" data-testid="agency-task-counts">
                <div>
                  <dt className="text-slate-600">{a.taskTotal}</dt>
                  <dd className="text-lg font-semibold tabular-nums">{h.taskTotal}</dd>
                </div>
                {STATUSES.map((s) => (
                  <div key={s}>
                    <dt className="text-slate-600">{t.taskStatus[s]}</dt>
                    <dd className="text-lg font-semibold tabular-nums">{h.taskCounts[s] ?? 0}</dd>
                  </div>
                ))}
              </dl>
              <h3 className="mb-2 text-sm font-semibold text-slate-800">{a.latestTasks}</h3>
              <div className="overflow-x-auto">
                <table className="data-table" data-testid="agency-tasks">
                  <thead>
                    <tr>
                      <th scope="col">{a.task}</th>
                      <th scope="col">{a.assignedOn}</th>
                      <th scope="col">{a.dueDate}</th>
                      <th scope="col">{a.status}</th>
                      <th scope="col">{a.lead}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {h.tasks.map((task) => (
                      <tr key={task.id}>
                        <td className="max-w-md">
                          <Link href={`/tasks/${task.id}`} className={buttonClass.link}>
                            {task.directiveText.length > 160
                              ? `${task.directiveText.slice(0, 157)}…`
                              : task.directiveText}
                          </Link>
                        </td>
                        <td className="tabular-nums">{formatDate(task.assignedOn)}</td>
                        <td className="tabular-nums">{task.dueDate ? formatDate(task.dueDate) : a.noDueDate}</td>
                        <td>{t.taskStatus[task.status]}</td>
                        <td>{task.leadAgencyId === agency.id ? agency.name : task.leadName}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </Card>

        {agency.ended ? null : (
          <Card title={a.endTitle} id="agency-endTitle">
            <p className="mb-3 text-sm text-slate-600">{a.endIntro}</p>
            <EndAgencyForm
              t={a}
              agencyId={agency.id}
              successors={successors}
              defaultValues={{
                validTo: agency.validTo ? formatDate(agency.validTo) : '',
                successorId: agency.successorId ? String(agency.successorId) : '',
              }}
            />
          </Card>
        )}

        <Card title={a.audit} id="agency-audit">
          {h.audit.length === 0 ? (
            <p className="text-sm text-slate-600">{a.noAudit}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="data-table" data-testid="agency-audit">
                <thead>
                  <tr>
                    <th scope="col">{a.when}</th>
                    <th scope="col">{a.who}</th>
                    <th scope="col">{a.action}</th>
                    <th scope="col">{a.changed}</th>
                  </tr>
                </thead>
                <tbody>
                  {h.audit.map((e) => {
                    const label = AUDIT_LABELS[e.action as keyof typeof AUDIT_LABELS];
                    return (
                      <tr key={e.id}>
                        <td className="tabular-nums">{formatDateTime(e.createdAt)}</td>
                        <td>{e.actorName ?? a.system}</td>
                        <td>{label ? a.auditActions[label] : e.action}</td>
                        <td className="text-sm text-slate-700">
                          {e.action === 'agency.update' && e.after && typeof e.after === 'object'
                            ? Object.keys(e.after)
                                .filter((k): k is keyof typeof FIELD_LABELS => k in FIELD_LABELS)
                                .map((k) => t.fields[FIELD_LABELS[k]])
                                .join(', ')
                            : ''}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
