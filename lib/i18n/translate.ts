import 'server-only';
import { createTranslator } from 'next-intl';
import { getLocale, messagesFor, type Locale } from './index';
import { localize, localizeAll, type Translate } from './message';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const translators = new Map<Locale, Translate>();

/** next-intl's translator over the whole catalogue, for code that runs outside a page (actions, routes, jobs). */
export function translatorFor(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: messagesFor(locale), timeZone: TIME_ZONE }) as unknown as Translate;
    translators.set(locale, t);
  }
  return t;
}

/** The translator in the reader's language (the `locale` cookie). */
export async function getTranslate(): Promise<Translate> {
  return translatorFor(await getLocale());
}

/** A message from lib (a key made by `msg`, or plain text) in the reader's language. */
export async function localizeForReader(message: string): Promise<string> {
  return localize(message, await getTranslate());
}

export { localize, localizeAll };
