import Link from 'next/link';
import { TaskTable } from '@/components/task-table';
import { TimelinessCountCards } from '@/components/timeliness';
import { Card } from '@/components/ui/card';
import { buttonClass, inputClass } from '@/components/ui/field';
import { FilterSelect } from '@/components/ui/filter-select';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { listReformAreas } from '@/lib/directives/queries';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { listAgencyOptions, listSessions } from '@/lib/sessions/queries';
import { countTasksByTimeliness, listTasks, type TaskFilter } from '@/lib/tasks/queries';
import { taskFilterSchema } from '@/lib/tasks/schemas';
import { formatDate, vnDate } from '@/lib/time';
import { BulkActions } from './bulk-actions';

/** The task list: an agency's inbox, the secretariat's follow-up list; every filter lives in the URL. */
export default async function TasksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const actor = await requireActor();
  const { t, locale } = await getMessages();
  const raw = await searchParams;
  const f = taskFilterSchema.parse(raw);
  const filter: TaskFilter = {
    timeliness: f.class,
    status: f.status,
    relation: f.relation,
    sessionId: f.session,
    areaCode: f.area,
    agencyId: f.agency,
    dueFrom: f.dueFrom,
    dueTo: f.dueTo,
    basis: f.basis,
    q: f.q,
  };
  const all = can(actor, 'task.readAll');
  const [tasks, counts, sessions, areas, agencies] = await Promise.all([
    listTasks({ actor, filter, limit: 500 }),
    countTasksByTimeliness({ actor, filter: { ...filter, timeliness: undefined } as Omit<TaskFilter, 'timeliness'> }),
    listSessions({ actor, limit: 100 }),
    listReformAreas(),
    all ? listAgencyOptions({ actor, day: vnDate() }) : Promise.resolve([]),
  ]);
  const tt = t.tasks;
  const withClass = (c: string) => {
    const q = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (k === 'class' ? [] : [[k, String(v)]])));
    q.set('class', c);
    return `/tasks?${q}`;
  };
  const select = (
    name: string,
    label: string,
    value: string | number | undefined | null,
    options: [string | number, string][],
    anyLabel: string,
  ) => <FilterSelect name={name} label={label} value={value} options={options} anyLabel={anyLabel} />;
  return (
    <>
      <PageHeader title={tt.title} intro={f.class ? t.timeliness[f.class] : undefined} />
      <div className="mb-4">
        <TimelinessCountCards counts={counts} t={t} href={withClass} />
      </div>
      <form
        method="get"
        role="search"
        aria-label={tt.filters}
        className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        {f.class ? <input type="hidden" name="class" value={f.class} /> : null}
        <div className="sm:col-span-2">
          <label htmlFor="f-q" className="mb-1 block text-sm font-medium text-slate-800">
            {tt.search}
          </label>
          <input id="f-q" name="q" type="search" defaultValue={f.q ?? ''} className={inputClass} />
        </div>
        {select(
          'status',
          tt.status,
          f.status,
          (['not_started', 'in_progress', 'completed', 'cancelled'] as const).map((s) => [s, t.taskStatus[s]]),
          tt.statusAll,
        )}
        {actor.role === 'agency'
          ? select(
              'relation',
              tt.relation,
              f.relation,
              [
                ['lead', tt.relationLead],
                ['other', tt.relationOther],
              ],
              tt.all,
            )
          : select(
              'agency',
              t.sessions.agency,
              f.agency,
              agencies.map((a) => [a.id, a.name]),
              tt.agencyAll,
            )}
        {select(
          'session',
          tt.session,
          f.session,
          sessions.map((s) => [s.id, `${s.title} (${formatDate(s.startsAt)})`]),
          tt.sessionAll,
        )}
        {select(
          'area',
          t.directives.areas,
          f.area,
          [
            ...areas.map((a) => [a.code, locale === 'en' ? a.nameEn : a.name] as [string, string]),
            ['cross_cutting', t.directives.crossCutting],
          ],
          tt.areaAll,
        )}
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor="f-dueFrom" className="mb-1 block text-sm font-medium text-slate-800">
              {tt.dueFrom}
            </label>
            <input
              id="f-dueFrom"
              name="dueFrom"
              placeholder="dd/mm/yyyy"
              defaultValue={f.dueFrom ? formatDate(f.dueFrom) : ''}
              className={inputClass}
            />
          </div>
          <div>
            <label htmlFor="f-dueTo" className="mb-1 block text-sm font-medium text-slate-800">
              {tt.dueTo}
            </label>
            <input
              id="f-dueTo"
              name="dueTo"
              placeholder="dd/mm/yyyy"
              defaultValue={f.dueTo ? formatDate(f.dueTo) : ''}
              className={inputClass}
            />
          </div>
        </div>
        {select(
          'basis',
          tt.basis,
          f.basis,
          [
            ['current', tt.basisCurrent],
            ['original', tt.basisOriginal],
          ],
          tt.basisCurrent,
        )}
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass.primary}>
            {tt.apply}
          </button>
          <Link href="/tasks" className={buttonClass.secondary}>
            {tt.reset}
          </Link>
        </div>
      </form>
      {can(actor, 'task.manage') ? (
        <Card>
          <BulkActions t={tt} />
        </Card>
      ) : null}
      <div className="mt-4">
        <Card>
          <p className="mb-3 text-sm text-slate-600" data-testid="task-count">
            {tasks.length} {tt.count}
          </p>
          <TaskTable
            tasks={tasks}
            t={t}
            caption={tt.title}
            selectForm={can(actor, 'task.manage') ? 'bulk' : undefined}
          />
        </Card>
      </div>
    </>
  );
}
