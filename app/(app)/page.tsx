import Link from '@/components/link';
import { SessionList } from '@/components/session-list';
import { TaskTable } from '@/components/task-table';
import { TimelinessCountCards } from '@/components/timeliness';
import { UserTable } from '@/components/user-table';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/field';
import { FilterSelect } from '@/components/ui/filter-select';
import { FirstStepsList } from '@/components/first-steps';
import { PageHeader } from '@/components/ui/page-header';
import { PhoneFold } from '@/components/ui/phone-fold';
import { requireActor } from '@/lib/auth/session';
import { getMessages, type Messages } from '@/lib/i18n';
import type { Actor } from '@/lib/policy';
import { listSessions } from '@/lib/sessions/queries';
import { countTasks, countTasksEach, listTasks } from '@/lib/tasks/queries';
import { drillHref, getLeaderHome, getSecretariatDesk, type SecretariatDesk } from '@/lib/reports/dashboard';
import { summarizeTotal } from '@/lib/reports/summary';
import { formatPercent } from '@/lib/reports/rates';
import { taskFilterFromParams } from '@/lib/tasks/schemas';
import { formatDate } from '@/lib/time';
import { countActiveAgencies } from '@/lib/agencies/queries';
import { listUsers } from '@/lib/users/queries';
import { pageTitle } from '@/lib/i18n/page-title';
import { canSeeFirstSteps, getFirstSteps } from '@/lib/first-steps/queries';

export const generateMetadata = pageTitle((t) => t.nav.home);

const HOME_LIST = 20;

/** The home page shows each role what it comes for. */
export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  // The leader's home takes the task list's session filter (?session=…); an invalid value is ignored.
  const params = await searchParams;
  const sessionId = taskFilterFromParams(params).filter.sessionId ?? null;
  // "Xem lại các bước" asks for the first steps whole; otherwise a deployment that finished them reads one statement.
  const allSteps = params.firstSteps === 'all';
  const { t } = await getMessages();
  return (
    <>
      <PageHeader
        title={`${t.home.greeting}, ${actor.name}`}
        intro={[t.roles[actor.role], actor.agencyName].filter(Boolean).join(' · ')}
      />
      {actor.role === 'secretariat' ? <SecretariatHome actor={actor} t={t} allSteps={allSteps} /> : null}
      {actor.role === 'agency' ? <AgencyHome actor={actor} t={t} /> : null}
      {actor.role === 'leader' ? <LeaderHome actor={actor} t={t} sessionId={sessionId} /> : null}
      {actor.role === 'admin' ? <AdminHome actor={actor} t={t} allSteps={allSteps} /> : null}
    </>
  );
}

async function SecretariatHome({ actor, t, allSteps }: { actor: Actor; t: Messages; allSteps: boolean }) {
  const [sessions, counts, awaiting, desk, firstSteps] = await Promise.all([
    listSessions({ actor, limit: 10 }),
    summarizeTotal({ actor }),
    countTasks({ actor, filter: { awaitingConfirmation: true } }),
    getSecretariatDesk({ actor, limit: 5 }),
    canSeeFirstSteps(actor) ? getFirstSteps({ actor, brief: !allSteps }) : null,
  ]);
  return (
    <div className="space-y-6">
      {firstSteps ? <FirstStepsList firstSteps={firstSteps} t={t} open={allSteps} /> : null}
      <Desk desk={desk} t={t} />
      <Card
        title={t.home.secretariatTitle}
        id="recent-sessions"
        actions={
          <Link className="text-sm text-brand-700 underline" href="/sessions">
            {t.home.viewAll}
          </Link>
        }
      >
        <p className="mb-3 text-sm text-slate-600">{t.home.secretariatIntro}</p>
        <SessionList sessions={sessions} t={t} />
      </Card>
      <Card title={t.home.leaderTitle} id="task-counts">
        <TimelinessCountCards counts={counts} t={t} href={(c) => `/tasks?class=${c}`} />
        {awaiting > 0 ? (
          // Decision 023: the back-dated completions waiting for the secretariat's confirmation.
          <p className="mt-3 text-sm" data-testid="awaiting-confirmation-count">
            {t.task.ofWhichAwaiting}:{' '}
            <Link className="font-medium text-brand-700 underline" href="/tasks?confirm=pending">
              {awaiting}
            </Link>
          </p>
        ) : null}
      </Card>
    </div>
  );
}

/** "Việc cần xử lý": the secretariat's three lists, each with its count and its first rows, linking to the tasks. */
function Desk({ desk, t }: { desk: SecretariatDesk; t: Messages }) {
  const h = t.home;
  const section = (
    id: string,
    title: string,
    count: number,
    href: string | null,
    rows: { key: number; href: string; text: string; detail: string }[],
  ) => (
    <section aria-labelledby={id} data-testid={id}>
      <h3 id={id} className="text-sm font-semibold text-slate-800">
        {title}:{' '}
        {href && count > 0 ? (
          <Link className="text-brand-700 underline tabular-nums" href={href} data-testid={`${id}-count`}>
            {count}
          </Link>
        ) : (
          <span className="tabular-nums" data-testid={`${id}-count`}>
            {count}
          </span>
        )}
      </h3>
      {rows.length ? (
        <ul className="mt-2 space-y-1.5 text-sm">
          {rows.map((r) => (
            <li key={r.key}>
              <Link
                href={r.href}
                className="text-brand-800 underline decoration-slate-300 underline-offset-2 hover:decoration-brand-700"
              >
                {r.text}
              </Link>
              <span className="block text-xs text-slate-600">{r.detail}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-600">{h.deskNothing}</p>
      )}
    </section>
  );
  const cut = (text: string) => (text.length > 140 ? `${text.slice(0, 140)}…` : text);
  const taskRows = (items: SecretariatDesk['dueSoon']['items'], detail: (i: (typeof items)[number]) => string) =>
    items.map((i) => ({
      key: i.id,
      href: `/tasks/${i.id}`,
      text: `${i.directiveOrdinal}. ${cut(i.directiveText)}`,
      detail: detail(i),
    }));
  return (
    <Card title={h.deskTitle} id="desk">
      <div className="grid gap-6 lg:grid-cols-3">
        {section(
          'desk-extensions',
          h.deskExtensions,
          desk.extensions.count,
          null,
          desk.extensions.items.map((e) => ({
            key: e.id,
            href: `/tasks/${e.taskId}#extension`,
            text: `${e.directiveOrdinal}. ${cut(e.directiveText)}`,
            detail: `${e.leadName} · ${formatDate(e.previousDueDate)} → ${h.deskAsked} ${formatDate(e.requestedDueDate)}`,
          })),
        )}
        {section(
          'desk-awaiting',
          h.deskAwaiting,
          desk.awaitingConfirmation.count,
          desk.awaitingConfirmation.href,
          taskRows(
            desk.awaitingConfirmation.items,
            (i) => `${i.leadName} · ${t.task.completedOn}: ${formatDate(i.completedOn)}`,
          ),
        )}
        {section(
          'desk-due-soon',
          `${h.deskDueSoon} (${formatDate(desk.dueSoon.from)} – ${formatDate(desk.dueSoon.to)})`,
          desk.dueSoon.count,
          desk.dueSoon.href,
          taskRows(desk.dueSoon.items, (i) => `${i.leadName} · ${t.tasks.deadline}: ${formatDate(i.dueDate)}`),
        )}
      </div>
    </Card>
  );
}

async function AgencyHome({ actor, t }: { actor: Actor; t: Messages }) {
  // The few that need action first (overdue, then due soon) of each list; the task list has them all.
  const [counts, lead, other, [leadCount, otherCount]] = await Promise.all([
    summarizeTotal({ actor }),
    listTasks({ actor, filter: { relation: 'lead' }, limit: HOME_LIST, order: 'action' }),
    listTasks({ actor, filter: { relation: 'other' }, limit: HOME_LIST, order: 'action' }),
    countTasksEach({ actor, filters: [{ relation: 'lead' }, { relation: 'other' }] }),
  ]);
  const viewAll = (relation: string) => (
    <Link className="text-sm text-brand-700 underline" href={`/tasks?relation=${relation}`}>
      {t.home.viewAll}
    </Link>
  );
  return (
    <div className="space-y-6">
      {/* Not on a phone: its first screen is for the tasks that need action (the cards say lead or coordinate). */}
      <p className="hidden text-slate-600 sm:block">{t.home.agencyIntro}</p>
      {/* Folded on a phone, so the tasks that need action come first. */}
      <PhoneFold summary={t.tasks.timeliness} testId="counts-fold">
        <TimelinessCountCards counts={counts} t={t} href={(c) => `/tasks?class=${c}`} />
      </PhoneFold>
      <Card
        title={`${t.tasks.lead} (${leadCount})`}
        id="lead-tasks"
        actions={leadCount > lead.length ? viewAll('lead') : null}
      >
        <TaskTable tasks={lead} t={t} caption={t.tasks.lead} reader={actor} />
      </Card>
      {other.length > 0 ? (
        <Card
          title={`${t.tasks.coordinators} (${otherCount})`}
          id="other-tasks"
          actions={otherCount > other.length ? viewAll('other') : null}
        >
          <TaskTable tasks={other} t={t} caption={t.tasks.coordinators} />
        </Card>
      ) : null}
    </div>
  );
}

async function LeaderHome({ actor, t, sessionId }: { actor: Actor; t: Messages; sessionId: number | null }) {
  const home = await getLeaderHome({ actor, sessionId });
  const scope = sessionId ? { sessionId } : {};
  const list = (narrow: Parameters<typeof drillHref>[1]) => drillHref(scope, narrow);
  const rankingHref = `/reports/agencies${sessionId ? `?session=${sessionId}` : ''}`;
  return (
    <div className="space-y-6">
      <form method="get" action="/" className="flex flex-wrap items-end gap-2" aria-label={t.home.sessionFilter}>
        <FilterSelect
          name="session"
          label={t.home.sessionFilter}
          value={sessionId}
          options={home.sessions.map((s) => [s.id, `${s.title} (${formatDate(s.startsAt)})`] as const)}
          anyLabel={t.home.allSessions}
        />
        <button type="submit" className={buttonClass.secondary}>
          {t.home.show}
        </button>
      </form>
      <Card title={t.home.leaderTitle} id="task-counts">
        <p className="mb-4 text-sm text-slate-600">
          {t.home.leaderIntro} ({formatDate(new Date())}).
        </p>
        <TimelinessCountCards counts={home.counts} t={t} href={(c) => list({ timeliness: c })} />
        <dl className="mt-5 flex flex-wrap gap-x-10 gap-y-3">
          <div>
            <dt className="text-sm text-slate-600">{t.home.completionRate}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-emerald-800" data-testid="completion-rate">
              {formatPercent(home.completionRate)}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t.home.overdueRate}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-red-800" data-testid="overdue-rate">
              {formatPercent(home.overdueRate)}
            </dd>
          </div>
        </dl>
        <p className="mt-2 text-xs text-slate-600">{t.home.ratesNote}</p>
      </Card>
      <p>
        <Link className="font-medium text-brand-800 underline" href="/reports">
          {t.reports.title} →
        </Link>
      </p>
      <Card
        title={t.home.worstAgencies}
        id="worst-agencies"
        actions={
          <Link className="text-sm text-brand-700 underline" href={rankingHref}>
            {t.home.fullRanking}
          </Link>
        }
      >
        {home.worstAgencies.length ? (
          <ol className="list-decimal space-y-1.5 pl-5 text-sm" data-testid="worst-agencies">
            {home.worstAgencies.map((a) => (
              <li key={a.id}>
                <span className="font-medium">{a.name}</span>:{' '}
                <Link
                  className="text-red-800 underline tabular-nums"
                  href={list({ agencyId: a.id, timeliness: 'overdue' })}
                >
                  {a.counts.overdue} {t.home.overdueTasks}
                </Link>
                {a.overdueRate !== null ? (
                  <span className="text-slate-600">
                    {' '}
                    ({t.home.overdueRate.toLowerCase()} {formatPercent(a.overdueRate)})
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-slate-600">{t.home.worstAgenciesNone}</p>
        )}
      </Card>
      <Card
        title={t.timeliness.overdue}
        id="overdue-tasks"
        actions={
          <Link className="text-sm text-brand-700 underline" href={list({ timeliness: 'overdue' })}>
            {t.home.viewAll}
          </Link>
        }
      >
        <TaskTable tasks={home.overdue} t={t} caption={t.timeliness.overdue} />
      </Card>
    </div>
  );
}

async function AdminHome({ actor, t, allSteps }: { actor: Actor; t: Messages; allSteps: boolean }) {
  const [users, agencyCount, firstSteps] = await Promise.all([
    listUsers({ actor }),
    countActiveAgencies({ actor }),
    canSeeFirstSteps(actor) ? getFirstSteps({ actor, brief: !allSteps }) : null,
  ]);
  return (
    <div className="space-y-6">
      {firstSteps ? <FirstStepsList firstSteps={firstSteps} t={t} open={allSteps} /> : null}
      <p className="text-slate-600">{t.home.adminIntro}</p>
      <p>
        <span className="text-2xl font-semibold tabular-nums">{agencyCount}</span> {t.home.activeAgencies}
      </p>
      <Card title={t.users.title} id="users">
        <UserTable users={users} t={t} />
      </Card>
    </div>
  );
}
