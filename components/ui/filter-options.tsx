'use client';

import { escapeHtml } from '@/lib/html';

type Options = readonly (readonly [string | number, string])[];

/**
 * A select's options as markup: the "any" option (value ""), then each `[value, label]`, the one whose value is
 * `value` marked selected: the markup React's server rendering gives for these options under `defaultValue`.
 */
export function optionsHtml(options: Options, value: string | number, anyLabel: string): string {
  const chosen = String(value);
  let html = `<option value=""${chosen === '' ? ' selected=""' : ''}>${escapeHtml(anyLabel)}</option>`;
  for (const [v, l] of options) {
    const s = String(v);
    html += `<option value="${escapeHtml(s)}"${s === chosen ? ' selected=""' : ''}>${escapeHtml(l)}</option>`;
  }
  return html;
}

/**
 * A filter's `<select>`, as a client component only so that its options travel in the page's server payload as one
 * compact list (`[value, label]` pairs) instead of an element each: a report's filters name about 200 sessions and
 * 200 agencies, which were a third of the page. It renders on the server like any other element, its options as one
 * string of markup: React neither renders about 430 option elements for the HTML nor hydrates them in the browser
 * (hydration leaves an element's inner HTML as the server wrote it).
 */
export function FilterOptions({
  id,
  name,
  value,
  options,
  anyLabel,
  className,
}: {
  id: string;
  name: string;
  value: string | number;
  options: Options;
  anyLabel: string;
  className: string;
}) {
  return (
    <select
      id={id}
      name={name}
      className={className}
      dangerouslySetInnerHTML={{ __html: optionsHtml(options, value, anyLabel) }}
    />
  );
}
