'use client';

import { buttonClass } from '@/components/ui/field';
import type { ErrorMessages } from '@/lib/i18n/error-messages';

/** The digest Next.js gives a server error (the key to its log line); client errors have none. */
export function errorDigest(error: unknown): string | undefined {
  const digest = error && typeof error === 'object' ? (error as { digest?: unknown }).digest : undefined;
  return typeof digest === 'string' && digest ? digest : undefined;
}

/**
 * What every error page shows: a calm explanation, "Thử lại" and a link home, and the digest as a reference
 * code. Never the error's message or stack (they can carry database values; the server log has them).
 */
export function ErrorView({ t, error, onRetry }: { t: ErrorMessages; error: unknown; onRetry?: () => void }) {
  const digest = errorDigest(error);
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-xl px-4 py-12 sm:py-16">
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <div className="mb-4 h-1 w-12 rounded bg-brand-700" aria-hidden="true" />
        <h1 id="error-title" className="text-xl font-semibold text-slate-900 sm:text-2xl">
          {t.title}
        </h1>
        <p className="mt-3 text-slate-700">{t.body}</p>
        {digest ? (
          <p className="mt-4 text-sm text-slate-600" data-testid="error-reference">
            {t.reference}: <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800">{digest}</code>
          </p>
        ) : null}
        <div className="mt-6 flex flex-wrap items-center gap-3">
          {onRetry ? (
            <button type="button" onClick={onRetry} className={buttonClass.primary}>
              {t.retry}
            </button>
          ) : null}
          {/* A full load, so nothing of the failed state is kept (a client-side <Link> would keep it). */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- deliberate full page load */}
          <a href="/" className={buttonClass.secondary}>
            {t.home}
          </a>
        </div>
      </div>
    </section>
  );
}
