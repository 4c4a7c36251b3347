'use client';

import { useEffect } from 'react';
import { leavesPage } from '@/lib/forms/leave-guard';

/** Clicks already asked about, so two guarded forms on one page ask once. */
const asked = new WeakSet<Event>();

/**
 * While a form has unsaved changes (`dirty`: react-hook-form's isDirty, or a server form's edited flag), leaving
 * the page asks first: closing or reloading the tab (the browser's own question) and following a link
 * of the app (`message`, before Next's router sees the click). Saving, or choosing to leave, lets it go.
 */
export function useLeaveGuard(dirty: boolean, message: string) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (asked.has(event)) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      const leaving = leavesPage(
        { href: link.getAttribute('href') ?? '', target: link.target, download: link.hasAttribute('download') },
        event,
        window.location.href,
      );
      if (!leaving) return;
      asked.add(event);
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    // On the window, capturing: before React (and Next's <Link>) handles the click on the document.
    window.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('click', onClick, true);
    };
  }, [dirty, message]);
}
