import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { Field, inputClass } from '@/components/ui/field';

/** An agency as the pickers list it (lib/agencies/queries.ts `listAgencyOptions`). */
export type AgencyOption = { id: number; name: string };

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children' | 'id'> & {
  /** Links the label (or the surrounding `Field`'s label) to the select. */
  id: string;
  options: readonly AgencyOption[];
  /** The text of a first, empty option ("—", "Không", "+ …"); without it the list starts at the first agency. */
  emptyLabel?: string;
  /** With a label, the select comes inside its own `Field`; without one, place it inside a `Field` or a label. */
  label?: ReactNode;
  error?: string;
  hint?: ReactNode;
  /** Classes of the `Field` around the select (when `label` is given). */
  fieldClassName?: string;
  /** React 19 passes `ref` as a prop: react-hook-form's `register()` can be spread onto this component. */
  ref?: Ref<HTMLSelectElement>;
};

/**
 * The one agency picker: a native select of agencies by name, single or `multiple`, uncontrolled
 * (`defaultValue`), controlled (`value`/`onChange`) or registered with react-hook-form (`{...register(name)}`).
 */
export function AgencySelect({
  id,
  options,
  emptyLabel,
  label,
  error,
  hint,
  fieldClassName,
  className,
  ...props
}: Props) {
  const select = (
    <select
      id={id}
      className={className ?? inputClass}
      {...(error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {})}
      {...props}
    >
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {options.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </select>
  );
  if (label === undefined) return select;
  return (
    <Field id={id} label={label} error={error} hint={hint} className={fieldClassName}>
      {select}
    </Field>
  );
}
