import Link from 'next/link';
import { SessionList } from '@/components/session-list';
import { TaskTable } from '@/components/task-table';
import { TimelinessCountCards } from '@/components/timeliness';
import { UserTable } from '@/components/user-table';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { PhoneFold } from '@/components/ui/phone-fold';
import { requireActor } from '@/lib/auth/session';
import { getMessages, type Messages } from '@/lib/i18n';
import type { Actor } from '@/lib/policy';
import { listSessions } from '@/lib/sessions/queries';
import { countTasks, listTasks } from '@/lib/tasks/queries';
import { summarizeTotal } from '@/lib/reports/summary';
import { formatPercent } from '@/lib/reports/rates';
import { timelinessRates } from '@/lib/tasks/timeliness';
import { formatDate } from '@/lib/time';
import { countActiveAgencies, listUsers } from '@/lib/users/queries';

const HOME_LIST = 20;

/** The home page shows each role what it comes for. */
export default async function HomePage() {
  const actor = await requireActor();
  const { t } = await getMessages();
  return (
    <>
      <PageHeader
        title={`${t.home.greeting}, ${actor.name}`}
        intro={[t.roles[actor.role], actor.agencyName].filter(Boolean).join(' · ')}
      />
      {actor.role === 'secretariat' ? <SecretariatHome actor={actor} t={t} /> : null}
      {actor.role === 'agency' ? <AgencyHome actor={actor} t={t} /> : null}
      {actor.role === 'leader' ? <LeaderHome actor={actor} t={t} /> : null}
      {actor.role === 'admin' ? <AdminHome actor={actor} t={t} /> : null}
    </>
  );
}

async function SecretariatHome({ actor, t }: { actor: Actor; t: Messages }) {
  const [sessions, counts, awaiting] = await Promise.all([
    listSessions({ actor, limit: 10 }),
    summarizeTotal({ actor }),
    countTasks({ actor, filter: { awaitingConfirmation: true } }),
  ]);
  return (
    <div className="space-y-6">
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

async function AgencyHome({ actor, t }: { actor: Actor; t: Messages }) {
  // The few that need action first (overdue, then due soon) of each list; the task list has them all.
  const [counts, lead, other, leadCount, otherCount] = await Promise.all([
    summarizeTotal({ actor }),
    listTasks({ actor, filter: { relation: 'lead' }, limit: HOME_LIST, order: 'action' }),
    listTasks({ actor, filter: { relation: 'other' }, limit: HOME_LIST, order: 'action' }),
    countTasks({ actor, filter: { relation: 'lead' } }),
    countTasks({ actor, filter: { relation: 'other' } }),
  ]);
  const viewAll = (relation: string) => (
    <Link className="text-sm text-brand-700 underline" href={`/tasks?relation=${relation}`}>
      {t.home.viewAll}
    </Link>
  );
  return (
    <div className="space-y-6">
      <p className="text-slate-600">{t.home.agencyIntro}</p>
      {/* Folded on a phone, so the tasks that need action come first (issue 16). */}
      <PhoneFold summary={t.tasks.timeliness} testId="counts-fold">
        <TimelinessCountCards counts={counts} t={t} href={(c) => `/tasks?class=${c}`} />
      </PhoneFold>
      <Card
        title={`${t.tasks.lead} (${leadCount})`}
        id="lead-tasks"
        actions={leadCount > lead.length ? viewAll('lead') : null}
      >
        <TaskTable tasks={lead} t={t} caption={t.tasks.lead} />
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

async function LeaderHome({ actor, t }: { actor: Actor; t: Messages }) {
  const [counts, overdue] = await Promise.all([
    summarizeTotal({ actor }),
    listTasks({ actor, filter: { timeliness: 'overdue' }, limit: 10 }),
  ]);
  const rates = timelinessRates(counts);
  return (
    <div className="space-y-6">
      <Card title={t.home.leaderTitle} id="task-counts">
        <p className="mb-4 text-sm text-slate-600">
          {t.home.leaderIntro} ({formatDate(new Date())}).
        </p>
        <TimelinessCountCards counts={counts} t={t} href={(c) => `/tasks?class=${c}`} />
        <dl className="mt-5 flex flex-wrap gap-x-10 gap-y-3">
          <div>
            <dt className="text-sm text-slate-600">{t.home.completionRate}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-emerald-800" data-testid="completion-rate">
              {formatPercent(rates.completionRate)}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t.home.overdueRate}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-red-800" data-testid="overdue-rate">
              {formatPercent(rates.overdueRate)}
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
        title={t.timeliness.overdue}
        id="overdue-tasks"
        actions={
          <Link className="text-sm text-brand-700 underline" href="/tasks?class=overdue">
            {t.home.viewAll}
          </Link>
        }
      >
        <TaskTable tasks={overdue} t={t} caption={t.timeliness.overdue} />
      </Card>
    </div>
  );
}

async function AdminHome({ actor, t }: { actor: Actor; t: Messages }) {
  const [users, agencyCount] = await Promise.all([listUsers({ actor }), countActiveAgencies({ actor })]);
  return (
    <div className="space-y-6">
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
