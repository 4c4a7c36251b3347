import { deadlineSchema } from '@/lib/directives/schemas';
import { TIMELINESS_CLASSES } from '@/lib/tasks/timeliness';
import { id, isoDate, optionalId, optionalText, requiredText, version, z } from '@/lib/zod';

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
  })
  .superRefine((v, ctx) => {
    if (v.status === 'completed' && !v.completedOn)
      ctx.addIssue({ code: 'custom', path: ['completedOn'], message: 'Nhập ngày hoàn thành.' });
  });
export type TaskUpdateInput = z.output<typeof taskUpdateSchema>;

export const commentSchema = z.object({ taskId: id('Nhiệm vụ'), note: requiredText(5000, 'Ý kiến') });

export const periodReportSchema = z.object({
  taskId: id('Nhiệm vụ'),
  period: z.string().regex(/^\d{4}(-Q[1-4]|-\d{2})?$/, { error: 'Kỳ báo cáo không hợp lệ.' }),
  note: requiredText(5000, 'Nội dung báo cáo'),
});

export const extensionRequestSchema = z.object({
  taskId: id('Nhiệm vụ'),
  requestedDueDate: isoDate('Thời hạn đề nghị'),
  reason: requiredText(2000, 'Lý do'),
});
export const extensionDecisionSchema = z.object({
  extensionId: id('Đề nghị gia hạn'),
  decision: z.enum(['accepted', 'refused']),
  note: optionalText(2000, 'Ý kiến'),
});

export const urgeSchema = z.object({ taskIds: idList(1), note: optionalText(1000, 'Nội dung đôn đốc') });
export const changeDeadlineSchema = z.object({
  taskIds: idList(1),
  dueDate: isoDate('Thời hạn mới'),
  reason: requiredText(1000, 'Lý do'),
});
export const cancelTaskSchema = z.object({ taskId: id('Nhiệm vụ'), version, reason: requiredText(1000, 'Lý do hủy') });
export const reassignTaskSchema = z.object({
  taskId: id('Nhiệm vụ'),
  version,
  leadAgencyId: id('Cơ quan chủ trì'),
  reason: requiredText(1000, 'Lý do'),
});

export const ASSIGN_GROUPS = ['committee_members', 'ministries', 'provinces'] as const;
export const assignSchema = z.object({
  directiveId: id('Nội dung chỉ đạo'),
  target: z.enum(['agencies', ...ASSIGN_GROUPS]).default('agencies'),
  asOf: z.enum(['session', 'today']).default('today'),
  leadAgencyIds: idList(),
  coordinatorIds: idList(),
  monitorAgencyId: optionalId('Cơ quan theo dõi'),
  deadline: deadlineSchema,
});
export type AssignInput = z.output<typeof assignSchema>;

export const taskFilterSchema = z.object({
  class: z.enum(TIMELINESS_CLASSES).optional().catch(undefined),
  status: z.enum(['not_started', 'in_progress', 'completed', 'cancelled']).optional().catch(undefined),
  relation: z.enum(['lead', 'other']).optional().catch(undefined),
  session: optionalId().catch(null),
  area: z.string().max(40).optional().catch(undefined),
  agency: optionalId().catch(null),
  dueFrom: isoDate().optional().catch(undefined),
  dueTo: isoDate().optional().catch(undefined),
  basis: z.enum(['current', 'original']).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
});
export type TaskListFilter = z.output<typeof taskFilterSchema>;
