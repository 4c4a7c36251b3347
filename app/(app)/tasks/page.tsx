import Link from 'next/link';
import { z } from 'zod';
import { TaskTable } from '@/components/task-table';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { listTasks } from '@/lib/tasks/queries';
import { TIMELINESS_CLASSES } from '@/lib/tasks/timeliness';

const searchSchema = z.object({ class: z.enum(TIMELINESS_CLASSES).optional().catch(undefined) });

export default async function TasksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const actor = await requireActor();
  const { t } = await getMessages();
  const { class: cls } = searchSchema.parse(await searchParams);
  const tasks = await listTasks({ actor, filter: { timeliness: cls }, limit: 500 });
  const chip = (active: boolean) =>
    `inline-block rounded-full border px-3 py-1 text-sm ${active ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'}`;
  return (
    <>
      <PageHeader title={t.tasks.title} intro={cls ? t.timeliness[cls] : undefined} />
      <nav aria-label={t.tasks.filterClass} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href="/tasks" className={chip(!cls)} aria-current={!cls ? 'page' : undefined}>
              {t.tasks.all}
            </Link>
          </li>
          {TIMELINESS_CLASSES.map((c) => (
            <li key={c}>
              <Link
                href={`/tasks?class=${c}`}
                className={chip(cls === c)}
                aria-current={cls === c ? 'page' : undefined}
              >
                {t.timeliness[c]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Card>
        <p className="mb-3 text-sm text-slate-600" data-testid="task-count">
          {tasks.length} {t.tasks.count}
        </p>
        <TaskTable tasks={tasks} t={t} caption={t.tasks.title} />
      </Card>
    </>
  );
}
