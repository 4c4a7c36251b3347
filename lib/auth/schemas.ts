import { z } from '@/lib/zod';
import { msg } from '@/lib/i18n/message';

export const changePasswordSchema = z
  .object({
    current: z
      .string()
      .min(1, { error: msg('validation.accounts.currentPassword') })
      .max(200),
    next: z.string().max(200, { error: msg('validation.accounts.passwordTooLong') }),
    confirm: z.string().max(200),
  })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], error: msg('validation.accounts.passwordMismatch') });

export const codeSchema = z.object({
  code: z
    .string()
    .transform((s) => s.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { error: msg('validation.accounts.codeFormat') })),
});

/** Turning two-step sign-in on: the first code, and the current password of an account that has one. */
export const enableTwoFactorSchema = codeSchema.extend({ current: z.string().max(200).default('') });
