import type { ReactNode } from 'react';

/**
 * A page's heading. `long` is for a heading that is a text of its own (a task's directive, up to a few hundred
 * characters): smaller on a phone, so that what the page is for (the progress form) still starts on the first
 * screen.
 */
export function PageHeader({
  title,
  intro,
  actions,
  long = false,
}: {
  title: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
  long?: boolean;
}) {
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3 sm:mb-6">
      <div>
        <h1
          className={`font-semibold tracking-tight text-slate-900 ${long ? 'text-lg leading-snug sm:text-2xl' : 'text-xl sm:text-[1.7rem]'}`}
        >
          {title}
        </h1>
        {intro ? <p className="mt-1 max-w-3xl text-slate-600">{intro}</p> : null}
      </div>
      {actions}
    </div>
  );
}
