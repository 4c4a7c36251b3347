/**
 * Names that people send (form field names, query parameters, JSON object keys, spreadsheet headers) become
 * object keys only through these helpers: a plain name, on an object with no prototype, so no name can reach
 * `Object.prototype` or shadow what a schema reads. One mechanism for every place; see docs/security.md.
 */

/** A plain name segment: letters, digits and underscores, and none of the names JavaScript treats specially. */
const PLAIN = /^[A-Za-z0-9_]{1,64}$/;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainKey(key: string): boolean {
  return PLAIN.test(key) && !RESERVED.has(key);
}

/** An empty record with no prototype: reading a name that was not sent gives undefined, whatever the name. */
export function dict<T = unknown>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * Query parameters as a record of plain names (a repeated name gives an array); other names are dropped and
 * listed in `dropped`, so a caller that must refuse them (the JSON API) can.
 */
export function paramsRecord(params: URLSearchParams | Iterable<[string, string]>): {
  values: Record<string, string | string[]>;
  dropped: string[];
} {
  const values = dict<string | string[]>();
  const dropped: string[] = [];
  for (const [key, value] of params) {
    if (!isPlainKey(key)) {
      dropped.push(key);
      continue;
    }
    const prev = values[key];
    if (prev === undefined) values[key] = value;
    else if (Array.isArray(prev))
      prev.push(value); // in place: a copy per value is n² for a name repeated n times
    else values[key] = [prev, value];
  }
  return { values, dropped };
}

/**
 * A page's `searchParams` as Next.js hands them over, reduced to plain names on a record with no prototype
 * (Next builds them on an ordinary object, where `?__proto__=x` replaces that object's prototype).
 */
export function plainParams(raw: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const out = dict<string | string[]>();
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (!isPlainKey(key) || value === undefined) continue;
    if (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')))
      out[key] = value;
  }
  return out;
}

/** The first key path in a parsed JSON value whose name is not plain, or null: JSON bodies are refused on one. */
export function firstUnsafeKey(value: unknown, path = ''): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstUnsafeKey(value[i], `${path}/${i}`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (RESERVED.has(key)) return `${path}/${key}`;
      const found = firstUnsafeKey((value as Record<string, unknown>)[key], `${path}/${key}`);
      if (found !== null) return found;
    }
  }
  return null;
}

/** Whether any standard prototype has gained an enumerable property (what an assignment through a polluted path leaves). */
export function pollutedPrototypes(): string[] {
  const found: string[] = [];
  const protos: [string, object][] = [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
    ['Function', Function.prototype],
    ['String', String.prototype],
    ['Number', Number.prototype],
    ['Boolean', Boolean.prototype],
    ['RegExp', RegExp.prototype],
    ['Date', Date.prototype],
    ['Promise', Promise.prototype],
  ];
  for (const [name, proto] of protos) {
    for (const key of Reflect.ownKeys(proto)) {
      if (Object.getOwnPropertyDescriptor(proto, key)?.enumerable) found.push(`${name}.prototype.${String(key)}`);
    }
  }
  return found;
}
