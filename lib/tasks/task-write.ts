import 'server-only';
import { and, eq, inArray, ne, notInArray, sql } from 'drizzle-orm';
import { builtOnce, builtOncePerShape, columnPlaceholders, columnsGiven, columnValues } from '@/db/built-once';
import type { DbOrTx, Tx } from '@/db/client';
import { agencies, directives, taskCoordinators, tasks, type Task } from '@/db/schema';
import { conflict, forbidden, notFound, STALE_MESSAGE } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { canReadTask, isReadOnly, refusalMessage, type Actor, type TaskParties } from '@/lib/policy';

/* The task write path shared by lib/tasks/{mutations,progress,extensions,deadlines}.ts. */

/**
 * Which of `agencyIds` already lead a live task (not cancelled, not carried over) of the directive, other than
 * `exceptTaskId`: one live task per directive and lead agency, or it is counted twice in every report (assigning,
 * and reassigning since attacker pass 18).
 */
export async function liveLeads(
  tx: DbOrTx,
  input: { directiveId: number; agencyIds: number[]; exceptTaskId?: number },
): Promise<{ id: number; name: string }[]> {
  if (input.agencyIds.length === 0) return [];
  return tx
    .select({ id: agencies.id, name: agencies.name })
    .from(tasks)
    .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
    .where(
      and(
        eq(tasks.directiveId, input.directiveId),
        inArray(tasks.leadAgencyId, input.agencyIds),
        input.exceptTaskId === undefined ? undefined : ne(tasks.id, input.exceptTaskId),
        notInArray(tasks.status, ['cancelled', 'carried_over']),
      ),
    );
}

/** The task, its directive's mark and its coordinators in one statement (every task write starts here), built once. */
function taskForWriteQuery(lock: boolean) {
  return builtOnce((d: DbOrTx) => {
    const query = d
      .select({
        task: tasks,
        isConfidential: directives.isConfidential,
        coordinatorIds: sql<number[]>`array(select ${taskCoordinators.agencyId} from ${taskCoordinators}
          where ${taskCoordinators.taskId} = ${tasks.id} order by 1)`,
      })
      .from(tasks)
      .innerJoin(directives, eq(directives.id, tasks.directiveId))
      .where(eq(tasks.id, sql.placeholder('taskId')));
    return lock ? query.for('update', { of: tasks }) : query;
  });
}
const lockedTaskQuery = taskForWriteQuery(true);
const taskQuery = taskForWriteQuery(false);

/** A task and who it involves, locked for the rest of the transaction. */
export async function loadTaskForWrite(
  tx: DbOrTx,
  taskId: number,
  lock = true,
): Promise<{ task: Task; parties: TaskParties }> {
  const [row] = await (lock ? lockedTaskQuery : taskQuery)(tx, { taskId });
  if (!row) throw notFound(msg('errors.tasks.notFound'));
  return {
    task: row.task,
    parties: {
      leadAgencyId: row.task.leadAgencyId,
      assignedAgencyId: row.task.assignedAgencyId,
      monitorAgencyId: row.task.monitorAgencyId,
      coordinatorIds: row.coordinatorIds.map(Number),
      isConfidential: row.isConfidential,
      committeeId: row.task.committeeId,
    },
  };
}

/** For a write whose permission was checked already (`task.manage`): any reader of the task may make it. */
export const anyReader = (): boolean => true;

/**
 * Loads a task for a write by `actor`: refused first to a user of an ended agency (who may change nothing, and
 * is told why whatever the task), then unknown to those who may not read it, refused to those who may not do this.
 */
export async function requireTask(
  tx: DbOrTx,
  actor: Actor,
  taskId: number,
  allowed: (actor: Actor, parties: TaskParties) => boolean,
) {
  if (isReadOnly(actor)) throw forbidden(refusalMessage(actor));
  const loaded = await loadTaskForWrite(tx, taskId);
  if (!canReadTask(actor, loaded.parties)) throw notFound(msg('errors.tasks.notFound'));
  if (!allowed(actor, loaded.parties)) throw forbidden(refusalMessage(actor));
  return loaded;
}

/**
 * Writes the task if it is still at `version`; otherwise the caller is told it was saved by someone else.
 * `at`: when the change happened (now by default).
 */
export async function writeTask(
  tx: Tx,
  taskId: number,
  version: number,
  set: Partial<typeof tasks.$inferInsert>,
  at: Date = new Date(),
): Promise<Task> {
  const keys = columnsGiven(tasks, set, ['version', 'updatedAt']);
  const values = columnValues(tasks, keys, set);
  const [row] = values
    ? await taskWrite(tx, keys, { ...values, taskId, version, updatedAt: at })
    : await tx
        .update(tasks)
        .set({ ...set, version: sql`${tasks.version} + 1`, updatedAt: at })
        .where(and(eq(tasks.id, taskId), eq(tasks.version, version)))
        .returning();
  if (!row) throw conflict(STALE_MESSAGE);
  return row;
}

/** `writeTask`'s statement, built once per list of columns it sets. */
const taskWrite = builtOncePerShape((d: DbOrTx, keys) =>
  d
    .update(tasks)
    .set({
      ...columnPlaceholders(keys),
      version: sql`${tasks.version} + 1`,
      updatedAt: sql.placeholder('updatedAt') as unknown as Date,
    })
    .where(and(eq(tasks.id, sql.placeholder('taskId')), eq(tasks.version, sql.placeholder('version'))))
    .returning(),
);
