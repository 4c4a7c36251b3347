import { z } from '@/lib/zod';

/** The language switch: the chosen language and the page to return to. */
export const localeSchema = z.object({ locale: z.enum(['vi', 'en']), back: z.string().max(2000).optional() });

/**
 * Whether the language cookie is sent over https only: in production, when the public address (APP_URL, AUTH_URL)
 * is https or the request came through a proxy over https. A plain-http intranet server keeps a cookie it can read.
 */
export function localeCookieSecure(
  forwardedProto: string | null,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if (env.NODE_ENV !== 'production') return false;
  const address = env.APP_URL ?? env.AUTH_URL ?? '';
  return address.startsWith('https:') || forwardedProto?.split(',')[0]?.trim() === 'https';
}
