'use client';

import { createContext, useContext, type ReactNode } from 'react';
import Link from '@/components/link';
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

/**
 * The "not found" page (app/not-found.tsx). Next.js puts a layout's not-found boundary in every page's server
 * payload, the root's and the (app) group's both: as a server component its markup went there twice; as a client
 * component it is a reference and its two words. It lives in this module, which the root layout already loads,
 * so that it adds no script to a page. Inside the signed-in frame (app/(app)/not-found.tsx) the frame's `<main>` holds
 * it, so it is a section there: a page has one main landmark.
 */
export function NotFoundView({ title, home, inFrame = false }: { title: string; home: string; inFrame?: boolean }) {
  const Landmark = inFrame ? 'section' : 'main';
  return (
    <Landmark className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 underline">
          {home}
        </Link>
      </p>
    </Landmark>
  );
}
