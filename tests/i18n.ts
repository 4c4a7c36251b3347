import { localize } from '@/lib/i18n/message';
import { translatorFor } from '@/lib/i18n/translate';

/** A message from lib (a catalogue key with parameters) as a Vietnamese reader sees it. */
export const inVietnamese = (message: string) => localize(message, translatorFor('vi'));
/** The same message as an English reader sees it. */
export const inEnglish = (message: string) => localize(message, translatorFor('en'));

/** What a refused call tells a Vietnamese reader: its message and field errors, translated. */
export const refusal = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: Error & { fieldErrors?: Record<string, string> }) => ({
      message: inVietnamese(e.message),
      fieldErrors:
        e.fieldErrors && Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, inVietnamese(v)])),
    }),
  );
