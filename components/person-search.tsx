'use client';

import { useEffect, useId, useState, type Ref } from 'react';

export type PersonOption = {
  id: number;
  fullName: string;
  positionTitle: string | null;
  agencyId: number | null;
  agencyName: string | null;
};

/**
 * Search-as-you-type over known people by name or title (accent-insensitive on the server); a combobox with a
 * listbox. When nothing matches, `noMatch` is said in a status region.
 */
export function PersonSearch({
  label,
  hint,
  noMatch,
  onSelect,
  initialText = '',
  inputRef,
}: {
  label: string;
  hint: string;
  noMatch: string;
  onSelect: (person: PersonOption) => void;
  initialText?: string;
  /** The search field, e.g. to put the focus back there after an attendee is added. */
  inputRef?: Ref<HTMLInputElement>;
}) {
  const uid = useId();
  const [q, setQ] = useState(initialText);
  const [results, setResults] = useState<PersonOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searched, setSearched] = useState(false);

  useEffect(() => {
    if (q.trim().length < 2) {
      setResults([]);
      setSearched(false);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/people?q=${encodeURIComponent(q.trim())}`, { signal: controller.signal });
        if (res.ok) {
          setResults(((await res.json()) as { people: PersonOption[] }).people);
          setSearched(true);
          setActive(-1);
        }
      } catch {
        /* aborted */
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  const choose = (p: PersonOption) => {
    onSelect(p);
    setQ(p.fullName);
    setOpen(false);
  };

  return (
    <div className="relative">
      <label htmlFor={`${uid}-input`} className="label">
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${uid}-input`}
        type="search"
        role="combobox"
        aria-expanded={open && results.length > 0}
        aria-controls={`${uid}-list`}
        aria-autocomplete="list"
        aria-describedby={`${uid}-hint`}
        aria-activedescendant={active >= 0 ? `${uid}-opt-${active}` : undefined}
        autoComplete="off"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && active >= 0 && results[active]) {
            e.preventDefault();
            choose(results[active]!);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-600/30 focus:outline-none"
      />
      <p id={`${uid}-hint`} className="mt-1 text-xs text-slate-600">
        {hint}
      </p>
      {/* Always in the page, so the screen reader says "Không tìm thấy …" when it appears. */}
      <p role="status" className="text-sm text-amber-900" data-testid="person-search-status">
        {searched && results.length === 0 && q.trim().length >= 2 ? noMatch : ''}
      </p>
      {open && results.length > 0 ? (
        <ul
          id={`${uid}-list`}
          role="listbox"
          aria-label={label}
          className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {results.map((p, i) => (
            <li
              key={p.id}
              id={`${uid}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(p);
              }}
              className={`cursor-pointer px-3 py-2 text-sm ${i === active ? 'bg-brand-50' : 'hover:bg-slate-50'}`}
            >
              <span className="font-medium">{p.fullName}</span>
              {p.positionTitle ? <span className="block text-xs text-slate-600">{p.positionTitle}</span> : null}
              {p.agencyName ? <span className="block text-xs text-slate-600">{p.agencyName}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
