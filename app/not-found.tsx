import { NotFoundView } from '@/components/locale-provider';
import { getMessages } from '@/lib/i18n';

export default async function NotFound() {
  const { t } = await getMessages();
  return <NotFoundView title={t.errors.notFound} home={t.nav.home} />;
}
