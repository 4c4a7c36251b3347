import { localize } from '@/lib/i18n/message';
import { translatorFor } from '@/lib/i18n/translate';

/** A message from lib (a catalogue key with parameters) as a Vietnamese reader sees it. */
export const inVietnamese = (message: string) => localize(message, translatorFor('vi'));
/** The same message as an English reader sees it. */
export const inEnglish = (message: string) => localize(message, translatorFor('en'));
