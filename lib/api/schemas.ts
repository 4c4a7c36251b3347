import { fromDigits, id, requiredText, z } from '@/lib/zod';
import { msg } from '@/lib/i18n/message';

/** Lifetimes offered, in days (at most half a year: a longer-lived integration mints a new token). */
export const TOKEN_LIFETIMES = [30, 90, 180] as const;

export const createTokenSchema = z.object({
  name: requiredText(80, 'fields.tokenName'),
  days: fromDigits(
    z
      .number({ error: msg('validation.accounts.tokenLifetime') })
      .int()
      .refine((d) => (TOKEN_LIFETIMES as readonly number[]).includes(d), {
        error: msg('validation.accounts.tokenLifetime'),
      }),
  ),
  password: z
    .string()
    .min(1, { error: msg('validation.accounts.currentPassword') })
    .max(200),
  /** The second factor's current code, asked only when the account has one (empty otherwise). */
  code: z
    .string()
    .max(20)
    .optional()
    .transform((s) => s?.replace(/\s/g, '') || undefined)
    .pipe(
      z
        .string()
        .regex(/^\d{6}$/, { error: msg('validation.accounts.codeFormat') })
        .optional(),
    ),
});
export const revokeTokenSchema = z.object({ tokenId: id('fields.apiToken') });
