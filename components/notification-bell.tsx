'use client';

import Link from '@/components/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { BELL_POLL_MS, bellBadge, unreadFromAnswer } from '@/lib/notifications/bell';

/**
 * The bell in the header. The layout renders it with the count at the time; it then asks the small route
 * /api/notifications/unread every minute while the tab is visible, when the tab is shown again and on each
 * page change, so a new notice shows without a reload.
 */
export function NotificationBell({
  initial,
  label,
  unreadLabel,
}: {
  initial: number;
  label: string;
  unreadLabel: string;
}) {
  const pathname = usePathname();
  // A count polled after the server's `initial`; a newer render of the layout (a new `initial`) wins again.
  const [polled, setPolled] = useState<{ base: number; value: number } | null>(null);
  const unread = polled && polled.base === initial ? polled.value : initial;

  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        const res = await fetch('/api/notifications/unread', {
          cache: 'no-store',
          headers: { accept: 'application/json' },
        });
        if (!res.ok || !res.headers.get('content-type')?.includes('application/json')) return;
        const value = unreadFromAnswer(await res.json());
        if (value !== null && !stopped) setPolled({ base: initial, value });
      } catch {
        // Offline or the server restarting: the bell keeps its number until the next try.
      }
    };
    void refresh();
    const timer = window.setInterval(refresh, BELL_POLL_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [initial, pathname]);

  const badge = bellBadge(unread);
  return (
    <Link
      href="/notifications"
      className="relative rounded-md p-1.5 text-slate-700 hover:bg-slate-100 hover:text-slate-900"
      aria-label={`${label}: ${unread} ${unreadLabel}`}
      data-testid="bell"
    >
      <svg
        viewBox="0 0 24 24"
        className="size-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        aria-hidden="true"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {badge ? (
        <span
          className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-semibold text-white tabular-nums"
          data-testid="bell-count"
          aria-hidden="true"
        >
          {badge}
        </span>
      ) : null}
    </Link>
  );
}
