'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/** The width (Tailwind's `md`) from which a PhoneFold starts open. */
const WIDE = '(min-width: 768px)';

/**
 * Content folded under a summary on a phone and open on a wider screen (an agency head's counters and
 * filters). It is closed as the server renders it, so a phone never shows it open first; a wide screen opens it
 * once loaded. `open` keeps it open everywhere (e.g. while a filter is applied).
 */
export function PhoneFold({
  summary,
  open = false,
  children,
  testId,
}: {
  summary: ReactNode;
  open?: boolean;
  children: ReactNode;
  testId?: string;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && !open && window.matchMedia(WIDE).matches) ref.current.open = true;
  }, [open]);
  return (
    <details ref={ref} open={open || undefined} className="group mb-4" data-testid={testId}>
      <summary className="mb-3 inline-flex cursor-pointer items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 select-none hover:bg-slate-50">
        <span aria-hidden="true" className="transition group-open:rotate-90">
          ▸
        </span>
        {summary}
      </summary>
      {children}
    </details>
  );
}
