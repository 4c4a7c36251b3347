import Link from '@/components/link';
import { TaskTable } from '@/components/task-table';
import { TimelinessCountCards } from '@/components/timeliness';
import { Card } from '@/components/ui/card';
import { buttonClass, inputClass } from '@/components/ui/field';
import { FilterDateRange, FilterSelect } from '@/components/ui/filter-select';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { PhoneFold } from '@/components/ui/phone-fold';
import { requireActor } from '@/lib/auth/session';
import { listReformAreas } from '@/lib/directives/queries';
import { getMessages } from '@/lib/i18n';
import { can } from '@/lib/policy';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { listSessionOptions } from '@/lib/sessions/queries';
import { countTasksEach, listTasks } from '@/lib/tasks/queries';
import { summarizeTotal } from '@/lib/reports/summary';
import { taskFilterFromParams, taskFilterSchema, taskFilterToParams } from '@/lib/tasks/schemas';
import type { TimelinessClass } from '@/lib/tasks/timeliness';
import { formatDate, vnDate } from '@/lib/time';
import { BulkActions } from './bulk-actions';
import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.tasks.title);

const PAGE_SIZE = 50;
/** The params this page's form has a control for; any other filter is carried as a hidden field. */
const FORM_PARAMS = new Set([
  'q',
  'status',
  'relation',
  'agency',
  'session',
  'area',
  'dueFrom',
  'dueTo',
  'basis',
  'confirm',
  'page',
]);

/** The task list: an agency's inbox, the secretariat's follow-up list; every filter lives in the URL. */
export default async function TasksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const actor = await requireActor();
  const { t, locale } = await getMessages();
  const tr = await getTranslations();
  const raw = await searchParams;
  const { filter, page, ignored } = taskFilterFromParams(raw);
  const f = taskFilterSchema.parse(raw);
  const all = can(actor, 'task.readAll');
  const { timeliness: _class, ...withoutClass } = filter;
  const [tasks, [total, awaiting], counts, sessions, areas, agencies] = await Promise.all([
    // An agency head sees what needs action first: overdue, then due soon.
    listTasks({
      actor,
      filter,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      order: actor.role === 'agency' ? 'action' : 'deadline',
    }),
    // Decision 023: of the completed tasks counted, those awaiting the secretariat's confirmation.
    countTasksEach({ actor, filters: [filter, { ...withoutClass, awaitingConfirmation: true }] }),
    summarizeTotal({ actor, filter: withoutClass }),
    listSessionOptions({ actor, limit: 100 }),
    listReformAreas(),
    all ? listAgencyOptions({ actor, day: vnDate() }) : Promise.resolve([]),
  ]);
  const tt = t.tasks;
  const classes = ([] as string[]).concat(filter.timeliness ?? []);
  const hrefWith = (changes: Record<string, string | null>) => {
    const q = taskFilterToParams(filter);
    for (const [k, v] of Object.entries(changes)) {
      q.delete(k);
      if (v !== null) q.set(k, v);
    }
    return `/tasks?${q}`;
  };
  const withClass = (c: string) => hrefWith({ class: c });
  /** Filters with no control on this form (set by a dashboard link) ride along as hidden fields. */
  const carried = [...taskFilterToParams(filter)].filter(([k]) => !FORM_PARAMS.has(k));
  const applied = new Set([...taskFilterToParams(filter)].map(([k]) => k)).size;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const select = (
    name: string,
    label: string,
    value: string | number | undefined | null,
    options: [string | number, string][],
    anyLabel: string,
  ) => <FilterSelect name={name} label={label} value={value} options={options} anyLabel={anyLabel} />;
  return (
    <>
      <PageHeader
        title={tt.title}
        intro={classes.length ? classes.map((c) => t.timeliness[c as TimelinessClass]).join(', ') : undefined}
      />
      {ignored.length > 0 ? (
        <p
          role="status"
          className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900"
        >
          {tt.ignoredFilters}: {ignored.join(', ')}
        </p>
      ) : null}
      {/* On a phone the counters and filters fold under "Bộ lọc", so the tasks come first. */}
      <PhoneFold summary={applied ? `${tt.filtersFold} (${applied})` : tt.filtersFold} testId="filters-fold">
        <div className="mb-4">
          <TimelinessCountCards counts={counts} t={t} href={withClass} locale={locale} />
          {awaiting > 0 ? (
            <p className="mt-2 text-sm" data-testid="awaiting-confirmation-count">
              {t.task.ofWhichAwaiting}:{' '}
              <Link
                className="font-medium text-brand-700 underline"
                href={hrefWith({ confirm: 'pending', class: null, page: null })}
              >
                {awaiting}
              </Link>
            </p>
          ) : null}
        </div>
        <form
          method="get"
          role="search"
          aria-label={tt.filters}
          className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
        >
          {carried.map(([k, v], i) => (
            <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
          ))}
          <div className="sm:col-span-2">
            <label htmlFor="f-q" className="label">
              {tt.search}
            </label>
            <input id="f-q" name="q" type="search" defaultValue={f.q ?? ''} className={inputClass} />
          </div>
          {select(
            'status',
            tt.status,
            f.status,
            (['not_started', 'in_progress', 'completed', 'cancelled', 'carried_over'] as const).map((s) => [
              s,
              t.taskStatus[s],
            ]),
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
          <FilterDateRange
            from={{ name: 'dueFrom', label: tt.dueFrom, value: f.dueFrom }}
            to={{ name: 'dueTo', label: tt.dueTo, value: f.dueTo }}
          />
          {select(
            'confirm',
            t.task.awaitingConfirmation,
            f.confirm ? 'pending' : undefined,
            [['pending', t.task.awaitingFilter]],
            tt.all,
          )}
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
      </PhoneFold>
      {can(actor, 'task.manage') ? (
        <Card>
          <BulkActions t={tt} confirmPast={t.task.confirmPast} />
        </Card>
      ) : null}
      <div className="mt-4">
        <Card>
          <p className="mb-3 text-sm text-slate-600">
            {tr.rich('counts.tasks', { count: total, n: (c) => <span data-testid="task-count">{c}</span> })}
            {pages > 1 ? ` · ${tt.page} ${page}/${pages}` : null}
          </p>
          <TaskTable
            tasks={tasks}
            t={t}
            caption={tt.title}
            selectForm={can(actor, 'task.manage') ? 'bulk' : undefined}
            reader={actor}
          />
          <Pager page={page} pages={pages} href={(n) => hrefWith({ page: String(n) })} labels={tt} />
        </Card>
      </div>
    </>
  );
}
