import 'server-only';
import type { Metadata } from 'next';
import { getMessages } from '@/lib/i18n';
import type { Messages } from '@/lib/i18n/vi';

/**
 * A page's `generateMetadata` giving it its own title in the reader's language (the root layout's template adds
 * " · <app name>"): `export const generateMetadata = pageTitle((t) => t.tasks.title);`. `pick` may read the
 * route's parameters (a document page titles itself by its kind).
 */
export function pageTitle<P = Record<string, string>>(pick: (t: Messages, params: P) => string) {
  return async ({ params }: { params: Promise<P> }): Promise<Metadata> => {
    const { t } = await getMessages();
    return { title: pick(t, await params) };
  };
}
