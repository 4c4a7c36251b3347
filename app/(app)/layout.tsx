import Link from '@/components/link';
import type { ReactNode } from 'react';
import { signOutAction } from '@/app/actions';
import { LocaleSwitch } from '@/app/locale-switch';
import { NotificationBell } from '@/components/notification-bell';
import { requireSignedIn } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { can, isReadOnly, refusalMessage } from '@/lib/policy';
import { localizeForReader } from '@/lib/i18n/translate';

/** "Lê Thị Mai" → "LM": the family name's and the given name's first letters. */
function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? '') : '';
  return (first + last).toLocaleUpperCase('vi-VN');
}

export default async function AppLayout({ children }: { children: ReactNode }) {
  // The session, the actor and the bell's count: one statement, shared with the page's own `requireActor` (decision 084).
  const { actor, unread } = await requireSignedIn({ enrolment: true });
  const { t, locale } = await getMessages();
  const nav = [
    { href: '/', label: t.nav.home, show: true },
    { href: '/sessions', label: t.nav.sessions, show: can(actor, 'session.read') },
    { href: '/directives', label: t.nav.directives, show: can(actor, 'directive.read') },
    { href: '/tasks', label: t.nav.tasks, show: true },
    { href: '/reports', label: t.reports.nav, show: can(actor, 'report.read') },
    { href: '/admin/users', label: t.nav.users, show: can(actor, 'user.manage') },
    { href: '/admin/agencies', label: t.nav.agencies, show: can(actor, 'agency.manage') },
    { href: '/admin/committees', label: t.committees.nav, show: can(actor, 'committee.manage') },
    { href: '/admin/jobs', label: t.jobs.nav, show: can(actor, 'jobs.manage') },
    { href: '/admin/audit', label: t.auditTrail.nav, show: can(actor, 'audit.read') },
  ].filter((n) => n.show);
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t.skipToContent}
      </a>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="h-1 bg-brand-700" aria-hidden="true" />
        {/* On a phone: one row for the name and the account, one scrolling row of links. */}
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-1 px-3 py-1.5 sm:gap-y-2 sm:px-6 sm:py-3">
          <Link href="/" className="text-base font-semibold text-brand-800 sm:text-lg">
            {t.appName}
          </Link>
          <nav aria-label={t.nav.main} className="order-3 -mx-1 w-full overflow-x-auto sm:order-none sm:mx-0 sm:w-auto">
            <ul className="flex gap-1 whitespace-nowrap sm:flex-wrap">
              {nav.map((n) => (
                <li key={n.href}>
                  <Link href={n.href} className="nav-link">
                    {n.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex flex-wrap items-center gap-2 sm:gap-3">
            <LocaleSwitch locale={locale} label={t.language.label} />
            <NotificationBell initial={unread} label={t.notifications.bell} unreadLabel={t.notifications.unread} />
            <Link
              href="/account"
              className="rounded-md px-1 text-right text-sm leading-tight hover:bg-slate-100"
              data-testid="current-user"
            >
              {/* On a phone the account is the person's initials (part of the link's name, as seen), so the header keeps
                  to one row above the links. */}
              <span className="flex size-8 items-center justify-center rounded-full bg-brand-700 text-xs font-semibold text-white sm:hidden">
                {initials(actor.name)}
              </span>
              <span className="sr-only font-medium text-slate-900 sm:not-sr-only sm:block">{actor.name}</span>
              <span className="hidden text-xs text-slate-600 sm:block">{t.roles[actor.role]}</span>
            </Link>
            <form action={signOutAction}>
              <button
                type="submit"
                title={t.signIn.signOut}
                className="flex min-h-8 items-center rounded-md border border-slate-300 px-1.5 py-1 text-sm text-slate-700 hover:bg-slate-50 sm:px-3 sm:py-1.5"
              >
                <svg
                  viewBox="0 0 24 24"
                  className="size-5 sm:hidden"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.8"
                  aria-hidden="true"
                >
                  <path
                    d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 17l5-5-5-5M15 12H4"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </svg>
                <span className="sr-only sm:not-sr-only">{t.signIn.signOut}</span>
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
        {isReadOnly(actor) ? (
          // Decision 022: the user's agency has ended; every write is refused with this same message.
          <p
            role="status"
            data-testid="read-only"
            className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900"
          >
            {await localizeForReader(refusalMessage(actor))}
          </p>
        ) : null}
        {children}
      </main>
    </div>
  );
}
