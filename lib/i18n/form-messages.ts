/**
 * What a form's browser check can say, in the page's language: the whole domain catalogue (lib/i18n/domain-*.ts:
 * field labels, validation messages, and the domain's errors, which schemas raise too, such as "the two passwords
 * differ"), with next-intl's translator. Browser-safe, and loaded on demand with the form's
 * schema (components/forms/localize.ts), not with the page: messages the server sends arrive translated.
 */
import { createTranslator } from 'next-intl';
import { VN_TIME_ZONE } from '@/lib/time';
import type { Translate } from './message';

export async function formMessages(locale: 'vi' | 'en'): Promise<Translate> {
  const domain = locale === 'en' ? (await import('./domain-en')).domainEn : (await import('./domain-vi')).domainVi;
  return createTranslator({
    locale,
    messages: domain,
    timeZone: VN_TIME_ZONE,
  }) as unknown as Translate;
}
