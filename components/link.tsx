import type { AnchorHTMLAttributes } from 'react';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * A link to a page of the app: a plain anchor, marked for `LinkNavigation` (mounted once in the root layout), which
 * turns a plain click on it into a client-side navigation, as `next/link` does. Unlike `next/link` it is not a
 * client component: a page with 50 rows of links hydrates 50 anchors, not 50 components each with its own state,
 * ref and viewport observer (on the phone profile the links were the largest share of the task list's hydration).
 */
export default function Link({ href, ...rest }: Props) {
  // Attributes in next/link's order (its own, then href), so the markup reads as it did.
  return <a {...rest} href={href} data-nav="" />;
}
