import { id, requiredText, z } from '@/lib/zod';

/** Lifetimes offered, in days (at most half a year: a longer-lived integration mints a new token). */
export const TOKEN_LIFETIMES = [30, 90, 180] as const;

export const createTokenSchema = z.object({
  name: requiredText(80, 'Tên khóa'),
  days: z.coerce
    .number()
    .int()
    .refine((d) => (TOKEN_LIFETIMES as readonly number[]).includes(d), { error: 'Chọn thời hạn của khóa.' }),
  password: z.string().min(1, { error: 'Nhập mật khẩu hiện tại.' }).max(200),
  /** The second factor's current code, asked only when the account has one (empty otherwise). */
  code: z
    .string()
    .max(20)
    .optional()
    .transform((s) => s?.replace(/\s/g, '') || undefined)
    .pipe(
      z
        .string()
        .regex(/^\d{6}$/, { error: 'Mã xác thực gồm 6 chữ số.' })
        .optional(),
    ),
});
export const revokeTokenSchema = z.object({ tokenId: id('Khóa API') });
