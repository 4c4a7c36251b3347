import { cookies } from 'next/headers';
import { getLocale as intlLocale, getMessages as intlMessages } from 'next-intl/server';
import { en } from './en';
import { vi, type Messages } from './vi';

export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];
export const LOCALE_COOKIE = 'locale';
const MESSAGES: Record<Locale, Messages> = { vi, en };

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}

/** The reader's language: the `locale` cookie, Vietnamese by default. */
export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : 'vi';
}

/**
 * The catalogue in the reader's language, through next-intl's request configuration (lib/i18n/request.ts): pages
 * read labels by typed key (`t.nav.home`) and format messages with parameters and plurals with next-intl's
 * `getTranslations`/`useTranslations` (`tr('counts.tasks', { count })`).
 */
export async function getMessages(): Promise<{ locale: Locale; t: Messages }> {
  const locale = await intlLocale();
  return { locale: isLocale(locale) ? locale : 'vi', t: (await intlMessages()) as unknown as Messages };
}

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

export type { Messages };
