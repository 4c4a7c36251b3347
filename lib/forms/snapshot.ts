/**
 * What a form over a versioned record shows: one snapshot of the record, its version included, so the
 * fields and the hidden version always come from the same read. The version check on the server then
 * refuses a save whose fields are older than the record; a form can never post old fields at a new version.
 */
export type Versioned = { version: number };

export type FormSnapshot<V extends Versioned> = {
  /** The record as the form's fields show it. */
  shown: V;
  /** Bumped each time the form takes a newer record; the fields are keyed by it, so they are rebuilt from it. */
  generation: number;
  /** The user changed a field since the form last took the record. */
  edited: boolean;
  /** The form's own save succeeded and the form has not yet taken the record as saved. */
  awaitingSaved: boolean;
  /** The last answer of the server the form has looked at. */
  answer: unknown;
};

export function firstSnapshot<V extends Versioned>(record: V): FormSnapshot<V> {
  return { shown: record, generation: 0, edited: false, awaitingSaved: false, answer: null };
}

/**
 * The form's next snapshot, given the record as the page now has it and the server's last answer (which,
 * after a save, may carry the record as saved). Returns the same object when nothing changes.
 *
 * - After the form's own save succeeded, it takes the newest record it knows (the answer's, or the page's once
 *   revalidated): every field is rebuilt from the saved record, the version included.
 * - A newer record arriving for another reason (another form on the page saved) replaces the shown one while
 *   nothing was typed. With edits in progress, the form keeps what was typed; it takes the newer version only if
 *   none of its fields changed in between (another form changed what this one does not show, e.g. a deadline);
 *   otherwise it keeps the version it was read at, so the save is refused as stale, loudly, instead of writing
 *   the older values back.
 * - A record never goes back to an older version.
 */
export function nextSnapshot<V extends Versioned>(
  s: FormSnapshot<V>,
  input: { record: V; answer: { ok: boolean; values?: unknown } | null },
): FormSnapshot<V> {
  let next = s;
  if (input.answer !== s.answer) next = { ...next, answer: input.answer, awaitingSaved: !!input.answer?.ok };
  const saved = next.awaitingSaved ? asVersioned<V>(input.answer?.values) : null;
  const newest = saved && saved.version >= input.record.version ? saved : input.record;
  if (newest.version <= next.shown.version) return next;
  if (next.awaitingSaved || !next.edited)
    return { ...next, shown: newest, generation: next.generation + 1, edited: false, awaitingSaved: false };
  return sameFields(newest, next.shown) ? { ...next, shown: newest } : next;
}

/** The two reads agree on every field but the version. */
function sameFields(a: Versioned, b: Versioned): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('version');
  const at = (r: Versioned, k: string) => JSON.stringify((r as Record<string, unknown>)[k] ?? null);
  return [...keys].every((k) => at(a, k) === at(b, k));
}

/** Marks the form as edited by the user. */
export function editedSnapshot<V extends Versioned>(s: FormSnapshot<V>): FormSnapshot<V> {
  return s.edited ? s : { ...s, edited: true };
}

function asVersioned<V extends Versioned>(values: unknown): V | null {
  if (!values || typeof values !== 'object') return null;
  const version = (values as { version?: unknown }).version;
  return typeof version === 'number' && Number.isSafeInteger(version) ? (values as V) : null;
}
