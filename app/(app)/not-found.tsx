import { NotFoundView } from '@/components/locale-provider';
import { getMessages } from '@/lib/i18n';

/** A missing record inside the signed-in frame: the frame's `<main>` holds the message (components/locale-provider.tsx). */
export default async function NotFound() {
  const { t } = await getMessages();
  return <NotFoundView title={t.errors.notFound} home={t.nav.home} inFrame />;
}
