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

/** How deep a JSON body or an action's value may nest: the deepest our schemas read is a handful of levels. */
export const MAX_NESTING = 32;

/**
 * The first key path in a parsed value whose name is not plain, or that nests deeper than `MAX_NESTING`, or null:
 * JSON bodies and action values are refused on one. A value reached twice (an action's reply may point to one
 * object from many places) is walked once, so the walk is linear in what was sent, not in its paths.
 */
export function firstUnsafeKey(value: unknown): { pointer: string; reason: 'name' | 'depth' } | null {
  const seen = new Set<object>();
  const walk = (v: unknown, path: string, depth: number): { pointer: string; reason: 'name' | 'depth' } | null => {
    if (!v || typeof v !== 'object' || seen.has(v)) return null;
    seen.add(v);
    if (depth >= MAX_NESTING) return { pointer: path, reason: 'depth' };
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const found = walk(v[i], `${path}/${i}`, depth + 1);
        if (found !== null) return found;
      }
      return null;
    }
    for (const key of Object.keys(v)) {
      if (RESERVED.has(key)) return { pointer: `${path}/${key}`, reason: 'name' };
      const found = walk((v as Record<string, unknown>)[key], `${path}/${key}`, depth + 1);
      if (found !== null) return found;
    }
    return null;
  };
  return walk(value, '', 0);
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

/**
 * The first name a JSON text gives twice in one object (`{"status":"a","status":"b"}`, or the same name escaped
 * another way, `"st\u0061tus"`), as a JSON pointer, else null. `JSON.parse` keeps the last silently, where another
 * reader (a proxy, a log, an auditor's tool) may keep the first: the two would disagree on what was asked. The text
 * must already be valid JSON; one pass over it, each name decoded once.
 */
export function firstRepeatedKey(json: string): string | null {
  // One frame per open object or array: an object's names so far and the last one read, an array's index.
  const stack: { names: Set<string> | null; name: string; index: number }[] = [];
  const path = (last: string) =>
    stack
      .slice(0, -1)
      .map((f) => `/${f.names ? f.name : f.index}`)
      .join('') + `/${last}`;
  let expectName = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      while (json.charCodeAt(j) !== 0x22) j += json.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
      const top = stack.at(-1);
      if (top?.names && expectName) {
        const raw = json.slice(i + 1, j);
        const name = raw.includes('\\') ? (JSON.parse(json.slice(i, j + 1)) as string) : raw;
        if (top.names.has(name)) return path(name);
        top.names.add(name);
        top.name = name;
        expectName = false;
      }
      i = j;
    } else if (c === 0x7b /* { */) {
      stack.push({ names: new Set(), name: '', index: 0 });
      expectName = true;
    } else if (c === 0x5b /* [ */) {
      stack.push({ names: null, name: '', index: 0 });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectName = false;
    } else if (c === 0x2c /* , */) {
      const top = stack.at(-1);
      if (top?.names) expectName = true;
      else if (top) top.index++;
    }
  }
  return null;
}
