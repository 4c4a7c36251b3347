import { AGENCY_GROUPS } from '@/lib/agencies/schemas';
import { deadlineSchema } from '@/lib/directives/schemas';
import { AGENCY_KINDS } from '@/lib/reference/agency-kinds';
import type { TaskFilter } from '@/lib/tasks/queries';
import { TIMELINESS_CLASSES } from '@/lib/tasks/timeliness-classes';
import { plainParams } from '@/lib/keys';
import { id, isoDate, optionalId, optionalText, requiredText, version, z, withoutControls } from '@/lib/zod';

const idList = (min = 0) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(id('Mã')).min(min, { error: 'Chọn ít nhất một nhiệm vụ.' }).max(2000),
  );

/** A progress report by the lead agency. */
export const taskUpdateSchema = z
  .object({
    taskId: id('Nhiệm vụ'),
    version,
    status: z.enum(['not_started', 'in_progress', 'completed'], { error: 'Chọn trạng thái.' }),
    progress: z.coerce
      .number({ error: 'Tiến độ là số từ 0 đến 100.' })
      .int()
      .min(0, { error: 'Tiến độ từ 0 đến 100.' })
      .max(100, { error: 'Tiến độ từ 0 đến 100.' }),
    result: optionalText(5000, 'Kết quả'),
    note: optionalText(5000, 'Ghi chú'),
    completedOn: z.preprocess((v) => (v === '' ? null : v), isoDate('Ngày hoàn thành').nullable()).default(null),
    /**
     * The document or result that completed the work (văn bản/kết quả hoàn thành), e.g. "Báo cáo số 12/BC-BNV
     * ngày 15/3/2024". Required with a completion unless an evidence file is attached (checked with the files).
     */
    completionDocument: optionalText(500, 'Văn bản/kết quả hoàn thành'),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'completed' && !v.completedOn)
      ctx.addIssue({ code: 'custom', path: ['completedOn'], message: 'Nhập ngày hoàn thành.' });
  });
export type TaskUpdateInput = z.output<typeof taskUpdateSchema>;

/** The secretariat confirms a back-dated completion, or returns it with a reason (decision 023). */
export const completionDecisionSchema = z
  .object({
    taskId: id('Nhiệm vụ'),
    version,
    decision: z.enum(['confirm', 'return'], { error: 'Chọn xác nhận hoặc trả lại.' }),
    reason: optionalText(2000, 'Lý do'),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'return' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Nêu lý do trả lại.' });
  });
export type CompletionDecisionInput = z.output<typeof completionDecisionSchema>;

export const commentSchema = z.object({ taskId: id('Nhiệm vụ'), note: requiredText(5000, 'Ý kiến') });

export const periodReportSchema = z.object({
  taskId: id('Nhiệm vụ'),
  period: z.string().regex(/^\d{4}(-Q[1-4]|-\d{2})?$/, { error: 'Kỳ báo cáo không hợp lệ.' }),
  note: requiredText(5000, 'Nội dung báo cáo'),
});

/** The box ticked after the server warned that a date is already past (`confirmPast` in lib/tasks/deadlines). */
const confirmPast = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()).default(false);

export const extensionRequestSchema = z.object({
  taskId: id('Nhiệm vụ'),
  requestedDueDate: isoDate('Thời hạn đề nghị'),
  reason: requiredText(2000, 'Lý do'),
  confirmPast,
});
export const extensionDecisionSchema = z.object({
  extensionId: id('Đề nghị gia hạn'),
  decision: z.enum(['accepted', 'refused']),
  note: optionalText(2000, 'Ý kiến'),
  /** The date granted when it is not the one asked for; empty: the date asked for. */
  grantedDueDate: z.preprocess((v) => (v === '' ? null : v), isoDate('Thời hạn chấp thuận').nullish()),
  confirmPast,
});

export const urgeSchema = z.object({ taskIds: idList(1), note: optionalText(1000, 'Nội dung đôn đốc') });
export const changeDeadlineSchema = z.object({
  taskIds: idList(1),
  dueDate: isoDate('Thời hạn mới'),
  reason: requiredText(1000, 'Lý do'),
  confirmPast,
});
export const cancelTaskSchema = z.object({ taskId: id('Nhiệm vụ'), version, reason: requiredText(1000, 'Lý do hủy') });
export const reassignTaskSchema = z.object({
  taskId: id('Nhiệm vụ'),
  version,
  leadAgencyId: id('Cơ quan chủ trì'),
  reason: requiredText(1000, 'Lý do'),
});

export const assignSchema = z.object({
  directiveId: id('Nội dung chỉ đạo'),
  target: z.enum(['agencies', ...AGENCY_GROUPS]).default('agencies'),
  asOf: z.enum(['session', 'today']).default('today'),
  leadAgencyIds: idList(),
  coordinatorIds: idList(),
  monitorAgencyId: optionalId('Cơ quan theo dõi'),
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
  status: z.enum(['not_started', 'in_progress', 'completed', 'cancelled']).optional().catch(undefined),
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
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  from: optionalDate,
  to: optionalDate,
  dueFrom: optionalDate,
  dueTo: optionalDate,
  doneFrom: optionalDate,
  doneTo: optionalDate,
  basis: z.enum(['current', 'original']).optional().catch(undefined),
  confirm: z
    .literal('pending')
    .transform(() => true)
    .optional()
    .catch(undefined),
  q: z.string().trim().max(200).transform(withoutControls).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
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
