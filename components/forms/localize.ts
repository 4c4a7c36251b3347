'use client';

import { useCallback } from 'react';
import { localize, type Translate } from '@/lib/i18n/message';

/*
 * Every message a form shows (a field error from the browser's check or from the server, the form's refusal or
 * confirmation) passes through here before display. The schemas' messages are catalogue keys (lib/i18n/message.ts):
 * their translations are fetched with the form's schema (`loadFormTranslator`, awaited before any check runs), not
 * with the page; messages the server sends are already translated and pass through unchanged.
 */

const translators = new Map<string, Promise<Translate>>();
const ready = new Map<string, Translate>();
const pageLocale = (): 'vi' | 'en' =>
  typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'vi';

/** The page language's form messages, fetched once (again after a failed fetch). */
export function loadFormTranslator(locale = pageLocale()): Promise<Translate> {
  let p = translators.get(locale);
  if (!p) {
    p = import('@/lib/i18n/form-messages').then(async (m) => {
      const t = await m.formMessages(locale);
      ready.set(locale, t);
      return t;
    });
    translators.set(locale, p);
    p.catch(() => translators.delete(locale));
  }
  return p;
}

export function useLocalize(): (message: string) => string {
  return useCallback((message: string) => {
    const t = ready.get(pageLocale());
    return t ? localize(message, t) : message;
  }, []);
}
