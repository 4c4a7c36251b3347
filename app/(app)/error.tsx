'use client';

import { ErrorView } from '@/components/error-view';
import { useLocale } from '@/components/locale-provider';
import { errorMessages } from '@/lib/i18n/error-messages';

/** An error in a page of the app: the localized page inside the app's header and navigation. */
export default function PageError({ error, retry, reset }: { error: unknown; retry?: () => void; reset?: () => void }) {
  return <ErrorView t={errorMessages(useLocale())} error={error} onRetry={retry ?? reset} />;
}
