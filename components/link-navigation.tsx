'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * One click listener for every `components/link` anchor: a plain left click on a link to another page of this
 * origin navigates on the client (the router keeps the layout and fetches the page's payload only). Anything else
 * is left to the browser: a click a handler already took, another button, a modifier key (new tab, download), a
 * `target` or `download` attribute, another origin, or a jump to an anchor of the same page.
 */
export function LinkNavigation() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[data-nav]') : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href);
      if (url.origin !== window.location.origin) return;
      const here = window.location;
      if (url.hash && url.pathname === here.pathname && url.search === here.search) return;
      event.preventDefault();
      router.push(url.pathname + url.search + url.hash);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [router]);
  return null;
}
