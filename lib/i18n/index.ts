import { cookies } from 'next/headers';
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

export async function getMessages(): Promise<{ locale: Locale; t: Messages }> {
  const locale = await getLocale();
  return { locale, t: MESSAGES[locale] };
}

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

export type { Messages };
