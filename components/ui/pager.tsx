import Link from '@/components/link';

/** Previous/next links under a paged list; nothing when the list fits one page. */
export function Pager({
  page,
  pages,
  href,
  labels,
}: {
  page: number;
  pages: number;
  /** The list's address at another page. */
  href: (page: number) => string;
  labels: { pages: string; previous: string; next: string };
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.pages} className="mt-4 flex gap-3 text-sm">
      {page > 1 ? (
        <Link className="text-brand-700 underline" href={href(page - 1)}>
          ← {labels.previous}
        </Link>
      ) : null}
      {page < pages ? (
        <Link className="text-brand-700 underline" href={href(page + 1)}>
          {labels.next} →
        </Link>
      ) : null}
    </nav>
  );
}
