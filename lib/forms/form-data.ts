import { AppError } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { dict, isPlainKey } from '@/lib/keys';

/** The most entries a list posted by a form may have (agenda items, attendee rows). */
const MAX_INDEX = 10_000;
/**
 * The most fields a post may have: the largest form (a pasted attendance list of a few thousand rows, eight
 * fields each) stays well under it; a post of 3 MB repeating one name 40,000 times does not.
 */
export const MAX_ENTRIES = 50_000;
/** The deepest name a form posts is `rows.0.agencyName` (three parts); 10,000 parts overflowed the stack. */
const MAX_DEPTH = 8;

/**
 * Turns FormData into a plain object, expanding react-hook-form names such as `agenda.0.title` into
 * nested arrays and objects, so a form posted without JavaScript parses with the same zod schema.
 * Every segment of a name must be plain (`lib/keys.ts`) and every index within bounds, or the whole post is
 * refused; the tree is built on objects with no prototype, so no name reaches `Object.prototype`.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const invalid = () => new AppError('INVALID', msg('validation.badPost'));
  const root = dict();
  let entries = 0;
  for (const [key, value] of formData.entries()) {
    if (++entries > MAX_ENTRIES) throw invalid();
    if (key.startsWith('$ACTION')) continue;
    const parts = key.split('.', MAX_DEPTH + 1);
    if (parts.length > MAX_DEPTH || !parts.every(isPlainKey)) throw invalid();
    let node: Record<string, unknown> = root;
    parts.forEach((part, i) => {
      const index = /^\d+$/.test(part);
      if (index && Number(part) > MAX_INDEX) throw invalid();
      if (i === parts.length - 1) {
        // Repeated names (a multiple select, checkboxes) collect into an array, appended in place: copying it
        // for each value made a name repeated n times cost n² (40,000 repeats held the server for a minute).
        const prev = node[part];
        // A name may not be both a value and a group, in either order (attacker pass 26: `title.a` then `title`).
        if (prev !== undefined && typeof prev === 'object' && !(prev instanceof Blob) && !Array.isArray(prev))
          throw invalid();
        if (prev === undefined) node[part] = value;
        else if (Array.isArray(prev)) prev.push(value);
        else node[part] = [prev, value];
        return;
      }
      // Lists are records keyed by index until `compact` turns them into arrays.
      const next = node[part];
      if (next === undefined) node[part] = dict();
      else if (typeof next !== 'object' || next instanceof Blob || Array.isArray(next)) throw invalid();
      node = node[part] as Record<string, unknown>;
    });
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(root)) out[k] = compact(root[k]);
  return out;
}

/**
 * Records whose keys are all indices become arrays in index order (holes left by removed rows, agenda.0 and
 * agenda.2, are dropped); other records become ordinary objects of their (plain, checked) keys.
 */
function compact(v: unknown): unknown {
  if (!v || typeof v !== 'object' || v instanceof Blob || Array.isArray(v)) return v;
  const keys = Object.keys(v);
  const record = v as Record<string, unknown>;
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k)))
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => compact(record[String(k)]));
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = compact(record[k]);
  return out;
}
