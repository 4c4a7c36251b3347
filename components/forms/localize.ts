'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { localize, type Translate } from '@/lib/i18n/message';

/**
 * Every message a form shows (a field error from the browser's check or from the server, the form's refusal or
 * confirmation) passes through here before display. The schemas' messages are catalogue keys
 * (lib/i18n/message.ts), and the root layout hands the browser the `fields` and `validation` namespaces; messages
 * the server sends are already translated and pass through unchanged.
 */
export function useLocalize(): (message: string) => string {
  const t = useTranslations() as unknown as Translate;
  return useCallback((message: string) => localize(message, t), [t]);
}
