import { inputClass } from './field';
import { FilterOptions } from './filter-options';
import { formatDate } from '@/lib/time';

/** A labelled select for a GET filter form; the empty option means "any". */
export function FilterSelect({
  name,
  label,
  value,
  options,
  anyLabel,
}: {
  name: string;
  label: string;
  value: string | number | null | undefined;
  options: readonly (readonly [string | number, string])[];
  anyLabel: string;
}) {
  return (
    <div>
      <label htmlFor={`f-${name}`} className="label">
        {label}
      </label>
      <FilterOptions
        id={`f-${name}`}
        name={name}
        value={value ?? ''}
        options={options}
        anyLabel={anyLabel}
        className={inputClass}
      />
    </div>
  );
}

/** A labelled dd/mm/yyyy text box for a GET filter form. */
function FilterDate({ name, label, value }: { name: string; label: string; value: string | null | undefined }) {
  return (
    <div>
      <label htmlFor={`f-${name}`} className="label">
        {label}
      </label>
      <input
        id={`f-${name}`}
        name={name}
        placeholder="dd/mm/yyyy"
        defaultValue={value ? formatDate(value) : ''}
        className={inputClass}
      />
    </div>
  );
}

/** Two dates side by side: a range filter (from, to). */
export function FilterDateRange({
  from,
  to,
}: {
  from: { name: string; label: string; value: string | null | undefined };
  to: { name: string; label: string; value: string | null | undefined };
}) {
  return (
    <div className="grid grid-cols-2 gap-2">
      <FilterDate {...from} />
      <FilterDate {...to} />
    </div>
  );
}
