import { getRequestConfig } from 'next-intl/server';
import { getLocale, messagesFor } from './index';
import { TIME_ZONE } from './translate';

/**
 * next-intl's request configuration (wired in next.config.js): the language comes from the `locale` cookie (no
 * locale in the URL: officials share links), times are Vietnam time whatever the server's zone. Dates are written
 * dd/MM/yyyy in both languages by lib/time, not by next-intl's locale formats (en would give MM/DD/YYYY).
 */
export default getRequestConfig(async () => {
  const locale = await getLocale();
  return {
    locale,
    messages: messagesFor(locale),
    timeZone: TIME_ZONE,
  };
});
