import 'server-only';
import { paramsRecord } from '@/lib/keys';
import { z } from 'zod';
import { routeId } from '@/lib/zod';
import {
  agencyKind,
  attendancePresence,
  attendeeRole,
  deadlineKind,
  recurrencePeriod,
  taskStatus,
  taskUpdateKind,
} from '@/db/schema';
import { searchAgencies } from '@/lib/agencies/queries';
import { agencyFilterSchema } from '@/lib/agencies/schemas';
import { listDirectives } from '@/lib/directives/queries';
import { directiveFilterSchema } from '@/lib/directives/schemas';
import { notFound } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { assertCan } from '@/lib/policy';
import { getAgencyRanking, getOverview, reportFilterFromParams, type ReportFilter } from '@/lib/reports/dashboard';
import { getAttendanceSheet, getSessionDetail, listCommittees, listSessions } from '@/lib/sessions/queries';
import { SESSION_FORMATS, SESSION_STATUSES, sessionFilterSchema } from '@/lib/sessions/schemas';
import { getTaskDetail } from '@/lib/tasks/detail';
import { updateTaskProgress } from '@/lib/tasks/progress';
import { listTasks, type TaskListItem } from '@/lib/tasks/queries';
import { taskFilterFromParams, taskFilterSchema, taskUpdateSchema } from '@/lib/tasks/schemas';
import { TIMELINESS_CLASSES } from '@/lib/tasks/timeliness';
import { vnDate } from '@/lib/time';
import { ApiInputError, pageOf, readBody, readQuery, type ApiContext } from './handler';

/**
 * The API's operations: each names its path, its input schemas (the app's own zod schemas) and its output
 * schema. Route handlers run them (`apiHandler`), the OpenAPI document is generated from them, and the
 * contract tests check every response against that document.
 */

// ---- output shapes -------------------------------------------------------------------------------

/** An instant in ISO 8601 with Vietnam's offset (+07:00, no daylight saving). */
const instant = z.iso.datetime({ offset: true }).describe('ISO 8601, giờ Việt Nam (+07:00)');
/** A calendar day in Vietnam. */
const day = z.iso.date().describe('YYYY-MM-DD, ngày theo giờ Việt Nam');

export function toInstant(value: Date): string {
  return new Date(value.getTime() + 7 * 3_600_000).toISOString().slice(0, 19) + '+07:00';
}

const agencyRef = z.object({ id: z.number().int(), name: z.string() });
const countsSchema = z.object(Object.fromEntries(TIMELINESS_CLASSES.map((c) => [c, z.number().int()]))) as z.ZodObject<
  Record<(typeof TIMELINESS_CLASSES)[number], z.ZodNumber>
>;
const rates = {
  assigned: z.number().int(),
  completed: z.number().int(),
  notCompleted: z.number().int(),
  cameDue: z.number().int(),
  completionRate: z.number().nullable().describe('Tỷ lệ hoàn thành trên số đã đến hạn (0–1)'),
  overdueRate: z.number().nullable().describe('Tỷ lệ quá hạn trên số đã đến hạn (0–1)'),
};

export const committeeOut = z.object({ id: z.number().int(), name: z.string() });
export const agencyOut = z.object({
  id: z.number().int(),
  code: z.string().describe('Mã cơ quan, không đổi (BNV, P-TUYENQUANG)'),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(agencyKind.enumValues),
  parent: agencyRef.nullable(),
  validFrom: day.nullable().describe('Ngày bắt đầu hoạt động (null: không rõ)'),
  validTo: day.nullable().describe('Ngày cuối cùng hoạt động (null: đang hoạt động)'),
  successor: agencyRef.nullable().describe('Cơ quan kế thừa nhiệm vụ khi cơ quan chấm dứt hoạt động'),
  active: z.boolean().describe('Đang hoạt động hôm nay (chưa quá ngày cuối cùng)'),
});
export const sessionOut = z.object({
  id: z.number().int(),
  number: z.number().int(),
  title: z.string(),
  committeeName: z.string(),
  startsAt: instant,
  status: z.enum(SESSION_STATUSES),
  format: z.enum(SESSION_FORMATS),
  pointCount: z.number().int(),
  attendeeCount: z.number().int(),
});
const attendeeOut = z.object({
  id: z.number().int(),
  fullName: z.string(),
  positionTitle: z.string().nullable(),
  agencyName: z.string().nullable(),
  role: z.enum(attendeeRole.enumValues),
  presence: z.enum(attendancePresence.enumValues),
  representedBy: z.string().nullable(),
});
export const sessionDetailOut = z.object({
  id: z.number().int(),
  number: z.number().int(),
  title: z.string(),
  committeeId: z.number().int(),
  committeeName: z.string(),
  startsAt: instant,
  status: z.enum(SESSION_STATUSES),
  format: z.enum(SESSION_FORMATS),
  location: z.string().nullable(),
  chair: z.object({ name: z.string(), title: z.string().nullable() }).nullable(),
  agenda: z.array(z.string()),
  points: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      isMain: z.boolean(),
      hostAgencyName: z.string().nullable(),
      present: z.number().int(),
      absent: z.number().int(),
      represented: z.number().int(),
      attendees: z.array(attendeeOut),
    }),
  ),
});
export const directiveOut = z.object({
  id: z.number().int(),
  sessionId: z.number().int().nullable().describe('Không có khi chỉ đạo đến từ văn bản (nhập từ bảng theo dõi)'),
  sessionNumber: z.number().int().nullable(),
  ordinal: z.string().nullable(),
  text: z.string(),
  areaCodes: z.array(z.string()),
  isCrossCutting: z.boolean(),
  isAssessment: z.boolean(),
  sourceDocument: z.string().nullable(),
  sourceDocumentDate: z.string().nullable(),
});
export const taskOut = z.object({
  id: z.number().int(),
  version: z.number().int().describe('Gửi lại khi cập nhật; phiên bản cũ bị từ chối (409)'),
  directiveId: z.number().int(),
  directiveText: z.string(),
  sessionId: z.number().int().nullable(),
  status: z.enum(taskStatus.enumValues),
  progress: z.number().int(),
  timeliness: z.enum([...TIMELINESS_CLASSES, 'cancelled']),
  deadlineKind: z.enum(deadlineKind.enumValues),
  dueDate: day.nullable(),
  originalDueDate: day.nullable(),
  recurrence: z.enum(recurrencePeriod.enumValues).nullable(),
  completedOn: day.nullable(),
  /** A back-dated completion the secretariat has not confirmed: counted by the day it was reported (decision 023). */
  awaitingConfirmation: z.boolean(),
  leadAgency: agencyRef,
  assignedAgency: agencyRef,
});
/** The timeline entries a task's answer carries, newest first, unless the whole history is asked for. */
export const RECENT_TIMELINE = 20;
const taskDetailQuery = z.object({
  timeline: z
    .enum(['recent', 'all'])
    .optional()
    .describe(`recent (mặc định): ${RECENT_TIMELINE} mục diễn biến mới nhất; all: toàn bộ diễn biến`),
});
export const taskDetailOut = taskOut.extend({
  assignedOn: day,
  result: z.string().nullable(),
  monitorAgency: agencyRef.nullable(),
  coordinators: z.array(agencyRef),
  timelineTotal: z
    .number()
    .int()
    .describe(
      `Số mục diễn biến của nhiệm vụ; timeline chỉ gồm ${RECENT_TIMELINE} mục mới nhất, trừ khi hỏi timeline=all`,
    ),
  timeline: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(taskUpdateKind.enumValues),
      at: instant,
      authorName: z.string().nullable(),
      agencyName: z.string().nullable(),
      statusFrom: z.enum(taskStatus.enumValues).nullable(),
      statusTo: z.enum(taskStatus.enumValues).nullable(),
      progress: z.number().int().nullable(),
      note: z.string().nullable(),
    }),
  ),
});
const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export const overviewOut = z.object({ today: day, counts: countsSchema, ...rates });
export const agencyReportOut = z.object({
  today: day,
  items: z.array(
    z.object({
      agency: agencyRef.extend({ shortName: z.string().nullable(), kind: z.enum(agencyKind.enumValues) }),
      counts: countsSchema,
      ...rates,
      oldestOverdueDays: z.number().int().nullable(),
    }),
  ),
});

// ---- input shapes --------------------------------------------------------------------------------

/** No query parameters (made once: zod compiles an object schema's parser on its first use). */
const noQuery = z.object({});

/** An id in the path is written as the app writes it ("12", not "12.0", "1e1", "0x0c", "+12" or "012"), as pages read it. */
const idParam = z.object({
  id: z
    .string()
    .refine((s) => routeId(s) !== null)
    .transform((s) => routeId(s)!)
    .describe('Số nguyên dương, viết thập phân không có số 0 đứng đầu'),
});
const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).optional().describe('Số bản ghi mỗi trang (mặc định 50)'),
  cursor: z.string().optional().describe('nextCursor của trang trước'),
});
/** The task list's URL filter (the app's), without its page number. */
const taskQuery = taskFilterSchema.omit({ page: true });
/** The report filter: the task filter's report keys. */
const reportQuery = taskQuery.pick({
  committee: true,
  session: true,
  year: true,
  from: true,
  to: true,
  area: true,
  kind: true,
  agency: true,
  basis: true,
});
/** A progress update's body: the app's form schema, with the task taken from the path. */
export const taskUpdateBody = z.object({
  version: z.number().int().positive(),
  status: z.enum(['not_started', 'in_progress', 'completed']),
  progress: z.number().int().min(0).max(100),
  result: z.string().max(5000).nullish(),
  note: z.string().max(5000).nullish(),
  completedOn: z.iso.date().nullish().describe('Bắt buộc khi status = completed'),
  completionDocument: z
    .string()
    .max(500)
    .nullish()
    .describe(
      'Văn bản/kết quả hoàn thành (số, ký hiệu, ngày): bắt buộc khi status = completed. Ngày hoàn thành trước ngày báo cáo được tính theo ngày báo cáo cho đến khi Văn phòng xác nhận.',
    ),
});

function readId(params: unknown): number {
  const parsed = idParam.safeParse(params);
  if (!parsed.success) throw new ApiInputError([{ pointer: '/path/id', detail: msg('errors.api.invalidId') }]);
  return parsed.data.id;
}

function readReportFilter(query: URLSearchParams): ReportFilter {
  readQuery(reportQuery, query);
  return reportFilterFromParams(paramsRecord(query).values).filter;
}

// ---- mapping -------------------------------------------------------------------------------------

function task(t: TaskListItem): z.infer<typeof taskOut> {
  return {
    id: t.id,
    version: t.version,
    directiveId: t.directiveId,
    directiveText: t.directiveText,
    sessionId: t.sessionId,
    status: t.status,
    progress: t.progress,
    timeliness: t.timeliness,
    deadlineKind: t.deadlineKind,
    dueDate: t.dueDate,
    originalDueDate: t.originalDueDate,
    recurrence: t.recurrence,
    completedOn: t.completedOn,
    awaitingConfirmation: t.completionPending,
    leadAgency: { id: t.leadAgencyId, name: t.leadName },
    assignedAgency: { id: t.assignedAgencyId, name: t.assignedName },
  };
}

async function taskDetail(
  ctx: ApiContext<unknown>,
  taskId: number,
  timeline: 'recent' | 'all' = 'recent',
): Promise<z.infer<typeof taskDetailOut>> {
  const d = await getTaskDetail(
    { actor: ctx.actor, taskId, lean: true, timelineLimit: timeline === 'all' ? undefined : RECENT_TIMELINE },
    ctx.db,
  );
  if (!d) throw notFound();
  return {
    id: d.task.id,
    version: d.task.version,
    directiveId: d.directive.id,
    directiveText: d.directive.text,
    sessionId: d.task.sessionId,
    status: d.task.status,
    progress: d.task.progress,
    timeliness: d.timeliness,
    deadlineKind: d.task.deadlineKind,
    dueDate: d.task.dueDate,
    originalDueDate: d.task.originalDueDate,
    recurrence: d.task.recurrence,
    completedOn: d.task.completedOn,
    awaitingConfirmation: d.task.completionPending,
    leadAgency: { id: d.task.leadAgencyId, name: d.leadName },
    assignedAgency: { id: d.task.assignedAgencyId, name: d.assignedName },
    assignedOn: d.task.assignedOn,
    result: d.task.result,
    monitorAgency: d.task.monitorAgencyId ? { id: d.task.monitorAgencyId, name: d.monitorName ?? '' } : null,
    coordinators: d.coordinators,
    timelineTotal: d.timelineTotal,
    timeline: d.timeline.map((e) => ({
      id: e.update.id,
      kind: e.update.kind,
      at: toInstant(e.update.createdAt),
      authorName: e.authorName,
      agencyName: e.agencyName,
      statusFrom: e.update.statusFrom,
      statusTo: e.update.statusTo,
      progress: e.update.progress,
      note: e.update.note,
    })),
  };
}

// ---- operations ----------------------------------------------------------------------------------

export type Operation = {
  id: string;
  method: 'get' | 'post';
  path: string;
  summary: string;
  description?: string;
  query?: z.ZodObject;
  /** Read by `readBody` and documented by `strictBody`: a key it does not define is refused (400). */
  body?: z.ZodObject;
  response: z.ZodType;
  status?: number;
  run: (ctx: ApiContext<unknown>) => Promise<unknown>;
};

export const OPERATIONS = {
  listCommittees: {
    id: 'listCommittees',
    method: 'get',
    path: '/committees',
    summary: 'Các Ban Chỉ đạo',
    response: z.object({ items: z.array(committeeOut) }),
    run: async (ctx) => {
      readQuery(noQuery, ctx.query);
      return { items: await listCommittees({ actor: ctx.actor }, ctx.db) };
    },
  },
  listAgencies: {
    id: 'listAgencies',
    method: 'get',
    path: '/agencies',
    summary:
      'Các cơ quan, tìm theo tên, tên viết tắt hoặc mã (không phân biệt dấu, hoa thường); lọc theo loại và tình trạng',
    description:
      'q: các từ cần có trong tên, tên viết tắt hoặc mã, theo thứ tự bất kỳ ("tuyen quang" tìm thấy "UBND tỉnh Tuyên Quang"). state: active (đang hoạt động) hoặc ended (đã chấm dứt). Sắp theo tên.',
    query: agencyFilterSchema,
    response: z.object({ items: z.array(agencyOut) }),
    run: async (ctx) => {
      const filter = readQuery(agencyFilterSchema, ctx.query);
      const rows = await searchAgencies({ actor: ctx.actor, filter }, ctx.db);
      return {
        items: rows.map((r) => ({
          id: r.id,
          code: r.code,
          name: r.name,
          shortName: r.shortName,
          kind: r.kind,
          parent: r.parentId ? { id: r.parentId, name: r.parentName ?? '' } : null,
          validFrom: r.validFrom,
          validTo: r.validTo,
          successor: r.successorId ? { id: r.successorId, name: r.successorName ?? '' } : null,
          active: !r.ended,
        })),
      };
    },
  },
  listSessions: {
    id: 'listSessions',
    method: 'get',
    path: '/sessions',
    summary: 'Phiên họp mà chủ khóa được xem (theo mã tăng dần, phân trang bằng con trỏ)',
    query: sessionFilterSchema.extend(pageQuery.shape),
    response: listOf(sessionOut),
    run: async (ctx) => {
      const filter = readQuery(sessionFilterSchema, ctx.query, ['limit', 'cursor']);
      return pageOf(
        ctx.query,
        (page) => listSessions({ actor: ctx.actor, filter, ...page }, ctx.db),
        (s) => ({ ...s, startsAt: toInstant(s.startsAt) }),
      );
    },
  },
  getSession: {
    id: 'getSession',
    method: 'get',
    path: '/sessions/{id}',
    summary: 'Một phiên họp, với các điểm cầu và đại biểu dự tại mỗi điểm',
    response: sessionDetailOut,
    run: async (ctx) => {
      readQuery(noQuery, ctx.query);
      const sessionId = readId(ctx.params);
      const [detail, sheet] = await Promise.all([
        getSessionDetail({ actor: ctx.actor, sessionId }, ctx.db),
        getAttendanceSheet({ actor: ctx.actor, sessionId }, ctx.db),
      ]);
      if (!detail || !sheet) throw notFound();
      const attendees = new Map(sheet.points.map((p) => [p.id, p.attendees]));
      return {
        id: detail.id,
        number: detail.number,
        title: detail.title,
        committeeId: detail.committeeId,
        committeeName: detail.committeeName,
        startsAt: toInstant(detail.startsAt),
        status: detail.status,
        format: detail.format,
        location: detail.location,
        chair: detail.chairName ? { name: detail.chairName, title: detail.chairTitle } : null,
        agenda: detail.agenda.map((a) => a.title),
        points: detail.points.map((p) => ({
          id: p.id,
          name: p.name,
          isMain: p.isMain,
          hostAgencyName: p.hostName,
          present: p.present,
          absent: p.absent,
          represented: p.represented,
          attendees: (attendees.get(p.id) ?? []).map((a) => ({
            id: a.id,
            fullName: a.fullName,
            positionTitle: a.positionTitle,
            agencyName: a.agencyName,
            role: a.role,
            presence: a.presence,
            representedBy: a.representedBy,
          })),
        })),
      };
    },
  },
  listDirectives: {
    id: 'listDirectives',
    method: 'get',
    path: '/directives',
    summary: 'Nội dung chỉ đạo (lọc theo Ban Chỉ đạo, phiên họp, lĩnh vực cải cách, năm, từ khóa)',
    query: directiveFilterSchema.extend(pageQuery.shape),
    response: listOf(directiveOut),
    run: async (ctx) => {
      const filter = readQuery(directiveFilterSchema, ctx.query, ['limit', 'cursor']);
      assertCan(ctx.actor, 'directive.read');
      return pageOf(ctx.query, (page) => listDirectives({ actor: ctx.actor, filter, ...page }, ctx.db), directive);
    },
  },
  getDirective: {
    id: 'getDirective',
    method: 'get',
    path: '/directives/{id}',
    summary: 'Một nội dung chỉ đạo',
    response: directiveOut,
    run: async (ctx) => {
      readQuery(noQuery, ctx.query);
      assertCan(ctx.actor, 'directive.read');
      const [row] = await listDirectives(
        {
          actor: ctx.actor,
          filter: { committee: null, session: null },
          only: readId(ctx.params),
        },
        ctx.db,
      );
      if (!row) throw notFound();
      return directive(row);
    },
  },
  listTasks: {
    id: 'listTasks',
    method: 'get',
    path: '/tasks',
    summary:
      'Nhiệm vụ (bộ lọc như trong ứng dụng: cơ quan, phân loại thời hạn, trạng thái, phiên họp, lĩnh vực, thời hạn)',
    description:
      'class: overdue | in_progress_on_time | completed_on_time | completed_late | undated | recurring (lặp lại để chọn nhiều). agency: cơ quan chủ trì hiện tại. dueFrom/dueTo: thời hạn trong khoảng (YYYY-MM-DD). Bản ghi đã hủy chỉ có khi lọc status=cancelled.',
    query: taskQuery.extend(pageQuery.shape),
    response: listOf(taskOut),
    run: async (ctx) => {
      readQuery(taskQuery, ctx.query, ['limit', 'cursor']);
      const { filter } = taskFilterFromParams(paramsRecord(ctx.query).values);
      const today = vnDate();
      return pageOf(
        ctx.query,
        (page) => listTasks({ actor: ctx.actor, filter: { ...filter, today }, ...page }, ctx.db),
        task,
      );
    },
  },
  getTask: {
    id: 'getTask',
    method: 'get',
    path: '/tasks/{id}',
    summary: 'Một nhiệm vụ, với cơ quan phối hợp và diễn biến',
    description: `Diễn biến mới nhất trước; ${RECENT_TIMELINE} mục gần nhất, timelineTotal cho biết tổng số, timeline=all trả toàn bộ.`,
    query: taskDetailQuery,
    response: taskDetailOut,
    run: async (ctx) => {
      const { timeline } = readQuery(taskDetailQuery, ctx.query);
      return taskDetail(ctx, readId(ctx.params), timeline);
    },
  },
  updateTask: {
    id: 'updateTask',
    method: 'post',
    path: '/tasks/{id}/updates',
    summary: 'Cơ quan chủ trì báo cáo trạng thái và tiến độ',
    description: `Gửi version đã đọc; nếu nhiệm vụ đã được cập nhật sau đó, trả 409 và không thay đổi gì. Chỉ cơ quan đang chủ trì nhiệm vụ (hoặc Văn phòng Ban Chỉ đạo) được cập nhật; cơ quan khác nhận 403. Trả nhiệm vụ sau cập nhật, với ${RECENT_TIMELINE} mục diễn biến mới nhất (mục vừa ghi đứng đầu).`,
    body: taskUpdateBody,
    response: taskDetailOut,
    status: 200,
    run: async (ctx) => {
      const taskId = readId(ctx.params);
      // It takes no query parameters, and says so of any sent (as every operation does) before reading the body.
      readQuery(noQuery, ctx.query);
      const body = await readBody(taskUpdateBody, ctx.request);
      // The app's own form schema decides validity (the same rules and messages as the form).
      const values = taskUpdateSchema.parse({ ...body, taskId });
      // The answer is read in the update's transaction, sent with its last write (issue 21).
      const { read } = await updateTaskProgress(
        { actor: ctx.actor, values, read: (tx) => taskDetail({ ...ctx, db: tx }, taskId) },
        ctx.db,
      );
      return read!;
    },
  },
  getOverview: {
    id: 'getOverview',
    method: 'get',
    path: '/reports/overview',
    summary: 'Tổng hợp tình hình thực hiện (cùng số liệu với trang Báo cáo)',
    query: reportQuery,
    response: overviewOut,
    run: async (ctx) => {
      const filter = readReportFilter(ctx.query);
      const o = await getOverview(
        { actor: ctx.actor, filter: { ...filter, today: vnDate() }, top: 0, trend: false },
        ctx.readDb,
      );
      return {
        today: o.today,
        counts: o.counts,
        assigned: o.assigned,
        completed: o.completed,
        notCompleted: o.notCompleted,
        cameDue: o.cameDue,
        completionRate: o.completionRate,
        overdueRate: o.overdueRate,
      };
    },
  },
  getAgencyReport: {
    id: 'getAgencyReport',
    method: 'get',
    path: '/reports/agencies',
    summary: 'Tình hình thực hiện theo cơ quan chủ trì (cùng số liệu với trang Báo cáo → Theo cơ quan)',
    query: reportQuery,
    response: agencyReportOut,
    run: async (ctx) => {
      const filter = readReportFilter(ctx.query);
      const today = vnDate();
      const rows = await getAgencyRanking({ actor: ctx.actor, filter: { ...filter, today } }, ctx.readDb);
      return {
        today,
        items: rows.map((r) => ({
          agency: { id: r.id, name: r.name, shortName: r.shortName, kind: r.kind },
          counts: r.counts,
          assigned: r.assigned,
          completed: r.completed,
          notCompleted: r.notCompleted,
          cameDue: r.cameDue,
          completionRate: r.completionRate,
          overdueRate: r.overdueRate,
          oldestOverdueDays: r.oldestOverdueDays,
        })),
      };
    },
  },
} satisfies Record<string, Operation>;

function directive(r: Awaited<ReturnType<typeof listDirectives>>[number]): z.infer<typeof directiveOut> {
  return {
    id: r.id,
    sessionId: r.sessionId,
    sessionNumber: r.sessionNumber,
    ordinal: r.ordinal,
    text: r.text,
    areaCodes: r.areaCodes,
    isCrossCutting: r.isCrossCutting,
    isAssessment: r.isAssessment,
    sourceDocument: r.sourceDocument,
    sourceDocumentDate: r.sourceDocumentDate,
  };
}
