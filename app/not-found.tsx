import Link from '@/components/link';
import { getMessages } from '@/lib/i18n';

export default async function NotFound() {
  const { t } = await getMessages();
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t.errors.notFound}</h1>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 underline">
          {t.nav.home}
        </Link>
      </p>
    </main>
  );
}
