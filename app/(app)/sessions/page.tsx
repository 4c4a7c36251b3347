import { plainParams } from '@/lib/keys';
import Link from '@/components/link';
import { SessionList } from '@/components/session-list';
import { Card } from '@/components/ui/card';
import { buttonClass, inputClass } from '@/components/ui/field';
import { FilterSelect } from '@/components/ui/filter-select';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { listCommittees, listSessions } from '@/lib/sessions/queries';
import { SESSION_STATUSES, sessionFilterSchema } from '@/lib/sessions/schemas';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.sessions.title);

/** Sessions, newest first; the filters are a GET form, so the URL can be shared. */
export default async function SessionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const actor = await requireActor();
  const { t } = await getMessages();
  const filter = sessionFilterSchema.parse(plainParams(await searchParams));
  const [sessions, committees] = await Promise.all([listSessions({ actor, filter }), listCommittees({ actor })]);
  const years = Array.from({ length: new Date().getFullYear() - 2015 }, (_, i) => new Date().getFullYear() - i);
  return (
    <>
      <PageHeader
        title={t.sessions.title}
        actions={
          can(actor, 'session.manage') ? (
            <Link href="/sessions/new" className={buttonClass.primary}>
              + {t.sessionList.newSession}
            </Link>
          ) : null
        }
      />
      <form
        method="get"
        className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_2fr_1fr_1fr_auto] sm:items-end"
        role="search"
      >
        <div>
          <label htmlFor="q" className="label">
            {t.sessionList.search}
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
          name="year"
          label={t.sessionList.year}
          value={filter.year}
          options={years.map((y) => [y, String(y)] as const)}
          anyLabel={t.sessionList.all}
        />
        <FilterSelect
          name="status"
          label={t.sessions.status}
          value={filter.status}
          options={SESSION_STATUSES.map((s) => [s, t.sessionStatus[s]] as const)}
          anyLabel={t.sessionList.all}
        />
        <button type="submit" className={buttonClass.secondary}>
          {t.sessionList.filter}
        </button>
      </form>
      <Card>
        <SessionList sessions={sessions} t={t} />
      </Card>
    </>
  );
}
