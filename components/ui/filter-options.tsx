'use client';

/**
 * A filter's `<select>`, as a client component only so that its options travel in the page's server payload as one
 * compact list (`[value, label]` pairs) instead of an element each: a report's filters name about 200 sessions and
 * 200 agencies, which were a third of the page. It renders on the server like any other element.
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
  options: readonly (readonly [string | number, string])[];
  anyLabel: string;
  className: string;
}) {
  return (
    <select id={id} name={name} defaultValue={value} className={className}>
      <option value="">{anyLabel}</option>
      {options.map(([v, l]) => (
        <option key={v} value={v}>
          {l}
        </option>
      ))}
    </select>
  );
}
