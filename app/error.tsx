'use client';

import { ErrorView } from '@/components/error-view';
import { useLocale } from '@/components/locale-provider';
import { errorMessages } from '@/lib/i18n/error-messages';

/**
 * An error below the root layout, including in the (app) layout itself (the database down while it reads the
 * user or the bell's count): the localized page instead of Next's English default.
 */
export default function ErrorPage({ error, retry, reset }: { error: unknown; retry?: () => void; reset?: () => void }) {
  const t = errorMessages(useLocale());
  return (
    <main id="main" className="min-h-screen bg-slate-50">
      <div className="h-1 bg-brand-700" aria-hidden="true" />
      <ErrorView t={t} error={error} onRetry={retry ?? reset} />
    </main>
  );
}
