/**
 * Whether a click on a link would leave the page, and so lose what a form with unsaved changes holds.
 * Not: a click already handled, another button than the main one, one with a modifier key or on a
 * link with a target or download (a new tab, a file: the page stays), a link to a part of this page, mail, phone.
 */
export function leavesPage(
  link: { href: string; target?: string | null; download?: boolean },
  click: {
    button: number;
    defaultPrevented?: boolean;
    metaKey?: boolean;
    ctrlKey?: boolean;
    shiftKey?: boolean;
    altKey?: boolean;
  },
  current: string,
): boolean {
  if (click.defaultPrevented || click.button !== 0) return false;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return false;
  if ((link.target && link.target !== '_self') || link.download) return false;
  let to: URL;
  let here: URL;
  try {
    here = new URL(current);
    to = new URL(link.href, here);
  } catch {
    return false;
  }
  if (to.protocol !== 'http:' && to.protocol !== 'https:') return false;
  const samePage = to.origin === here.origin && to.pathname === here.pathname && to.search === here.search;
  return !(samePage && to.hash !== '') && !(samePage && link.href.trim().startsWith('#'));
}
