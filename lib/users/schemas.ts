import { id, z } from '@/lib/zod';

/** Disable or enable an account (the button posts the new state). */
export const setUserActiveSchema = z.object({
  userId: id('fields.user'),
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
});
