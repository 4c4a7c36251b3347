'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';

const LocaleContext = createContext<Locale>('vi');

/**
 * The reader's language for client components that get no props from a server page: the error pages
 * (app/error.tsx, app/(app)/error.tsx). The root layout provides it from the `locale` cookie.
 */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
