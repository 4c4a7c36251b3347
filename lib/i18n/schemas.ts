import { z } from '@/lib/zod';

/** The language switch: the chosen language and the page to return to. */
export const localeSchema = z.object({ locale: z.enum(['vi', 'en']), back: z.string().max(2000).optional() });
