/**
 * Messages by key. The domain (lib/) never says a sentence to a user: it raises an AppError or a zod issue whose
 * message is a catalogue key with its parameters, packed in one string by `msg`, and the edge (server actions,
 * route handlers, the API, the form hook in the browser) translates it once, in the reader's language, with
 * `localize`. A string that is not a known key passes through unchanged (the parser's notes, which quote the
 * document, are Vietnamese by nature).
 *
 * Browser-safe: imports nothing but types.
 */
import type { Messages } from './vi';

/** Dotted paths of the catalogue's leaves: 'errors.tasks.notFound', 'validation.required', … */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Pick<Messages, 'errors' | 'validation' | 'fields' | 'done'>>;
export type MessageParams = Record<string, string | number>;
/** What a translator must offer: next-intl's `createTranslator`/`useTranslations` results do. */
export type Translate = {
  (key: string, params?: MessageParams): string;
  has(key: string): boolean;
  raw(key: string): unknown;
};

const SEPARATOR = '?';

/**
 * A message for the reader, as a string: `validation.tooLong?field=fields.title&%23max=200`. A parameter whose value
 * is itself a message (`field=fields.title`, or a whole `msg(…)`) is translated first, so labels and reasons travel
 * as keys too. A number stays a number (marked `#`), so ICU plurals and number formats apply to it and to nothing
 * else: a file named "2024" stays "2024".
 */
export function msg(key: MessageKey, params?: MessageParams): string {
  if (!params) return key;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) query.set(typeof v === 'number' ? `#${k}` : k, String(v));
  return `${key}${SEPARATOR}${query.toString()}`;
}

/** The key and parameters of a message made by `msg`; null for anything else (plain text). */
export function parseMessage(message: string): { key: string; params: Record<string, string> } | null {
  const at = message.indexOf(SEPARATOR);
  const key = at < 0 ? message : message.slice(0, at);
  if (!/^(?:errors|validation|fields|done)(?:\.[A-Za-z0-9_]+)+$/.test(key)) return null;
  const params: Record<string, string> = {};
  if (at >= 0) for (const [k, v] of new URLSearchParams(message.slice(at + 1))) params[k] = v;
  return { key, params };
}

/**
 * The message in the reader's language: numbers as numbers, parameters that are messages translated first (with
 * their own parameters), a `field` parameter (a form label) in lower case as it reads inside a sentence, and a
 * sentence that opens with the label starting with a capital. Plain text passes through unchanged.
 */
export function localize(message: string, t: Translate): string {
  const text = render(message, t, 0);
  // A sentence gets its capital, unless it opens with a value (a file name keeps its own case). A message written
  // to be nested ("chọn thời hạn…" after "Mục 2: ") is in lower case in the catalogue and gets it here.
  const key = parseMessage(message)?.key;
  if (key === undefined || !t.has(key)) return text;
  const template = String(t.raw(key));
  const opensWithValue = template.startsWith('{') && !template.startsWith('{field}');
  return opensWithValue ? text : text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function render(message: string, t: Translate, depth: number): string {
  const parsed = parseMessage(message);
  if (!parsed || !t.has(parsed.key)) return message;
  const params: MessageParams = {};
  for (const [k, v] of Object.entries(parsed.params)) {
    if (k.startsWith('#')) params[k.slice(1)] = Number(v);
    else {
      // Two levels are enough ("Mục 2: {reason}" with a labelled reason); deeper nesting is not a message.
      const text = depth < 2 ? render(v, t, depth + 1) : v;
      params[k] = k === 'field' ? lowerLabel(text) : text;
    }
  }
  return t(parsed.key, params);
}

/** "Ngày họp" -> "ngày họp"; an acronym ("URL", "CSV") stays. */
function lowerLabel(label: string): string {
  return /^\p{Lu}{2}/u.test(label) ? label : label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

/** Every message of a map (field errors) localized. */
export function localizeAll(messages: Record<string, string> | undefined, t: Translate) {
  if (!messages) return messages;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(messages)) out[k] = localize(v, t);
  return out;
}
