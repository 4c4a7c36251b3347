import { z } from '@/lib/zod';

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, { error: 'Nhập mật khẩu hiện tại.' }).max(200),
    next: z.string().max(200, { error: 'Mật khẩu tối đa 200 ký tự.' }),
    confirm: z.string().max(200),
  })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], error: 'Mật khẩu nhập lại không khớp.' });

export const codeSchema = z.object({
  code: z
    .string()
    .transform((s) => s.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { error: 'Mã xác thực gồm 6 chữ số.' })),
});
