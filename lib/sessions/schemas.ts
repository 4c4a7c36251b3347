import { attendeeDraftSchema } from '@/lib/sessions/attendee-schema';
import { id, isoDate, optionalId, optionalText, requiredText, version, z, withoutControls } from '@/lib/zod';

/** Shared by the session form (react-hook-form) and the server action. */
export const SESSION_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const SESSION_STATUSES = ['planned', 'held', 'minutes_published'] as const;

export const agendaItemSchema = z.object({
  title: requiredText(500, 'Nội dung'),
  presenter: optionalText(200, 'Người trình bày'),
});

export const figureSchema = z.object({
  label: requiredText(300, 'Chỉ tiêu'),
  value: z
    .string({ error: 'Vui lòng nhập giá trị.' })
    .trim()
    .transform((v) => v.replace(/\s/g, '').replace(',', '.'))
    .pipe(z.string().regex(/^-?\d{1,12}(\.\d{1,2})?$/, { error: 'Giá trị phải là số (tối đa 2 chữ số thập phân).' })),
  unit: optionalText(60, 'Đơn vị tính'),
  agencyId: optionalId('Cơ quan'),
  note: optionalText(300, 'Ghi chú'),
});

export const sessionFormSchema = z.object({
  committeeId: id('Ban Chỉ đạo'),
  number: z.coerce
    .number({ error: 'Số phiên họp phải là số.' })
    .int({ error: 'Số phiên họp phải là số nguyên.' })
    .min(1, { error: 'Số phiên họp phải từ 1 trở lên.' })
    .max(10_000, { error: 'Số phiên họp quá lớn.' }),
  title: requiredText(300, 'Tên phiên họp'),
  date: isoDate('Ngày họp'),
  time: z
    .string()
    .trim()
    .transform((v) => (/^\d:\d\d$/.test(v) ? `0${v}` : v))
    .pipe(
      z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Giờ họp phải có dạng giờ:phút (24 giờ), ví dụ 08:30.' }),
    ),
  format: z.enum(SESSION_FORMATS, { error: 'Vui lòng chọn hình thức.' }),
  status: z.enum(SESSION_STATUSES, { error: 'Vui lòng chọn trạng thái.' }),
  chairPersonId: optionalId('Người chủ trì'),
  location: optionalText(300, 'Địa điểm'),
  summary: optionalText(2000, 'Nội dung'),
  agenda: z.array(agendaItemSchema).max(100, { error: 'Tối đa 100 mục chương trình.' }).default([]),
  figures: z.array(figureSchema).max(100, { error: 'Tối đa 100 số liệu.' }).default([]),
});
export type SessionFormInput = z.input<typeof sessionFormSchema>;
export type SessionFormValues = z.output<typeof sessionFormSchema>;

export const updateSessionSchema = sessionFormSchema.extend({ sessionId: id('Phiên họp'), version });

export const sessionFilterSchema = z.object({
  committee: optionalId().catch(null),
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  status: z.enum(SESSION_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(200).transform(withoutControls).optional().catch(undefined),
});
export type SessionFilter = z.output<typeof sessionFilterSchema>;

export const pointSchema = z.object({
  sessionId: id('Phiên họp'),
  name: requiredText(200, 'Tên điểm cầu'),
  hostAgencyId: optionalId('Cơ quan chủ trì điểm cầu'),
  isMain: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()).default(false),
});
export const updatePointSchema = pointSchema.extend({ pointId: id('Điểm cầu') });
export const pointRefSchema = z.object({ sessionId: id('Phiên họp'), pointId: id('Điểm cầu') });
export const sessionRefSchema = z.object({ sessionId: id('Phiên họp') });

/** A pasted list or a CSV/XLSX file of attendees to preview; without pointId, a whole session's list. */
export const previewAttendeesSchema = z.object({
  sessionId: id(),
  pointId: optionalId('Điểm cầu').optional(),
  text: z.string().max(200_000, { error: 'Văn bản quá dài.' }).optional(),
  file: z.instanceof(Blob).optional(),
});

/**
 * The confirmed attendee rows. Rows are validated in lib (addAttendees), all or none, with each row's errors;
 * without pointId, each row carries its own (a whole session's list).
 */
export const saveAttendeesSchema = z.object({
  sessionId: id(),
  pointId: optionalId('Điểm cầu').optional(),
  rows: z.array(z.unknown()).max(2000).default([]),
});

export const attendeeRefSchema = z.object({ sessionId: id(), pointId: id(), attendeeId: id() });

/** One attendee row as saved: the draft, and the person picked and the row's point when there are. */
export const attendeeInputSchema = z.intersection(
  attendeeDraftSchema,
  z.object({ personId: optionalId('Người').optional(), pointId: optionalId('Điểm cầu').optional() }),
);

const attendeeWithPointSchema = attendeeInputSchema.superRefine((row, ctx) => {
  if (!row.pointId) ctx.addIssue({ code: 'custom', path: ['pointId'], message: 'Chưa chọn điểm cầu' });
});

/** The rows saved at once; with `perRowPoint`, each row must name its point (a whole session's attendance). */
export const attendeeRowsSchema = (perRowPoint: boolean) =>
  z
    .array(perRowPoint ? attendeeWithPointSchema : attendeeInputSchema)
    .min(1, { error: 'Chưa có đại biểu nào để lưu.' })
    .max(2000);

/**
 * The attendee forms as the browser checks them: `saveAttendeesSchema` with each row under the rules lib applies
 * on save (`addAttendees`, through `attendeeRowsSchema`).
 */
export const attendeesFormSchema = (perRowPoint: boolean) =>
  saveAttendeesSchema.extend({ rows: attendeeRowsSchema(perRowPoint) });

/** The edit form of one attendee. */
export const updateAttendeeSchema = attendeeRefSchema.and(attendeeDraftSchema);
