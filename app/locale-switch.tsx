import { setLocaleAction } from './actions';
import type { Locale } from '@/lib/i18n';

/** Two small forms (POST), so switching works without JavaScript. */
export function LocaleSwitch({ locale, label, back }: { locale: Locale; label: string; back?: string }) {
  const options: { value: Locale; text: string }[] = [
    { value: 'vi', text: 'Tiếng Việt' },
    { value: 'en', text: 'English' },
  ];
  return (
    <div role="group" aria-label={label} className="flex items-center gap-1 text-sm">
      {options.map((o) => (
        <form key={o.value} action={setLocaleAction}>
          <input type="hidden" name="locale" value={o.value} />
          {back ? <input type="hidden" name="back" value={back} /> : null}
          <button
            type="submit"
            lang={o.value}
            aria-pressed={locale === o.value}
            aria-label={o.text}
            className={`rounded px-2 py-1 ${locale === o.value ? 'bg-brand-700 font-medium text-white' : 'text-slate-700 hover:bg-slate-100'}`}
          >
            {/* A phone's header shows the short code. */}
            <span aria-hidden="true" className="sm:hidden">
              {o.value.toUpperCase()}
            </span>
            <span className="hidden sm:inline">{o.text}</span>
          </button>
        </form>
      ))}
    </div>
  );
}
