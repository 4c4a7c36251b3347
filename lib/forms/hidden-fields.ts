/**
 * Values as the hidden fields of a form, named as lib/forms/form-data reads them back (`items.0.deadline.kind`):
 * a list as repeated names, an empty one or null as nothing.
 */
export function hiddenFields(value: unknown, name = ''): [string, string][] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value))
    return value.every((v) => typeof v !== 'object' || v === null)
      ? value.filter((v) => v !== null).map((v) => [name, String(v)])
      : value.flatMap((v, i) => hiddenFields(v, `${name}.${i}`));
  if (typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => hiddenFields(v, name ? `${name}.${k}` : k));
  return [[name, String(value)]];
}
