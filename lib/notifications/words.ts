import 'server-only';
import { translatorFor } from '@/lib/i18n/translate';

/**
 * The words of notices and emails, from the catalogue's `notifications` section (lib/i18n). Emails, and the
 * title and body stored with each notice, are written in Vietnamese: the recipient's language is not known
 * when they are made. The in-app list renders the notices again in the reader's language from their keys
 * (`NotificationParams`, lib/notifications/render.ts).
 */
export function vietnamese(key: string, vars?: Record<string, string | number>): string {
  // Numbers as written in the text ("1234", not a locale's "1.234"), as the in-app rendering does.
  const values = vars && Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)]));
  return translatorFor('vi')(`notifications.${key}`, values);
}
