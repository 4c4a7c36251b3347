import type { ReactNode } from 'react';
import { LocaleSwitch } from '@/app/locale-switch';
import { getMessages } from '@/lib/i18n';

/** The frame of the pages one reaches without an account: the app's name, a card, the language switch. */
export async function AuthFrame({ title, back, children }: { title: string; back: string; children: ReactNode }) {
  const { t, locale } = await getMessages();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center">
          <p className="text-xs font-semibold tracking-[0.14em] text-brand-700 uppercase">{t.appTagline}</p>
          <p className="mt-2 text-2xl font-semibold text-slate-900">{t.appName}</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-lg font-semibold text-slate-900">{title}</h1>
          {children}
        </div>
        <div className="mt-6 flex justify-center">
          <LocaleSwitch locale={locale} label={t.language.label} back={back} />
        </div>
      </div>
    </main>
  );
}
