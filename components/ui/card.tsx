import type { ReactNode } from 'react';

export function Card({
  title,
  children,
  actions,
  id,
}: {
  title?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  id?: string;
}) {
  return (
    <section
      aria-labelledby={title && id ? id : undefined}
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      {title ? (
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-4 py-3 sm:px-5">
          <h2 id={id} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          {actions}
        </div>
      ) : null}
      <div className="px-4 py-4 sm:px-5">{children}</div>
    </section>
  );
}
