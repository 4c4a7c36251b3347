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
