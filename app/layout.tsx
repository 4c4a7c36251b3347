import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { LinkNavigation } from '@/components/link-navigation';
import { LocaleProvider } from '@/components/locale-provider';
import { getMessages } from '@/lib/i18n';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: { default: t.appName, template: `%s · ${t.appName}` }, description: t.appTagline };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#12325d' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale } = await getMessages();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {/* The error pages are client components with no props from the server: they read the language here. */}
        <LocaleProvider locale={locale}>
          {/* Forms fetch the messages of their browser check with their schema (components/forms/localize.ts). */}
          {children}
        </LocaleProvider>
        <LinkNavigation />
      </body>
    </html>
  );
}
