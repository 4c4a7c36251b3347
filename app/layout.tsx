import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { LocaleProvider } from '@/components/locale-provider';
import { getMessages } from '@/lib/i18n';
import { TIME_ZONE } from '@/lib/i18n/translate';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: { default: t.appName, template: `%s · ${t.appName}` }, description: t.appTagline };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#12325d' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getMessages();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {/* The error pages are client components with no props from the server: they read the language here. */}
        <LocaleProvider locale={locale}>
          {/* Forms check their fields in the browser with the server's schemas: their messages are keys of these. */}
          <NextIntlClientProvider
            locale={locale}
            timeZone={TIME_ZONE}
            messages={{ fields: t.fields, validation: t.validation }}
          >
            {children}
          </NextIntlClientProvider>
        </LocaleProvider>
      </body>
    </html>
  );
}
