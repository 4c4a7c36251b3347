'use client';

import { useSyncExternalStore } from 'react';
import { ErrorView } from '@/components/error-view';
import { errorMessages, localeFromCookies } from '@/lib/i18n/error-messages';
import './globals.css';

const noSubscription = () => () => {};

/**
 * An error in the root layout itself: this replaces it, so it draws its own document and reads the language
 * from the `locale` cookie (Vietnamese on the server's first render).
 */
export default function GlobalError({
  error,
  retry,
  reset,
}: {
  error: unknown;
  retry?: () => void;
  reset?: () => void;
}) {
  const locale = useSyncExternalStore(
    noSubscription,
    () => localeFromCookies(document.cookie),
    () => 'vi' as const,
  );
  const t = errorMessages(locale);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50">
        <title>{t.title}</title>
        <div className="h-1 bg-brand-700" aria-hidden="true" />
        <main id="main">
          <ErrorView t={t} error={error} onRetry={retry ?? reset} />
        </main>
      </body>
    </html>
  );
}
