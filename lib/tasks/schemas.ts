import { AGENCY_GROUPS } from '@/lib/agencies/schemas';
import { deadlineSchema } from '@/lib/directives/schemas';
import { AGENCY_KINDS } from '@/lib/reference/agency-kinds';
import type { TaskFilter } from '@/lib/tasks/queries';
import { TIMELINESS_CLASSES } from '@/lib/tasks/timeliness-classes';
import { plainParams } from '@/lib/keys';
import { msg } from '@/lib/i18n/message';
import {
  fromDigits,
  id,
  isoDate,
  optionalId,
  optionalText,
  requiredText,
  version,
  z,
  withoutControls,
} from '@/lib/zod';
import { vnDate } from '@/lib/time';

const idList = (min = 0) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(id())
      .min(min, { error: msg('validation.tasks.chooseTasks') })
      .max(2000)
      // A task named twice ("taskIds=5&taskIds=5") is one task: each change is made once.
      .transform((ids) => [...new Set(ids)]),
  );

/** A progress report by the lead agency. */
export const taskUpdateSchema = z
  .object({
    taskId: id('fields.task'),
    version,
    status: z.enum(['not_started', 'in_progress', 'completed'], { error: msg('validation.tasks.chooseStatus') }),
    progress: fromDigits(
      z
        .number({ error: msg('validation.tasks.progressNumber') })
        .int()
        .min(0, { error: msg('validation.tasks.progressRange') })
        .max(100, { error: msg('validation.tasks.progressRange') }),
    ),
    result: optionalText(5000, 'fields.result'),
    note: optionalText(5000, 'fields.note'),
    completedOn: z.preprocess((v) => (v === '' ? null : v), isoDate('fields.completedOn').nullable()).default(null),
    /**
     * The document or result that completed the work (văn bản/kết quả hoàn thành), e.g. "Báo cáo số 12/BC-BNV
     * ngày 15/3/2024". Required with a completion unless an evidence file is attached (checked with the files).
     */
    completionDocument: optionalText(500, 'fields.completionDocument'),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'completed' && !v.completedOn)
      ctx.addIssue({ code: 'custom', path: ['completedOn'], message: msg('validation.tasks.completedOnRequired') });
  });
export type TaskUpdateInput = z.output<typeof taskUpdateSchema>;

/** The secretariat confirms a back-dated completion, or returns it with a reason (decision 023). */
export const completionDecisionSchema = z
  .object({
    taskId: id('fields.task'),
    version,
    decision: z.enum(['confirm', 'return'], { error: msg('validation.tasks.chooseDecision') }),
    reason: optionalText(2000, 'fields.reason'),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'return' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: msg('validation.tasks.returnReason') });
  });
export type CompletionDecisionInput = z.output<typeof completionDecisionSchema>;

export const commentSchema = z.object({ taskId: id('fields.task'), note: requiredText(5000, 'fields.comment') });

export const periodReportSchema = z.object({
  taskId: id('fields.task'),
  period: z
    .string()
    .regex(/^\d{4}(-Q[1-4]|-\d{2})?$/, { error: msg('validation.invalid', { field: 'fields.reportPeriod' }) }),
  note: requiredText(5000, 'fields.periodReport'),
});

/** The box ticked after the server warned that a date is already past (`confirmPast` in lib/tasks/deadlines). */
const confirmPast = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()).default(false);

export const extensionRequestSchema = z.object({
  taskId: id('fields.task'),
  requestedDueDate: isoDate('fields.requestedDueDate'),
  reason: requiredText(2000, 'fields.reason'),
  confirmPast,
});
export const extensionDecisionSchema = z.object({
  extensionId: id('fields.extensionRequest'),
  decision: z.enum(['accepted', 'refused']),
  note: optionalText(2000, 'fields.comment'),
  /** The date granted when it is not the one asked for; empty: the date asked for. */
  grantedDueDate: z.preprocess((v) => (v === '' ? null : v), isoDate('fields.grantedDueDate').nullish()),
  confirmPast,
});

export const urgeSchema = z.object({ taskIds: idList(1), note: optionalText(1000, 'fields.urgeNote') });
export const changeDeadlineSchema = z.object({
  taskIds: idList(1),
  dueDate: isoDate('fields.newDueDate'),
  reason: requiredText(1000, 'fields.reason'),
  confirmPast,
});
export const cancelTaskSchema = z.object({
  taskId: id('fields.task'),
  version,
  reason: requiredText(1000, 'fields.cancelReason'),
});
export const reassignTaskSchema = z.object({
  taskId: id('fields.task'),
  version,
  leadAgencyId: id('fields.leadAgency'),
  reason: requiredText(1000, 'fields.reason'),
});

export const assignSchema = z.object({
  directiveId: id('fields.directiveText'),
  target: z.enum(['agencies', ...AGENCY_GROUPS]).default('agencies'),
  asOf: z.enum(['session', 'today']).default('today'),
  leadAgencyIds: idList(),
  coordinatorIds: idList(),
  monitorAgencyId: optionalId('fields.monitorAgency'),
  deadline: deadlineSchema,
});
/** The assign form on a session's directives page (its session, to revalidate). */
export const assignFormSchema = assignSchema.extend({ sessionId: id() });
export type AssignInput = z.output<typeof assignSchema>;

const optionalDate = isoDate().optional().catch(undefined);

/**
 * A task filter as it travels in a URL (the task list, every dashboard link): short names, each bad
 * value dropped rather than failing the page (`ignoredParams` says which were dropped).
 */
export const taskFilterSchema = z.object({
  class: z
    .preprocess(
      (v) => (v === undefined ? undefined : ([] as unknown[]).concat(v)),
      z.array(z.enum(TIMELINESS_CLASSES)).max(6),
    )
    .optional()
    .catch(undefined),
  status: z.enum(['not_started', 'in_progress', 'completed', 'cancelled', 'carried_over']).optional().catch(undefined),
  relation: z.enum(['lead', 'other']).optional().catch(undefined),
  session: optionalId().catch(null),
  committee: optionalId().catch(null),
  area: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional()
    .catch(undefined),
  agency: optionalId().catch(null),
  kind: z.enum(AGENCY_KINDS).optional().catch(undefined),
  year: fromDigits(z.number().int().min(1990).max(2100)).optional().catch(undefined),
  from: optionalDate,
  to: optionalDate,
  dueFrom: optionalDate,
  dueTo: optionalDate,
  doneFrom: optionalDate,
  doneTo: optionalDate,
  basis: z.enum(['current', 'original']).optional().catch(undefined),
  /** A day to count as of (decision 035); a future day is refused (dropped and reported). */
  asOf: isoDate()
    .refine((d) => d <= vnDate())
    .optional()
    .catch(undefined),
  confirm: z
    .literal('pending')
    .transform(() => true)
    .optional()
    .catch(undefined),
  q: z.string().trim().max(200).transform(withoutControls).optional().catch(undefined),
  page: fromDigits(z.number().int().min(1).max(100_000)).optional().catch(undefined),
});
export type TaskListFilter = z.output<typeof taskFilterSchema>;

const PARAM_OF: Record<string, keyof TaskFilter> = {
  class: 'timeliness',
  status: 'status',
  relation: 'relation',
  session: 'sessionId',
  committee: 'committeeId',
  area: 'areaCode',
  agency: 'agencyId',
  kind: 'agencyKind',
  year: 'year',
  from: 'assignedFrom',
  to: 'assignedTo',
  dueFrom: 'dueFrom',
  dueTo: 'dueTo',
  doneFrom: 'completedFrom',
  doneTo: 'completedTo',
  basis: 'basis',
  asOf: 'asOf',
  confirm: 'awaitingConfirmation',
  q: 'q',
};

/** Reads a task filter from URL search params; `ignored` names the params whose values were not valid. */
export function taskFilterFromParams(input: Record<string, string | string[] | undefined>): {
  filter: TaskFilter;
  page: number;
  ignored: string[];
} {
  const raw = plainParams(input);
  const parsed = taskFilterSchema.parse(raw);
  const filter: TaskFilter = {};
  for (const [param, key] of Object.entries(PARAM_OF)) {
    const value = parsed[param as keyof TaskListFilter];
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
      (filter as Record<string, unknown>)[key] = value;
    }
  }
  if (Array.isArray(filter.timeliness) && filter.timeliness.length === 1) filter.timeliness = filter.timeliness[0];
  const ignored = Object.keys(raw).filter(
    (k) => Object.hasOwn(taskFilterSchema.shape, k) && raw[k] !== '' && parsed[k as keyof TaskListFilter] == null,
  );
  return { filter, page: parsed.page ?? 1, ignored };
}

/** Writes a task filter as URL search params: the inverse of `taskFilterFromParams`. */
export function taskFilterToParams(filter: TaskFilter): URLSearchParams {
  const q = new URLSearchParams();
  for (const [param, key] of Object.entries(PARAM_OF)) {
    const value = filter[key];
    if (value === undefined || value === null || value === '') continue;
    if (param === 'confirm') {
      if (value === true) q.append(param, 'pending');
      continue;
    }
    for (const v of ([] as unknown[]).concat(value)) q.append(param, String(v));
  }
  return q;
}

/** The progress form's fields as a task now is, its version included: what the page shows and what a save answers. */
export function taskUpdateFormValues(task: {
  version: number;
  status: string;
  progress: number;
  result: string | null;
  completionDocument: string | null;
}) {
  return {
    version: task.version,
    status: task.status,
    progress: task.progress,
    result: task.result ?? '',
    completionDocument: task.completionDocument ?? '',
  };
}
export type TaskUpdateFormValues = ReturnType<typeof taskUpdateFormValues>;

/**
 * A draft of a progress update by the lead agency's staff (or a focal point), for a focal point to submit
 * (`task_update_drafts`, lib/tasks/drafts.ts): status, progress, a note, and the completion date with a completion.
 */
export const taskDraftSchema = z
  .object({
    taskId: id('fields.task'),
    status: z.enum(['not_started', 'in_progress', 'completed'], { error: msg('validation.tasks.chooseStatus') }),
    progress: fromDigits(
      z
        .number({ error: msg('validation.tasks.progressNumber') })
        .int()
        .min(0, { error: msg('validation.tasks.progressRange') })
        .max(100, { error: msg('validation.tasks.progressRange') }),
    ),
    note: optionalText(5000, 'fields.note'),
    completedOn: z.preprocess((v) => (v === '' ? null : v), isoDate('fields.completedOn').nullable()).default(null),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'completed' && !v.completedOn)
      ctx.addIssue({ code: 'custom', path: ['completedOn'], message: msg('validation.tasks.completedOnRequired') });
  });
export type TaskDraftInput = z.output<typeof taskDraftSchema>;

/**
 * A focal point submits a draft at the task's version they read; with a completion, the document or result that
 * completed the work (a draft does not carry one).
 */
export const submitDraftSchema = z.object({
  draftId: id('fields.id'),
  version,
  completionDocument: optionalText(500, 'fields.completionDocument'),
});
export type SubmitDraftInput = z.output<typeof submitDraftSchema>;

/** A focal point (or the draft's author) discards a draft. */
export const discardDraftSchema = z.object({ draftId: id('fields.id') });
